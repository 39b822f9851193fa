"""A township's 法治政府建设年度报告 writes several deeds in one plan sentence (力争创建…示范村1个，
建成…工作站) and a whole to reach (执法人员全部持证上岗) that next year's review answers with a rate
(持证率达到90%): each deed is judged on its own, the whole by the rate; a change against last
year may follow the count's object and act (对38件…进行合法性审查，同比增长18.8%). Both scripts."""

from __future__ import annotations

import json

import opencc
import pytest

from reportdiff import compare, render
from reportdiff.figures_extract import extract_figures

_S2T = opencc.OpenCC("s2t")
SCRIPTS = pytest.mark.parametrize("convert", [str, _S2T.convert], ids=["simplified", "traditional"])

OLD = """石门镇2024年法治政府建设年度报告
一、2024年法治政府建设主要举措及成效
1.严格规范公正文明执法。全年办理行政处罚案件46件。执法人员持证率达到85%。
2.推进基层依法治理。培育“法律明白人”120名。
二、存在的不足
综合行政执法队伍力量薄弱。
三、2025年工作打算
1.提高执法规范化水平。推动综合行政执法队执法人员全部持证上岗，开展执法案卷评查2次。
2.夯实基层法治基础。力争创建市级民主法治示范村1个，建成镇公共法律服务工作站。
"""
NEW = """石门镇2025年法治政府建设年度报告
一、2025年法治政府建设主要举措及成效
1.规范行政执法行为。全年办理行政处罚案件52件。一是执法人员持证率达到90%；二是开展执法案卷评查2次。
2.推进基层依法治理。石塘村成功创建市级民主法治示范村。培育“法律明白人”150名。
二、存在的不足
镇公共法律服务工作站建设进度滞后。
三、2026年工作打算
1.推动执法提质增效。推动执法人员全部持证上岗。
2.完善公共法律服务。建成镇公共法律服务工作站。
"""


@SCRIPTS
def test_each_deed_and_each_whole_of_a_plan_sentence_is_judged(tmp_path, convert) -> None:
    (tmp_path / "old.txt").write_text(convert(OLD), encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    data = json.loads(render(compare(str(tmp_path / "old.txt"), str(tmp_path / "new.txt")), "json"))
    found = {}
    for promise in data["promises"]:
        for words in ("全部持证上岗", "案卷评查2次", "示范村1个", "工作站"):
            if convert(words) in promise["plan"]["text"]:
                found[words] = (promise["status"], [e["sentence"] for e in promise.get("short_of") or []])
    assert found == {"全部持证上岗": ("not_reported", ["一是执法人员持证率达到90%；"]),
                     "案卷评查2次": ("delivered", []), "示范村1个": ("delivered", []),
                     "工作站": ("not_reported", [])}, data["promises"]


@SCRIPTS
def test_a_change_against_last_year_after_the_count_s_object_is_the_count_s(convert) -> None:
    figures = extract_figures(convert("全年对38件重大行政决策、合同和规范性文件进行合法性审查，同比增长18.8%，审查率100%。"))
    assert figures[0].raw == convert("38件") and figures[0].comparison is not None
    # -- what was done to the 38: their review, not 38 decisions --
    assert figures[0].label == "重大行政决策合法性审查"
    assert figures[0].comparison.stated.value == 18.8
