"""The measurements of the UN layout as settings: page, margins, indents, fonts, sizes.

Values are those measured on the official PDFs in tests/reference (New York, US Letter,
made by Word): a 60 pt page margin, a text column inset 63.35 pt (1267 twips) on both
sides, a 23.75 pt (475 twips) step for first-line indents and number tabs, Times New
Roman 10 pt on an exact 12 pt line with 6 pt after each paragraph, footnotes 8.5 pt on
10.5 pt.  Any of them can be overridden: ``layout_for(res, paper="A4", body_size=11)``.
Lengths are in twips (1/20 pt) unless the name says ``_pt``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from ...errors import InputError
from ...model import Resolution
from ...stylepacks import layout_of

PAPERS = {"Letter": (12240, 15840), "A4": (11906, 16838)}
# The subparagraph degree whose lines wrap under its label ("(i)" under "(a)"); the other degrees'
# lines wrap at the column edge.
ROMAN_DEGREE = 2

# Duty stations whose documents are printed on A4; New York bodies print on US Letter.
A4_PLACES = ("Vienna", "Geneva", "Nairobi")
A4_SYMBOLS = ("CTOC/", "UNEP/", "A/HRC/", "E/CN.7/", "E/CN.15/", "E/ECE/", "ECE/", "UNODC/", "CAC/", "TD/")
A4_ORGANS = ("Conference of the Parties", "Human Rights Council", "Environment Assembly",
             "Commission on Narcotic Drugs", "Commission on Crime Prevention", "United Nations Environment")


@dataclass(frozen=True)
class Layout:
    paper: str = "Letter"
    margin_side: int = 1200  # left page margin
    # The official column is symmetric (123.1 to 488.9 pt); a right margin of 59.2 pt sets the lines
    # closest to the official ones in LibreOffice, whose spaces are wider than Word's (docs/word-layout.md).
    margin_right: int = 1184
    margin_top: int = 720  # page 1: the masthead starts here; later pages are pushed down by the running head
    margin_bottom: int = 1080
    header_distance: int = 432  # headers start here, above the masthead of page 1 (whose header is empty)
    running_head_top_pt: float = 30  # the running head of later pages stands this far below the header
    # distance, and with its rule it is taller than the top margin: Word and LibreOffice start the text below it
    footer_distance: int = 680
    first_footer_height: int = 980  # page 1's footer (job number, barcode): its last note 29 pt above later pages'
    inset: int = 1267  # text column inset from both margins
    step: int = 475  # first-line indent and number tab
    font: str = "Times New Roman"
    body_size_pt: float = 10
    line_pt: float = 12  # exact line pitch of body text
    space_after_pt: float = 6
    footnote_size_pt: float = 8.5
    footnote_line_pt: float = 10.5
    footnote_tracking_pt: float = 0.3  # letter spacing of footnotes: the official notes are set wider
    footnote_hanging: int = 180  # the footnote number hangs this far before the column edge
    tracking_pt: float = 0.25  # letter spacing of the text, as measured on the reference PDFs
    banner_size_pt: float = 14  # "United Nations"
    organ_size_pt: float = 20  # "General Assembly"
    long_organ_size_pt: float = 14  # organ names of more than ``long_organ_chars``
    long_organ_chars: int = 40
    symbol_size_pt: float = 20  # first component of the symbol: the "A" of A/C.3/80/L.30
    committee_size_pt: float = 12
    title_size_pt: float = 12
    submission_size_pt: float = 10  # "Colombia: draft resolution"; Security Council drafts set it at 12
    adoption_size_pt: float = 14
    running_head_size_pt: float = 8.5
    running_head_line_pt: float = 10  # exact line pitch of the running head (symbol and title)
    running_head_after_pt: float = 12  # from the rule under the running head to the end of the header
    running_head_rule: int = 2  # the rule under the running head, in eighths of a point
    running_title_width: int = 6100  # an adopted text's title in the running head: its lines reach 305 pt
    job_size_pt: float = 7
    job_line_pt: float = 10
    session_width: int = 5760  # width of the session and agenda block at the left margin (its lines reach 286.5 pt)
    adoption_width: int = 5700  # width of "Resolution adopted by …" (it wraps before the date)
    masthead_height: int = 3460  # first-page masthead from the top margin to the thick rule
    masthead_banner_height: int = 580  # its first row: "United Nations" and the symbol
    masthead_right: int = 3100  # width of the Distr./date/Original column

    @property
    def page_size(self) -> tuple[int, int]:
        return PAPERS[self.paper]

    @property
    def text_width(self) -> int:
        """Width between the page margins."""
        return self.page_size[0] - self.margin_side - self.margin_right



def pack_layout(res: Resolution) -> dict[str, Any]:
    """The Word layout settings of the document's style pack (styles/*.toml, ``[layout]``).

    Without a pack for the document, or with one that cannot be read, the duty station
    decides (``paper_for``) and the measured defaults apply.
    """
    try:
        return layout_of(res)
    except InputError:  # no pack installed for this body, or one that cannot be read
        return {}


def paper_for(res: Resolution) -> str:
    """"A4" or "Letter": from the style pack when it says, else by duty station."""
    paper = pack_layout(res).get("paper")
    if paper in PAPERS:
        return paper
    m = res.masthead
    if any(place in m.place_and_dates.text for place in A4_PLACES):
        return "A4"
    if m.symbol.text.startswith(A4_SYMBOLS):
        return "A4"
    names = (m.organ.text, m.committee.text, res.authoring_body.text)
    if any(organ in name for organ in A4_ORGANS for name in names):
        return "A4"
    return "Letter"


_SETTINGS = {f.name for f in fields(Layout)}


def layout_for(res: Resolution, paper: str | None = None, **overrides) -> Layout:
    """The layout for ``res``: its pack's settings, the paper of its duty station, then ``overrides``.

    Pack settings whose names are not Layout fields are left to other readers of the pack.
    """
    unknown = set(overrides) - _SETTINGS
    if unknown:
        raise InputError(None, f"unknown layout setting(s): {', '.join(sorted(unknown))}")
    paper = paper or paper_for(res)
    if paper not in PAPERS:
        raise InputError(None, f"unknown paper size {paper!r}; use one of {', '.join(PAPERS)}")
    from_pack = {k: v for k, v in pack_layout(res).items() if k in _SETTINGS and k != "paper"}
    return replace(Layout(paper=paper), **{**from_pack, **overrides})
