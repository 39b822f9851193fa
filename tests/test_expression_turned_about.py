"""A plan's action reported done with its object first (开工建设市儿童医院 → 市儿童医院开工建设,
持续优化营商环境 → 营商环境持续优化) is no formulation dropped; a section heading that names a
role of the report (（二）下一步工作打算。…) labels its section and is no formulation new (audit30)."""

from __future__ import annotations

import pytest
from conftest import new_expressions

PLANNED = """杉江市政府工作报告
一、2024年工作回顾
全年实施市级重点项目268个。
二、2025年重点工作
（一）着力保障和改善民生。新建改扩建中小学、幼儿园20所。开工建设市儿童医院。
（二）着力深化改革开放。持续优化营商环境，开展涉企行政检查专项整治。
"""

DONE = """杉江市政府工作报告
一、2025年工作回顾
（一）着力保障和改善民生。新建改扩建中小学、幼儿园22所。市儿童医院开工建设。
（二）着力深化改革开放，营商环境持续优化。开展涉企行政检查专项整治。
二、2026年重点工作
（一）着力保障和改善民生。新增养老床位1200张。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_an_action_turned_about_is_not_dropped(script: str) -> None:
    dropped = new_expressions(DONE, PLANNED, script)  # -- what PLANNED has and DONE lacks --
    assert not [item for item in dropped if "儿童医院" in item or "营商环境" in item], dropped


PLAIN = """某省交通运输厅2024年法治政府建设年度报告
一、主要举措和成效
（一）加强执法队伍建设。组织执法人员培训2600人次。
二、存在的不足
执法装备不够均衡。
三、下一步工作打算
1.加强执法队伍建设。组织执法人员培训不少于2500人次。
"""

MIXED = """某省交通运输厅2025年法治政府建设年度报告
一、主要举措和成效
（一）加强执法队伍建设。组织执法人员培训2380人次。
二、存在的不足和下一步工作打算
（一）存在的不足。执法装备配备还未实现全覆盖。
（二）下一步工作打算。2026年，我厅将重点做好以下工作：
1.推行“扫码入企”。严禁无差别、高频次检查。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_role_heading_of_a_section_is_no_expression(script: str) -> None:
    listed = new_expressions(PLAIN, MIXED, script)
    assert not [item for item in listed if "工作打算" in item or item.startswith("存在的不足")], listed
    assert any("扫码入企" in item for item in listed), listed
