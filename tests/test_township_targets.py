"""A township's 政府工作报告 sets its main targets in one sentence and opens its tasks in the next
(…村集体经济收入总额达到420万元。重点抓好以下六个方面工作：): the sentence announcing the tasks
sets no target, though it counts them. In either script."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.parse import parse_text
from reportdiff.targets import find_targets

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])

REPORT = """政府工作报告
——2025年1月10日在石门乡第十八届人民代表大会第五次会议上
各位代表：
一、2024年工作回顾
全乡实现农业总产值2.1亿元，同比增长5.0%。
二、2025年工作安排
2025年乡政府工作的主要预期目标是：农业总产值增长5%左右，农村居民人均可支配收入增长6.5%以上，村集体经济收入总额达到210万元。{after}
（一）做强特色产业。新发展油茶基地500亩。
"""


@SCRIPTS
@pytest.mark.parametrize("after", ["重点抓好以下六个方面工作：", "为此，要重点抓好以下三项工作:"])
def test_the_sentence_opening_the_tasks_sets_no_target(convert, after) -> None:
    report = parse_text(convert(REPORT.format(after=after)), "2025.txt")
    assert [OpenCC("t2s").convert(t.text) for t in find_targets(report)] == [
        "农业总产值增长5%左右", "农村居民人均可支配收入增长6.5%以上", "村集体经济收入总额达到210万元"]
