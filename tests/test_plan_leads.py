"""The sentence that opens a 法治 report's or a department's plans (2025年，我局将坚持以习近平法治
思想为指导，全面落实…各项任务，为…提供坚实法治保障) frames them: it names the guiding thought
and a general aim, no task. Written for the test, in both scripts."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.kinds import is_framing
from reportdiff.pipeline import compare, load_report

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(("sentence", "frames"), [
    ("2024年，省司法厅将坚持以习近平法治思想为指导，全面落实法治政府建设各项任务，为奋力谱写中国式现代化江川篇章提供坚实法治保障。", True),
    ("2025年，我局将继续深入学习贯彻习近平法治思想，认真落实党中央、国务院关于法治政府建设的决策部署，推动法治政府建设再上新台阶。", True),
    ("下一步，我区将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，为建设更高水平的法治城区贡献力量。", True),
    ("新的一年，我们将以习近平法治思想为指导，推动全县法治政府建设取得新成效。", True),
    # -- the same opening going on to a task of its own stays a plan --
    ("2025年，我局将坚持以习近平法治思想为指导，完成食品安全监督抽检1.35万批次以上。", False),
    ("2025年，我局将深入学习贯彻习近平法治思想，组织全局干部集中学法不少于4次。", False),
    ("坚持以习近平法治思想为指导，修订《江川省行政执法监督条例》。", False),
    ("2024年，省司法厅将制定法治督察整改跟踪问效办法，对督察发现的问题实行清单化管理。", False),
    ("全面落实行政执法三项制度，为优化营商环境提供法治保障。", False),
])
def test_a_plans_lead_frames(sentence: str, frames: bool, script) -> None:
    assert is_framing(script(sentence)) is frames


REPORT = """江川省司法厅{y}年法治政府建设年度报告
一、强化依法履职
（一）规范行政执法。1.全年培训执法人员{n}万人次。
二、存在的不足
一是基层执法能力仍有欠缺。
三、{y1}年工作打算
{y1}年，省司法厅将坚持以习近平法治思想为指导，全面落实法治政府建设各项任务，为奋力谱写中国式现代化江川篇章提供坚实法治保障。
（一）提升基层行政执法能力。组织基层执法人员全员轮训。
"""


@SCRIPTS
def test_last_years_plans_lead_is_no_promise(script) -> None:
    old = load_report(script(REPORT.format(y=2023, y1=2024, n="2.3")))
    new = load_report(script(REPORT.format(y=2024, y1=2025, n="3.1").replace("全年培训", "组织基层执法人员全员轮训，培训")))
    promises = compare(old, new).promises
    assert promises and not any("法治保障" in p.plan.text for p in promises)
