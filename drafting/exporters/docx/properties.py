"""Document properties: core title, subject (the symbol) and author; the application name.

The template python-docx starts from says "python-docx" and a 2013 date; everything it
says is replaced so that File > Properties in Word describes this resolution.
"""

from __future__ import annotations

from datetime import datetime, timezone

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from ... import __version__
from ...model import Resolution

APP_XML = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>Resolute {version}</Application><DocSecurity>0</DocSecurity></Properties>")


MAX_PROPERTY = 255  # characters: the limit of a core property (python-docx enforces it)


def fit_property(text: str) -> str:
    """``text`` on one line, cut after its last whole word that fits, with "…", when it is too long."""
    text = " ".join(text.split())
    if len(text) <= MAX_PROPERTY:
        return text
    cut = text[:MAX_PROPERTY - 1]
    space = cut.rfind(" ")
    if space > MAX_PROPERTY // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def set_properties(document, res: Resolution, author: str | None) -> None:
    props = document.core_properties
    number = res.adoption.number if res.adoption else ""
    props.title = fit_property(f"{number}. {res.title.text}" if number and res.title.text else res.title.text)
    props.subject = fit_property(res.masthead.symbol.text)
    props.author = props.last_modified_by = fit_property(author if author is not None else res.meta.author)
    props.keywords = props.category = props.comments = ""
    props.revision = 1
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    for rel in document.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML.format(version=__version__).encode("utf-8")
