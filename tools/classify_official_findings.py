"""Write the classified findings of the official texts: every error and warning, each with its class and why.

    python tools/classify_official_findings.py                   # the 150 GA resolutions: official_findings.tsv
    python tools/classify_official_findings.py --group drafts    # the GA and SC drafts: official_draft_findings.tsv

Classes (tests/support/official_findings.py): ``departure`` (a slip the text kept), ``structure`` (the
importer misread the text), ``vocabulary`` (a word of UN work, a name or a foreign term, not a
misspelling), ``dated`` (right when the text was written; the rule knows a later form), ``false alarm``
(the rule is wrong here and not yet fixed).  A warning takes the class and why of its code unless one
is given below for its file; an error needs a why of its own, read in context, that names the slip: the
tool stops and lists any error that has none.  tests/drafting/rules/test_official_findings.py fails on a
finding not in the files, so a change that adds a finding on these texts is classified here first (rerun,
then review the diff).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafting.files import write_atomic  # noqa: E402
from tests.support.official_findings import COLUMNS, SETS, checked, place_of  # noqa: E402

# Warnings: the class and why of each code.
CODES = {
    "RES311": ("departure", "a comma before the last “and” of a list (PUN-03)"),
    "RES219": ("departure", "decisions in one paragraph separated by semicolons, not commas (OP-06)"),
    "RES208": ("departure", "repetition adverb in the legacy verb-first place or with no earlier use (OP-04, PRE-06)"),
    "RES210": ("departure", "the italics run on past the opening phrase, over its preposition or object (PRE-02)"),
    "RES211": ("departure", "the opening phrase, or part of it, printed in roman, not italics (PRE-02, OP-03)"),
    "RES206": ("departure", "the adverb set before the participle (“Further recalling”), not after it (PRE-06)"),
    "RES805": ("departure", "an article before an acronym, as in “the UNFCCC” (ABBR-01)"),
    "RES504": ("departure", "a Security Council resolution cited without its year (FN-05)"),
    "RES610": ("departure", "a round amount in figures, not “N million” (NUM-02)"),
    "RES705": ("departure", "“judgment” for human judgement, not a court's decision (SPELL-01)"),
    "RES808": ("departure", "“Article” capitalized before the number of a treaty's article (CAP-01)"),
    "RES306": ("departure", "single quotation marks around a quotation that stands in no other (PUN-01)"),
    "RES124": ("departure", "a State named by a former name (ANAT-04)"),
    "RES790": ("vocabulary", "a word of UN work no two official resolutions use (name, foreign term or new coinage), "
                             "not a misspelling"),
}
DEFAULT = ("departure", "kept by the editors against the rule")
DATED_NETHERLANDS = ("dated", "“Netherlands” was the UN short name in 2021; “Netherlands (Kingdom of the)” came later")
# Warnings read otherwise than their code, by (file, code) or (file, code, place).
WARNINGS = {
    ("S_2021_1075-EN", "RES124"): DATED_NETHERLANDS,
    ("S_2021_523-EN", "RES124"): DATED_NETHERLANDS,
    ("S_2018_221-EN", "RES790"): ("departure", "“crosscutting” for the UN compound “cross-cutting” (SPELL-01)"),
    ("S_2022_426-EN", "RES790"): ("departure", "“crosscutting” for the UN compound “cross-cutting” (SPELL-01)"),
    ("S_2021_1075-EN", "RES790"): ("departure", "“embargos” for the plural “embargoes” (SPELL-01)"),
    ("S_2023_427-EN", "RES790"): ("departure", "US spelling “instill” for “instil” (SPELL-01)"),
    ("S_2024_835-EN", "RES504"): ("departure", "“resolutions 2712, 2720 (2023)”: the year given once for two "
                                               "resolutions, not after each (FN-05)"),
    ("A_C.2_80_L.23", "RES311", "operative/43"): ("false alarm", "“possible, while challenging, and requires”: the "
                                                                 "commas set off an aside, no list"),
    ("A_C.3_80_L.47", "RES311", "operative/4/4"): ("false alarm", "“standard of living, without discrimination, and "
                                                                  "universal access”: the commas set off an aside"),
}
US_SPELLING = "US spelling “{}” throughout the text, one summary finding (SPELL-01)"
# Errors: each read in context, by (file, code, place).
ERRORS = {
    # GA resolutions
    ("A_RES_78_130", "RES803", "preamble/20"): "“WASH” in “Global Summit on WASH, Waste and Electricity …” is never "
                                               "spelled out (ABBR-01)",
    ("A_RES_78_134", "RES803", "preamble/7"): "“COVID-19 recovery” before “coronavirus disease (COVID-19)” later on "
                                              "(ABBR-01)",
    ("A_RES_78_136", "RES803", "preamble/8"): "“the Era of COVID-19 and Beyond Initiative” before COVID-19 is spelled "
                                              "out later (ABBR-01)",
    ("A_RES_78_187", "RES701", "preamble/26"): "US spelling “directed toward them” for “towards” (SPELL-01)",
    ("A_RES_79_196", "RES803", "preamble/10"): "“the Era of COVID-19 and Beyond Initiative” before COVID-19 is spelled "
                                               "out later (ABBR-01)",
    ("A_RES_79_223", "RES603", "preamble/8"): "“22-23 September 2024” with a hyphen, not an en dash (DATE-02)",
    ("A_RES_79_237", "RES803", "operative/1/2"): "“Global Roundtable on ICT security”: ICT never spelled out (ABBR-01)",
    ("A_RES_79_313", "RES803", "operative/7"): "“the CITES annual illegal trade reports”: CITES never spelled out "
                                               "(ABBR-01)",
    ("A_RES_80_109", "RES605", "preamble/38"): "“35.5 percent” for “per cent” (NUM-02)",
    ("A_RES_80_110", "RES803", "operative/235"): "“life cycle GHG intensity”: GHG never spelled out (ABBR-01)",
    ("A_RES_80_110", "RES701", "operative/257"): "US spelling “efforts toward” for “towards” (SPELL-01)",
    ("A_RES_80_124", "RES803", "preamble/21"): "“the COVID-19 pandemic” before COVID-19 is spelled out later "
                                               "(ABBR-01)",
    ("A_RES_80_143", "RES302", "operative/2"): "paragraph 3 ends “… was highlighted,” with a comma, not a semicolon "
                                               "(OP-05)",
    ("A_RES_80_173", "RES803", "annex/0/71"): "“developments in the field of ICTs” in the outcome document: ICT never "
                                              "spelled out (ABBR-01)",
    ("A_RES_80_175", "RES801", "operative/4"): "“sustainable development goals” in lower case (CAP-01)",
    ("A_RES_80_243", "RES301", "section/15/preamble/1"): "section XVI ends its preamble “Recalling its resolution "
                                                         "79/258 A;” with a semicolon (PRE-04)",
    ("A_RES_80_243", "RES201", "section/22/preamble/0"): "section XXIV opens its preamble with “Recalls”, an operative "
                                                         "verb (PRE-01)",
    ("A_RES_80_57", "RES801", "preamble/11"): "“the report of the Secretary General” without the hyphen (CAP-01)",
    # GA drafts
    ("A_80_L.17", "RES605", "preamble/38"): "“35.5 percent” for “per cent” (NUM-02); resolution 80/109 kept it",
    ("A_80_L.23", "RES301", "preamble/23"): "preambular paragraph ends “… New Urban Agenda in 2026;” with a semicolon "
                                            "(PRE-04)",
    ("A_C.1_80_L.32", "RES120", "submission"): "serial comma in the sponsor line “Nigeria,* and Thailand” (ANAT-04)",
    ("A_C.2_80_L.27", "RES603", "preamble/4"): "“22-23 September 2024” with a hyphen, not an en dash (DATE-02)",
    ("A_C.2_80_L.47", "RES803", "preamble/20"): "“a Global Fund for AI”: artificial intelligence is written out "
                                                "elsewhere but never introduced as “(AI)” (ABBR-01)",
    ("A_C.3_80_L.18", "RES611", "preamble/20"): "International Labour Conference “at its 103rd session”, not in words "
                                                "as resolution 78/217 writes it (NUM-03)",
    ("A_C.3_80_L.18", "RES611", "preamble/35"): "International Labour Conference “at its 104th session”, not in words "
                                                "(NUM-03)",
    ("A_C.4_80_L.16", "RES803", "preamble/6"): "“the indispensable role of UNRWA”: the Agency's name is written out "
                                               "earlier but never introduced as “(UNRWA)” (ABBR-01)",
    # SC drafts
    ("S_2017_77-EN", "RES701", "preamble/9"): "US spelling “criminal offenses” for “offences” (SPELL-01)",
    ("S_2017_77-EN", "RES803", "preamble/20"): "“DDRR and SSR processes” before “Security Sector Reform (SSR)” later "
                                               "on (ABBR-01)",
    ("S_2018_1021-EN", "RES302", "operative/4"): "paragraph 5 ends “… towards a political solution,” with a comma "
                                                 "(OP-05)",
    ("S_2018_1021-EN", "RES801", "operative/5"): "“recommendations from the Secretary General” without the hyphen "
                                                 "(CAP-01)",
    ("S_2018_1021-EN", "RES701", "operative/7"): US_SPELLING.format("toward, programs"),
    ("S_2018_1021-EN", "RES801", "operative/29"): "“initiatives undertaken by the Secretary General” without the "
                                                  "hyphen (CAP-01)",
    ("S_2018_1021-EN", "RES302", "operative/34"): "paragraph 35, not the last, ends “… per paragraphs 3 and 4,” with a "
                                                  "comma (OP-05)",
    ("S_2018_221-EN", "RES803", "preamble/11"): "“return of IDPs” before internally displaced persons are introduced "
                                                "(ABBR-01)",
    ("S_2018_221-EN", "RES605", "preamble/20"): "“a 40 percent increase” for “per cent” (NUM-02)",
    ("S_2018_221-EN", "RES701", "operative/33/1"): "US spelling “working toward” for “towards” (SPELL-01)",
    ("S_2018_257-EN", "RES702", "preamble/6"): "-ise spelling throughout (mobilisation, Emphasises, finalisation …), "
                                               "one summary finding (SPELL-01)",
    ("S_2018_257-EN", "RES301", "preamble/17"): "preambular paragraph ends “… relating to these factors;” with a "
                                                "semicolon (PRE-04)",
    ("S_2018_257-EN", "RES302", "operative/20"): "paragraph 19, not the last, ends “… with clear target dates.” with a "
                                                 "full stop (OP-05)",
    ("S_2018_437-EN", "RES702", "preamble/1"): "-ise spelling “the authorisation of AMISOM” for “authorization” "
                                               "(SPELL-01)",
    ("S_2018_437-EN", "RES803", "preamble/1"): "“authorisation of AMISOM” before “African Union Mission in Somalia "
                                               "(AMISOM)” later on (ABBR-01)",
    ("S_2021_1075-EN", "RES701", "operative/5"): "US spelling “neighboring countries” for “neighbouring” (SPELL-01)",
    ("S_2021_1075-EN", "RES704", "operative/10"): "“to provide capacity building” without the hyphen of "
                                                  "“capacity-building” (SPELL-01)",
    ("S_2022_158-EN", "RES702", "preamble/7"): "-ise spelling throughout (destabilising, Emphasises, organisations …), "
                                               "one summary finding (SPELL-01)",
    ("S_2022_158-EN", "RES804", "preamble/25"): "“the U.S. Embassy in Sana’a” with full stops, for “US” (ABBR-01)",
    ("S_2022_158-EN", "RES704", "operative/6"): "“capacity building efforts” without the hyphen (SPELL-01)",
    ("S_2022_426-EN", "RES704", "operative/1/4"): "“all levels of decision making” without the hyphen of "
                                                  "“decision-making” (SPELL-01)",
    ("S_2023_427-EN", "RES704", "preamble/1"): "“international co-operation” and “peace building” for “cooperation”, "
                                               "“peacebuilding”, one summary finding (SPELL-01)",
    ("S_2023_427-EN", "RES503", "preamble/6"): "“General Assembly resolution 75/200 (2020)”: a GA resolution takes no "
                                               "year in parentheses (FN-05)",
    ("S_2023_427-EN", "RES702", "operative/12"): "-ise spelling (utilising, organisations), one summary finding "
                                                 "(SPELL-01)",
    ("S_2024_302-EN", "RES601", "preamble/11"): "US date form “issued on January 3, 2022” (DATE-01)",
    ("S_2024_37-EN", "RES601", "operative/0"): "US date form “since November 19, 2023” (DATE-01)",
    ("S_2024_37-EN", "RES704", "operative/4"): "“capacity building efforts” without the hyphen (SPELL-01)",
    ("S_2024_37-EN", "RES801", "operative/6"): "“all Member states” with a lower-case “states” (CAP-01)",
    ("S_2024_37-EN", "RES601", "operative/9"): "US date form “through July 1, 2024” (DATE-01)",
    ("S_2024_835-EN", "RES701", "preamble/5"): "US spelling “toward de-escalation” for “towards” (SPELL-01)",
}


def classify(stem: str, code: str, severity: str, place: str) -> tuple[str, str] | None:
    """The class and why of a finding; None for an error read in no context yet."""
    if severity == "error":
        why = ERRORS.get((stem, code, place))
        return None if why is None else ("departure", why)
    return WARNINGS.get((stem, code, place)) or WARNINGS.get((stem, code)) or CODES.get(code, DEFAULT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--group", choices=list(SETS), default="resolutions",
                        help="the GA resolutions, or the GA and SC drafts")
    args = parser.parse_args(argv)
    target, groups = SETS[args.group]
    rows, unread = ["\t".join(COLUMNS)], []
    for path, res, findings in checked(groups):
        if res is None:
            continue
        for d in findings:
            place = place_of(d)
            verdict = classify(path.stem, d.code, d.severity, place)
            if verdict is None:
                unread.append(f"  {path.stem} {d.code} {place}: {d.message}")
                continue
            found = d.extra.get("found", "").replace("\t", " ").replace("\n", " ")[:60]
            rows.append("\t".join([path.stem, d.code, d.severity, place, found, *verdict]))
    if unread:
        print("errors with no why of their own (read each in context, then add it to ERRORS):\n" + "\n".join(unread))
        return 1
    write_atomic(target, ("\n".join(rows) + "\n").encode("utf-8"))
    print(f"{target.relative_to(ROOT)}: {len(rows) - 1} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
