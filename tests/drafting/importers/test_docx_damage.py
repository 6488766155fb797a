"""Damaged and odd Word files never end in a traceback: the import succeeds or says why not.

Files are damaged the ways they are in real life: bytes flipped or cut off in transit,
and WordprocessingML that other tools write loosely (attributes missing, values that are
not numbers, references to lists, styles and notes that do not exist).
"""

from __future__ import annotations

import random
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from drafting.errors import InputError
from drafting.importers import load_document
from tests.support.docx_builders import WordFile, note_text, r, zipped
from tests.support.foreign_docx import auto_numbered, footnoted, tracked

BUILDERS = [auto_numbered, footnoted, tracked]
ODD_VALUES = ["", "x", "-1", "999999999999", "0", "1.5", "\u202e", "%1%9%", "(%2"]


def read_or_refuse(path) -> None:
    try:
        load_document(path)
    except InputError as exc:
        assert exc.path == str(path) and exc.reason


@given(builder=st.sampled_from(BUILDERS), seed=st.integers(0, 2 ** 32 - 1), flips=st.integers(1, 8),
       cut=st.none() | st.floats(0.05, 0.99))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_flipped_or_cut_bytes_are_read_or_refused(tmp_path, builder, seed, flips, cut):
    path = builder(tmp_path / "draft.docx")
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(flips):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    if cut is not None:
        data = data[: int(len(data) * cut)]
    path.write_bytes(bytes(data))
    read_or_refuse(path)


@given(builder=st.sampled_from(BUILDERS), seed=st.integers(0, 2 ** 32 - 1), edits=st.integers(1, 12))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_loosely_written_xml_is_read_or_refused(tmp_path, builder, seed, edits):
    """Elements dropped, attributes removed or given odd values, in every part of the package."""
    source = builder(tmp_path / "draft.docx")
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    rng = random.Random(seed)
    xml_names = sorted(n for n in parts if n.endswith(".xml") and n.startswith("word/"))
    for _ in range(edits):
        name = rng.choice(xml_names)
        root = etree.fromstring(parts[name])
        elements = list(root.iter())
        target = rng.choice(elements)
        action = rng.randrange(3)
        if action == 0 and target.getparent() is not None:
            target.getparent().remove(target)
        elif action == 1 and target.attrib:
            del target.attrib[rng.choice(sorted(target.attrib))]
        elif target.attrib:
            target.set(rng.choice(sorted(target.attrib)), rng.choice(ODD_VALUES))
        parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    path = tmp_path / "loose.docx"
    path.write_bytes(zipped(parts))
    read_or_refuse(path)


def test_references_to_what_does_not_exist(tmp_path):
    """A note reference without its note, a list and a style that are not defined: read, and said."""
    body = [
        '<w:p><w:pPr><w:pStyle w:val="NoSuchStyle"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="42"/></w:numPr>'
        "</w:pPr>" + r("Recalling its resolution 77/227,") + "</w:p>",
        "<w:p>" + r("1. Decides to remain seized of the matter.") + '<w:r><w:footnoteReference w:id="77"/></w:r></w:p>',
    ]
    path = WordFile(body, footnotes={1: note_text(r("Unused."))}).save(tmp_path / "dangling.docx")
    result = load_document(path)
    res = result.resolution
    assert [p.text for p in res.preamble] == ["Recalling its resolution 77/227,"]
    assert [p.text for p in res.operative] == ["Decides to remain seized of the matter."]
    assert [str(w) for w in result.warnings] == ["line 2: footnote mark 1 has no footnote text"]


def test_a_damaged_footer_costs_the_job_number_not_the_document(tmp_path):
    """Footers hold page furniture only (job and page numbers): one that is not XML is passed over."""
    from drafting.exporters.docx import save
    from drafting.importers.text import import_text
    from tests.support.paths import GA_TEXTS

    res = import_text(GA_TEXTS["A_C.3_80_L.30"].read_text(encoding="utf-8")).resolution
    res.masthead.job_number = "25-17789"
    good = tmp_path / "good.docx"
    save(res, good)
    assert load_document(good).resolution.masthead.job_number == "25-17789"
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, b"<w:ftr" if item.filename.startswith("word/footer") else data)
    again = load_document(damaged).resolution
    assert again.masthead.job_number == "" and again.operative[0].text == res.operative[0].text
