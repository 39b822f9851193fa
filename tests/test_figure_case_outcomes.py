"""A count named by a verb alone takes the object the sentence named before it: 受理108件 after
收到行政复议申请120件 counts the applications accepted (行政复议申请受理), 依法受理 and 全部办结 are the
verb with a word of manner, and the outcomes after a count of cases (其中维持52件、撤销9件; 败诉3件)
are that kind of case's (行政复议维持, 行政诉讼败诉). The reports are written for the test."""

import json

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli
from reportdiff.figure_names import object_of_verb
from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "labels"), [
    ("全年收到行政复议申请120件，受理108件，审结行政复议案件86件，其中维持52件、撤销9件、确认违法5件。",
     ["收到行政复议申请", "行政复议申请受理", "审结行政复议案件", "行政复议维持", "行政复议撤销", "行政复议确认违法"]),
    # -- a word of manner before the verb (依法, 全部) says how, not what --
    ("共收到行政复议申请95件，依法受理90件，全部办结90件。",
     ["收到行政复议申请", "行政复议申请受理", "行政复议申请办结"]),
    ("办理行政诉讼案件64件，其中一审应诉48件，败诉3件，胜诉40件。",
     ["办理行政诉讼案件", "行政诉讼一审应诉", "行政诉讼败诉", "行政诉讼胜诉"]),
    # -- cases named without a verb are the kind of case all the same --
    ("全镇行政诉讼案件12件，其中败诉1件。", ["行政诉讼案件", "行政诉讼败诉"]),
    # -- documents gone through keep their verbs: 撤销 of a document is no outcome of a case --
    ("清理规范性文件41件，废止7件、撤销2件。", ["清理规范性文件", "规范性文件废止", "规范性文件撤销"]),
])
def test_a_bare_verb_takes_the_object_named_before(script, text: str, labels: list[str]) -> None:
    assert [f.label for f in extract_figures(script(text))] == labels


def test_object_of_verb_takes_the_nearest_count_of_the_same_unit() -> None:
    earlier = [("清理规范性文件", "件"), ("收到行政复议申请", "件"), ("培训执法人员", "人次")]
    assert object_of_verb("撤销", earlier, "件") == "行政复议撤销"
    assert object_of_verb("依法受理", earlier, "件") == "行政复议申请受理"
    assert object_of_verb("废止", earlier[:1], "件") == "规范性文件废止"
    # -- no count of cases or documents of that unit before: the verb stays as it is --
    assert object_of_verb("受理", earlier, "人次") == "受理"
    assert object_of_verb("维持", [], "件") == "维持"
    # -- a verb that is no act on cases or documents is left alone --
    assert object_of_verb("开展", earlier, "件") == "开展"


_OLD = ("青禾区2024年法治政府建设年度报告\n一、2024年法治政府建设工作情况\n"
        "（一）发挥行政复议化解行政争议主渠道作用。全年收到行政复议申请120件，受理108件，"
        "审结行政复议案件86件，其中维持52件、撤销9件、确认违法5件。\n"
        "（二）规范行政应诉工作。全年办理行政诉讼案件64件，其中一审应诉48件，败诉3件。\n"
        "二、存在的不足和原因\n行政执法规范化水平仍需提高。\n")
_NEW = ("青禾区2025年法治政府建设年度报告\n一、2025年法治政府建设工作情况\n"
        "（一）规范行政应诉工作。全年办理行政诉讼案件71件，其中一审应诉55件，败诉2件，胜诉49件。\n"
        "（二）发挥行政复议化解行政争议主渠道作用。全年共收到行政复议申请135件，依法受理126件，"
        "审结行政复议案件118件，其中维持70件、撤销11件、确认违法4件。\n"
        "二、存在的不足和原因\n行政执法规范化水平仍需提高。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_outcomes_pair_with_the_same_outcome_of_the_same_cases(tmp_path, script) -> None:
    old, new = tmp_path / "2024.txt", tmp_path / "2025.txt"
    old.write_text(script(_OLD), encoding="utf-8")
    new.write_text(script(_NEW), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    pairs = {(m["label"], m["old"]["raw"], m["new"]["raw"]) for m in json.loads(result.output)["metrics"]
             if m["old"] and m["new"]}
    for label, before, after in [("行政复议申请受理", "108件", "126件"), ("行政复议维持", "52件", "70件"),
                                 ("行政复议撤销", "9件", "11件"), ("行政诉讼一审应诉", "48件", "55件"),
                                 ("行政诉讼败诉", "3件", "2件")]:
        # -- a label is the Simplified key whatever the script (the figures as written) --
        assert (label, script(before), script(after)) in pairs, pairs


_REVIEW_ONLY = ("青禾区2024年法治政府建设年度报告\n一、2024年法治政府建设工作情况\n"
                "（一）发挥行政复议化解行政争议主渠道作用。全年收到行政复议申请120件，受理108件。\n"
                "（二）深化普法宣传。开展法治宣传活动126场次。\n")
_PETITIONS_ONLY = ("青禾区2025年法治政府建设年度报告\n一、2025年法治政府建设工作情况\n"
                   "（一）健全矛盾纠纷化解机制。全年收到群众信访事项61件，受理57件。\n"
                   "（二）深化普法宣传。开展法治宣传活动131场次。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_verb_of_other_cases_pairs_with_none(script) -> None:
    """受理 of applications for review and 受理 of petitions are two counts, however bare the verb."""
    comparison = compare(script(_REVIEW_ONLY), script(_PETITIONS_ONLY))
    pairs = {(f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new}
    assert (script("108件"), script("57件")) not in pairs and (script("120件"), script("61件")) not in pairs, pairs
    labels = {f.label for f in comparison.figures}
    assert {"行政复议申请受理", "群众信访事项受理"} <= labels and "受理" not in labels
