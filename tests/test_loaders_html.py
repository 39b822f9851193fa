"""Saved web pages: the report's body found, site chrome and the info line gone, the title kept."""

from __future__ import annotations

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
