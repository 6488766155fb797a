"""Tracked-changes .docx against the base, checked by LibreOffice itself.

For each pair of versions, LibreOffice (driven through UNO by the system python3 with
python3-uno, private profile, time limits) opens the tracked document, accepts every
revision and saves it as text: that must be exactly the text LibreOffice saves from the
new version's own export.  Rejecting every revision must give the base's.  The XML is
checked for real revisions (author, date, moves, paragraph marks), real numbering and
real footnotes.
"""

from __future__ import annotations

import copy
import random
import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from lxml import etree

from drafting.compare.align import compare
from drafting.compare.tracked_docx import build_tracked, save_tracked
from drafting.exporters.docx import build
from drafting.importers import load_document
from drafting.model import TABLE, Anchor, Annex, Footnote, Inline, Mark, Paragraph, Table
from drafting.revisions import apply_suggestion, base_of, new_draft_from, revision_suggestions
from drafting.ties import untie
from tests.support.docx_tools import check_package
from tests.support.official import official_dir
from tests.support.paths import CTOC, GA_TEXTS
from tests.support.planted_changes import load_corpus, plant

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WHEN = datetime(2025, 11, 3, 9, 30, tzinfo=UTC)

UNO_SCRIPT = r'''
"""python3 lo_revisions.py PROFILE MODE IN OUT [MODE IN OUT ...]; MODE: accept, reject or keep."""
import os, subprocess, sys, time, uuid
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(profile, jobs):
    pipe = "resolute" + uuid.uuid4().hex
    office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible",
                               "--norestore", "--nologo", "--nodefault", "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 90
        while True:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                if time.time() > deadline or office.poll() is not None:
                    sys.exit("LibreOffice did not start")
                time.sleep(0.3)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        for k in range(0, len(jobs), 3):
            mode, src, dst = jobs[k:k + 3]
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0,
                                               (prop("Hidden", True),))
            if mode != "keep":
                command = ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
                dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)),
                           (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main(sys.argv[1], sys.argv[2:])
'''


def _system_python_with_uno() -> str:
    python = shutil.which("python3", path="/usr/bin:/bin") or "/usr/bin/python3"
    if shutil.which("soffice") is None or subprocess.run([python, "-c", "import uno"], capture_output=True,
                                                         timeout=60).returncode != 0:
        pytest.fail("LibreOffice with python3-uno is needed: run ./dev.sh test, which installs "
                    "libreoffice-writer-nogui and python3-uno")
    return python


# -- the pairs of versions ------------------------------------------------------------------------


def _planted(old):
    """A/RES/79/180 revised: a new preambular paragraph, an amended, a deleted, a moved and a split
    operative paragraph, a footnote added and one removed, the adoption lines gone, a new symbol."""
    new = copy.deepcopy(old)
    new.preamble.insert(4, Paragraph("Recalling its resolution 79/180 of 17 December 2024,"))
    new.operative[11].text = new.operative[11].text.replace("eightieth session", "eighty-first session")
    del new.operative[3]
    new.operative.insert(8, new.operative.pop(1))
    new.operative[2].anchors.append(Anchor(len(new.operative[2].text), Footnote("A/79/284, para. 12.")))
    new.operative[0].anchors = []
    op = new.operative[9]
    cut = op.text.index(", and in this respect requests")
    new.operative.insert(10, Paragraph("Requests" + op.text[cut + len(", and in this respect requests"):]))
    op.text = op.text[:cut] + ";"
    new.adoption = None
    new.masthead.symbol.text = "A/80/L.__"
    return new


def _subparagraphs(old):
    """Merged paragraphs, subparagraphs amended, moved, deleted and new, a footnote reworded, italics."""
    new = copy.deepcopy(old)
    first, second = new.operative[9], new.operative.pop(10)
    first.text = first.text.rstrip(";") + ", and encourages" + second.text[len("Encourages"):]
    sub = new.operative[7].children[1]
    sub.text = sub.text.replace("religious freedom", "freedom of religion")
    new.operative[7].children.append(new.operative[6].children.pop(3))
    del new.operative[6].children[0]
    new.operative[6].children.insert(2, Paragraph("Promoting interreligious dialogue at all levels;"))
    new.preamble[4].anchors[0].note = Footnote("See resolution 2200 A (XXI), annex, art. 18.")
    new.preamble[1].marks.append(Mark(0, 9, "bold"))
    return new


def _ctoc_edits(old):
    new = copy.deepcopy(old)
    new.submission.sponsors = ["Colombia", "Mexico"]
    new.submission.kind = "revised draft resolution"
    del new.preamble[6]
    new.operative[3].children.append(Paragraph("Strengthen the protection of victims of trafficking in persons;"))
    new.operative.insert(0, new.operative.pop(14))
    return new


def _annex_edits(old):
    new = copy.deepcopy(old)
    paragraphs = new.annexes[0].paragraphs
    numbered = [k for k, p in enumerate(paragraphs) if p.style == "numbered"]
    paragraphs.insert(numbered[3], Paragraph("We commit to review our progress in 2030.", style="numbered"))
    del paragraphs[numbered[6] + 1]
    paragraphs.insert(numbered[1], paragraphs.pop(numbered[10]))
    return new


def _with_table(res):
    """A/RES/79/180 with a budget table in an annex: header row, figures, a bold total, a caption."""
    out = copy.deepcopy(res)
    rows = [[Inline(""), Inline("Gross", [Mark(0, 5, "italic")]), Inline("Net", [Mark(0, 3, "italic")])],
            [Inline("Estimated appropriation for 2026"), Inline("56 234 300"), Inline("51 375 900")],
            [Inline("Recommendations of the Fifth Committee"), Inline("–"), Inline("–")],
            [Inline("Appropriation for 2026", [Mark(0, 22, "bold")]), Inline("56 126 600", [Mark(0, 10, "bold")]),
             Inline("51 268 200", [Mark(0, 10, "bold")])]]
    table = Table(rows, header_rows=1, title=Inline("Financing for 2026"))
    out.annexes.append(Annex("Annex", Inline("Financing"), [Paragraph(style=TABLE, table=table)]))
    return out


def _table_edits(old):
    """Figures amended and a label reworded, cell by cell."""
    new = copy.deepcopy(old)
    table = new.annexes[-1].paragraphs[0].table
    table.rows[1][1].text = "56 300 000"
    table.rows[2][0].text = "Recommendations of the Fifth Committee on the budget"
    table.rows[2][1].text = "(107 700)"
    return new


def _texts_edits(old):
    """A document of several texts (A/C.5/80/L.17: A, then I, II and B): a later text's paragraph
    amended, one deleted, one added, its body line reworded, and an annex given to the last text."""
    new = copy.deepcopy(old)
    later = [s for s in new.sections if len(s.operative) >= 3]
    later[0].operative[1].text = "Also " + later[0].operative[1].text[0].lower() + later[0].operative[1].text[1:]
    del later[0].operative[2]
    last = new.sections[-1]
    last.operative.append(Paragraph("Decides to keep the matter under review."))
    last.authoring_body = Inline("The General Assembly, at its eightieth session,")
    last.annexes.append(Annex("Annex", Inline("Data on compensation costs"),
                              [Paragraph("The data cover all organizations.", style="numbered")]))
    return new


def _new_draft(old):
    draft = new_draft_from(old, date(2025, 11, 3))
    for _ in range(5):
        found = [d for d in revision_suggestions(draft) if d.fix is not None]
        if not found:
            break
        apply_suggestion(draft, found[0])
    return draft


def _random_revisions():
    rng = random.Random(2024)
    texts = load_corpus()
    out = []
    for t, old in enumerate(texts):
        donors = [p for k, other in enumerate(texts) if k != t for p in other.preamble + other.operative]
        out.append((f"mixed-{t}", old, plant(old, "mixed", rng, donors)[0]))
    return out


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """{case: (tracked .docx, accepted text, rejected text, new text, old text)}, all through one LibreOffice."""
    python = _system_python_with_uno()
    res79 = load_document(GA_TEXTS["A_RES_79_180"]).resolution
    ctoc = load_document(CTOC).resolution
    l8 = load_document(GA_TEXTS["A_80_L.8"]).resolution
    several = official_dir()  # the official corpus, where it is (CI has it); the case is left out without it
    texts = load_document(several / "A_C.5_80_L.17.pdf").resolution if several else None
    cases = [("planted", res79, _planted(res79)), ("subparagraphs", res79, _subparagraphs(res79)),
             ("ctoc", ctoc, _ctoc_edits(ctoc)), ("annex", l8, _annex_edits(l8)),
             ("new-draft", res79, _new_draft(res79)),
             ("unrelated", res79, load_document(GA_TEXTS["A_C.3_80_L.30"]).resolution),
             ("table", _with_table(res79), _table_edits(_with_table(res79))),
             *([("texts", texts, _texts_edits(texts))] if texts else [])] + _random_revisions()
    folder = tmp_path_factory.mktemp("tracked")
    script = folder / "lo_revisions.py"
    script.write_text(UNO_SCRIPT, encoding="utf-8")
    jobs: list[str] = []
    for name, old, new in cases:
        paper = "A4" if name == "ctoc" else "Letter"
        save_tracked(compare(old, new), folder / f"{name}.docx", author="Delegation of Testland", when=WHEN)
        (folder / f"{name}-new.docx").write_bytes(build(new, paper=paper))
        (folder / f"{name}-old.docx").write_bytes(build(old, paper=paper))
        jobs += ["accept", str(folder / f"{name}.docx"), str(folder / f"{name}-accepted.txt"),
                 "reject", str(folder / f"{name}.docx"), str(folder / f"{name}-rejected.txt"),
                 "keep", str(folder / f"{name}-new.docx"), str(folder / f"{name}-new.txt"),
                 "keep", str(folder / f"{name}-old.docx"), str(folder / f"{name}-old.txt")]
    done = subprocess.run([python, str(script), str(folder / "profile"), *jobs], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    read = lambda suffix, name: (folder / f"{name}-{suffix}.txt").read_text(encoding="utf-8")  # noqa: E731
    return {name: (folder / f"{name}.docx", read("accepted", name), read("rejected", name), read("new", name),
                   read("old", name)) for name, _, _ in cases}


CASES = ("planted", "subparagraphs", "ctoc", "annex", "new-draft", "unrelated", "table", "texts", "mixed-0",
         "mixed-1", "mixed-2", "mixed-3")


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_accepting_all_revisions_gives_the_new_text(checked, case):
    if case not in checked:
        pytest.skip("the official corpus (corpus/official) is not available")
    _, accepted, _, new, _ = checked[case]
    assert accepted == new


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_rejecting_all_revisions_gives_the_base(checked, case):
    if case not in checked:
        pytest.skip("the official corpus (corpus/official) is not available")
    _, _, rejected, _, old = checked[case]
    assert rejected == old


# -- the Word structures --------------------------------------------------------------------------


def _parts(path: Path) -> tuple[etree._Element, etree._Element]:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml")), etree.fromstring(z.read("word/footnotes.xml"))


@pytest.mark.slow
def test_every_difference_is_a_real_revision_with_author_and_date(checked):
    path = checked["planted"][0]
    assert check_package(path) == []
    document, notes = _parts(path)
    kinds = {k: document.findall(f".//{W}{k}") for k in ("ins", "del", "moveFrom", "moveTo")}
    assert all(kinds.values()), {k: len(v) for k, v in kinds.items()}
    for node in [n for found in kinds.values() for n in found]:
        assert node.get(W + "author") == "Delegation of Testland"
        assert node.get(W + "date") == "2025-11-03T09:30:00Z"
    ids = [n.get(W + "id") for n in document.iter() if n.get(W + "author")]
    assert len(ids) == len(set(ids))
    # the move is named at both ends
    names = {n.get(W + "name") for n in document.iter(W + "moveFromRangeStart")}
    assert names and names == {n.get(W + "name") for n in document.iter(W + "moveToRangeStart")}
    # the new preambular paragraph: its paragraph mark is inserted, its text too
    new_pp = [p for p in document.iter(W + "p") if "".join(p.itertext()).startswith("Recalling its resolution 79/180")]
    assert new_pp and new_pp[0].find(f"{W}pPr/{W}rPr/{W}ins") is not None
    assert "".join(t.text for t in document.iter(W + "delText")).count("Condemns any advocacy") == 1


@pytest.mark.slow
def test_numbering_and_footnotes_stay_real(checked):
    document, notes = _parts(checked["planted"][0])
    operative = [p for p in document.iter(W + "p")
                 if (p.find(f"{W}pPr/{W}pStyle") is not None
                     and p.find(f"{W}pPr/{W}pStyle").get(W + "val") == "OperativeParagraph")]
    assert operative and all(p.find(f"{W}pPr/{W}numPr") is not None for p in operative)
    assert not any("".join(p.itertext()).lstrip()[:3].rstrip(".").isdigit() for p in operative)
    inserted_refs = [r for ins in document.iter(W + "ins") for r in ins.iter(W + "footnoteReference")]
    deleted_refs = [r for d in document.iter(W + "del") for r in d.iter(W + "footnoteReference")]
    assert len(inserted_refs) == 1 and len(deleted_refs) == 1
    by_id = {n.get(W + "id"): n for n in notes}
    assert "A/79/284, para. 12." in untie("".join(by_id[inserted_refs[0].get(W + "id")].itertext()))
    assert by_id[inserted_refs[0].get(W + "id")].find(f".//{W}ins") is not None  # the note shows inserted
    assert by_id[deleted_refs[0].get(W + "id")].find(f".//{W}del") is not None


@pytest.mark.slow
def test_a_reworded_footnote_is_tracked_inside_the_note(checked):
    _, notes = _parts(checked["subparagraphs"][0])
    amended = [n for n in notes if n.find(f".//{W}ins") is not None and n.find(f".//{W}del") is None]
    assert any(", art. 18" in "".join(t.text for t in n.iter(W + "t")) for n in amended)


@pytest.mark.slow
def test_formatting_changes_are_tracked(checked):
    document, _ = _parts(checked["subparagraphs"][0])
    changes = list(document.iter(W + "rPrChange"))
    assert changes and all(c.get(W + "author") for c in changes)


def test_the_document_keeps_tracking_later_edits_and_says_who():
    res = load_document(GA_TEXTS["A_RES_79_180"]).resolution
    data = build_tracked(compare(res, _planted(res)), author="Delegation of Testland", when=WHEN)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        settings = etree.fromstring(z.read("word/settings.xml"))
    assert settings.find(W + "trackRevisions") is not None


def test_a_draft_from_a_base_compares_with_its_remembered_base():
    draft = _new_draft(load_document(GA_TEXTS["A_RES_79_180"]).resolution)
    base = base_of(draft)
    data = build_tracked(compare(base, draft), when=WHEN)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        document = etree.fromstring(z.read("word/document.xml"))
    inserted = untie("".join(t.text for ins in document.iter(W + "ins") for t in ins.iter(W + "t")))
    assert "Recalling its resolution 79/180 of 17 December 2024," in inserted
    assert "eighty-first" in inserted


def test_identical_versions_give_a_document_without_revisions():
    res = load_document(CTOC).resolution
    data = build_tracked(compare(res, copy.deepcopy(res)), when=WHEN)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        document = z.read("word/document.xml")
    for kind in (b"<w:ins ", b"<w:del ", b"<w:moveFrom ", b"<w:moveTo ", b"PrChange"):
        assert kind not in document


def test_exports_that_cannot_be_lined_up_give_a_message_and_write_nothing(tmp_path, monkeypatch, capsys):
    """Should the two Word exports ever disagree with the model (a bug), `compare -o` says so, exits 2 and
    writes nothing, instead of ending in a traceback."""
    from drafting.compare import exported, tracked_docx
    from main import main

    def refuse(body, units):
        raise exported.ExportMismatch("the Word export has more paragraphs than the resolution")

    monkeypatch.setattr(tracked_docx, "read_export", refuse)
    target = tmp_path / "tracked.docx"
    assert main(["compare", str(CTOC), str(GA_TEXTS["A_C.3_80_L.30"]), "-o", str(target)]) == 2
    assert "could not be lined up for tracked changes" in capsys.readouterr().err
    assert not target.exists()


def test_a_first_text_still_without_paragraphs_is_tracked_text_by_text():
    """Text I with its label line but no paragraph yet, text II with two: paragraphs typed into I and words
    changed in II are revisions in their own texts (the label lines once took II's paragraphs for I's)."""
    from drafting.model import Resolution, Section

    old = Resolution(title=Inline("Budget"), label="I", section_title=Inline("First"),
                     authoring_body=Inline("The General Assembly,"),
                     sections=[Section("II", Inline("Second"), Inline("The General Assembly,"),
                                       operative=[Paragraph("Approves the plan."), Paragraph("Notes it.")])])
    new = copy.deepcopy(old)
    new.operative = [Paragraph("Decides to act.")]
    new.sections[0].operative[0].text = "Approves the revised plan."
    with zipfile.ZipFile(__import__("io").BytesIO(build_tracked(compare(old, new), when=WHEN))) as z:
        document = etree.fromstring(z.read("word/document.xml"))
    inserted = untie("".join(t.text for ins in document.iter(W + "ins") for t in ins.iter(W + "t")))
    assert "Decides to act." in inserted and "revised" in inserted
    assert not list(document.iter(W + "del"))
