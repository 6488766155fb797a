"""The Word export's structure: what Word (and the importer) find in the file.

Named styles, real numbering (numPr, numbering.xml), real footnotes with custom marks,
the italic opening phrase as a character style over exactly the lexicon's span, direct
formatting for the user's marks, page set-up, running heads, properties, and a package
whose parts, content types and relationships agree.  No LibreOffice here; see
test_export_docx_fidelity.py for the rendered pages.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from drafting.errors import InputError
from drafting.exporters import export_document
from drafting.exporters.docx import build, paper_for, save
from drafting.importers.text import import_text
from drafting.lexicon import OPERATIVE, PREAMBLE, Lexicon
from drafting.model import BOLD, ITALIC, UNDERLINE, Anchor, Footnote, Inline, Mark, Paragraph, Resolution, Submission
from tests.support.content import without_source_labels
from tests.support.docx_tools import check_package
from tests.support.paths import CTOC, GA_TEXTS, ROOT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTRACT_PARAGRAPH_STYLES = (
    "UN Banner", "UN Organ", "UN Symbol", "UN Distribution", "UN Date", "UN Original", "UN Session",
    "UN Committee", "UN Place and Dates", "UN Agenda Item", "UN Agenda Title", "UN Submission",
    "UN Adoption Statement", "UN Adoption Reference", "UN Title", "Body Line", "Preambular Paragraph",
    "Operative Paragraph", "Subparagraph", "Subparagraph 2", "Subparagraph 3", "Subparagraph 4", "Annex Heading",
    "Annex Title", "Annex Paragraph", "Annex Numbered Paragraph", "Annex Subheading", "UN Adoption Meeting",
    "Footnote Text")
CONTRACT_CHARACTER_STYLES = ("Opening Phrase", "Footnote Reference")


def load(path):
    return import_text(path.read_text(encoding="utf-8")).resolution


class Export:
    """An exported file opened as XML parts."""

    def __init__(self, data: bytes):
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))

    def part(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    @property
    def body(self) -> etree._Element:
        return self.part("word/document.xml").find(W + "body")

    def paragraphs(self, style_id: str | None = None) -> list[etree._Element]:
        found = self.body.iter(W + "p")
        return [p for p in found if style_id is None or style_of(p) == style_id]

    def footnotes(self) -> dict[str, etree._Element]:
        return {n.get(W + "id"): n for n in self.part("word/footnotes.xml").iter(W + "footnote")}


def style_of(p: etree._Element) -> str | None:
    node = p.find(f"{W}pPr/{W}pStyle")
    return None if node is None else node.get(W + "val")


def text_of(node: etree._Element) -> str:
    """The visible text: w:t, tabs as \\t, without footnote marks; a no-break space or hyphen as
    the space or hyphen it shows."""
    out = []
    for el in node.iter(W + "t", W + "tab", W + "noBreakHyphen"):
        if el.tag == W + "tab" and el.getparent().tag == W + "r":
            out.append("\t")
        elif el.tag == W + "noBreakHyphen":
            out.append("-")
        elif el.tag == W + "t" and not _is_custom_mark(el):
            out.append((el.text or "").replace("\u00a0", " "))
    return "".join(out)


def _is_custom_mark(t: etree._Element) -> bool:
    run = t.getparent()
    return run.find(W + "footnoteReference") is not None


def num_pr(p: etree._Element) -> tuple[str, str] | None:
    node = p.find(f"{W}pPr/{W}numPr")
    if node is None:
        return None
    return node.find(W + "numId").get(W + "val"), node.find(W + "ilvl").get(W + "val")


def run_flags(run: etree._Element) -> dict:
    rpr = run.find(W + "rPr")
    flags = {"style": None, "i": False, "b": False, "u": False}
    if rpr is None:
        return flags
    style = rpr.find(W + "rStyle")
    flags["style"] = None if style is None else style.get(W + "val")
    for key in ("i", "b"):
        node = rpr.find(W + key)
        flags[key] = node is not None and node.get(W + "val") not in ("0", "false")
    flags["u"] = rpr.find(W + "u") is not None
    return flags


@pytest.fixture(scope="module")
def l30():
    res = load(GA_TEXTS["A_C.3_80_L.30"])
    return res, Export(build(res))


@pytest.fixture(scope="module")
def ctoc():
    res = load(CTOC)
    return res, Export(build(res))


# -- styles ---------------------------------------------------------------------------------


def test_contract_styles_are_defined_with_ids_without_spaces(l30):
    _, export = l30
    styles = {s.get(W + "styleId"): (s.get(W + "type"), s.find(W + "name").get(W + "val"))
              for s in export.part("word/styles.xml").iter(W + "style")}
    for name in CONTRACT_PARAGRAPH_STYLES:
        assert styles.get(name.replace(" ", "")) == ("paragraph", name)
    for name in CONTRACT_CHARACTER_STYLES:
        assert styles.get(name.replace(" ", "")) == ("character", name)


def test_every_element_of_the_resolution_has_its_named_style(l30):
    res, export = l30
    m = res.masthead
    expected = {"UNBanner": ["United Nations"], "UNOrgan": [m.organ.text], "UNSymbol": [m.symbol.text],
                "UNDistribution": ["Distr.: Limited"], "UNDate": [m.date.text], "UNOriginal": ["Original: English"],
                "UNSession": [m.session.text], "UNCommittee": [m.committee.text],
                "UNAgendaItem": [m.agenda_item.text], "UNAgendaTitle": [m.agenda_title.text],
                "UNSubmission": [res.submission.line], "UNTitle": [res.title.text],
                "BodyLine": ["The General Assembly,"],
                "PreambularParagraph": [p.text for p in res.preamble],
                "OperativeParagraph": [p.text for p in res.operative]}
    for style_id, texts in expected.items():
        assert [text_of(p) for p in export.paragraphs(style_id)] == texts, style_id


def test_masthead_is_a_table_above_the_session_block(l30):
    _, export = l30
    table = export.body.find(W + "tbl")
    in_table = {style_of(p) for p in table.iter(W + "p")}
    assert {"UNBanner", "UNOrgan", "UNSymbol", "UNDistribution", "UNDate", "UNOriginal"} <= in_table
    borders = [b.get(W + "sz") for b in table.iter(W + "bottom")]
    assert "4" in borders and "12" in borders  # the thin rule under the banner row, the thick one under all


def test_symbol_has_its_first_component_large(l30):
    _, export = l30
    runs = export.paragraphs("UNSymbol")[0].findall(W + "r")
    sizes = [(text_of(r), (r.find(f"{W}rPr/{W}sz") is not None) and r.find(f"{W}rPr/{W}sz").get(W + "val"))
             for r in runs]
    assert sizes == [("A", "40"), ("/C.3/80/L.30", False)]


# -- numbering ------------------------------------------------------------------------------


def test_operative_paragraphs_carry_real_word_numbering(l30):
    res, export = l30
    ops = export.paragraphs("OperativeParagraph")
    assert len(ops) == len(res.operative) > 30
    pairs = {num_pr(p) for p in ops}
    assert len(pairs) == 1 and next(iter(pairs))[1] == "0"
    assert not any(text_of(p)[:3].rstrip(".").isdigit() for p in ops)  # numbers are computed, never typed


def test_numbering_definition_follows_the_contract(l30):
    _, export = l30
    numbering = export.part("word/numbering.xml")
    num_id = num_pr(export.paragraphs("OperativeParagraph")[0])[0]
    num = next(n for n in numbering.iter(W + "num") if n.get(W + "numId") == num_id)
    abstract_id = num.find(W + "abstractNumId").get(W + "val")
    abstract = next(a for a in numbering.iter(W + "abstractNum") if a.get(W + "abstractNumId") == abstract_id)
    levels = [(lvl.find(W + "numFmt").get(W + "val"), lvl.find(W + "lvlText").get(W + "val"))
              for lvl in abstract.iter(W + "lvl")][:5]
    assert levels == [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)"),
                      ("lowerLetter", "%4."), ("lowerRoman", "%5.")]


def test_subparagraphs_are_numbered_at_their_degree(ctoc):
    res, export = ctoc
    subs = export.paragraphs("Subparagraph")
    assert [text_of(p) for p in subs] == [c.text for p in res.operative for c in p.children]
    op_num = num_pr(export.paragraphs("OperativeParagraph")[0])[0]
    assert {num_pr(p) for p in subs} == {(op_num, "1")}


def test_deeper_subparagraphs_take_deeper_levels_and_styles():
    leaf = Paragraph("Third degree;")
    res = Resolution(operative=[
        Paragraph("Decides:", children=[Paragraph("First degree:", children=[
            Paragraph("Second degree:", children=[leaf])])]),
        Paragraph("Requests the Secretary-General to report.")])
    export = Export(build(res))
    found = [(style_of(p), num_pr(p)[1]) for p in export.paragraphs() if num_pr(p)]
    assert found == [("OperativeParagraph", "0"), ("Subparagraph", "1"), ("Subparagraph2", "2"),
                     ("Subparagraph3", "3"), ("OperativeParagraph", "0")]


def test_a_single_operative_paragraph_is_unnumbered_and_annexes_restart():
    res = load(GA_TEXTS["A_80_L.8"])
    export = Export(build(res))
    (op,) = export.paragraphs("OperativeParagraph")
    assert num_pr(op) is None
    annexed = export.paragraphs("AnnexNumberedParagraph")
    assert len(annexed) == sum(1 for p in res.annexes[0].paragraphs if p.style == "numbered")
    annex_num = {num_pr(p) for p in annexed}
    assert len(annex_num) == 1 and next(iter(annex_num))[1] == "0"
    numbering = export.part("word/numbering.xml")
    num = next(n for n in numbering.iter(W + "num") if n.get(W + "numId") == next(iter(annex_num))[0])
    assert num.find(f"{W}lvlOverride/{W}startOverride").get(W + "val") == "1"


def test_two_annexes_use_two_lists_that_each_start_at_one():
    res = load(GA_TEXTS["A_80_L.8"])
    second = load(GA_TEXTS["A_80_L.8"]).annexes[0]
    second.heading = "Annex II"
    res.annexes.append(second)
    export = Export(build(res))
    nums = [num_pr(p)[0] for p in export.paragraphs("AnnexNumberedParagraph")]
    half = len(nums) // 2
    assert len(set(nums[:half])) == 1 and len(set(nums[half:])) == 1 and nums[0] != nums[-1]


# -- footnotes ------------------------------------------------------------------------------


def test_footnotes_are_real_word_footnotes_with_their_texts(l30):
    res, export = l30
    notes = export.footnotes()
    assert notes["-1"].get(W + "type") == "separator" and notes["0"].get(W + "type") == "continuationSeparator"
    assert notes["-1"].find(f".//{W}separator") is not None
    assert notes["0"].find(f".//{W}continuationSeparator") is not None
    assert notes["-1"].find(f".//{W}footnoteRef") is None  # a separator holds no reference mark
    texts = [text_of(notes[str(i)]).lstrip("\t") for i in range(1, len(notes) - 1)]
    assert texts == [note.text for _, note in res.footnotes()]
    refs = [r.get(W + "id") for r in export.body.iter(W + "footnoteReference")]
    assert refs == [str(i) for i in range(1, len(notes) - 1)]
    settings = export.part("word/settings.xml")
    assert [f.get(W + "id") for f in settings.iter(W + "footnote")] == ["-1", "0"]


def test_footnote_reference_stands_at_its_anchor(l30):
    _, export = l30
    first = export.paragraphs("PreambularParagraph")[0]
    pieces = []
    for run in first.iter(W + "r"):
        pieces.append("[^]" if run.find(W + "footnoteReference") is not None else text_of(run))
    assert "".join(pieces).startswith("Guided by the Charter of the United Nations, as well as the Universal "
                                      "Declaration of Human Rights,[^] the International Covenants on Human Rights[^]")


def test_symbol_notes_use_custom_marks_and_numbered_notes_word_numbers(ctoc):
    res, export = ctoc
    item = export.paragraphs("UNAgendaItem")[0]
    (ref,) = list(item.iter(W + "footnoteReference"))
    assert ref.get(W + "customMarkFollows") == "1"
    assert ref.getparent().find(W + "t").text == "*"
    note = export.footnotes()[ref.get(W + "id")]
    assert note.find(f".//{W}footnoteRef") is None and text_of(note).split("\t")[0] == "*"
    assert text_of(note).split("\t", 1)[1] == "CTOC/COP/2022/1."
    numbered = [r for r in export.body.iter(W + "footnoteReference") if r.get(W + "id") != ref.get(W + "id")]
    assert numbered and all(r.get(W + "customMarkFollows") is None for r in numbered)
    assert all(export.footnotes()[r.get(W + "id")].find(f".//{W}footnoteRef") is not None for r in numbered)


def test_footnote_marks_inside_note_texts_become_direct_formatting(ctoc):
    _, export = ctoc
    ibid = next(n for n in export.footnotes().values() if text_of(n).endswith("vol. 2225, No. 39574."))
    italic = "".join(text_of(r) for r in ibid.iter(W + "r") if run_flags(r)["i"])
    assert italic == "Ibid."


def test_footnotes_part_is_related_and_typed(l30):
    _, export = l30
    rels = export.part("word/_rels/document.xml.rels")
    types = {r.get("Target"): r.get("Type").rsplit("/", 1)[1] for r in rels}
    assert types["footnotes.xml"] == "footnotes"
    content_types = export.part("[Content_Types].xml")
    overrides = {o.get("PartName"): o.get("ContentType") for o in content_types}
    assert overrides["/word/footnotes.xml"].endswith("wordprocessingml.footnotes+xml")


def test_no_footnotes_part_without_footnotes():
    res = Resolution(operative=[Paragraph("Decides to remain seized of the matter.")])
    export = Export(build(res))
    assert "word/footnotes.xml" not in export.zip.namelist()
    assert not list(export.part("word/settings.xml").iter(W + "footnotePr"))
    assert check_package_bytes(export.data) == []


# -- italics and marks ----------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["l30", "ctoc"])
def test_opening_phrase_is_italic_exactly_over_the_lexicon_span(fixture, request):
    res, export = request.getfixturevalue(fixture)
    lexicon = Lexicon.default()
    for style, part, paragraphs in (("PreambularParagraph", PREAMBLE, res.preamble),
                                    ("OperativeParagraph", OPERATIVE, res.operative)):
        for p, element in zip(paragraphs, export.paragraphs(style), strict=True):
            found = lexicon.match(p.text, part)
            runs = list(element.iter(W + "r"))
            styled = [r for r in runs if run_flags(r)["style"] == "OpeningPhrase"]
            assert "".join(text_of(r) for r in styled) == (p.text[:found.italic_end] if found else "")
            if found:
                assert runs[0] is styled[0]  # the span opens the paragraph


def test_body_line_is_italic_by_style_with_a_roman_comma(l30):
    _, export = l30
    (line,) = export.paragraphs("BodyLine")
    runs = list(line.iter(W + "r"))
    assert [text_of(r) for r in runs] == ["The General Assembly", ","]
    assert runs[1].find(f"{W}rPr/{W}i").get(W + "val") == "0"
    style = next(s for s in export.part("word/styles.xml").iter(W + "style") if s.get(W + "styleId") == "BodyLine")
    assert style.find(f"{W}rPr/{W}i") is not None


def test_user_marks_become_direct_run_formatting():
    text = "Recalling the Treaty Series and the bold and the underlined words,"
    marks = [Mark(14, 27, ITALIC), Mark(36, 40, BOLD), Mark(49, 59, UNDERLINE)]
    res = Resolution(preamble=[Paragraph(text, marks)], operative=[Paragraph("Decides to act.")])
    export = Export(build(res))
    runs = list(export.paragraphs("PreambularParagraph")[0].iter(W + "r"))
    by_flag = {flag: "".join(text_of(r) for r in runs if run_flags(r)[flag]) for flag in ("i", "b", "u")}
    assert by_flag == {"i": "Treaty Series", "b": "bold", "u": "underlined"}
    assert [text_of(r) for r in runs if run_flags(r)["style"] == "OpeningPhrase"] == ["Recalling"]
    assert "".join(text_of(r) for r in runs) == text


# -- pages, running heads, properties, options ---------------------------------------------------


def test_paper_follows_the_duty_station(l30, ctoc):
    for (res, export), paper, size in ((l30, "Letter", ("12240", "15840")), (ctoc, "A4", ("11906", "16838"))):
        assert paper_for(res) == paper
        pg = export.body.find(f"{W}sectPr/{W}pgSz")
        assert (pg.get(W + "w"), pg.get(W + "h")) == size
    res, _ = ctoc
    pg = Export(build(res, paper="Letter")).body.find(f"{W}sectPr/{W}pgSz")
    assert pg.get(W + "w") == "12240"


def test_the_style_pack_layout_decides_when_there_is_one(l30, monkeypatch):
    """The style pack's layout (``pack_for(res).layout``, styles/*.toml [layout]) wins over the duty station."""
    res, _ = l30
    layout = {"paper": "A4", "body_size_pt": 11, "colour": "ignored by the exporter"}
    monkeypatch.setattr("drafting.exporters.docx.layout.layout_of", lambda r: layout)
    assert paper_for(res) == "A4"
    export = Export(build(res))
    assert export.body.find(f"{W}sectPr/{W}pgSz").get(W + "w") == "11906"
    size = export.part("word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz")
    assert size.get(W + "val") == "22"
    assert Export(build(res, paper="Letter")).body.find(f"{W}sectPr/{W}pgSz").get(W + "w") == "12240"


def test_running_heads_and_page_numbers(l30):
    res, export = l30
    sect = export.body.find(W + "sectPr")
    assert sect.find(W + "titlePg") is not None
    assert export.part("word/settings.xml").find(W + "evenAndOddHeaders") is not None
    rels = {r.get("Id"): r.get("Target") for r in export.part("word/_rels/document.xml.rels")}
    headers = {h.get(W + "type"): export.part("word/" + rels[h.get(f"{{{R}}}id")])
               for h in sect.iter(W + "headerReference")}
    footers = {f.get(W + "type"): export.part("word/" + rels[f.get(f"{{{R}}}id")])
               for f in sect.iter(W + "footerReference")}
    assert set(headers) == {"default", "even", "first"} and set(footers) == {"default", "even", "first"}
    assert text_of(headers["first"]) == ""  # page 1 has the masthead, no running head
    assert text_of(footers["first"]) == ""  # an empty footer keeps the room of the job number and barcode
    for kind, align in (("default", "right"), ("even", "left")):
        assert text_of(headers[kind]) == res.masthead.symbol.text
        assert headers[kind].find(f".//{W}jc").get(W + "val") == align
        fields = [f.get(W + "instr").strip() for f in footers[kind].iter(W + "fldSimple")]
        assert fields == ["PAGE", "NUMPAGES"]
        assert "/" in text_of(footers[kind])


def test_job_number_and_first_page_footer_are_options(l30):
    res, plain = l30
    assert "25-17789" not in plain.data.decode("latin-1")
    export = Export(build(res, job_number="25-17789", footer=True))
    sect = export.body.find(W + "sectPr")
    rels = {r.get("Id"): r.get("Target") for r in export.part("word/_rels/document.xml.rels")}
    footers = {f.get(W + "type"): text_of(export.part("word/" + rels[f.get(f"{{{R}}}id")]))
               for f in sect.iter(W + "footerReference")}
    assert footers["first"] == "25-17789 (E)\tPlease recycle"
    assert "25-17789" in footers["default"] and "25-17789" in footers["even"]


def test_document_properties(l30):
    res, export = l30
    props = docx.Document(io.BytesIO(export.data)).core_properties
    assert props.title == "Situation of human rights in the Islamic Republic of Iran"
    assert props.subject == "A/C.3/80/L.30"
    assert props.author == ""
    res.meta.author = "Permanent Mission of Norway"
    try:
        assert docx.Document(io.BytesIO(build(res))).core_properties.author == "Permanent Mission of Norway"
        assert docx.Document(io.BytesIO(build(res, author="A. Drafter"))).core_properties.author == "A. Drafter"
    finally:
        res.meta.author = ""
    app = export.zip.read("docProps/app.xml").decode()
    assert "Resolute" in app and "Microsoft" not in app


def test_template_leftovers_are_not_shipped(l30):
    _, export = l30
    names = export.zip.namelist()
    assert not [n for n in names if "customXml" in n or "thumbnail" in n or "stylesWithEffects" in n]
    assert b"python-docx" not in export.zip.read("docProps/core.xml")


def test_layout_settings_can_be_overridden_and_unknown_ones_are_refused(l30):
    res, _ = l30
    export = Export(build(res, body_size_pt=11, paper="A4"))
    size = export.part("word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz")
    assert size.get(W + "val") == "22"
    with pytest.raises(InputError, match="unknown layout setting"):
        build(res, body_sise_pt=11)
    with pytest.raises(InputError, match="paper size"):
        build(res, paper="A5")


# -- the adopted text and its closing lines ------------------------------------------------------


def test_adopted_resolution_lines():
    res = load(GA_TEXTS["A_RES_79_180"])
    export = Export(build(res))
    assert [text_of(p) for p in export.paragraphs("UNAdoptionStatement")] == [res.adoption.statement]
    assert [text_of(p) for p in export.paragraphs("UNAdoptionReference")] == [f"[{res.adoption.reference}]"]
    assert [text_of(p) for p in export.paragraphs("UNTitle")] == [f"79/180.\t{res.title.text}"]
    assert [text_of(p) for p in export.paragraphs("UNAdoptionMeeting")] == ["53rd plenary meeting", "17 December 2024"]
    order = [style_of(p) for p in export.paragraphs() if style_of(p)]
    assert order.index("UNAdoptionStatement") < order.index("UNTitle") < order.index("BodyLine")
    assert order.index("UNAdoptionMeeting") > max(i for i, s in enumerate(order) if s == "OperativeParagraph")


def test_text_survives_in_document_order(ctoc):
    res, export = ctoc
    text = "\n".join(text_of(p) for p in export.paragraphs())
    positions = [text.find(p.text) for p in res.preamble + res.operative]
    assert -1 not in positions and positions == sorted(positions)


def test_nothing_anchored_is_lost_from_empty_lines():
    note = Footnote("On behalf of the Group of 77 and China.", symbol=True)
    res = Resolution(submission=Submission(kind="", anchors=[Anchor(0, note)]),
                     authoring_body=Inline("", anchors=[Anchor(0, Footnote("A note on an empty body line."))]),
                     operative=[Paragraph("Decides to act.")])
    export = Export(build(res))
    texts = [text_of(n) for n in export.footnotes().values()]
    assert "*\tOn behalf of the Group of 77 and China." in texts
    assert any(t.endswith("A note on an empty body line.") for t in texts)


# -- the package and the file ---------------------------------------------------------------


def check_package_bytes(data: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.docx"
        path.write_bytes(data)
        return check_package(path)


@pytest.mark.parametrize("name", ["ctoc", "A_C.3_80_L.30", "A_RES_79_180", "A_80_L.8"])
def test_package_is_consistent_and_opens_in_python_docx(name, tmp_path):
    path = tmp_path / "out.docx"
    save(load(CTOC if name == "ctoc" else GA_TEXTS[name]), path)
    assert check_package(path) == []
    document = docx.Document(path)
    assert any(p.style.name == "Preambular Paragraph" or p.style.name == "Operative Paragraph"
               for p in document.paragraphs)


def test_package_checker_finds_what_is_wrong(l30, tmp_path):
    _, export = l30
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as z:
        for name in export.zip.namelist():
            data = export.zip.read(name)
            if name == "word/footnotes.xml":
                continue  # related and typed, but missing
            if name == "word/numbering.xml":
                data = data[:-20]  # cut: not well-formed
            z.writestr(name, data)
        z.writestr("word/media/extra.bin", b"\x00")  # no content type
    problems = "\n".join(check_package(broken))
    assert "footnotes.xml" in problems and "numbering.xml: not well-formed" in problems
    assert "word/media/extra.bin: no content type" in problems


def test_save_is_atomic_and_replaces_only_with_a_complete_file(l30, tmp_path, monkeypatch):
    res, export = l30
    target = tmp_path / "draft.docx"
    target.write_bytes(b"the user's previous file")

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("drafting.exporters.docx.build", fail)
    with pytest.raises(RuntimeError):
        save(res, target)
    assert target.read_bytes() == b"the user's previous file"
    monkeypatch.undo()
    save(res, target)
    assert zipfile.ZipFile(target).testzip() is None
    assert [p.name for p in tmp_path.iterdir()] == ["draft.docx"]  # no temporary file left behind


def test_export_to_a_missing_folder_is_a_clear_error(l30, tmp_path):
    res, _ = l30
    with pytest.raises(InputError, match="does not exist"):
        export_document(res, tmp_path / "no" / "such" / "folder.docx")


@pytest.mark.slow
def test_command_line_export_writes_a_word_file_that_reads_back(tmp_path):
    target = tmp_path / "ctoc.docx"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(CTOC), "-o", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert check_package(target) == []
    parsed = subprocess.run([sys.executable, str(ROOT / "main.py"), "parse", str(target), "--json"],
                            capture_output=True, text=True, timeout=120)
    original = subprocess.run([sys.executable, str(ROOT / "main.py"), "parse", str(CTOC), "--json"],
                              capture_output=True, text=True, timeout=120)
    # Derived numbers and labels agree; the typed "1." of the text is its source_label, Word numbers have none.
    assert without_source_labels(json.loads(parsed.stdout)["operative"]) == \
        without_source_labels(json.loads(original.stdout)["operative"])



def test_control_characters_in_pasted_text_do_not_break_the_file():
    """A vertical tab (Word's line break), a NUL and a lone surrogate from a bad paste."""
    res = Resolution(preamble=[Paragraph("Recalling its resolution 1/1,\x0bof 1 January,\x00 and \ud800 others,")],
                     operative=[Paragraph("Decides\tto act.")])
    export = Export(build(res))
    pre = export.paragraphs("PreambularParagraph")[0]
    assert len(list(pre.iter(W + "br"))) == 1
    assert text_of(pre) == "Recalling its resolution 1/1,of 1 January,\ufffd and \ufffd others,"
    assert text_of(export.paragraphs("OperativeParagraph")[0]) == "Decides\tto act."
    assert check_package_bytes(export.data) == []
