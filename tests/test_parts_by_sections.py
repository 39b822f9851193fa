"""Parts pair by their sections when their headings do not tell (2021年重点工作 → 2022年政府工作任务)."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare

_OLD = """2021年政府工作报告
一、2020年工作回顾
过去一年，全省地区生产总值增长3.5%。
二、“十三五”时期发展成就和“十四五”时期主要目标任务
过去五年，全省经济实力跃上新台阶。
三、2021年重点工作
今年发展主要预期目标是：地区生产总值增长6%以上。
（一）保持宏观政策连续性稳定性。积极的财政政策要提质增效。
（二）深入推进重点领域改革。深化“放管服”改革。
（三）扎实做好碳达峰碳中和各项工作。制定碳排放达峰行动方案。
"""
_NEW = """2022年政府工作报告
一、2021年工作回顾
过去一年，全省地区生产总值增长8.1%。
二、2022年经济社会发展总体要求和政策取向
今年发展主要预期目标是：地区生产总值增长5.5%左右。
三、2022年政府工作任务
（一）继续做好“六稳”“六保”工作。积极的财政政策要提升效能。
（二）深化重点领域改革。深化“放管服”改革，着力培育市场主体。
（三）有序推进碳达峰碳中和工作。落实碳达峰行动方案。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_plans_part_whose_sections_pair_is_one_part(script: str) -> None:
    """三、2021年重点工作 and 三、2022年政府工作任务 share no heading words, but their sections succeed each
    other: the part is renamed, not dropped and added (found by review in the JSON parts of 2021→2022)."""
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    comparison = compare(convert(_OLD), convert(_NEW))
    pairs = {(p.old.id if p.old else None, p.new.id if p.new else None) for p in comparison.parts}
    assert ("三", "三") in pairs, pairs
    assert ("二", None) in pairs


REAL = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.skipif(not REAL.is_dir(), reason=f"real reports not found at {REAL}")
def test_the_state_councils_tasks_part_of_2021_is_renamed_in_2022() -> None:
    comparison = compare(REAL / "guowuyuan-zfgzbg-2021-s.txt", REAL / "guowuyuan-zfgzbg-2022-s.txt")
    pairs = {(p.old.title if p.old else None, p.new.title if p.new else None) for p in comparison.parts}
    assert ("2021年重点工作", "2022年政府工作任务") in pairs
