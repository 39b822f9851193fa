"""loaders.text: encodings, line endings, indentation, stdin."""

from __future__ import annotations

import codecs

import pytest

from reportdiff.errors import LoadError
from reportdiff.loaders import load
from reportdiff.loaders.text import read_bytes

TEXT = "某区2025年法治政府建设年度报告\n一、主要举措及成效\n（一）优化营商环境\n1．持续推进改革。受理170.81万件。\n"
TRAD = "某區2025年法治政府建設年度報告\n一、主要舉措及成效\n（一）優化營商環境\n1．持續推進改革。受理170.81萬件。\n"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
        (TEXT.encode("utf-16"), TEXT),
        (TEXT.encode("utf-16-le"), TEXT),
        (TEXT.encode("gb18030"), TEXT),
        (TEXT.encode("gbk"), TEXT),
        (TRAD.encode("big5"), TRAD),
        (TEXT.replace("\n", "\r\n").encode("utf-8"), TEXT),
    ],
)
def test_encodings(data: bytes, text: str) -> None:
    paragraphs = read_bytes(data, "x.txt").paragraphs
    assert [p.text for p in paragraphs] == text.strip("\n").split("\n")


def test_blank_lines_and_indentation() -> None:
    raw = "\n\n　　一、主要举措及成效\n\n  1.推进改革。\n\t\n".encode()
    paragraphs = read_bytes(raw, "x.txt").paragraphs
    assert [(p.text, p.line) for p in paragraphs] == [("一、主要举措及成效", 3), ("1.推进改革。", 5)]


def test_stdin() -> None:
    document = load("-", stdin_bytes=TEXT.encode())
    assert document.source == "<stdin>"
    assert document.paragraphs[0].text.startswith("某区")


def _scanned_pdf() -> bytes:
    """A page image saved as PDF, as a scanner does: no text layer."""
    import io

    from PIL import Image, ImageDraw

    page = Image.new("L", (595, 842), 255)
    ImageDraw.Draw(page).rectangle((80, 100, 500, 120), fill=0)
    out = io.BytesIO()
    page.save(out, format="PDF")
    return out.getvalue()


def _scanned_pdf_with_page_number() -> bytes:
    """A scanned page whose only text is the page number a printer stamped on it (- 1 -)."""
    stream = b"BT /F1 10 Tf 290 30 Td (- 1 -) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [("missing.txt", None, "no such file"), ("empty.txt", b"  \n", "is empty"), ("old.doc", b"x", "convert"),
     ("scan.pdf", _scanned_pdf(), "no text layer"), ("numbered.pdf", _scanned_pdf_with_page_number(), "no text layer"),
     ("broken.pdf", b"%PDF-1.4\nnot really", "not a readable PDF"),
     ("index.html", "<!DOCTYPE html><html><head><title>首页</title></head><body><ul class='nav'><li><a href='/'>首页"
      "</a></li><li><a href='/zwgk/'>政务公开</a></li></ul><div class='footer'>主办：某区人民政府办公室</div></body></html>"
      .encode("utf-8"), "no report text found"),
     ("images.mhtml", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
      b"Content-Type: image/png\r\n\r\nPNG\r\n--b--\r\n", "holds no HTML page")],
)
def test_errors_name_the_file(tmp_path, name, content, problem) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LoadError, match=problem) as error:
        load(path)
    assert str(path) in str(error.value)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_of_a_real_report(seed_text: str, encoding: str) -> None:
    paragraphs = read_bytes(seed_text.encode(encoding), "seed.txt").paragraphs
    assert [p.text for p in paragraphs] == [line for line in seed_text.splitlines() if line.strip()]


def test_markdown_syntax_is_removed_from_md_files() -> None:
    raw = "# 某区2025年法治政府建设年度报告\n\n## 一、主要举措及成效\n\n### （一）优化营商环境\n\n- **1．推进改革。**受理170件。\n\n---\n"
    texts = [p.text for p in read_bytes(raw.encode(), "report.md").paragraphs]
    assert texts == ["某区2025年法治政府建设年度报告", "一、主要举措及成效", "（一）优化营商环境", "1．推进改革。受理170件。"]
    # -- a .txt keeps its text as written --
    assert read_bytes(raw.encode(), "report.txt").paragraphs[0].text.startswith("# ")


@pytest.mark.parametrize("script", ["s", "t"])
@pytest.mark.parametrize("gap", ["\t", "  "])
def test_a_number_and_its_line_apart_by_a_tab_are_no_table(tmp_path, script, gap) -> None:
    """Word's "save as text" writes 一、<tab>2024年主要举措和成效: a numbered heading, not a 2×2 table
    that would take part 一 away; a real table (three cells a row) is still one."""
    import opencc

    from reportdiff.pipeline import load_report

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    text = convert(f"某县2024年法治政府建设年度报告\n一、{gap}2024年主要举措和成效\n（一）{gap}强化组织领导\n"
                   "一是健全制度。全年召开常务会议学法6次。\n二、存在的不足\n执法队伍力量不足。\n"
                   f"指标{gap}2023年{gap}2024年\n办理案件{gap}1200件{gap}1350件\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    report = load_report(path)
    assert [part.marker.strip() for part in report.parts] == ["一、", "二、"]
    assert [m.id for m in report.parts[0].all_measures()] == ["一/(一)/一是"]
    assert [table.rows[1] for table in report.tables] == [(convert("办理案件"), "1200件", "1350件")]


@pytest.mark.parametrize("script", ["s", "t"])
def test_sentences_with_wide_spaces_around_their_figures_are_no_table(tmp_path, script) -> None:
    """全年审核规范性文件  9  件，提出修改意见  21  条。 twice in a row: prose laid out with wide
    spaces (or &nbsp;&nbsp;), not a table; a cell never holds a clause break or ends a sentence."""
    import opencc

    from reportdiff.pipeline import load_report

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    text = convert("某县司法局2025年法治政府建设年度报告\n一、主要举措和成效\n（一）加强合法性审核\n"
                   "全年审核规范性文件  9  件，提出修改意见  21  条。\n组织乡镇审核人员培训  2  期，参训  80  人次。\n"
                   "二、存在的不足\n审核力量不足。\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    report = load_report(path)
    assert report.tables == ()
    assert len(report.parts[0].all_measures()) == 2


def test_a_line_keeps_the_indent_it_opened_on() -> None:
    from reportdiff.loaders.text import split_paragraphs

    paragraphs = split_paragraphs("\u3000\u3000过去一年，全市经济运行稳中有进。\n  今年要着力扩大有效需求。\n一、今年工作安排\n")
    assert [p.indent for p in paragraphs] == ["\u3000\u3000", "  ", ""]
    assert [p.text for p in paragraphs][0] == "过去一年，全市经济运行稳中有进。"
