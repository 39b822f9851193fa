"""Saved web pages: the report's body found, site chrome and the info line gone, the title kept."""

from __future__ import annotations

import html

import pytest

from reportdiff.errors import LoadError
from reportdiff.loaders import load

from conftest import SAMPLE
from published_forms import as_mhtml, government_page

LINES = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
CHROME = ("当前位置", "发布时间", "来源：", "字号", "分享", "打印本页", "关闭窗口", "相关链接", "网站标识码",
          "京ICP备", "无障碍", "搜索")


@pytest.mark.parametrize("layout", ["p", "br", "table"])
@pytest.mark.parametrize("saved_as", ["html", "mhtml", "gbk"])
def test_page_gives_the_report_and_nothing_else(tmp_path, layout: str, saved_as: str) -> None:
    page = government_page(LINES[0], LINES[1:], layout=layout)
    if saved_as == "mhtml":
        path, data = tmp_path / "page.mhtml", as_mhtml(page)
    elif saved_as == "gbk":
        path = tmp_path / "page.htm"
        data = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; '
                            'charset=gb2312">').encode("gb18030")
    else:
        path, data = tmp_path / "page.html", page.encode("utf-8")
    path.write_bytes(data)
    texts = [p.text for p in load(path).paragraphs]
    assert texts == LINES
    assert not [word for word in CHROME if any(word in text for text in texts)]


def test_page_is_recognised_without_its_extension(tmp_path) -> None:
    path = tmp_path / "download"
    path.write_text(government_page(LINES[0], LINES[1:]), encoding="utf-8")
    assert [p.text for p in load(path).paragraphs] == LINES


def test_report_paragraph_that_mentions_a_date_stays(tmp_path) -> None:
    body = [*LINES[1:3], "日期：2025年3月起，全面推行行政执法公示制度，全年公示执法信息12万条。"]
    path = tmp_path / "page.html"
    path.write_text(government_page(LINES[0], body), encoding="utf-8")
    assert [p.text for p in load(path).paragraphs][-1] == body[-1]


def test_page_without_a_report_is_an_error(tmp_path) -> None:
    path = tmp_path / "index.html"
    path.write_text(government_page("首页", []), encoding="utf-8")
    with pytest.raises(LoadError, match="no report text found in the web page"):
        load(path)


def test_article_in_a_container_named_like_chrome_is_kept(tmp_path) -> None:
    page = government_page(LINES[0], LINES[1:], layout="br").replace('<div class="TRS_Editor" id="zoom">',
                                                                      '<div class="main-side info">')
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert [p.text for p in load(path).paragraphs] == LINES


@pytest.mark.parametrize("convert", [str, lambda text: __import__("opencc").OpenCC("s2t").convert(text)])
@pytest.mark.parametrize("number", ["— 2 —", "- 3 -", "－4－", "第5页", "·6·"])
def test_page_numbers_pasted_from_the_printed_report_are_furniture(tmp_path, convert, number: str) -> None:
    """A page made from the printed report carries its page numbers (<p align=center>— 2 —</p>)
    between paragraphs: furniture, as in a PDF, gone from the report and its outline."""
    from reportdiff.pipeline import load_report

    lines = [convert(line) for line in LINES]
    middle = len(lines) // 2
    path = tmp_path / "page.html"
    path.write_text(government_page(lines[0], [*lines[1:middle], convert(number), *lines[middle:]]), encoding="utf-8")
    assert [p.text for p in load(path).paragraphs] == lines
    assert not any(convert(number) == block.text for block in load_report(path).blocks)


def test_a_number_a_page_broke_off_a_subscript_stays(tmp_path) -> None:
    """CO<br>2 is a subscript a page broke off, not a page number: never dropped by the loader."""
    lines = [*LINES[:3], "单位地区生产总值CO", "2", "排放下降3.2%。", *LINES[3:]]
    path = tmp_path / "page.html"
    path.write_text(government_page(lines[0], lines[1:]), encoding="utf-8")
    assert [p.text for p in load(path).paragraphs] == lines


def _word_wrapped(text: str, width: int) -> str:
    """``text`` as Word writes it into a saved page's source: a line break after every
    ``width`` characters, wherever a CJK character ends one (Word wraps its source lines)."""
    lines, current = [], ""
    for ch in text:
        current += ch
        if len(current) >= width and "\u4e00" <= ch <= "\u9fff":
            lines.append(current)
            current = ""
    return "\r\n".join([*lines, current] if current else lines)


def _word_page(title: str, paragraphs: list[str], width: int) -> str:
    """A page as Word's "Save as Web Page" writes it (MsoNormal paragraphs, spans, o:p), each
    paragraph's source wrapped at ``width`` characters."""
    body = "\r\n\r\n".join(
        "<p class=MsoNormal style='line-height:28.0pt'><span lang=EN-US>&nbsp;&nbsp;&nbsp; </span>"
        f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{_word_wrapped(html.escape(p), width)}"
        "<span lang=EN-US><o:p></o:p></span></span></p>" for p in paragraphs)
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\r\n"
            f"<meta name=Generator content=\"Microsoft Word 15\">\r\n<title>{html.escape(title)}</title>\r\n</head>\r\n"
            f"<body lang=ZH-CN>\r\n<div class=WordSection1>\r\n{body}\r\n</div>\r\n</body>\r\n</html>\r\n")


_WRAPPED = ["二〇二五年青山县人民政府工作报告", "各位代表：",
            "一、二〇二四年工作回顾",
            "（一）经济运行稳中向好。地区生产总值增长6.2%，规上工业增加值增长8.5%以上，新增市场主体1200户。",
            "二、二〇二五年工作安排",
            "今年主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长8%以上，城镇新增就业4000人以上。"]


@pytest.mark.parametrize("convert", [str, lambda text: __import__("opencc").OpenCC("s2t").convert(text)])
@pytest.mark.parametrize("width", [3, 5, 7])
def test_word_page_with_wrapped_source_lines_reads_as_written(tmp_path, convert, width: int) -> None:
    """Word wraps a saved page's source lines between CJK characters; a line break there is
    no space (CSS segment breaks between wide characters), so 以上 stays one word, not 以 上."""
    lines = [convert(line) for line in _WRAPPED]
    path = tmp_path / "report.htm"
    path.write_bytes(_word_page(lines[0], lines, width).encode("gb18030"))
    assert [p.text for p in load(path).paragraphs] == lines


@pytest.mark.parametrize("convert", [str, lambda text: __import__("opencc").OpenCC("s2t").convert(text)])
def test_wrapped_paragraph_in_a_plain_page_joins_without_spaces(tmp_path, convert) -> None:
    """A plain saved page (gb2312) whose <p> source is wrapped: the breaks between Chinese
    characters, full-width marks and digits go; a break between two Latin words is their space."""
    text = convert("推进“一带一路”建设，进出口总额增长8.1%以上（其中Belt and Road沿线增长12%）。")
    wrapped = text.replace("“一带", "“\n一带").replace("8.1%以上", "\n8.1%以\n上").replace("（其中", "\r\n（\n其中") \
                  .replace("Belt and", "Belt\n    and").replace("增长12%", "增长\n12%")
    page = government_page(convert(LINES[0]), [convert(line) for line in LINES[1:3]], layout="p")
    page = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    page = page.replace("</div>\n<div class=\"tools\">", f"<p>{wrapped}</p>\n</div>\n<div class=\"tools\">", 1)
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("gb18030"))
    assert [p.text for p in load(path).paragraphs][-1] == text


def _split_title_page(second: str) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in LINES[1:])
    return (f'<html><head><meta charset="utf-8"><title>法治政府建設_某某廳</title></head><body>'
            f'<div class="article-title"><h1>嵐江省交通運輸廳</h1><h2>{second}</h2></div>'
            f'<div class="article-info">發布時間：2025-03-26　來源：政策法規處　字號：大 中 小</div>'
            f'<div id="zoom">{body}</div></body></html>')


def test_a_title_set_as_a_heading_over_a_heading_is_read_whole(tmp_path) -> None:
    """A department's page heads the report with its name in <h1> and the year's title in the
    <h2> under it, outside the article: both lines are the title, as on paper; the parser
    joins them into one."""
    from reportdiff import load_report

    path = tmp_path / "page.html"
    path.write_text(_split_title_page("2024年法治政府建設年度報告"), encoding="utf-8")
    texts = [p.text for p in load(path).paragraphs]
    assert texts[:3] == ["嵐江省交通運輸廳", "2024年法治政府建設年度報告", LINES[1]]
    assert load_report(path).title == "嵐江省交通運輸廳2024年法治政府建設年度報告"


def test_a_sentence_under_the_title_heading_is_no_title_line(tmp_path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_split_title_page("本廳堅持依法行政，全面推進法治政府建設。"), encoding="utf-8")
    texts = [p.text for p in load(path).paragraphs]
    assert texts[:2] == ["嵐江省交通運輸廳", LINES[1]]
