"""Document properties: core title, subject (the symbol) and author; the application name.

The template python-docx starts from says "python-docx" and a 2013 date; everything it
says is replaced so that File > Properties in Word describes this resolution.
"""

from __future__ import annotations

from datetime import UTC, datetime

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from ... import __version__
from ...model import Resolution

APP_XML = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>Resolute {version}</Application><DocSecurity>0</DocSecurity></Properties>")


# Word's limit for a core property; python-docx refuses longer values.
PROPERTY_LIMIT = 255


def fit(value: str) -> str:
    """``value`` cut at a word to the core-property limit, with an ellipsis: long UN titles exceed it."""
    if len(value) <= PROPERTY_LIMIT:
        return value
    cut = value[:PROPERTY_LIMIT - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def set_properties(document, res: Resolution, author: str | None) -> None:
    props = document.core_properties
    number = res.adoption.number if res.adoption else ""
    props.title = fit(f"{number}. {res.title.text}" if number and res.title.text else res.title.text)
    props.subject = fit(res.masthead.symbol.text)
    props.author = props.last_modified_by = fit(author if author is not None else res.meta.author)
    props.keywords = props.category = props.comments = ""
    props.revision = 1
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            del package.rels[rid]
    app = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES,
               APP_XML.format(version=__version__).encode("utf-8"), package)
    package.relate_to(app, RT.EXTENDED_PROPERTIES)
