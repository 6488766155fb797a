"""The WordprocessingML namespaces and the helpers every reader and writer of .docx shares."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
W = f"{{{W_NS}}}"  # the Clark prefix of w: names: W + "p"
NSMAP = {"w": W_NS, "r": R_NS}  # the prefixes Word declares on a part's root

_CLARK: dict[str, str] = {}

_OFF = ("0", "false", "off", "none")


def w(name: str) -> str:
    """The Clark name of a w: element or attribute: w("p") → "{…/main}p"."""
    return f"{{{W_NS}}}{name}"


def qn(tag: str) -> str:
    """"w:p" → "{namespace}p", "r:id" → "{…/relationships}id"; a bare name is taken as w: ("val" → w:val)."""
    try:
        return _CLARK[tag]
    except KeyError:
        prefix, _, name = tag.rpartition(":")
        _CLARK[tag] = f"{{{NSMAP[prefix or 'w']}}}{name}"
        return _CLARK[tag]


def r(name: str) -> str:
    return f"{{{R_NS}}}{name}"


def mc(name: str) -> str:
    return f"{{{MC_NS}}}{name}"


def val(element: etree._Element | None, default: str | None = None) -> str | None:
    """The w:val of ``element``, or ``default`` when the element or the attribute is absent."""
    if element is None:
        return default
    return element.get(w("val"), default)


def toggle(element: etree._Element | None) -> bool | None:
    """A run property such as w:i: None when absent, else on unless w:val says off ("0", "false", "none")."""
    if element is None:
        return None
    return (element.get(w("val")) or "true").lower() not in _OFF


def local(element: etree._Element) -> str:
    """The local name of an element in the w: namespace, "" for other namespaces, comments and PIs."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith(f"{{{W_NS}}}"):
        return ""
    return tag[len(W_NS) + 2:]
