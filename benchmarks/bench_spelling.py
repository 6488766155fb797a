"""Spelling quality and speed: flagged words in the corpus, planted misspellings found, timings.

Quality: every word flagged in the four corpus texts is printed (none may be correct UN
usage), and the share of planted misspellings found (target ≥ 95 %): common typos, and US
spellings, which the dictionary or the style pack's UN spelling rules must catch.
Speed: a 400-paragraph document in full (< 300 ms) and one edited paragraph (< 5 ms).
"""

from __future__ import annotations

import statistics
import time

from common import CORPUS, report, timed

from drafting.diagnostics import Diagnostic
from drafting.importers import load_document
from drafting.model import Paragraph, Resolution
from drafting.rules.engine import Checker
from drafting.spelling import SpellChecker
from drafting.spelling import document as spelling

TYPOS = {"recieve": "receive", "goverment": "government", "developement": "development",
         "accomodate": "accommodate", "comittee": "committee", "occured": "occurred", "seperate": "separate",
         "independant": "independent", "enviroment": "environment", "sucessful": "successful",
         "neccessary": "necessary", "concensus": "consensus", "parliment": "parliament",
         "humanitarain": "humanitarian", "recomend": "recommend", "priviledge": "privilege",
         "existance": "existence", "occurence": "occurrence", "persue": "pursue", "untill": "until",
         "publically": "publicly", "maintainance": "maintenance", "comission": "commission",
         "sovereignity": "sovereignty", "secratariat": "secretariat",
         "arbitary": "arbitrary", "commitee": "committee", "responsability": "responsibility",
         "accountibility": "accountability", "implimentation": "implementation", "resolutoin": "resolution"}
US_FORMS = {"labor": "labour", "analyze": "analyse", "center": "centre", "centered": "centred", "color": "colour",
            "favor": "favour", "behavior": "behaviour", "defense": "defence", "fulfill": "fulfil",
            "counseling": "counselling", "program": "programme", "percent": "per cent", "judgment": "judgement",
            "traveled": "travelled", "modeling": "modelling", "labeled": "labelled", "catalog": "catalogue",
            "enrollment": "enrolment", "neighbor": "neighbour", "honor": "honour", "endeavor": "endeavour",
            "theater": "theatre", "fiber": "fibre", "gray": "grey", "paralyze": "paralyse", "maneuver": "manoeuvre"}
PLANTED = {**TYPOS, **US_FORMS}
BEFORE = {"percent": "65 "}  # the words some forms stand after in a resolution
PER_CENT_RULE = "RES605"  # "per cent" is checked with the numbers (NUM-02), not under category spelling


def corpus_texts() -> list:
    return sorted(CORPUS.glob("*.txt"))


def flagged_in_corpus(checker: SpellChecker) -> None:
    print("flagged words in the corpus (each must be a real error, none correct UN usage):")
    for path in corpus_texts():
        res = load_document(path).resolution
        words = [d.extra["word"] for d in spelling.check_resolution(res, checker)]
        print(f"  {path.name:<52} {len(words):3d} flagged: {', '.join(words) if words else '(none)'}")


def planted(checker: SpellChecker) -> None:
    """Plant each wrong form into a real paragraph and count those found in the right place."""
    paragraphs = [p for path in corpus_texts() for p in _paragraphs(load_document(path).resolution)]
    res = Resolution()
    spans = []
    for i, wrong in enumerate(PLANTED):
        base = paragraphs[i % len(paragraphs)]
        cut = base.find(" ", len(base) // 2) + 1 or len(base)
        before = BEFORE.get(wrong, "")
        res.operative.append(Paragraph(f"{base[:cut]}{before}{wrong} {base[cut:]}"))
        start = cut + len(before)
        spans.append((("operative", i), start, start + len(wrong), wrong))
    findings = spelling.check_resolution(res, checker)
    rule_findings = _rules_engine_spelling(res)

    def caught(path, start, end, among) -> bool:  # a finding covering the planted word
        return any(d.location.path == path and d.location.start < end and start < d.location.end for d in among)

    hits = [wrong for path, start, end, wrong in spans if caught(path, start, end, findings + rule_findings)]
    missed = [wrong for wrong in PLANTED if wrong not in hits]
    by_dictionary = sum(1 for path, start, end, _ in spans if caught(path, start, end, findings))
    share = 100 * len(hits) / len(spans)
    print(f"planted misspellings: {len(spans)} ({len(TYPOS)} typos, "
          f"{len(US_FORMS)} US spellings)")
    print(f"  found                                                {share:9.1f} %  (target >= 95 %: "
          f"{'ok' if share >= 95 else 'UNDER'})")
    print(f"    by the dictionary alone                            {100 * by_dictionary / len(spans):9.1f} %")
    print(f"    with the style pack's UN spelling rules            {len(rule_findings)} findings")
    if missed:
        print(f"  missed: {', '.join(missed)}")
    sample = ["recieve", "goverment", "developement", "accomodate", "comittee", "labor", "analyze", "color"]
    right = [w for w in sample if PLANTED[w] in checker.suggest(w)[:3]]
    print(f"  right word among the first 3 suggestions: {len(right)}/{len(sample)} ({', '.join(sample)})")


def _rules_engine_spelling(res: Resolution) -> list[Diagnostic]:
    """Spelling-category findings of the rules engine other than the dictionary's."""
    return [d for d in Checker(res).full()
            if (d.category == "spelling" or d.code == PER_CENT_RULE) and d.code != spelling.CODE]


def _paragraphs(res: Resolution) -> list[str]:
    return [p.text for p in res.preamble + res.operative if len(p.text) > 80]


def speed() -> None:
    texts = [p for path in corpus_texts() for p in _paragraphs(load_document(path).resolution)]
    res = Resolution()
    res.operative = [Paragraph(texts[i % len(texts)]) for i in range(400)]
    words = sum(len(p.text.split()) for p in res.operative)
    print(f"speed: 400 paragraphs, {words} words, {len({w for p in res.operative for w in p.text.split()})} distinct")
    cold = []
    for _ in range(5):
        fresh = SpellChecker()  # the word cache starts empty; the loaded dictionary is shared
        start = time.perf_counter()
        spelling.check_resolution(res, fresh)
        cold.append((time.perf_counter() - start) * 1000)
    report("full document, empty word cache", statistics.median(cold), 300)
    checker = SpellChecker.default()
    report("full document, warm word cache", timed(lambda: spelling.check_resolution(res, checker)), 300)
    paragraph = res.operative[200]
    edits = iter(range(10 ** 6))

    def edit_one():
        paragraph.text = paragraph.text.rstrip(";,.") + f" and revised{next(edits)};"
        spelling.check_place(("operative", 200), None, paragraph.text, res, checker)

    report("one edited paragraph", timed(edit_one, repeat=21), 5)
    start = time.perf_counter()
    checker.suggest("humanitarain")
    print(f"  {'suggestions for one word (context menu, first time)':<52} "
          f"{(time.perf_counter() - start) * 1000:9.2f} ms  (for information)")


def main() -> None:
    start = time.perf_counter()
    checker = SpellChecker.default()
    print(f"spelling: Hunspell {checker.files.stem.name} ({checker.files.origin}) read by spylls; "
          f"loaded in {(time.perf_counter() - start) * 1000:.0f} ms (once, in the background)")
    flagged_in_corpus(checker)
    planted(checker)
    speed()


if __name__ == "__main__":
    main()
