"""The closing paragraph(s) of a report (各位代表！…让我们…而努力奋斗！) frame it: no promise."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.parse import parse_text

_T = opencc.OpenCC("s2t").convert

GOV = """政府工作报告
——2025年1月15日在市第十六届人民代表大会第五次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，全市经济稳中有进，地区生产总值增长5.3%。
（一）稳住经济大盘。新开工重大项目132个。
二、2025年政府工作任务
（一）扩大有效投资。新开工重大项目140个以上。
（二）深化对外交流。办好第十届国际友城大会，拓展友好城市20个。
各位代表！
实干成就梦想，奋斗开创未来。让我们更加紧密地团结在以习近平同志为核心的党中央周围，凝心聚力，开拓进取，为谱写现代化建设新篇章而努力奋斗！
"""

LAW = """某区2024年法治政府建设年度报告
一、2024年法治政府建设主要举措及成效
（一）加强组织领导。召开常务会议学法4次。
二、存在的不足
执法队伍专业化水平有待提高。
三、2025年工作安排
（一）完善制度建设。制定规范性文件管理办法。
（二）强化执法监督。开展执法案卷评查2次。
新的一年，我区将坚持以习近平法治思想为指导，锐意进取，真抓实干，为建设更高水平的法治政府而不懈奋斗。
"""


@pytest.mark.parametrize("convert", [str, _T])
def test_the_closing_of_a_government_work_report_frames(convert) -> None:
    report = parse_text(convert(GOV), "2025.txt")
    tracked = [p.text for p in report.plan_sentences if not p.framing]
    assert tracked == [convert(t) for t in ("新开工重大项目140个以上。", "办好第十届国际友城大会，拓展友好城市20个。")]


@pytest.mark.parametrize("convert", [str, _T])
def test_the_closing_of_a_rule_of_law_report_frames(convert) -> None:
    report = parse_text(convert(LAW), "2024.txt")
    tracked = [p.text for p in report.plan_sentences if not p.framing]
    assert tracked == [convert(t) for t in ("制定规范性文件管理办法。", "开展执法案卷评查2次。")]


@pytest.mark.parametrize("convert", [str, _T])
def test_a_last_paragraph_with_a_figure_still_plans(convert) -> None:
    text = LAW.replace("新的一年，我区将坚持以习近平法治思想为指导，锐意进取，真抓实干，",
                       "下一步，我区将组织执法人员培训3期，")
    report = parse_text(convert(text), "2024.txt")
    assert convert("下一步，我区将组织执法人员培训3期，为建设更高水平的法治政府而不懈奋斗。") in [
        p.text for p in report.plan_sentences if not p.framing]
