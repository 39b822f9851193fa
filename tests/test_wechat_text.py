"""A report pasted from a WeChat article (or saved as its page) reads as the report itself: bullets
and circled numbers are items, HTML entities left in the text are decoded, and the article's byline,
buttons and credits are page furniture."""

from __future__ import annotations

import pytest

from reportdiff import compare
from reportdiff.loaders.text import read_bytes
from reportdiff.parse import parse
from reportdiff.parse_header import is_furniture

CLEAN = """石桥县司法局2025年法治政府建设年度报告
一、主要工作举措和成效
（一）强化备案审查
1.规范性文件备案。全年备案审查规范性文件14件。
2.审查人员培训。举办备案审查业务培训3期。
（二）优化法律服务
1.推进法律援助。办理法律援助案件&nbsp;210&nbsp;件，群众满意率98.5%。
二、存在的不足
一是村级法律顾问作用发挥不够充分。
三、2026年工作打算
一是推进备案审查信息平台建设。
"""

WECHAT = """石桥县司法局2025年法治政府建设年度报告

原创 石桥司法 石桥司法 2026-02-03 09:12 发表于湖南

一 、主要工作举措和成效
　　（一)强化备案审查
　　•  规范性文件备案。全年备案审查规范性文件14件。
　　•  审查人员培训。举办备案审查业务培训3期。
　　(二）优化法律服务
　　①推进法律援助。办理法律援助案件&nbsp;210&nbsp;件，群众满意率98.5%。
二 、存在的不足
　　一是村级法律顾问作用发挥不够充分。
三、 2026年工作打算
　　一是推进备案审查信息平台建设。

预览时标签不可点
阅读原文

来源：石桥县司法局
编辑：周敏 审核：陈立新
"""


def _report(text: str, name: str):
    return parse(read_bytes(text.encode("utf-8"), name))


def test_the_same_report_pasted_from_wechat_compares_as_unchanged() -> None:
    comparison = compare(_report(CLEAN.replace("&nbsp;210&nbsp;", "210"), "clean.txt"), _report(WECHAT, "wechat.txt"))
    assert {match.status.value for match in comparison.matches} == {"continued"}
    assert comparison.old.preamble == comparison.new.preamble
    assert not comparison.expressions.new and not comparison.expressions.dropped


def test_bullets_and_circled_numbers_are_items() -> None:
    report = _report(WECHAT, "wechat.txt")
    ids = [measure.id for measure in report.measures]
    assert ids[:3] == ["一/(一)/1", "一/(一)/2", "一/(二)/1"]
    assert report.measures[0].text.startswith("规范性文件备案。")
    assert not report.tables  # -- two bullet lines are items, not a two-column table --


def test_entities_are_decoded_only_when_the_table_knows_them() -> None:
    raw = read_bytes("办理&nbsp;210&nbsp;件&#12290;甲&乙;丙&foo;\n".encode("utf-8"), "t.txt")
    assert raw.paragraphs[0].text == "办理\xa0210\xa0件。甲&乙;丙&foo;"


@pytest.mark.parametrize("line", ["原创 石桥司法 石桥司法 2026-02-03 09:12 发表于湖南", "预览时标签不可点", "阅读原文",
                                  "石桥司法 2026年02月03日 09:12 发表于湖南", "石橋司法 2026年02月03日 09:12 發表於湖南",
                                  "来源：石桥县司法局", "编辑：周敏 审核：陈立新", "阅读 2048", "点击上方蓝字关注我们"])
def test_wechat_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["关注群众关切", "审核规范性文件14件", "来源广泛的调解员队伍。", "一、主要工作",
                                  "2026年02月03日，县政府常务会议审议通过《实施方案》。"])
def test_report_lines_are_no_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_the_saved_wechat_page_loses_its_credits() -> None:
    from reportdiff.loaders.html import read_bytes as read_page

    body = "".join(f"<p>{line.strip()}</p>" for line in WECHAT.splitlines()[4:] if line.strip())
    page = (f"<html><head><title>石桥县司法局2025年法治政府建设年度报告</title></head><body>"
            f"<div id='js_content'>{body}</div></body></html>")
    report = parse(read_page(page.encode("utf-8"), "wechat.html"))
    # -- furniture stays in the outline as other, out of the measures and the preamble --
    text = "".join(block.text for block in report.blocks if block.kind.value != "other") + report.preamble
    assert "审核：陈立新" not in text and "阅读原文" not in text and "来源：" not in text
    assert [measure.id for measure in report.measures][:3] == ["一/(一)/1", "一/(一)/2", "一/(二)/1"]
