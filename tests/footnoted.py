"""Build a .docx whose paragraphs carry Word footnotes (python-docx writes none itself)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def footnoted_docx(text: str, notes: list[tuple[str, str]], path: Path) -> Path:
    """``text`` one paragraph a line; each (phrase, note) puts a footnote mark after the first
    ``phrase`` of the text and the note at the page foot, as Word writes them."""
    document = docx.Document()
    marks = dict(notes)
    numbered = {phrase: number for number, (phrase, _note) in enumerate(notes, 1)}
    for line in text.splitlines():
        if not line.strip():
            continue
        paragraph = document.add_paragraph()
        rest = line
        while True:
            found = [(rest.find(phrase), phrase) for phrase in marks if phrase in rest]
            if not found:
                break
            at, phrase = min(found)
            paragraph.add_run(rest[:at + len(phrase)])
            run = paragraph.add_run()
            props = OxmlElement("w:rPr")
            align = OxmlElement("w:vertAlign")
            align.set(qn("w:val"), "superscript")
            props.append(align)
            run._r.append(props)
            reference = OxmlElement("w:footnoteReference")
            reference.set(qn("w:id"), str(numbered[phrase]))
            run._r.append(reference)
            del marks[phrase]
            rest = rest[at + len(phrase):]
        paragraph.add_run(rest)
    document.save(str(path))
    bodies = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
        f'</w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        for number, (_phrase, note) in enumerate(notes, 1))
    part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
            f'</w:footnote>{bodies}</w:footnotes>')
    original = path.read_bytes()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out, zipfile.ZipFile(io.BytesIO(original)) as zin:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", f'<Relationship Id="rIdNotes" Type="{_FOOTNOTES}" '
                                    'Target="footnotes.xml"/></Relationships>'.encode())
            out.writestr(item, data)
        out.writestr("word/footnotes.xml", part)
    return path
