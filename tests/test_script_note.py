"""The HTML's note on a pair in two scripts says what is so whichever report is Traditional: the
seed pair's old report is Traditional, a township's new one may be (rl18)."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare, load_report
from reportdiff.render.html import render_html

_S2T = opencc.OpenCC("s2t").convert

REPORT = """青石镇{y}年法治政府建设年度报告
一、主要举措和成效
（一）规范行政执法。全年办理行政处罚案件{n}件，开展执法案卷评查。
二、存在的不足
一是执法人员专业能力不足。
三、{y1}年工作计划
（一）开展执法人员轮训。
"""


@pytest.mark.parametrize("old_script", ["s", "t"])
def test_the_script_note_names_no_wrong_script(old_script: str) -> None:
    old_text, new_text = REPORT.format(y=2023, y1=2024, n=96), REPORT.format(y=2024, y1=2025, n=118)
    old_text, new_text = (_S2T(old_text), new_text) if old_script == "t" else (old_text, _S2T(new_text))
    page = render_html(compare(load_report(old_text), load_report(new_text)))
    assert "繁体" in page and "简体" in page  # -- the note is shown: the scripts differ --
    wrong = "上年报告为简体" if old_script == "t" else "上年报告为繁体"
    assert wrong not in page
