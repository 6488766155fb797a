"""Build foreign Word files for the import tests, written the way Word writes them.

``WordFile`` assembles a package from raw WordprocessingML (document, styles,
numbering, footnotes, comments, headers) with Word's content types, relationships and
namespace declarations; the helpers below write paragraphs, runs, tracked changes,
footnote references, fields, tables and text boxes as Word 2016+ saves them, with the
noise Word adds (rsids, proofing marks, bookmarks, language tags).
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'mc:Ignorable="w14 wp14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
AUTHOR, DATE = "Jane Delegate", "2025-10-02T09:14:00Z"

# -- runs and paragraphs ---------------------------------------------------------------------


def rpr(italic=False, bold=False, underline=False, sup=False, style=None, hidden=False, strike=False, lang=True) -> str:
    parts = [f'<w:rStyle w:val="{style}"/>' if style else "", "<w:b/>" if bold else "", "<w:i/>" if italic else "",
             "<w:strike/>" if strike else "", '<w:vanish/>' if hidden else "",
             '<w:u w:val="single"/>' if underline else "",
             '<w:vertAlign w:val="superscript"/>' if sup else "", '<w:lang w:val="en-GB"/>' if lang else ""]
    inner = "".join(parts)
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def t(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def r(text: str, **props) -> str:
    """A run as Word writes it: rsid, properties, text."""
    return f'<w:r w:rsidR="00A1B2C3">{rpr(**props)}{t(text)}</w:r>'


def i(text: str) -> str:
    return r(text, italic=True)


def p(*content: str, style: str | None = None, num: tuple[int, int] | None = None, ppr: str = "",
      mark_deleted: bool = False) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props += ppr
    if mark_deleted:
        props += f'<w:rPr><w:del w:id="901" w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr>'
    head = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f'<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">{head}{"".join(content)}</w:p>'


def proofed(text: str) -> str:
    """A word Word flagged as misspelt: the run wrapped in proofing marks."""
    return f'<w:proofErr w:type="spellStart"/>{r(text)}<w:proofErr w:type="spellEnd"/>'


_ids = iter(range(100, 100000))


def ins(*runs: str) -> str:
    return f'<w:ins w:id="{next(_ids)}" w:author="{AUTHOR}" w:date="{DATE}">{"".join(runs)}</w:ins>'


def deleted(text: str) -> str:
    return (f'<w:del w:id="{next(_ids)}" w:author="{AUTHOR}" w:date="{DATE}">'
            f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def move_from(text: str, name: str = "move1") -> str:
    n = next(_ids)
    return (f'<w:moveFromRangeStart w:id="{n}" w:author="{AUTHOR}" w:date="{DATE}" w:name="{name}"/>'
            f'<w:moveFrom w:id="{next(_ids)}" w:author="{AUTHOR}" w:date="{DATE}"><w:r>{t(text)}</w:r></w:moveFrom>'
            f'<w:moveFromRangeEnd w:id="{n}"/>')


def move_to(text: str, name: str = "move1") -> str:
    n = next(_ids)
    return (f'<w:moveToRangeStart w:id="{n}" w:author="{AUTHOR}" w:date="{DATE}" w:name="{name}"/>'
            f'<w:moveTo w:id="{next(_ids)}" w:author="{AUTHOR}" w:date="{DATE}"><w:r>{t(text)}</w:r></w:moveTo>'
            f'<w:moveToRangeEnd w:id="{n}"/>')


def reformatted_italic(text: str) -> str:
    """A run made italic with tracking on: the old formatting (roman) sits in w:rPrChange."""
    return (f'<w:r><w:rPr><w:i/><w:rPrChange w:id="{next(_ids)}" w:author="{AUTHOR}" w:date="{DATE}">'
            f'<w:rPr/></w:rPrChange></w:rPr>{t(text)}</w:r>')


def note_ref(note_id: int, custom: str | None = None, kind: str = "footnote") -> str:
    style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    if custom:
        return (f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'
                f'<w:{kind}Reference w:customMarkFollows="1" w:id="{note_id}"/>{t(custom)}</w:r>')
    return f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


def field_runs(instruction: str, shown: str) -> str:
    """A complex field as Word writes it: begin, instruction, separate, result, end."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(shown)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def comment_around(comment_id: int, *runs: str) -> str:
    return (f'<w:commentRangeStart w:id="{comment_id}"/>{"".join(runs)}<w:commentRangeEnd w:id="{comment_id}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{comment_id}"/></w:r>')


def table(rows: list[list[str]], borders: bool = True) -> str:
    """A table of cells, each cell a list of paragraph XML joined."""
    look = '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>' if borders else ""
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{look}<w:tblLook w:val="04A0"/></w:tblPr>'
           '<w:tblGrid>' + '<w:gridCol w:w="3000"/>' * max(len(row) for row in rows) + '</w:tblGrid>']
    for row in rows:
        out.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{cell}</w:tc>'
                                      for cell in row) + "</w:tr>")
    return "".join(out) + "</w:tbl>"


def image_run(rel_id: str = "rIdImg1") -> str:
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="952500" cy="952500"/>'
            '<wp:docPr id="1" name="Picture 1"/><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr>'
            '<pic:cNvPr id="0" name="emblem.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
            f'<a:blip r:embed="{rel_id}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r>')


def text_box_run(*paragraphs: str) -> str:
    """A text box as Word 2010+ writes it: a wps shape in mc:Choice with the VML copy in mc:Fallback."""
    inner = "".join(paragraphs)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
            'distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:extent cx="1828800" cy="457200"/>'
            '<wp:docPr id="2" name="Text Box 2"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
            f'<w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box 2" type="#_x0000_t202">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


# -- parts ------------------------------------------------------------------------------------

STYLES = f"""{DECL}<w:styles {NAMESPACES}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>
<w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
<w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
<w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>
<w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>
<w:link w:val="FootnoteTextChar"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>
<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>
<w:rPr><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>"""


def level(ilvl: int, fmt: str, text: str, start: int = 1, restart: int | None = None, indent: int = 0) -> str:
    restart_xml = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (f'<w:lvl w:ilvl="{ilvl}" w:tplc="0409000F"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{restart_xml}<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent or 720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>')


UN_LEVELS = [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)"), ("lowerLetter", "%4."),
             ("lowerRoman", "%5.")]


def numbering(abstracts: dict[int, list[str]], nums: dict[int, tuple[int, dict[int, int]]]) -> str:
    """numbering.xml: abstract definitions {id: [level XML]}, lists {numId: (abstractId, {ilvl: start override})}."""
    out = [f"{DECL}<w:numbering {NAMESPACES}>"]
    for abstract_id, levels in abstracts.items():
        out.append(f'<w:abstractNum w:abstractNumId="{abstract_id}" w15:restartNumberingAfterBreak="0" '
                   'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
                   f'<w:nsid w:val="1A2B3C4{abstract_id}"/><w:multiLevelType w:val="hybridMultilevel"/>'
                   + "".join(levels) + "</w:abstractNum>")
    for num_id, (abstract_id, overrides) in nums.items():
        extra = "".join(f'<w:lvlOverride w:ilvl="{lv}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                        for lv, s in overrides.items())
        out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{extra}</w:num>')
    return "".join(out) + "</w:numbering>"


def un_numbering(*restarts: int) -> str:
    """The operative list (numId 1) with the UN levels, plus lists restarting at 1 (numIds given)."""
    levels = [level(k, fmt, text) for k, (fmt, text) in enumerate(UN_LEVELS)]
    nums = {1: (0, {})}
    nums.update({n: (0, {0: 1}) for n in restarts})
    return numbering({0: levels}, nums)


def notes_part(kind: str, notes: dict[int, str]) -> str:
    """footnotes.xml / endnotes.xml: Word's separator notes, then {id: paragraphs XML}."""
    sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{kind}>'
           f'<w:{kind} w:type="continuationSeparator" w:id="0">'
           f'<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
    body = "".join(f'<w:{kind} w:id="{n}">{xml}</w:{kind}>' for n, xml in notes.items())
    return f"{DECL}<w:{kind}s {NAMESPACES}>{sep}{body}</w:{kind}s>"


def note_text(*text_runs: str, custom: str | None = None, kind: str = "footnote") -> str:
    """One note's paragraph as Word writes it: the reference mark (or the custom symbol), a space, the text."""
    style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    mark = (f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr>{t(custom)}</w:r>' if custom
            else f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Ref/></w:r>')
    return f'<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>{mark}{r(" ")}{"".join(text_runs)}</w:p>'


def comments_part(comments: dict[int, tuple[str, str]]) -> str:
    body = "".join(f'<w:comment w:id="{n}" w:author="{escape(a)}" w:date="{DATE}" w:initials="JD"><w:p>'
                   f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{r(text)}</w:p>'
                   "</w:comment>" for n, (a, text) in comments.items())
    return f"{DECL}<w:comments {NAMESPACES}>{body}</w:comments>"


@dataclass
class WordFile:
    """A .docx assembled from parts: body XML plus the optional parts Word adds when used."""

    body: list[str]
    numbering: str | None = None
    footnotes: dict[int, str] | None = None
    endnotes: dict[int, str] | None = None
    comments: dict[int, tuple[str, str]] | None = None
    first_page_header: list[str] | None = None
    styles: str = STYLES
    images: dict[str, bytes] = field(default_factory=dict)  # relationship id → PNG bytes

    def parts(self) -> dict[str, str | bytes]:
        rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml")]
        types = [("/word/document.xml", f"{WML}.document.main+xml"), ("/word/styles.xml", f"{WML}.styles+xml"),
                 ("/word/settings.xml", f"{WML}.settings+xml"),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")]
        parts: dict[str, str | bytes] = {"word/styles.xml": self.styles, "word/settings.xml":
                                         f'{DECL}<w:settings {NAMESPACES}><w:defaultTabStop w:val="720"/></w:settings>'}
        optional = (("numbering", "numbering.xml", self.numbering),
                    ("footnotes", "footnotes.xml", self.footnotes and notes_part("footnote", self.footnotes)),
                    ("endnotes", "endnotes.xml", self.endnotes and notes_part("endnote", self.endnotes)),
                    ("comments", "comments.xml", self.comments and comments_part(self.comments)))
        for n, (kind, name, xml) in enumerate(optional, start=3):
            if xml:
                rels.append((f"rId{n}", kind, name))
                parts[f"word/{name}"] = xml
                types.append((f"/word/{name}", f"{WML}.{kind}+xml"))
        sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
                'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        if self.first_page_header:
            rels.append(("rId9", "header", "header1.xml"))
            parts["word/header1.xml"] = f"{DECL}<w:hdr {NAMESPACES}>{''.join(self.first_page_header)}</w:hdr>"
            types.append(("/word/header1.xml", f"{WML}.header+xml"))
            sect = sect.replace("<w:pgSz", '<w:headerReference w:type="first" r:id="rId9"/><w:pgSz').replace(
                "</w:sectPr>", "<w:titlePg/></w:sectPr>")
        for rel_id, data in self.images.items():
            rels.append((rel_id, "image", f"media/{rel_id}.png"))
            parts[f"word/media/{rel_id}.png"] = data
        parts["word/document.xml"] = (f'{DECL}<w:document {NAMESPACES}><w:body>{"".join(self.body)}{sect}'
                                      "</w:body></w:document>")
        parts["word/_rels/document.xml.rels"] = (
            f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{REL}/{k}" Target="{n}"/>' for i, k, n in rels)
            + "</Relationships>")
        parts["_rels/.rels"] = (
            f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
        parts["docProps/core.xml"] = (
            f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jane Delegate</dc:creator>'
            '</cp:coreProperties>')
        parts["[Content_Types].xml"] = (
            f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
            + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in types) + "</Types>")
        return parts

    def save(self, path: Path) -> Path:
        write_zip(path, self.parts())
        return path


def write_zip(path: Path, parts: dict[str, str | bytes]) -> Path:
    """Write parts into a zip with [Content_Types].xml first, deflated, as Word does."""
    order = sorted(parts, key=lambda n: (n != "[Content_Types].xml", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in order:
            data = parts[name]
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def masthead_paragraphs(symbol: str = "A/C.3/80/L.99", organ: str = "General Assembly",
                        sponsors: str = "Austria and Colombia") -> list[str]:
    """The first page of a draft typed in Word line by line, the way delegations send them."""
    lines = ["United Nations", symbol, organ, "Distr.: Limited", "4 November 2025", "Original: English",
             "Eightieth session", "Third Committee", "Agenda item 71 (c)"]
    out = [p(r(line)) for line in lines]
    out.append(p(r("Promotion and protection of human rights", bold=True)))
    out.append(p(r(f"{sponsors}: draft resolution")))
    out.append(p(r("Human rights in the administration of justice", bold=True)))
    out.append(p(i("The General Assembly"), r(",")))
    return out


# -- hostile and foreign files for the bad-input tests ------------------------------------------


def forge_declared_size(data: bytes, size: int) -> bytes:
    """A zip whose directory declares ``size`` uncompressed bytes for every member (a zip bomb's lie)."""
    out = bytearray(data)
    at = 0
    while (at := out.find(b"PK\x01\x02", at)) >= 0:
        struct.pack_into("<I", out, at + 24, size)
        at += 4
    at = 0
    while (at := out.find(b"PK\x03\x04", at)) >= 0:
        struct.pack_into("<I", out, at + 22, size)
        at += 4
    return bytes(out)


def ole_file(encrypted: bool) -> bytes:
    """An OLE compound file header with a directory naming its streams, as Word's .doc and encrypted files have."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    header = header.ljust(512, b"\x00")
    names = ["Root Entry", "EncryptionInfo", "EncryptedPackage"] if encrypted else \
        ["Root Entry", "WordDocument", "1Table"]
    directory = b"".join(n.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for n in names)
    return header + directory.ljust(1024, b"\x00")


def zipped(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()
