"""``resolute check`` and ``resolute rules`` as a copy-editor uses them."""

from __future__ import annotations

import json

import pytest

from main import main
from tests.support.paths import CORPUS, CTOC, GA_TEXTS, SAMPLE

BAD_TEXT = """Argentina, Brazil, and Chile: draft resolution

Crime prevention and criminal justice.

The General Assembly,

recalling its resolution 76/7 of November 22, 2021;

1. urges member states to expand their program of work;

3. Requests the Secretary General to analyze the 65 percent figure and to report.
"""


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(BAD_TEXT, encoding="utf-8")
    return path


def test_text_output_reads_like_a_compiler_and_errors_exit_1(bad_file, capsys):
    assert main(["check", str(bad_file)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{bad_file}:submission:18: error RES120 No comma before “and” in the list of sponsors [fix]" in out
    assert f"{bad_file}:preamble 1:34: error RES601 “November 22, 2021”: write “22 November 2021” [fix]" in out
    assert f"{bad_file}:operative 2:1: error RES130 Paragraph numbered 3 follows 1: numbers run without gaps or " \
           "repeats [fix]" in out
    assert out[-1] == "12 errors, 0 warnings, 1 info in 1 file"


def test_clean_text_exits_0(tmp_path, capsys):
    path = tmp_path / "clean.txt"
    path.write_text("France: draft resolution\n\nCrime prevention\n\nThe General Assembly,\n\nRecalling its "
                    "resolution 76/7 of 22 November 2021,"
                    "\n\n1. Decides to act;\n\n2. Requests the Secretary-General to report.\n", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "0 errors, 0 warnings, 0 info in 1 file"


def test_json_output_has_the_public_shape(capsys):
    assert main(["check", str(GA_TEXTS["A_80_L.8"]), str(CTOC), "--format", "json"]) == 0  # no error
    data = json.loads(capsys.readouterr().out)
    assert [f["style"] for f in data["files"]] == ["ga", "ctoc-cop"]
    assert data["summary"] == {"error": 0, "warning": 2,
                               "info": sum(d["severity"] == "info" for f in data["files"] for d in f["diagnostics"])}
    # preambular paragraphs 4 and 5 of the CTOC draft both open with a plain "Recalling": a hint with a safe fix
    hint = next(d for f in data["files"] for d in f["diagnostics"] if d["code"] == "RES208")
    assert hint["severity"] == "info"
    assert hint["fix"] == {"replacement": "Recalling also", "safe": True, "action": None}
    assert hint["location"] == {"part": "preamble", "paragraph": 5, "subparagraph": None, "footnote": None,
                                 "start": 0, "end": 9}
    for f in data["files"]:
        for d in f["diagnostics"]:
            assert {"code", "severity", "message", "location", "fix"} <= d.keys()
            assert d["location"]["part"] in ("masthead", "submission", "title", "body", "preamble", "operative",
                                             "footnote", "annex", "adoption")


def test_offsets_are_offsets_in_the_text_parse_json_prints(capsys):
    main(["parse", str(GA_TEXTS["A_80_L.8"]), "--json"])
    parsed = json.loads(capsys.readouterr().out)
    main(["check", str(GA_TEXTS["A_80_L.8"]), "--format", "json"])
    finding = next(d for d in json.loads(capsys.readouterr().out)["files"][0]["diagnostics"] if d["code"] == "RES311")
    loc = finding["location"]
    text = parsed["annexes"][loc["annex"] - 1]["paragraphs"][loc["paragraph"] - 1]["text"]
    assert text[loc["start"]:loc["end"]] == ","  # the serial comma the annex keeps


def test_fix_writes_the_output_and_never_touches_the_input(bad_file, tmp_path, capsys):
    before = bad_file.read_bytes()
    out = tmp_path / "fixed.unres"
    assert main(["check", str(bad_file), "--fix", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "fixes applied" in captured.err and captured.out.strip().endswith("in 1 file")
    assert bad_file.read_bytes() == before
    assert main(["check", str(out)]) == 0
    capsys.readouterr()
    assert main(["parse", str(out), "--json"]) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert parsed["operative"][1]["text"] == ("Requests the Secretary-General to analyse the 65 per cent figure and "
                                              "to report.")
    assert parsed["header"]["sponsors"] == ["Argentina", "Brazil", "Chile"]


def test_fix_refuses_to_overwrite_the_input_and_needs_an_output(bad_file, capsys):
    assert main(["check", str(bad_file), "--fix", "-o", str(bad_file)]) == 2
    assert "would overwrite the input" in capsys.readouterr().err
    assert main(["check", str(bad_file), "--fix"]) == 2
    assert "-o OUT" in capsys.readouterr().err


def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["check", str(empty)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"resolute: {empty}: the file is empty (0 bytes)"]
    assert main(["check", str(GA_TEXTS["A_C.3_80_L.30"]), "--style", "nope"]) == 2
    assert "unknown style pack 'nope'" in capsys.readouterr().err
    assert main(["check", str(GA_TEXTS["A_C.3_80_L.30"]), "--severity", "RES101=loud"]) == 2


def test_a_bad_file_among_good_ones_is_reported_and_the_others_checked(tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing.txt"), str(GA_TEXTS["A_C.3_80_L.30"])]) == 2
    captured = capsys.readouterr()
    assert "missing.txt: no such file" in captured.err and "in 1 file" in captured.out


def test_style_disable_and_severity_options(capsys):
    assert main(["check", str(GA_TEXTS["A_80_L.8"]), "--disable", "RES801"]) == 0
    capsys.readouterr()
    assert main(["check", str(GA_TEXTS["A_80_L.8"]), "--severity", "RES311=error", "--severity", "RES150=warning"]) == 1
    out = capsys.readouterr().out
    assert "error RES311" in out and "warning RES150" in out
    assert main(["check", str(CTOC), "--style", "ga"]) == 0
    assert "warning RES106" in capsys.readouterr().out  # a CTOC/COP body line under the General Assembly pack


def test_check_reads_unres(capsys):
    assert main(["check", str(SAMPLE)]) in (0, 1)
    assert "in 1 file" in capsys.readouterr().out


def test_rules_lists_codes_with_the_packs_severities(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "RES208  warning fix   repeat-adverb" in out and "RES110  off" in out
    assert main(["rules", "--style", "sc", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_code = {r["code"]: r for r in data["rules"]}
    assert by_code["RES110"]["severity"] == "warning" and by_code["RES107"]["severity"] == "off"
    assert {p["name"] for p in data["packs"]} >= {"ga", "sc", "ecosoc", "ccpcj", "cnd", "ctoc-cop", "hrc", "unea",
                                                  "mun"}


def test_corpus_checks_run_from_the_command_line(capsys):
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))
    assert main(["check", *files]) == 0  # A/80/L.8's "States Parties" (annex, paragraph 4) is a hint
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 errors, 2 warnings")
