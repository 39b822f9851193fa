"""Old binary Word (.doc) read directly: the same report as the .docx it was saved from, in
Simplified and Traditional, with typed and automatic numbering and with tables; damaged and
protected files end in one clear error."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
from pathlib import Path

import docx
import olefile
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_builder import build_numbered_docx
from published_forms import build_disclosure_docx
from reportdiff import compare
from reportdiff.cli import cli
from reportdiff.errors import LoadError
from reportdiff.loaders import EXTENSIONS, load, reader_of
from reportdiff.loaders.doc import _Document, _Piece, read_bytes
from reportdiff.render.json import render_json
from reportdiff.report_warnings import ReportWarning

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"  # Traditional
SAMPLE = ROOT / "samples" / "haidian_2025_constructed.txt"  # Simplified
FIXTURE = Path(__file__).resolve().parent / "data" / "qingchuan_2024.doc"

#: the text of the committed .doc (our own, not an official report): typed title and preamble,
#: headings and items from Word's automatic numbering, a table and a hyperlink field
FIXTURE_TEXT = """青川县司法局2024年法治政府建设年度报告
青川县司法局2024年围绕法治政府建设目标，扎实推进各项工作，现将有关情况报告如下。
一、主要举措
（一）推进依法行政
1．完善行政规范性文件备案审查，全年审查文件12件。
2．开展行政执法案卷评查，评查案卷86卷。
（二）加强法治宣传
1．组织“八五”普法宣传活动35场，覆盖群众1.2万人次。
二、存在的不足
（一）基层法治工作力量仍然薄弱。
三、2025年工作计划
（一）深化行政执法规范化建设，全年评查案卷不少于90卷。"""
FIXTURE_TABLE = (("项目", "2023年", "2024年"), ("审查文件（件）", "10", "12"), ("评查案卷（卷）", "80", "86"))


def _soffice(sources: list[Path], outdir: Path, target: str) -> list[Path]:
    """``sources`` converted by LibreOffice to ``target`` (doc, or txt as LibreOffice reads it)."""
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        pytest.skip("LibreOffice not installed: soffice/libreoffice not on PATH (.ci/run installs it)")
    outdir.mkdir(exist_ok=True)
    profile = (outdir.parent / "lo_profile").resolve().as_uri()
    filter_name = "txt:Text (encoded):UTF8" if target == "txt" else target
    subprocess.run([binary, f"-env:UserInstallation={profile}", "--headless", "--convert-to", filter_name,
                    "--outdir", str(outdir), *map(str, sources)], capture_output=True, timeout=240, check=True)
    return [outdir / f"{source.stem}.{target}" for source in sources]


def _typed_docx(text: str, path: Path) -> Path:
    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    document.save(str(path))
    return path


def _build(text: str, path: Path, numbering: str) -> Path:
    if numbering == "typed":
        return _typed_docx(text, path)
    return build_numbered_docx(text, path, mode=numbering)


def _paragraphs(path: Path) -> list[tuple]:
    return [(p.text, p.line, p.heading_level, p.table) for p in load(path).paragraphs]


def fixture_docx(path: Path) -> Path:
    """The .docx the committed .doc was saved from (LibreOffice: soffice --convert-to doc)."""
    build_numbered_docx(FIXTURE_TEXT, path, mode="linked")
    document = docx.Document(str(path))
    preamble = document.paragraphs[1]
    first = preamble.runs[0]
    first.text = first.text.replace("青川县司法局", "", 1)
    link = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" HYPERLINK &quot;https://example.org/&quot; ">'
                     '<w:r><w:t>青川县司法局</w:t></w:r></w:fldSimple>')
    first._r.addprevious(link)
    table = document.add_table(rows=0, cols=3)
    for row in FIXTURE_TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    anchor = next(p for p in document.paragraphs if p.text.startswith("开展行政执法案卷评查"))
    anchor._p.addnext(table._tbl)
    document.save(str(path))
    return path


# ---------------------------------------------------------------- the committed .doc (no soffice)


def test_committed_doc_reads_text_numbering_headings_fields_and_table() -> None:
    document = load(FIXTURE)
    assert document.warnings == ()
    texts = [p.text for p in document.paragraphs]
    lines = FIXTURE_TEXT.splitlines()
    table_at = lines.index(next(line for line in lines if "开展行政执法案卷评查" in line)) + 1
    # -- automatic numbering comes back as the markers; the field shows its result only --
    assert texts[:table_at] == lines[:table_at]
    assert document.paragraphs[table_at].table == FIXTURE_TABLE
    assert texts[table_at + 1:] == lines[table_at:]
    levels = {p.text[:4]: p.heading_level for p in document.paragraphs}
    assert levels["一、主要"] == 1 and levels["（一）推"] == 2 and levels["1．完善"] is None
    assert [p.line for p in document.paragraphs] == sorted({p.line for p in document.paragraphs})


def test_committed_doc_compares_as_its_text() -> None:
    comparison = compare(FIXTURE, FIXTURE_TEXT)
    assert {m.status.value for m in comparison.matches} == {"continued"}
    assert len(comparison.old.measures) == len(comparison.new.measures) >= 3
    assert [m.text for m in comparison.old.measures] == [m.text for m in comparison.new.measures]
    assert [p.title for p in comparison.old.parts] == [p.title for p in comparison.new.parts]


def test_doc_is_registered_for_paths_folders_and_stdin() -> None:
    assert ".doc" in EXTENSIONS and reader_of("报告.DOC") == "doc"
    data = FIXTURE.read_bytes()
    assert load("-", stdin_bytes=data).paragraphs == read_bytes(data, "<stdin>").paragraphs


def test_a_docx_named_doc_is_read_as_docx_and_a_doc_named_docx_as_doc(tmp_path: Path) -> None:
    path = tmp_path / "renamed.doc"
    path.write_bytes(_typed_docx("一、主要举措\n（一）推进依法行政", tmp_path / "x.docx").read_bytes())
    assert [p.text for p in load(path).paragraphs] == ["一、主要举措", "（一）推进依法行政"]
    expected = load(FIXTURE).paragraphs
    for name in ("mislabelled.docx", "no-extension"):
        (tmp_path / name).write_bytes(FIXTURE.read_bytes())
        assert load(tmp_path / name).paragraphs == expected


def test_compare_command_reads_doc(tmp_path: Path) -> None:
    newer = tmp_path / "2025.txt"
    newer.write_text(FIXTURE_TEXT.replace("2024", "2025").replace("86卷", "95卷"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(FIXTURE), str(newer), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "95卷" in result.output and "86卷" in result.output


def test_eight_bit_pieces_are_windows_1252() -> None:
    # -- Word stores a piece of only Western characters one byte a character (fCompressed) --
    document = object.__new__(_Document)
    document._word = b"..\x93Rule of law\x94 \x96 2024\x85"
    piece = _Piece(cp=0, end=21, fc=2, width=1, props={})
    assert document._text(piece, 0, 21) == "\u201cRule of law\u201d \u2013 2024\u2026"


def _with_word_stream(edit) -> bytes:
    """The committed .doc with its WordDocument stream changed in place by ``edit``."""
    buffer = io.BytesIO(FIXTURE.read_bytes())
    with olefile.OleFileIO(buffer, write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        edit(stream)
        ole.write_stream("WordDocument", bytes(stream))
    return buffer.getvalue()


def test_password_protected_doc_says_so() -> None:
    def encrypt(stream: bytearray) -> None:
        stream[0x0B] |= 0x01  # fEncrypted: bit 8 of the little-endian flags word at 0x0A

    with pytest.raises(LoadError, match="password-protected"):
        read_bytes(_with_word_stream(encrypt), "locked.doc")


def test_lists_it_cannot_render_are_named_in_a_warning() -> None:
    def drop_list_overrides(stream: bytearray) -> None:
        (csw,) = struct.unpack_from("<H", stream, 32)
        (cslw,) = struct.unpack_from("<H", stream, 34 + 2 * csw)
        pairs = 34 + 2 * csw + 2 + 4 * cslw + 2
        struct.pack_into("<II", stream, pairs + 8 * 74, 0, 0)  # fcPlfLfo, lcbPlfLfo

    document = read_bytes(_with_word_stream(drop_list_overrides), "lists.doc")
    (warning,) = document.warnings
    assert warning.code == "unrendered_lists" and warning.values["count"] >= 1
    assert "automatic numbering" in warning.text("en") and "自动编号" in warning.text("zh")
    assert "主要举措" in [p.text for p in document.paragraphs]  # the text is there, unnumbered


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"x", "not an OLE compound file"), (b"{\\rtf1\\ansi report}", "Rich Text"),
     (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "damaged compound file")],
)
def test_files_that_are_no_word_97_document_end_in_one_error(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=problem) as error:
        load(path)
    assert "soffice --headless --convert-to docx" in error.value.problem


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_damaged_doc_ends_in_load_error_only(cut: float) -> None:
    data = FIXTURE.read_bytes()
    with pytest.raises(LoadError):
        read_bytes(data[:int(len(data) * cut)], "cut.doc")
    scrambled = bytearray(data)
    for at in range(512 + int(len(data) * cut) % 512, len(data), 97):
        scrambled[at] ^= 0x5A
    try:
        read_bytes(bytes(scrambled), "scrambled.doc")
    except LoadError:
        pass


# ---------------------------------------------------------------- .docx → .doc by LibreOffice


@pytest.mark.parametrize("numbering", ["typed", "linked"])
def test_doc_gives_the_same_comparison_as_its_docx(tmp_path: Path, numbering: str) -> None:
    # -- the seed is in Traditional script, the constructed 2025 report in Simplified --
    old = _build(SEED.read_text(encoding="utf-8"), tmp_path / "old.docx", numbering)
    new = _build(SAMPLE.read_text(encoding="utf-8"), tmp_path / "new.docx", numbering)
    old_doc, new_doc = _soffice([old, new], tmp_path / "doc", "doc")
    assert _paragraphs(old_doc) == _paragraphs(old) and _paragraphs(new_doc) == _paragraphs(new)
    from_docx = render_json(compare(old, new)).replace(str(tmp_path), "")
    from_doc = render_json(compare(old_doc, new_doc)).replace(str(tmp_path / "doc"), "")
    assert from_doc == from_docx.replace(".docx", ".doc")


def _merged_table_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("表一 行政复议和行政诉讼情况")
    table = document.add_table(rows=4, cols=4)
    values = [["类别", "收件", "办结", "备注"], ["复议", "12", "10", "—"], ["诉讼", "5", "5", "—"],
              ["合计", "17", "15", "—"]]
    for row, texts in zip(table.rows, values, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(0, 2).merge(table.cell(0, 3)).text = "办结及备注"  # across
    table.cell(1, 0).merge(table.cell(2, 0)).text = "案件"  # down
    document.add_paragraph("表后正文。")
    document.save(str(path))
    return path


def _framed_docx(path: Path) -> Path:
    """One-row and one-cell tables: frames around text, read as paragraphs (as in .docx)."""
    document = docx.Document()
    document.add_paragraph("前文。")
    row = document.add_table(rows=1, cols=3)
    for cell, text in zip(row.rows[0].cells, ["甲", "乙", "丙"], strict=True):
        cell.text = text
    document.add_paragraph("中间。")
    frame = document.add_table(rows=1, cols=1)
    frame.cell(0, 0).text = "框内一段。"
    frame.cell(0, 0).add_paragraph("框内二段。")
    document.add_paragraph("后文。")
    document.save(str(path))
    return path


def test_doc_tables_are_rows_of_cells_as_in_docx(tmp_path: Path) -> None:
    sources = [build_disclosure_docx(tmp_path / "disclosure.docx", year=2024, changed=True),
               _merged_table_docx(tmp_path / "merged.docx"), _framed_docx(tmp_path / "framed.docx")]
    for source, converted in zip(sources, _soffice(sources, tmp_path / "doc", "doc"), strict=True):
        assert _paragraphs(converted) == _paragraphs(source)
    assert not any(p.table for p in load(tmp_path / "doc" / "framed.doc").paragraphs)
    merged = next(p.table for p in load(tmp_path / "doc" / "merged.doc").paragraphs if p.table)
    assert merged[0] == ("类别", "收件", "办结及备注", "") and merged[2][0] == ""


def test_restarted_lists_read_as_libreoffice_reads_the_doc(tmp_path: Path) -> None:
    # -- LibreOffice 7 saves each "restart numbering" list of a .docx as a list of its own that
    #    starts at 1 again, so the .doc no longer numbers as its .docx did; the reader must show
    #    the numbers the .doc holds, as LibreOffice itself shows them --
    source = build_numbered_docx(SEED.read_text(encoding="utf-8"), tmp_path / "restart.docx", mode="restart")
    (converted,) = _soffice([source], tmp_path / "doc", "doc")
    (shown,) = _soffice([converted], tmp_path / "txt", "txt")
    expected = ["".join(line.split()) for line in shown.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    assert ["".join(p.text.split()) for p in load(converted).paragraphs] == expected


def test_committed_doc_is_what_libreoffice_makes_of_its_source(tmp_path: Path) -> None:
    source = fixture_docx(tmp_path / FIXTURE.with_suffix(".docx").name)
    (converted,) = _soffice([source], tmp_path / "doc", "doc")
    assert _paragraphs(converted) == _paragraphs(source)
    assert [p.text for p in load(converted).paragraphs] == [p.text for p in load(FIXTURE).paragraphs]


def test_tracked_changes_and_hidden_text_read_as_in_docx(tmp_path: Path) -> None:
    document = docx.Document()
    rev = 'w:author="审稿人" w:date="2025-01-02T00:00:00Z"'

    def paragraph(inner: str, ppr: str = "") -> None:
        element = parse_xml(f"<w:p {nsdecls('w')}>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>")
        document.element.body.sectPr.addprevious(element)

    paragraph(f"<w:r><w:t>加强</w:t></w:r><w:ins w:id='1' {rev}><w:r><w:t>行政</w:t></w:r></w:ins>"
              f"<w:del w:id='2' {rev}><w:r><w:delText>执法</w:delText></w:r></w:del><w:r><w:t>监督。</w:t></w:r>")
    paragraph("<w:r><w:t>上半句，</w:t></w:r>", f"<w:rPr><w:del w:id='5' {rev}/></w:rPr>")
    paragraph("<w:r><w:t>下半句。</w:t></w:r>")
    paragraph(f"<w:del w:id='6' {rev}><w:r><w:delText>整段删除</w:delText></w:r></w:del>",
              f"<w:rPr><w:del w:id='7' {rev}/></w:rPr>")
    paragraph("<w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>")
    source = tmp_path / "tracked.docx"
    document.save(str(source))
    (converted,) = _soffice([source], tmp_path / "doc", "doc")
    raw = load(converted)
    assert [p.text for p in raw.paragraphs] == ["加强行政监督。", "上半句，下半句。", "可见"]
    assert [p.text for p in raw.paragraphs] == [p.text for p in load(source).paragraphs]
    assert raw.warnings == (ReportWarning.of("tracked_changes", source=str(converted)),)


def test_comments_of_a_doc_are_counted_in_a_warning(tmp_path) -> None:
    """The .doc saved from a .docx with comments says so as the .docx does; their text stays out."""
    document = docx.Document()
    first = document.add_paragraph("全年办理行政复议案件46件。")
    document.add_paragraph("开展执法检查12次。")
    document.add_comment(first.runs, text="请核实：台账为48件", author="审核人")
    source = tmp_path / "draft.docx"
    document.save(str(source))
    (converted,) = _soffice([source], tmp_path / "doc", "doc")
    raw = read_bytes(converted.read_bytes(), "draft.doc")
    assert "请核实" not in "".join(p.text for p in raw.paragraphs)
    assert ReportWarning.of("comments", source="draft.doc", count=1) in raw.warnings
