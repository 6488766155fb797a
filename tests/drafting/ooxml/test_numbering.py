"""Word's automatic numbers come in as Word shows them (numbering.xml computed, not guessed)."""

from __future__ import annotations

from drafting.ooxml.numbering import Numbering
from drafting.ooxml.package import parse_xml
from drafting.ooxml.styles import Styles
from tests.support.docx_builders import level, numbering


def labels(xml: str, sequence: list[tuple[str, int]], styles: Styles | None = None) -> list[str | None]:
    engine = Numbering(parse_xml(xml.encode(), "n.docx", "word/numbering.xml"), styles or Styles(None))
    return [engine.label(num_id, ilvl) for num_id, ilvl in sequence]


UN = [level(0, "decimal", "%1."), level(1, "lowerLetter", "(%2)"), level(2, "lowerRoman", "(%3)"),
      level(3, "lowerLetter", "%4."), level(4, "lowerRoman", "%5.")]


def test_un_levels_restart_under_each_higher_level():
    xml = numbering({0: UN}, {1: (0, {})})
    seq = [("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 2), ("1", 3), ("1", 4), ("1", 1), ("1", 0), ("1", 1)]
    assert labels(xml, seq) == ["1.", "(a)", "(b)", "(i)", "(ii)", "a.", "i.", "(c)", "2.", "(a)"]


def test_letters_double_past_z_and_romans_grow():
    xml = numbering({0: UN}, {1: (0, {})})
    got = labels(xml, [("1", 0)] + [("1", 1)] * 28 + [("1", 2)] * 9)
    assert got[26:29] == ["(z)", "(aa)", "(bb)"] and got[-1] == "(ix)"


def test_lists_sharing_a_definition_continue_unless_one_restarts():
    """Word keeps counting across lists of one definition; a startOverride is how it restarts."""
    xml = numbering({0: UN}, {1: (0, {}), 2: (0, {}), 3: (0, {0: 1})})
    assert labels(xml, [("1", 0), ("1", 0), ("2", 0), ("3", 0), ("3", 0), ("1", 0)]) == [
        "1.", "2.", "3.", "1.", "2.", "4."]


def test_start_values_formats_and_lvl_restart():
    abstract = [level(0, "upperRoman", "%1.", start=4), level(1, "upperLetter", "%2.", restart=0),
                level(2, "decimalZero", "%3)"), level(3, "ordinal", "%4 item"), level(4, "none", "")]
    xml = numbering({0: abstract}, {5: (0, {})})
    seq = [("5", 0), ("5", 1), ("5", 2), ("5", 3), ("5", 0), ("5", 1), ("5", 4)]
    # Level 1 never restarts (w:lvlRestart 0): B. follows A. across IV. and V.
    assert labels(xml, seq) == ["IV.", "A.", "01)", "1st item", "V.", "B.", ""]


def test_legal_numbering_and_bullets():
    legal = level(1, "lowerLetter", "%1.%2").replace("<w:lvlText", "<w:isLgl/><w:lvlText")
    bullets = [level(0, "bullet", "\uf0b7")]
    xml = numbering({0: [level(0, "upperRoman", "%1."), legal], 1: bullets}, {1: (0, {}), 2: (1, {})})
    assert labels(xml, [("1", 0), ("1", 1), ("1", 1), ("2", 0), ("0", 0), ("9", 0)]) == [
        "I.", "1.1", "1.2", "•", None, None]


def test_a_definition_linked_to_a_numbering_style():
    styles_xml = ('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:style w:type="numbering" w:styleId="UNList"><w:name w:val="UN List"/>'
                  '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')
    linked = '<w:numStyleLink w:val="UNList"/>'
    xml = numbering({0: UN[:2], 1: [linked]}, {1: (0, {}), 4: (1, {})})
    styles = Styles(parse_xml(styles_xml.encode(), "n.docx", "word/styles.xml"))
    assert labels(xml, [("4", 0), ("4", 1), ("1", 0)], styles) == ["1.", "(a)", "2."]
