"""RES790 in the rules engine: unknown words among the findings of ``check``, under category "spelling"."""

from __future__ import annotations

from drafting.importers import load_document
from drafting.model import Paragraph, Resolution
from drafting.rules.engine import Checker, check
from drafting.rules.packs import Pack, load_pack
from drafting.spelling import document as spelling_document
from tests.support.paths import CTOC, GA_TEXTS


def operative(*texts: str) -> Resolution:
    res = load_document(CTOC).resolution
    res.operative = [Paragraph(t) for t in texts]
    return res


def spelling(findings) -> list[tuple[str, str]]:
    return [(d.code, d.extra["found"]) for d in findings if d.category == "spelling"]


def test_the_corpus_has_no_spelling_finding():
    for path in [CTOC, *GA_TEXTS.values()]:
        assert spelling(check(load_document(path).resolution)) == [], path.name


def test_unknown_words_and_un_variants_are_reported_once_each():
    res = operative("Decides to recieve the goverment program on forced labor;")
    assert spelling(check(res)) == [("RES790", "recieve"), ("RES790", "goverment"),
                                    ("RES701", "program"), ("RES701", "labor")]


def test_the_document_word_list_and_the_pack_vocabulary_are_accepted():
    res = operative("Welcomes the Zorblat initiative and the Quixley process;")
    res.meta.words = ["Zorblat"]
    assert spelling(check(res)) == [("RES790", "Quixley")]
    base = load_pack("ctoc-cop")
    pack = Pack(**{**vars(base), "vocabulary": base.vocabulary + ("Quixley",)})
    assert spelling(Checker(res, pack).full()) == []


def test_spelling_can_be_switched_off():
    res = operative("Decides to recieve the report;")
    assert spelling(Checker(res, disabled=["RES790"]).full()) == []


def test_american_spelling_packs_accept_american_forms():
    res = operative("Decides to recieve the program on forced labor;")
    assert spelling(Checker(res, load_pack("mun")).full()) == [("RES790", "recieve")]


def test_engine_findings_get_suggestions_for_the_command_line():
    res = operative("Decides to recieve the report;")
    findings = check(res)
    [enriched] = [d for d in spelling_document.with_suggestions(findings) if d.code == "RES790"]
    assert "did you mean “receive”" in enriched.message and enriched.fix.replacement == "receive"


def test_check_on_the_command_line_suggests_the_right_word(tmp_path, capsys):
    import json

    import main

    draft = tmp_path / "draft.txt"
    draft.write_text("General Assembly\n\nEightieth session\n\nAgenda item 12\n\nColombia: draft resolution\n\n"
                     "Strengthening cooperation\n\n*The General Assembly*,\n\n"
                     "1. *Decides* to recieve the report of the Secretary-General.\n", encoding="utf-8")
    assert main.main(["check", str(draft)]) in (0, 1)
    out = capsys.readouterr().out
    assert "operative 1:12: warning RES790 “recieve” is not in the dictionary; did you mean “receive”" in out
    main.main(["check", "--format", "json", str(draft)])
    [finding] = [d for d in json.loads(capsys.readouterr().out)["files"][0]["diagnostics"] if d["code"] == "RES790"]
    assert finding["category"] == "spelling" and finding["fix"]["replacement"] == "receive"
