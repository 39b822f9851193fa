"""A report that announces a thing as new (新的…, 新一轮…) or sets it up (设立…) marks its own
novelty: such an expression ranks above a task of the same form the report does not mark, and
a new situation faced (面对新的形势) announces nothing."""

from __future__ import annotations

import pytest
from conftest import new_expressions

OLD = """2024年临江市人民政府工作报告
一、2023年工作回顾
过去一年，全市经济运行总体平稳。全年新增城镇就业5.2万人。
二、2024年工作任务
（一）稳定就业。落实就业优先政策。
（二）扩大内需。推进城市更新。
"""

NEW = """2025年临江市人民政府工作报告
一、2024年工作回顾
过去一年，全市经济运行总体平稳。全年新增城镇就业5.6万人。
二、2025年工作任务
（一）稳定就业。实施新就业形态劳动者权益保障政策，实施{marker}稳岗扩就业支持政策。
（二）加强政府自身建设。面对新的形势和任务，各级政府要恪尽职守。
"""


def _rank(listed: list[str], wanted: str) -> int:
    return next(i for i, item in enumerate(listed) if wanted in item)


@pytest.mark.parametrize("script", ["s", "t"])
@pytest.mark.parametrize("marker", ["新的", "新一轮"])
def test_an_announced_novelty_ranks_above_an_unmarked_task(script: str, marker: str) -> None:
    # -- unmarked, the task ranks below the other (rarer words): the mark alone lifts it --
    plain = new_expressions(OLD, NEW.format(marker=""), script)
    assert _rank(plain, "稳岗扩就业支持政策") > _rank(plain, "劳动者权益保障政策"), plain
    listed = new_expressions(OLD, NEW.format(marker=marker), script)
    assert _rank(listed, "稳岗扩就业支持政策") < _rank(listed, "劳动者权益保障政策"), listed


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_new_situation_faced_announces_nothing(script: str) -> None:
    listed = new_expressions(OLD, NEW.format(marker="新的"), script)
    # -- (as a heading's words, 加强政府自身建设 stands a little above it; a lift would reverse it) --
    assert _rank(listed, "新的形势") > _rank(listed, "加强政府自身建设"), listed
