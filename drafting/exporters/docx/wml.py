"""Small builders for WordprocessingML elements, on lxml directly (fast, and exact XML).

python-docx builds the package; the thousands of runs and paragraphs of a long text are
made here without its proxy objects, which keeps the export near the cost of writing
plain paragraphs.
"""

from __future__ import annotations

import re

from lxml import etree

from ...ooxml.namespaces import NSMAP, XML_SPACE, qn
from ...ties import NO_BREAK_HYPHEN, tie


def el(tag: str, attrs: dict | None = None, *children: etree._Element) -> etree._Element:
    """An element ``tag`` ("w:p") with attributes (w: unless prefixed) and children."""
    node = etree.Element(qn(tag))
    if attrs:
        for key, value in attrs.items():
            node.set(qn(key), str(value))
    for child in children:
        if child is not None:
            node.append(child)
    return node


def part_root(tag: str) -> etree._Element:
    """The root element of a part, declaring the w: and r: prefixes as Word writes them."""
    return etree.Element(qn(tag), nsmap=NSMAP)


def sub(parent: etree._Element, tag: str, attrs: dict | None = None) -> etree._Element:
    node = el(tag, attrs)
    parent.append(node)
    return node


def val(tag: str, value) -> etree._Element:
    """An element with a single w:val attribute: ``val("w:pStyle", "Title")``."""
    return el(tag, {"val": value})


# Characters XML 1.0 cannot carry (C0 controls other than tab and line ends, lone surrogates,
# U+FFFE/U+FFFF): each becomes U+FFFD so that the text stays visible where it was.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Tabs, the line breaks a text can hold (Word's manual line break is U+000B), and the no-break
# hyphen, which Word writes as an element of its own.
_SPECIAL = re.compile("(\t|\r\n|[\n\r\x0b\x0c\u2028]|\u2011)")


def text(value: str) -> etree._Element:
    node = el("w:t")
    node.text = _NOT_XML.sub("\ufffd", value)
    if value[:1].isspace() or value[-1:].isspace():
        node.set(XML_SPACE, "preserve")
    return node


def run(value: str = "", props: etree._Element | None = None) -> etree._Element:
    """A run of plain text, tied as the UN prints it; tabs, line breaks and no-break hyphens in
    ``value`` become w:tab, w:br and w:noBreakHyphen."""
    r = el("w:r")
    if props is not None and len(props):
        r.append(props)
    for piece in _SPECIAL.split(tie(value)) if value else ():
        if piece == "\t":
            sub(r, "w:tab")
        elif piece == NO_BREAK_HYPHEN:
            sub(r, "w:noBreakHyphen")
        elif piece and _SPECIAL.fullmatch(piece):
            sub(r, "w:br")
        elif piece:
            r.append(text(piece))
    return r


def run_props(style: str | None = None, bold: bool = False, italic: bool | None = None, underline: bool = False,
              size_pt: float | None = None, superscript: bool = False) -> etree._Element:
    """w:rPr in schema order (rStyle, b, i, sz, u, vertAlign); ``italic=False`` sets roman explicitly."""
    rpr = el("w:rPr")
    if style:
        rpr.append(val("w:rStyle", style))
    if bold:
        sub(rpr, "w:b")
    if italic is not None:
        sub(rpr, "w:i", None if italic else {"val": 0})
    if size_pt:
        rpr.append(val("w:sz", half_points(size_pt)))
        rpr.append(val("w:szCs", half_points(size_pt)))
    if underline:
        rpr.append(val("w:u", "single"))
    if superscript:
        rpr.append(val("w:vertAlign", "superscript"))
    return rpr


def paragraph(style: str | None = None, *children: etree._Element, props: list | None = None) -> etree._Element:
    """A w:p with a paragraph style, extra w:pPr children (in schema order) and runs."""
    p = el("w:p")
    if style or props:
        ppr = sub(p, "w:pPr")
        if style:
            ppr.append(val("w:pStyle", style))
        for item in props or ():
            ppr.append(item)
    for child in children:
        p.append(child)
    return p


def half_points(pt: float) -> int:
    return round(pt * 2)


def twips(pt: float) -> int:
    return round(pt * 20)


def field(instruction: str, props: etree._Element | None = None) -> etree._Element:
    """A simple field (PAGE, NUMPAGES) whose result Word and LibreOffice compute when laying out."""
    node = el("w:fldSimple", {"instr": f" {instruction} "})
    node.append(run("1", props))
    return node


def tostring(element: etree._Element) -> bytes:
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)
