"""Every new construct survives text → model → .unres → model, model → text → model and model → .docx → model.

Headings in the preamble and operative part, preambular subparagraphs, subparagraphs to
three degrees with the return to an outer level, several texts (A, B; II with a title),
closing lines with "(resumed)", annex headings, sub-headings, numbers that restart,
notes, and amendments with their instructions and quoted text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting import native
from drafting.exporters import docx as docx_exporter
from drafting.exporters.text import to_text
from drafting.importers.docx import import_docx
from drafting.importers.text import document_kind, import_text
from drafting.model import (
    AMENDMENT,
    BULLET_LIST,
    HEADING,
    NUMBER_LIST,
    NUMBERED,
    QUOTE,
    ROMAN_LIST,
    SUBHEADING,
    Adoption,
    Annex,
    Inline,
    Masthead,
    Paragraph,
    Resolution,
    Section,
    Source,
    Submission,
)

PREAMBLE = ["Recalling its resolution 78/1 of 1 December 2023,", "Noting with concern the report of the Board,",
            "Reaffirming the purposes and principles of the Charter of the United Nations,",
            "Welcoming the work of the Special Committee in that regard,"]
INTRO = "Bearing in mind the following considerations:"
OPERATIVE = ["Decides to continue its consideration of the question;", "Requests the Secretary-General to report;",
             "Encourages Member States to cooperate fully;", "Calls upon all States to act with restraint;"]
SUB = ["the protection of civilians;", "the delivery of humanitarian assistance;", "the rule of law;",
       "the monitoring of human rights;"]
HEADINGS = ["General provisions", "Travel ban", "Reporting", "Peace and security"]
QUOTES = ["“(a) On appointment, a staff member shall be granted leave;”", "“(b) Leave shall be taken in days.”"]
INSTRUCTIONS = ["In operative paragraph 3, after “States”, insert “and observers”.",
                "Delete the third preambular paragraph.",
                "Replace operative paragraph 5 with the following text:"]


def _para(text: str, label: str | None = None, **kw: Any) -> Paragraph:
    return Paragraph(text, source=Source(label=label) if label else None, **kw)


@st.composite
def subparagraphs(draw: Any, depth: int = 1) -> list[Paragraph]:
    out = []
    for i in range(draw(st.integers(0, 3 if depth < 3 else 2))):
        p = _para(SUB[i % len(SUB)])
        if depth < 3 and i == 0 and draw(st.booleans()):
            p.text = p.text.rstrip(";") + ":"
            p.children = draw(subparagraphs(depth + 1)) or [_para(SUB[2])]
        out.append(p)
    return out


@st.composite
def preambles(draw: Any) -> list[Paragraph]:
    out = [_para(t) for t in draw(st.lists(st.sampled_from(PREAMBLE), min_size=1, max_size=3))]
    if draw(st.booleans()):
        out.append(_para(INTRO, children=[_para(s) for s in SUB[:draw(st.integers(2, 3))]]))
    return out


@st.composite
def operatives(draw: Any, list_styles: bool) -> list[Paragraph]:
    out: list[Paragraph] = []
    for text in draw(st.lists(st.sampled_from(OPERATIVE), min_size=2, max_size=4)):
        if draw(st.integers(0, 3)) == 0 and (not out or out[-1].style != HEADING):
            out.append(_para(draw(st.sampled_from(HEADINGS)), style=HEADING))
        p = _para(text, children=draw(subparagraphs()))
        if p.children:
            p.text = p.text.rstrip(";") + ", in particular:"
            if list_styles:  # (i) first, 1., or bullets, as Security Council texts have them
                p.list_style = draw(st.sampled_from(["", ROMAN_LIST, NUMBER_LIST, BULLET_LIST]))
                if p.list_style:  # such lists go one level deep in the corpus
                    for c in p.children:
                        c.children = []
                        c.text = c.text.rstrip(":") + (";" if c.text.endswith(":") else "")
        out.append(p)
    if draw(st.booleans()):
        out.append(_para("Decides to amend staff rule 5.1 to read as follows:",
                         children=[_para(q, style=QUOTE) for q in QUOTES]))
    return out


@st.composite
def annexes(draw: Any) -> list[Annex]:
    if not draw(st.booleans()):
        return []
    paragraphs = []
    for k, heading in enumerate(draw(st.lists(st.sampled_from(["I.", "II.", "III."]), min_size=1, max_size=3,
                                              unique=True))):
        paragraphs.append(_para(f"Part {k + 1} of the plan", heading, style=HEADING))
        if draw(st.booleans()):
            paragraphs.append(_para("Objectives of the part", "A.", style=SUBHEADING))
        for n in range(draw(st.integers(1, 3))):
            paragraphs.append(_para(f"The plan shall apply to item {n + 1}.", style=NUMBERED,
                                    restart=n == 0 and k > 0))
    return [Annex(title=Inline("Plan of action"), paragraphs=paragraphs)]


@st.composite
def resolutions(draw: Any, list_styles: bool = True) -> Resolution:
    adopted = draw(st.booleans())
    res = Resolution(masthead=Masthead(organ=Inline("General Assembly"), symbol=Inline("A/80/L.5")),
                     title=Inline("Strengthening of the coordination of assistance"),
                     authoring_body=Inline("The General Assembly,"))
    if adopted:
        res.adoption = Adoption(statement="Resolution adopted by the General Assembly on 1 December 2025",
                                reference="without reference to a Main Committee (A/80/L.5)", number="80/5")
    else:
        res.submission = Submission(["Colombia", "Mexico"], "draft resolution")
    texts: list[Resolution | Section] = [res]
    labels = draw(st.sampled_from([[], ["A", "B"], ["A", "B", "C"], ["I", "II"]]))
    res.label = labels[0] if labels else ""
    for label in labels[1:]:
        titled = label in ("II", "III")
        texts.append(Section(label=label, title=Inline("Programme of work") if titled else Inline(),
                             authoring_body=Inline() if titled else Inline("The General Assembly,")))
    if labels[:1] == ["I"]:
        res.section_title = Inline("Conditions of service")
    for text in texts:
        text.preamble = draw(preambles())
        text.operative = draw(operatives(list_styles))
    res.sections = texts[1:]  # type: ignore[assignment]
    texts[-1].annexes = draw(annexes())  # an annex at the end belongs to the last text
    if adopted:
        res.adoption.meeting = draw(st.sampled_from(["55th plenary meeting", "69th (resumed) plenary meeting"]))
        res.adoption.date = "1 December 2025"
    res.kind = document_kind(res)
    return res


@st.composite
def amendments(draw: Any) -> Resolution:
    res = Resolution(kind=AMENDMENT, masthead=Masthead(organ=Inline("General Assembly"), symbol=Inline("A/80/L.29")),
                     submission=Submission(["Brazil"], "amendment to draft resolution A/80/L.22"),
                     title=Inline("Oceans and the law of the sea"), base_symbol="A/80/L.22")
    numbered = draw(st.booleans())
    chosen = draw(st.lists(st.sampled_from(INSTRUCTIONS), min_size=1, max_size=3, unique=True))
    for i, text in enumerate(chosen):
        p = _para(text, f"{i + 1}." if numbered and len(chosen) > 1 else None)
        if text.endswith(":"):
            p.children = [_para("Welcomes the convening of the Conference;", style=QUOTE)]
        res.instructions.append(p)
    return res


def shape(res: Resolution) -> Any:
    """What a reader sees of the structure: kinds, labels, styles, texts, nesting, restarts."""
    def paras(ps: list[Paragraph]) -> list[Any]:
        return [(p.style, p.restart, p.source.label if p.style in (HEADING, SUBHEADING) and p.source else None,
                 p.list_style, p.text, paras(p.children)) for p in ps]

    def text_shape(t: Resolution | Section) -> Any:
        return (t.label, t.authoring_body.text, paras(t.preamble), paras(t.operative),
                [(a.heading, a.title.text, paras(a.paragraphs)) for a in t.annexes],
                None if t.adoption is None else (t.adoption.meeting, t.adoption.date, t.adoption.reference))

    return (res.kind, res.base_symbol, res.section_title.text, [s.title.text for s in res.sections],
            [text_shape(t) for t in res.texts()],
            [(p.source.label if p.source else None, p.text, paras(p.children)) for p in res.instructions])


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(resolutions(), amendments()))
def test_text_export_reads_back_the_same_structure(res: Resolution) -> None:
    result = import_text(to_text(res))
    assert shape(result.resolution) == shape(res)
    assert result.warnings == []


@SETTINGS
@given(st.one_of(resolutions(), amendments()))
def test_text_to_model_to_unres_keeps_every_construct(res: Resolution) -> None:
    imported = import_text(to_text(res)).resolution
    again = native.loads(native.dumps(imported))
    assert again == imported
    assert shape(again) == shape(res)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.one_of(resolutions(list_styles=False), amendments()))  # the Word export numbers lists by degree
def test_text_to_model_to_docx_keeps_every_construct(tmp_path_factory: Any, res: Resolution) -> None:
    imported = import_text(to_text(res)).resolution
    path = tmp_path_factory.mktemp("docx") / "draft.docx"
    docx_exporter.save(imported, path)
    back = import_docx(path)
    assert shape(back.resolution) == shape(res)
    assert back.warnings == []
