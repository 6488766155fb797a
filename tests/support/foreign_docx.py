"""Word drafts as colleagues make them: typed and automatic numbers, real and typed footnotes, tracked changes."""

from __future__ import annotations

import docx
from docx.enum.text import WD_BREAK

from drafting.importers import load_document
from drafting.outline import to_json
from tests.support.docx_builders import (
    WordFile,
    comment_around,
    deleted,
    field_runs,
    i,
    image_run,
    ins,
    level,
    masthead_paragraphs,
    move_from,
    move_to,
    note_ref,
    note_text,
    numbering,
    p,
    r,
    reformatted_italic,
    table,
    text_box_run,
    un_numbering,
)


def parse(path):
    result = load_document(path)
    return result, to_json(result.resolution, result.warnings)


def typed_draft(path):
    d = docx.Document()
    for line in ["United Nations", "A/C.3/80/L.99", "General Assembly", "Distr.: Limited", "4 November 2025",
                 "Original: English", "Eightieth session", "Third Committee", "Agenda item 71 (c)"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("Promotion and protection of human rights").bold = True
    d.add_paragraph("Austria and Colombia: draft resolution")
    d.add_paragraph().add_run("Human rights in the administration of justice").bold = True
    body = d.add_paragraph()
    body.add_run("The General Assembly").italic = True
    body.add_run(",")
    for opening, rest in [("Recalling", " its resolution 77/227 of 15 December 2022,"),
                          ("Taking note also", " of the report of the Secretary-General,"),
                          ("Deeply concerned", " that the *Treaty Series* is cited in italics,")]:
        para = d.add_paragraph()
        para.add_run(opening).italic = True
        para.add_run(rest)
    numbered = [("1.", "Welcomes", " the report;"), ("2.", "Calls upon", " States:"),
                ("(a)", None, "To ratify the Convention;"), ("(b)", None, "To report on:"),
                ("(i)", None, "Measures taken;"), ("(ii)", None, "Obstacles met;"),
                ("3.", "Decides", " to remain seized of the matter.")]
    for label, verb, rest in numbered:
        para = d.add_paragraph()
        para.add_run(f"\t{label}\t")
        if verb:
            para.add_run(verb).italic = True
        run = para.add_run(rest)
        if "Convention" in rest:
            run.add_break(WD_BREAK.LINE)  # a manual line break inside a paragraph
            para.add_run("and its Protocols;")
    d.save(path)
    return path


def auto_numbered(path):
    body = masthead_paragraphs() + [
        p(i("Recalling"), r(" its previous resolutions,")),
        p(i("Welcomes"), r(" the report;"), num=(1, 0)),
        p(i("Calls upon"), r(" States:"), num=(1, 0)),
        p(r("To ratify the Convention;"), num=(1, 1)),
        p(r("To report on:"), num=(1, 1)),
        p(r("Measures taken;"), num=(1, 2)),
        p(r("Obstacles met;"), num=(1, 2)),
        p(i("Requests"), r(" the Secretary-General to report;"), num=(1, 0)),
        p(r("With data;"), num=(1, 1)),  # letters restart under a new paragraph: (a), not (c)
        p(i("Decides"), r(" to remain seized of the matter."), num=(1, 0)),
        p(r("Annex")),
        p(r("Principles on the administration of justice", bold=True)),
        p(r("States shall ensure access to justice."), num=(2, 0)),  # a list restarted with startOverride
        p(r("Courts shall be independent."), num=(2, 0)),
        p(r("Judges shall be impartial."), style="ListNumber"),  # numbered by its style: continues list 7
    ]
    abstract = [level(k, fmt, text) for k, (fmt, text) in
                enumerate([("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")])]
    xml = numbering({0: abstract, 1: [level(0, "decimal", "%1.")]}, {1: (0, {}), 2: (0, {0: 1}), 7: (1, {0: 3})})
    return WordFile(body, numbering=xml).save(path)


def footnoted(path):
    body = masthead_paragraphs()[:8] + [
        p(r("Agenda item 71 (c)"), note_ref(1, custom="*")),
        p(r("Promotion and protection of human rights", bold=True)),
        p(r("Austria and Colombia: draft resolution")),
        p(r("Human rights in the administration of justice", bold=True)),
        p(i("The General Assembly"), r(",")),
        p(i("Guided"), r(" by the Universal Declaration of Human Rights,"), note_ref(2),
          r(" the International Covenants on Human Rights"), note_ref(3), r(" and other instruments,")),
        p(i("Recalling"), r(" its resolution 77/227,"), note_ref(4)),
        p(r("1.\t"), i("Welcomes"), r(" the report of the Secretary-General;"), note_ref(5)),
        p(r("2.\t"), i("Decides"), r(" to remain seized of the matter.")),
    ]
    notes = {1: note_text(r("A/80/150."), custom="*"),
             2: note_text(r("Resolution 217 A (III).")),
             3: note_text(r("Resolution 2200 A (XXI), annex.")),
             4: note_text(r("See "),
                          i("Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 53"),
                          r(" (A/77/53), chap. IV.")),
             5: note_text(r("A/80/484."))}
    return WordFile(body, footnotes=notes).save(path)


def typed_notes(path):
    body = masthead_paragraphs() + [
        p(i("Guided"), r(" by the Charter of the United Nations,"), r("1", sup=True),
          r(" the Universal Declaration of Human Rights"), r("2", sup=True), r(" and other instruments,")),
        p(r("1.\t"), i("Welcomes"), r(" the report;"), r("3", sup=True)),
        p(r("2.\t"), i("Decides"), r(" to remain seized of the matter.")),
        p(r("")),
        p(r("Notes", bold=True)),
        p(r("1 "), r("Charter of the United Nations, 26 June 1945.")),
        p(r("2", sup=True), r(" Resolution 217 A (III).")),
        p(r("3\t"), r("A/80/484.")),
    ]
    return WordFile(body).save(path)


def tracked(path):
    body = masthead_paragraphs() + [
        p(i("Recalling"), r(" its resolution"), ins(r(" 77/227 of 15 December 2022")), deleted(" of last year"),
          r(",")),
        p(i("Welcomes"), r(" the report"), move_from(" with appreciation"), r(";"), num=(1, 0)),
        p(i("Calls upon"), r(" all States"), move_to(" with appreciation"), r(" to cooperate;"), num=(1, 0)),
        # A whole paragraph deleted: its text and its mark, so the numbers close up when accepted.
        p(deleted("Encourages regional organizations to act;"), num=(1, 0), mark_deleted=True),
        # Two paragraphs joined by deleting the mark between them.
        p(i("Requests"), r(" the Secretary-General "), num=(1, 0), mark_deleted=True),
        p(r("to report at its eighty-first session;"), num=(1, 0)),
        p(reformatted_italic("Decides"), r(" to remain seized of the matter."), num=(1, 0)),
    ]
    return WordFile(body, numbering=un_numbering()).save(path)


def cluttered(path):
    body = masthead_paragraphs() + [
        p(i("Recalling"), r(" its resolution 77/227,"), comment_around(0, r(" of 15 December 2022,"))),
        table([[p(r("Region")), p(r("States"))], [p(r("Africa")), p(r("54"))]]),
        p(i("Noting"), r(" the map below,"), image_run()),
        '<w:altChunk r:id="rIdChunk1"/>',  # an HTML file pasted in as a whole
        p(i("Welcomes"), r(" the report in document "), field_runs("REF _Ref123 \\h", "A/80/484"), r(";"), num=(1, 0)),
        p(i("Decides"), r(" to remain seized"), r(" urgently", strike=True),
          r(" (drafting note: check with capital)", hidden=True),
          r(" of the matter."), text_box_run(p(r("Informal — not for circulation"))), num=(1, 0)),
    ]
    return WordFile(body, numbering=un_numbering(), comments={0: ("Jane Delegate", "Is the date right?")},
                    images={"rIdImg1": b"\x89PNG\r\n\x1a\n"}).save(path)
