"""Word export: a submission-ready .docx in the UN layout, built from real Word features.

``build(resolution, **options) -> bytes`` for the editor and the revisions export,
``save(resolution, path, **options)`` for ``resolute export FILE -o OUT.docx``.

Options: ``author`` (default ``resolution.meta.author``), ``paper`` ("A4" or "Letter";
default by duty station, see ``layout.paper_for``), ``job_number`` ("25-17789", shown in
the footers; default the masthead's), ``footer`` (the first-page footer: job number and
"Please recycle"; on when there is a job number),
``lexicon``, and any ``Layout`` setting (``body_size_pt=11``, ``inset=1000``, …).

The package comes from python-docx's template, stripped of what does not belong to this
document (its thumbnail, custom XML and Word 2010 style copy); styles, numbering,
settings and footnotes are written here (styles.py, numbering.py, pages.py, footnotes.py).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, XmlPart
from lxml import etree

from ...files import write_atomic
from ...lexicon import Lexicon
from ...model import Resolution
from ...ooxml.namespaces import qn
from ...outline import note_marks
from .body import BodyWriter
from .footnotes import Footnotes
from .layout import Layout, layout_for, paper_for
from .masthead import front_matter
from .numbering import Numbering
from .pages import set_up_pages, settings_element
from .properties import set_properties
from .styles import styles_element

__all__ = ["build", "save", "paper_for", "layout_for", "Layout"]

# Parts of python-docx's template that would misdescribe this document.
_FOREIGN = ("/customXml/", "/word/stylesWithEffects", "/docProps/thumbnail")


def build(res: Resolution, *, author: str | None = None, paper: str | None = None, job_number: str | None = None,
          footer: bool = False, lexicon: Lexicon | None = None, **layout_settings) -> bytes:
    """The .docx file of ``res`` as bytes."""
    lay = layout_for(res, paper=paper, **layout_settings)
    document = docx.Document()
    _drop_foreign_parts(document)
    notes = Footnotes(note_marks(res))
    numbering = Numbering(lay)
    body = front_matter(res, lay, notes.reference)
    body += BodyWriter(lexicon or Lexicon.default(), numbering, notes.reference, lay).write(res)
    _replace_body(document, body)
    _replace_part(document.part.part_related_by(RT.STYLES), styles_element(lay))
    _replace_part(document.part.numbering_part, numbering.element())
    _replace_part(document.part.part_related_by(RT.SETTINGS), settings_element(len(notes) > 0))
    notes.add_to(document.part)
    job_number = job_number or res.masthead.job_number or None
    set_up_pages(document, res, lay, job_number, footer or job_number is not None)
    set_properties(document, res, author)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def save(res: Resolution, path: str | Path, **options) -> None:
    """Write ``res`` to ``path`` atomically: the target is replaced only by a complete file."""
    write_atomic(path, build(res, **options))


def _drop_foreign_parts(document) -> None:
    for rels in (document.part.package.rels, document.part.rels):
        for rid, rel in list(rels.items()):
            if not rel.is_external and any(f in str(rel.target_part.partname) for f in _FOREIGN):
                del rels[rid]


def _replace_body(document, elements) -> None:
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    for element in elements:
        sect_pr.addprevious(element)


def _replace_part(part: Part, root: etree._Element) -> None:
    """Give an XML part of the template our own content: ``root``'s attributes and children."""
    assert isinstance(part, XmlPart), part.partname
    element = part.element
    element.attrib.clear()
    element.attrib.update(root.attrib)
    element[:] = list(root)
