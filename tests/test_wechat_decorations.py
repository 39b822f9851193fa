"""A report as a WeChat account republishes it: the editor decorates headings with pictographs
(📌一、, ▶（一）), sets buttons with an emoji or spaces (👇点击阅读原文, 点击蓝字 关注我们) and heads the
article with a column tag and a note that the whole text follows (权威发布丨…（全文）). Headings stay
headings, buttons stay furniture, the report's title is its own; in either script."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.loaders.text import read_bytes
from reportdiff.parse import parse
from reportdiff.parse_header import is_furniture

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
_T2S = OpenCC("t2s").convert

ARTICLE = """重磅丨石门乡2026年政府工作报告（全文）

原创 石门发布 石门发布 2026-01-20 17:05 发表于湖南

点击蓝字 关注我们

1月18日，石门乡第十八届人民代表大会第六次会议召开。现将政府工作报告全文转发如下：

政府工作报告
——2026年1月18日在石门乡第十八届人民代表大会第六次会议上
石门乡人民政府乡长　李卫东

各位代表：
　　现在，我代表乡人民政府向大会报告工作，请予审议。
{mark}一、2025年工作回顾
　　{sub}（一）产业发展。一是新发展油茶基地500亩。二是村集体经济收入总额达到210万元。
　　{sub}（二）乡村建设。一是完成户厕改造150户。二是新改建农村公路8公里。
{mark}二、2026年工作安排
　　{sub}（一）做强油茶产业。新发展油茶基地400亩。
　　{sub}（二）建设和美乡村。完成户厕改造120户。

👇点击阅读原文
阅读 856
"""


@SCRIPTS
@pytest.mark.parametrize(("mark", "sub"), [("📌", ""), ("▶", "🔹"), ("■ ", "★"), ("🔴 ", "")])
def test_decorated_headings_are_the_reports_parts_and_sections(convert, mark, sub) -> None:
    report = parse(read_bytes(convert(ARTICLE.format(mark=mark, sub=sub)).encode("utf-8"), "wechat.txt"))
    assert [(part.id, part.role.value) for part in report.parts] == [("一", "results"), ("二", "plans")]
    assert [section.id for section in report.sections] == ["一/(一)", "一/(二)", "二/(一)", "二/(二)"]
    assert [_T2S(part.title) for part in report.parts] == ["2025年工作回顾", "2026年工作安排"]
    assert _T2S(report.title) == "政府工作报告" and report.year == 2026
    assert [report.review_year, report.plan_year] == [2025, 2026]


@SCRIPTS
@pytest.mark.parametrize("line", ["点击蓝字 关注我们", "👇点击阅读原文", "👉 阅读原文", "阅读 856"])
def test_buttons_with_an_emoji_or_spaces_are_furniture(convert, line) -> None:
    assert is_furniture(convert(line))


@pytest.mark.parametrize("line", ["点击进入乡村振兴专题", "🌾全年粮食总产1.6万吨", "关注群众关切"])
def test_a_line_of_the_report_is_no_button(line) -> None:
    assert not is_furniture(line)


@SCRIPTS
def test_the_body_is_named_by_the_session_under_the_articles_furniture(convert) -> None:
    """——2026年1月18日在石门乡第十八届人民代表大会…: the header under the headline, byline,
    buttons and the editor's lead still names the township."""
    from reportdiff.bodies import named_body

    report = parse(read_bytes(convert(ARTICLE.format(mark="📌", sub="")).encode("utf-8"), "wechat.txt"))
    assert _T2S(named_body(report)) == "石门乡"
