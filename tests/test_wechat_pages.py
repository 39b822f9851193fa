"""A report republished as a WeChat article and saved as its page (or its text pasted): the
article's own furniture around the report is no measure, plan, preamble or expression of it —
the 点击蓝字 / 关注我们 banner, the editor's lead announcing the full text (现将全文转发如下：),
image captions (▲…), - END -, credits joined by 丨, the 往期推荐 list of other articles and the
account's card (微信号：…) — in either script. Each is kept in the outline as ``other``."""

from __future__ import annotations

import opencc
import pytest

from reportdiff import compare
from reportdiff.loaders.html import read_bytes as read_page
from reportdiff.loaders.text import read_bytes as read_text
from reportdiff.parse import parse
from reportdiff.parse_header import is_furniture

S2T = opencc.OpenCC("s2t").convert

REPORT = """石湾区2025年法治政府建设年度报告
2025年，石湾区深入学习贯彻习近平法治思想，法治政府建设取得新成效。现将有关情况报告如下。
一、主要举措和成效
（一）推进严格规范公正文明执法
1.规范执法行为。开展行政执法案卷评查，评查案卷260卷，优秀率45%。
2.加强行政复议工作。区行政复议服务中心建成运行，全年办理行政复议案件132件。
二、存在的不足和原因
一是基层执法力量较为薄弱。
三、2026年工作计划
（一）提升执法质量。行政执法案卷优秀率达到50%。
"""

BANNER = ["点击蓝字", "关注我们"]
LEAD = "近日，石湾区人民政府网站公布了《石湾区2025年法治政府建设年度报告》，现将全文转发如下："
CAPTION = "▲石湾区行政复议服务中心揭牌运行"
TAIL = ["- END -", "来源：石湾区人民政府网", "编辑：陈悦丨审核：林海", "往期推荐",
        "石湾区召开2026年全面依法治区工作会议", "【以案释法】新修订的《行政复议法》十问十答",
        "石湾区司法局2025年度工作总结和2026年工作计划", "石湾司法", "微信号：shiwansifa", "长按识别二维码关注我们"]


def _article_lines(convert=lambda s: s) -> list[str]:
    lines = REPORT.splitlines()
    body = lines[1:6] + [CAPTION] + lines[6:]
    return [convert(line) for line in BANNER + [LEAD, lines[0]] + body + TAIL]


def _page(convert=lambda s: s) -> bytes:
    title = convert(REPORT.splitlines()[0])
    paragraphs = "".join(f"<p><span>{line}</span></p>" for line in _article_lines(convert))
    return (f'<html><head><meta property="og:title" content="{title}"><title>{title}</title></head><body>'
            f'<div id="img-content"><h1 class="rich_media_title" id="activity-name">{title}</h1>'
            f'<div id="meta_content"><span>原创</span> <a id="js_name">石湾司法</a> <em id="publish_time">2026-03-18 18:30</em></div>'
            f'<div class="rich_media_content" id="js_content">{paragraphs}</div>'
            f'<div id="js_toobar3"><span>阅读 1896</span><span>转发</span><span>点赞 36</span><span>在看 12</span></div>'
            f"</div></body></html>").encode("utf-8")


def _clean(convert=lambda s: s):
    return parse(read_text(convert(REPORT).encode("utf-8"), "clean.txt"))


@pytest.mark.parametrize("convert", [lambda s: s, S2T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("form", ["html", "text"])
def test_the_republished_article_reads_as_the_report(convert, form) -> None:
    if form == "html":
        report = parse(read_page(_page(convert), "article.html"))
    else:
        report = parse(read_text("\n".join([convert(REPORT.splitlines()[0])] + _article_lines(convert)).encode("utf-8"),
                                 "article.txt"))
    clean = _clean(convert)
    assert report.title == clean.title
    assert report.preamble == clean.preamble
    assert [(m.id, m.text) for m in report.measures] == [(m.id, m.text) for m in clean.measures]
    assert [s.text for s in report.plan_sentences] == [s.text for s in clean.plan_sentences]
    assert [p.id for p in report.parts] == ["一", "二", "三"]
    # -- nothing vanishes: the article's own lines stay in the outline, as other --
    others = " ".join(b.text for b in report.blocks if b.kind.value == "other")
    for line in (LEAD, CAPTION, "往期推荐", "微信号：shiwansifa"):
        assert convert(line) in others


@pytest.mark.parametrize("convert", [lambda s: s, S2T], ids=["simplified", "traditional"])
def test_the_article_against_the_site_text_changes_nothing(convert) -> None:
    comparison = compare(_clean(), parse(read_page(_page(convert), "article.html")))
    assert {m.status.value for m in comparison.matches} == {"continued"}
    assert not comparison.expressions.new and not comparison.expressions.dropped
    assert all(r.op.value == "equal" for r in comparison.preamble)


@pytest.mark.parametrize("line", ["关注我们", "- END -", "END", "—END—", "编辑：陈悦丨审核：林海", "文字丨张三 图片丨李四",
                                  "编辑 | 陈悦 审核 | 林海", "往期推荐", "▼往期推荐▼", "推荐阅读", "微信号：shiwansifa",
                                  CAPTION, "▲图为执法人员开展检查"])
@pytest.mark.parametrize("convert", [lambda s: s, S2T], ids=["simplified", "traditional"])
def test_wechat_lines_are_furniture(line, convert) -> None:
    assert is_furniture(convert(line))


@pytest.mark.parametrize("line", ["关注群众急难愁盼问题", "推荐阅读书目100种，开展读书活动12场。", "编辑出版普法读本3册。",
                                  "一、主要举措和成效", "END用户协议修订"])
def test_report_lines_stay(line) -> None:
    assert not is_furniture(line)
