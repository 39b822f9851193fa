"""Tests of the .docx reader: automatic numbering, headings, tracked changes, tables, errors."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx_builder import add_abstract_num, add_num, build_numbered_docx, set_numbering

from reportdiff.errors import LoadError
from reportdiff.loaders import load
from reportdiff.loaders.docx import read_bytes
from reportdiff.loaders.numbering import chinese_counting, format_number
from reportdiff.report_warnings import ReportWarning

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ed6269d44b6c061b.txt"
W = nsdecls("w")


def seed_lines() -> list[str]:
    return [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def texts(document) -> list[str]:
    return [p.text for p in read_bytes(to_bytes(document), "t.docx").paragraphs]


def add_xml_paragraph(document, inner: str, ppr: str = "") -> None:
    """Append a hand-written w:p (``inner`` = its runs) before the body's w:sectPr."""
    p = parse_xml(f"<w:p {W}>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>")
    document.element.body.sectPr.addprevious(p)


def fold(text: str) -> str:
    # -- Bracket and dot/、 variants that the seed and Word lvlTexts spell differently. --
    return text.translate(str.maketrans({"（": "(", "）": ")", "．": ".", "、": "."}))


# ---------------------------------------------------------------- seed round trip


@pytest.mark.parametrize("mode", ["linked", "restart"])
def test_seed_round_trip_is_exact(tmp_path: Path, mode: str) -> None:
    path = build_numbered_docx(SEED.read_text(encoding="utf-8"), tmp_path / "seed.docx", mode=mode)
    raw = read_bytes(path.read_bytes(), str(path))
    assert [p.text for p in raw.paragraphs] == seed_lines()
    assert raw.warnings == ()
    assert raw.source == str(path)


@pytest.mark.parametrize("mode", ["linked", "restart"])
def test_markers_come_from_numbering_not_from_text(tmp_path: Path, mode: str) -> None:
    path = build_numbered_docx(SEED.read_text(encoding="utf-8"), tmp_path / "seed.docx", mode=mode)
    stored = [p.text for p in docx.Document(str(path)).paragraphs]
    # -- The builder really removed the markers: Word would draw them from w:numPr. --
    assert not any(re.match(r"^(\d+\.|\([一二三四五]\)|[一二三四]、)", text) for text in stored)
    assert "法治政府建設主要舉措及成效" in stored
    assert "一是加強組織領導" in "".join(stored)


@pytest.mark.parametrize("mode", ["linked", "restart"])
def test_default_full_width_spellings_fold_to_the_seed(tmp_path: Path, mode: str) -> None:
    path = build_numbered_docx(
        SEED.read_text(encoding="utf-8"),
        tmp_path / "seed.docx",
        mode=mode,
        lvl_texts=("%1、", "（%1）", "%1．", "（%1）"),
    )
    got = [p.text for p in read_bytes(path.read_bytes(), str(path)).paragraphs]
    assert "（三）全面推進嚴格規範公正文明執法" in got
    assert any(text.startswith("5．以人民為中心") for text in got)
    assert [fold(text) for text in got] == [fold(text) for text in seed_lines()]


def test_seed_heading_levels_and_paragraph_indices(tmp_path: Path) -> None:
    path = build_numbered_docx(SEED.read_text(encoding="utf-8"), tmp_path / "seed.docx")
    paragraphs = read_bytes(path.read_bytes(), str(path)).paragraphs
    levels = {p.text[:2]: p.heading_level for p in paragraphs if p.heading_level is not None}
    assert [p.text[:2] for p in paragraphs if p.heading_level == 1] == ["一、", "二、", "三、", "四、"]
    assert sum(1 for p in paragraphs if p.heading_level == 2) == 5 + 3 + 4
    assert levels["(一"] == 2
    body = [p for p in paragraphs if p.text[0] in "12345" or p.text[1] == "是"]
    assert body and all(p.heading_level is None for p in body)
    assert [p.line for p in paragraphs] == list(range(1, len(paragraphs) + 1))


def test_load_dispatches_docx_by_suffix_and_by_zip_signature(tmp_path: Path) -> None:
    path = build_numbered_docx(SEED.read_text(encoding="utf-8"), tmp_path / "seed.docx")
    renamed = tmp_path / "seed.report"
    renamed.write_bytes(path.read_bytes())
    assert [p.text for p in load(path).paragraphs] == seed_lines()
    assert [p.text for p in load(renamed).paragraphs] == seed_lines()


def test_builder_refuses_numbers_automatic_numbering_cannot_show(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="automatic numbering"):
        build_numbered_docx("一、总体情况\n1.第一项\n3.第三项\n", tmp_path / "bad.docx")
    # -- Restart mode expresses any start with a startOverride instead. --
    path = build_numbered_docx("一、总体情况\n1.第一项\n3.第三项\n", tmp_path / "ok.docx", mode="restart")
    assert [p.text for p in load(path).paragraphs] == ["一、总体情况", "1.第一项", "3.第三项"]


# ---------------------------------------------------------------- number formats


def test_chinese_counting_one_to_twenty_five_in_a_document() -> None:
    document = docx.Document()
    num_id = add_num(document, add_abstract_num(document, [("chineseCounting", "%1、")]))
    for i in range(25):
        set_numbering(document.add_paragraph(f"第{i + 1}项工作"), num_id, 0)
    got = texts(document)
    expected_numerals = (
        "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 "
        "二十一 二十二 二十三 二十四 二十五"
    ).split()
    assert got == [f"{n}、第{i + 1}项工作" for i, n in enumerate(expected_numerals)]


def test_chinese_counting_one_to_ninety_nine() -> None:
    digits = "一二三四五六七八九"
    expected = list(digits) + ["十"] + [f"十{d}" for d in digits]
    for tens in digits[1:]:
        expected += [f"{tens}十"] + [f"{tens}十{d}" for d in digits]
    assert [chinese_counting(n) for n in range(1, 100)] == expected
    assert [chinese_counting(n) for n in (100, 101, 110, 1001, 1010)] == [
        "一百", "一百零一", "一百一十", "一千零一", "一千零一十",
    ]


def test_chinese_counting_reads_back_to_the_same_number() -> None:
    cn2an = pytest.importorskip("cn2an")  # an independent reader of Chinese numerals
    for n in range(1, 10000):
        assert cn2an.cn2an(chinese_counting(n), "normal") == n


@pytest.mark.parametrize(
    ("fmt", "values", "expected"),
    [
        ("decimal", (1, 12), ("1", "12")),
        ("chineseCountingThousand", (10, 21), ("十", "二十一")),
        ("japaneseCounting", (10, 11, 101), ("十", "十一", "百一")),
        ("ideographTraditional", (1, 2, 3, 10), ("甲", "乙", "丙", "癸")),
        ("decimalFullWidth", (3, 12), ("３", "１２")),
        ("decimalEnclosedCircle", (1, 20, 21), ("①", "⑳", "㉑")),
        ("decimalEnclosedParen", (1, 21), ("⑴", "(21)")),
        ("lowerLetter", (1, 26, 27), ("a", "z", "aa")),
        ("upperLetter", (3,), ("C",)),
        ("lowerRoman", (4, 9), ("iv", "ix")),
        ("upperRoman", (14, 1999), ("XIV", "MCMXCIX")),
        ("bullet", (1,), ("",)),
        ("none", (1,), ("",)),
        ("someFutureFormat", (7,), ("7",)),
    ],
)
def test_format_number(fmt: str, values: tuple[int, ...], expected: tuple[str, ...]) -> None:
    assert tuple(format_number(n, fmt) for n in values) == expected


def test_each_level_renders_with_its_own_format_and_restarts_below() -> None:
    # -- %2 inside level 2's text is drawn in level 1's format (full width), as Word does. --
    document = docx.Document()
    abstract = add_abstract_num(
        document,
        [("ideographTraditional", "%1、"), ("decimalFullWidth", "%2．"), ("decimal", "%2.%3")],
    )
    num_id = add_num(document, abstract)
    outline = [(0, "甲类"), (1, "一项"), (2, "细目"), (2, "细目"), (1, "二项"), (2, "细目"),
               (0, "乙类"), (1, "一项")]
    for level, text in outline:
        set_numbering(document.add_paragraph(text), num_id, level)
    assert texts(document) == [
        "甲、甲类", "１．一项", "１.1细目", "１.2细目", "２．二项", "２.1细目", "乙、乙类", "１．一项",
    ]


def test_lvl_restart_zero_keeps_counting_across_parents() -> None:
    document = docx.Document()
    abstract = add_abstract_num(
        document, [("chineseCounting", "%1、"), ("decimal", "%2.")], restarts={1: 0}
    )
    num_id = add_num(document, abstract)
    for level, text in [(0, "甲"), (1, "a"), (1, "b"), (0, "乙"), (1, "c")]:
        set_numbering(document.add_paragraph(text), num_id, level)
    assert texts(document) == ["一、甲", "1.a", "2.b", "二、乙", "3.c"]


def test_start_and_start_override_and_shared_list_counters() -> None:
    document = docx.Document()
    abstract = add_abstract_num(document, [("decimal", "%1.")], starts={0: 3})
    first = add_num(document, abstract)
    continued = add_num(document, abstract)
    restarted = add_num(document, abstract, {0: 1})
    uses = [(first, "甲"), (first, "乙"), (continued, "丙"), (restarted, "丁"), (restarted, "戊")]
    for num_id, text in uses:
        set_numbering(document.add_paragraph(text), num_id, 0)
    # -- A w:num without overrides continues its abstract list; startOverride restarts it. --
    assert texts(document) == ["3.甲", "4.乙", "5.丙", "1.丁", "2.戊"]


def test_numbering_from_styles_bullets_and_num_id_zero() -> None:
    document = docx.Document()
    document.add_paragraph("第一条", style="List Number")
    document.add_paragraph("要点", style="List Bullet")
    paragraph = document.add_paragraph("不编号", style="List Number")
    set_numbering(paragraph, 0)
    document.add_paragraph("第二条", style="List Number")
    set_numbering(document.add_paragraph("悬空编号"), 999, 0)
    assert texts(document) == ["1.第一条", "要点", "不编号", "2.第二条", "悬空编号"]


def test_empty_numbered_paragraph_still_counts_but_is_skipped() -> None:
    document = docx.Document()
    num_id = add_num(document, add_abstract_num(document, [("decimal", "%1.")]))
    for text in ["甲", "", "丙"]:
        set_numbering(document.add_paragraph(text), num_id, 0)
    raw = read_bytes(to_bytes(document), "t.docx")
    assert [(p.text, p.line) for p in raw.paragraphs] == [("1.甲", 1), ("3.丙", 3)]


# ---------------------------------------------------------------- headings


def test_heading_levels_from_names_outline_levels_and_title() -> None:
    document = docx.Document()
    document.add_paragraph("海淀区2024年法治政府建设年度报告", style="Title")
    document.add_paragraph("一级标题", style="Heading 1")
    document.add_paragraph("三级标题", style="Heading 3")
    localized = document.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("本地化样式名", style=localized)
    derived = document.styles.add_style("报告部分", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = document.styles["Heading 1"]
    document.add_paragraph("派生样式", style=derived)
    add_xml_paragraph(document, "<w:r><w:t>直接大纲级别</w:t></w:r>", '<w:outlineLvl w:val="1"/>')
    add_xml_paragraph(
        document,
        "<w:r><w:t>正文级别</w:t></w:r>",
        '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>',
    )
    document.add_paragraph("普通段落")
    raw = read_bytes(to_bytes(document), "t.docx")
    assert [(p.text, p.heading_level) for p in raw.paragraphs] == [
        ("海淀区2024年法治政府建设年度报告", 0),
        ("一级标题", 1),
        ("三级标题", 3),
        ("本地化样式名", 2),
        ("派生样式", 1),
        ("直接大纲级别", 2),
        ("正文级别", None),
        ("普通段落", None),
    ]


# ---------------------------------------------------------------- text and tracked changes


def test_tracked_changes_are_read_as_accepted_with_one_warning() -> None:
    document = docx.Document()
    rev = 'w:author="审稿人" w:date="2025-01-02T00:00:00Z"'
    add_xml_paragraph(
        document,
        f"<w:r><w:t>加强</w:t></w:r><w:ins w:id='1' {rev}><w:r><w:t>行政</w:t></w:r></w:ins>"
        f"<w:del w:id='2' {rev}><w:r><w:delText>执法</w:delText></w:r></w:del>"
        "<w:r><w:t>监督。</w:t></w:r>",
    )
    add_xml_paragraph(
        document,
        f"<w:moveFrom w:id='3' {rev}><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>"
        f"<w:r><w:t>推进</w:t></w:r><w:moveTo w:id='4' {rev}><w:r><w:t>新位置</w:t></w:r></w:moveTo>",
    )
    # -- A paragraph whose mark is deleted runs into the next one. --
    add_xml_paragraph(
        document, "<w:r><w:t>上半句，</w:t></w:r>", f"<w:rPr><w:del w:id='5' {rev}/></w:rPr>"
    )
    add_xml_paragraph(document, "<w:r><w:t>下半句。</w:t></w:r>")
    # -- A wholly deleted paragraph disappears. --
    add_xml_paragraph(
        document,
        f"<w:del w:id='6' {rev}><w:r><w:delText>整段删除</w:delText></w:r></w:del>",
        f"<w:rPr><w:del w:id='7' {rev}/></w:rPr>",
    )
    add_xml_paragraph(document, f"<w:ins w:id='8' {rev}><w:r><w:t>新增段落</w:t></w:r></w:ins>")
    raw = read_bytes(to_bytes(document), "report.docx")
    assert [p.text for p in raw.paragraphs] == [
        "加强行政监督。", "推进新位置", "上半句，下半句。", "新增段落",
    ]
    assert raw.warnings == (ReportWarning.of("tracked_changes", source="report.docx"),)
    assert raw.warnings[0].text("en") == "report.docx: contains tracked changes; read as if all were accepted"
    assert raw.warnings[0].text("zh") == "report.docx：含修订痕迹，已按全部接受修订读取"


def test_deleted_paragraph_does_not_advance_numbering() -> None:
    document = docx.Document()
    num_id = add_num(document, add_abstract_num(document, [("decimal", "%1.")]))
    numpr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    rev = 'w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"'
    add_xml_paragraph(document, "<w:r><w:t>保留</w:t></w:r>", numpr)
    add_xml_paragraph(
        document, f"<w:del {rev}><w:r><w:delText>删去</w:delText></w:r></w:del>",
        numpr + f"<w:rPr><w:del {rev}/></w:rPr>",
    )
    add_xml_paragraph(document, "<w:r><w:t>其次</w:t></w:r>", numpr)
    assert texts(document) == ["1.保留", "2.其次"]


def test_no_warning_without_tracked_changes() -> None:
    document = docx.Document()
    document.add_paragraph("没有修订")
    assert read_bytes(to_bytes(document), "t.docx").warnings == ()


def test_run_content_tabs_breaks_hyphens_fields_and_hidden_text() -> None:
    document = docx.Document()
    add_xml_paragraph(
        document,
        "<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t>"
        "<w:noBreakHyphen/><w:t>戊</w:t><w:softHyphen/></w:r>",
    )
    add_xml_paragraph(
        document,
        '<w:r><w:t>共</w:t></w:r>'
        '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>'
        '<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>',
    )
    add_xml_paragraph(document, "<w:r><w:t xml:space='preserve'>\u3000\u3000首行缩进。  </w:t></w:r>")
    # -- line breaks are kept as \n: the parser splits at a break before a numbered item --
    assert texts(document) == ["甲\t乙\n丙\n丁-戊", "共123页链接", "首行缩进。"]


def test_table_of_contents_is_flagged_as_contents() -> None:
    """Word's contents (toc-styled paragraphs, or its content control) is no report text: the
    reader flags it, so the parser sets it aside as the contents and keeps it in the outline."""
    document = docx.Document()
    toc_style = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("一、法治政府建设主要举措及成效\t1", style=toc_style)
    sdt = parse_xml(
        f"<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val='Table of Contents'/>"
        "</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>目录</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>二、存在的不足\t5</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.sectPr.addprevious(sdt)
    other = parse_xml(
        f"<w:sdt {W}><w:sdtPr><w:alias w:val='正文'/></w:sdtPr><w:sdtContent><w:p><w:r>"
        "<w:t>内容控件中的正文</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.sectPr.addprevious(other)
    document.add_paragraph("一、法治政府建设主要举措及成效", style="Heading 1")
    read = read_bytes(to_bytes(document), "t.docx").paragraphs
    assert [p.text for p in read if not p.contents] == ["内容控件中的正文", "一、法治政府建设主要举措及成效"]
    assert [p.text for p in read if p.contents] == ["一、法治政府建设主要举措及成效\t1", "目录", "二、存在的不足\t5"]
    assert all(p.heading_level is None for p in read if p.contents)


def test_deleted_mark_on_the_last_paragraph_keeps_its_text() -> None:
    document = docx.Document()
    document.add_paragraph("前文")
    rev = 'w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"'
    add_xml_paragraph(document, "<w:r><w:t>末段</w:t></w:r>", f"<w:rPr><w:del {rev}/></w:rPr>")
    assert texts(document) == ["前文", "末段"]


def test_tables_come_in_reading_order_and_empty_paragraphs_are_skipped() -> None:
    document = docx.Document()
    document.add_paragraph("表前段落")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "数值"
    table.cell(1, 0).text = "复议案件"
    table.cell(1, 1).paragraphs[0].text = "4613件"
    table.cell(1, 1).add_paragraph("同比增加75%")
    inner = table.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "嵌套"
    document.add_paragraph("表后段落")
    raw = read_bytes(to_bytes(document), "t.docx")
    # -- a table of rows and columns is one paragraph of rows of cells (issue 11); a one-cell
    #    table inside a cell is a frame: its text joins the cell's --
    assert [p.text for p in raw.paragraphs] == [
        "表前段落", "指标\t数值 嵌套\n复议案件\t4613件 同比增加75%", "表后段落",
    ]
    assert raw.paragraphs[1].table == (("指标", "数值 嵌套"), ("复议案件", "4613件 同比增加75%"))
    # -- Indices count every paragraph in reading order, empty ones included. --
    assert raw.paragraphs[0].line == 1
    assert raw.paragraphs[1].line == 3
    assert raw.paragraphs[-1].line > raw.paragraphs[-2].line


# ---------------------------------------------------------------- errors


def _docx_without(member: str) -> bytes:
    source = to_bytes(docx.Document())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            if item.filename != member:
                zout.writestr(item, zin.read(item.filename))
    return out.getvalue()


def _docx_replacing(member: str, data: bytes) -> bytes:
    source = to_bytes(docx.Document())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, data if item.filename == member else zin.read(item.filename))
    return out.getvalue()


def _plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        zout.writestr("readme.txt", "不是Word文件")
    return out.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"this is not a zip at all", id="text"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 40, id="zip-signature-garbage"),
        pytest.param(to_bytes(docx.Document())[:3000], id="truncated"),
        pytest.param(_plain_zip(), id="zip-without-word-parts"),
        pytest.param(_docx_without("word/document.xml"), id="no-document-part"),
        pytest.param(_docx_replacing("word/document.xml", b"<w:document><w:body>"), id="bad-xml"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, id="ole-encrypted"),
    ],
)
def test_invalid_docx_raises_load_error(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(LoadError) as info:
        read_bytes(data, "broken.docx")
    assert info.value.source == "broken.docx"
    assert info.value.problem.startswith("is not a valid .docx file (")
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    with pytest.raises(LoadError, match="is not a valid .docx file"):
        load(path)


_VALID = to_bytes(docx.Document())
_EDITS = st.lists(
    st.tuples(st.integers(0, len(_VALID) - 1), st.integers(0, 255)), min_size=1, max_size=12
)


@settings(max_examples=150, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_EDITS)
def test_damaged_bytes_end_in_load_error_only(edits: list[tuple[int, int]]) -> None:
    data = bytearray(_VALID)
    for position, value in edits:
        data[position] = value
    try:
        read_bytes(bytes(data), "damaged.docx")
    except LoadError as exc:
        assert exc.problem.startswith(("is not a valid .docx file (", "is empty"))


def test_spreadsheet_package_is_not_a_word_document() -> None:
    package = "http://schemas.openxmlformats.org/package/2006"
    office = "application/vnd.openxmlformats"
    content_types = (
        f'<?xml version="1.0"?><Types xmlns="{package}/content-types">'
        f'<Default Extension="rels" ContentType="{office}-package.relationships+xml"/>'
        f'<Override PartName="/xl/workbook.xml" '
        f'ContentType="{office}-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
    )
    rels = (
        f'<?xml version="1.0"?><Relationships xmlns="{package}/relationships">'
        '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        zout.writestr("[Content_Types].xml", content_types)
        zout.writestr("_rels/.rels", rels)
        zout.writestr("xl/workbook.xml", b"<workbook/>")
    main_part = r"is not a valid \.docx file \(its main part is .*spreadsheetml"
    with pytest.raises(LoadError, match=main_part):
        read_bytes(out.getvalue(), "book.docx")


def test_document_without_text_is_empty() -> None:
    document = docx.Document()
    document.add_paragraph("")
    document.add_paragraph("\u3000 ")
    with pytest.raises(LoadError, match="is empty"):
        read_bytes(to_bytes(document), "blank.docx")


def test_old_binary_doc_path_asks_for_conversion(tmp_path: Path) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(LoadError) as info:
        load(path)
    assert "convert" in info.value.problem and ".docx" in info.value.problem


def test_comments_are_counted_in_a_warning_and_their_text_left_out() -> None:
    """A draft sent round for review carries comments (请核实…): not the report's text, but a
    reader should know the document still holds them, as with tracked changes."""
    document = docx.Document()
    first = document.add_paragraph("全年办理行政复议案件46件。")
    second = document.add_paragraph("开展执法检查12次。")
    document.add_comment(first.runs, text="请核实：台账为48件", author="审核人")
    document.add_comment(second.runs, text="次数与简报不一致", author="审核人")
    raw = read_bytes(to_bytes(document), "draft.docx")
    assert [p.text for p in raw.paragraphs] == ["全年办理行政复议案件46件。", "开展执法检查12次。"]
    assert raw.warnings == (ReportWarning.of("comments", source="draft.docx", count=2),)
    assert raw.warnings[0].text("en") == "draft.docx: contains 2 comment(s); their text is not read as part of the report"
    assert raw.warnings[0].text("zh") == "draft.docx：含 2 条批注，批注文字不作为报告内容读取"
