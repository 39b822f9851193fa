"""A saved page's <title> (a shortened name before the site's) is only the report's title when
the page shows none: a body opening on the report's own title line keeps it, in either script."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import load_report

_S2T = opencc.OpenCC("s2t").convert

PAGE = """<html><head><meta charset="utf-8"><title>{short}_江川市人民政府门户网站</title></head><body>
<div class="article"><p style="text-align:center"><strong>{full}</strong></p>
<p>2023年，市市场监管局统筹抓好市场准入、市场秩序、质量安全各项工作。现将有关情况报告如下。</p>
<p>一、2023年工作开展情况</p>
<p>1.推进信用监管。归集涉企信用信息126万条，对2850户企业实施信用修复。</p>
<p>二、存在的问题</p><p>一是智慧监管手段应用不足。</p>
<p>三、2024年工作计划</p><p>（一）推进智慧监管。建设市场监管数据中心。</p>
</div></body></html>"""


@pytest.mark.parametrize("convert", [str, _S2T], ids=["s", "t"])
def test_the_bodys_title_line_beats_a_shortened_page_title(tmp_path, convert) -> None:
    full = convert("江川市市场监督管理局2023年工作总结和2024年工作计划")
    path = tmp_path / "page.html"
    path.write_text(convert(PAGE.format(short="市市场监管局2023年工作总结", full="江川市市场监督管理局2023年工作总结和2024年工作计划")),
                    encoding="utf-8")
    report = load_report(str(path))
    assert report.title == full
    assert (report.year, report.review_year, report.plan_year) == (2023, 2023, 2024)
    # -- the shortened name is no line of the report --
    assert not any(block.text == convert("市市场监管局2023年工作总结") for block in report.blocks)


@pytest.mark.parametrize("convert", [str, _S2T], ids=["s", "t"])
def test_a_page_title_still_heads_a_body_without_one(tmp_path, convert) -> None:
    page = PAGE.replace('<p style="text-align:center"><strong>{full}</strong></p>\n', "")
    path = tmp_path / "page.html"
    path.write_text(convert(page.format(short="江川市市场监督管理局2023年工作总结和2024年工作计划", full="")),
                    encoding="utf-8")
    assert load_report(str(path)).title == convert("江川市市场监督管理局2023年工作总结和2024年工作计划")
