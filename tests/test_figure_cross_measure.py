"""Report-wide, a label that only holds the other's (企业 in 服务企业, 群众 in 法律援助惠及群众) pairs
two figures of unmatched measures only for counts of cases and documents (受理案件 and
受理群众诉求案件: one year spelled the name out); a count of firms, people or places (家, 人次, 个)
named so generically is the kind of thing counted, no indicator. The reports are written for the test."""

import json

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli
from reportdiff.figures import compare_figures, spelled_out_pairs
from reportdiff.models import Measure, MeasureKind, Role
from reportdiff.normalize import key

_T = OpenCC("s2t").convert


def _measure(mid: str, text: str) -> Measure:
    return Measure(mid, MeasureKind.PARAGRAPH, "", text[:10], text, key(text), mid.split("/")[0], None, "", Role.OTHER, 1)


def test_only_counts_of_cases_and_documents_pair_on_a_name_spelled_out() -> None:
    assert all(spelled_out_pairs(unit) for unit in ("件", "份", "起", "宗", "案"))
    assert not any(spelled_out_pairs(unit) for unit in ("个", "家", "人次", "项", "户"))
    # -- an amount or a rate is of a named indicator (财政补助, 城乡居民医保财政补助) --
    assert spelled_out_pairs("元") and spelled_out_pairs("%")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_report_wide_a_spelled_out_name_pairs_cases_not_firms(script) -> None:
    """No measure pair: every pair is made report-wide, across measures."""
    old = [_measure("一/(一)", script("开展安全生产执法检查，涉及企业86家，涉及群众1200人次。")),
           _measure("一/(二)", script("依托12345热线受理群众诉求案件326件。")),
           _measure("一/(三)", script("开展专项清理，清理规范性文件41件。"))]
    new = [_measure("一/(一)", script("组织律师开展“法治体检”，服务企业126家，法律援助惠及群众1500人次。")),
           _measure("一/(二)", script("推行接诉即办工作机制，全年受理案件298件。")),
           _measure("一/(三)", script("健全合法性审核机制，全年清理行政规范性文件38件。"))]
    pairs = {(r.old.raw, r.new.raw) for r in compare_figures(old, new, []) if r.old and r.new}
    assert (script("326件"), script("298件")) in pairs and (script("41件"), script("38件")) in pairs, pairs
    assert not pairs & {(script("86家"), script("126家")), (script("1200人次"), script("1500人次"))}, pairs


_OLD = ("青禾区2024年法治政府建设年度报告\n一、2024年法治政府建设工作情况\n"
        "（一）严格规范公正文明执法。开展安全生产执法检查，涉及企业86家，责令整改隐患312处。\n"
        "（二）健全矛盾纠纷多元化解机制。人民调解组织开展矛盾纠纷排查化解，调解成功率达98%，涉及群众1200人次。\n"
        "二、存在的不足和原因\n行政执法规范化水平仍需提高。\n")
_NEW = ("青禾区2025年法治政府建设年度报告\n一、2025年法治政府建设工作情况\n"
        "（一）优化法治化营商环境。组织律师开展“法治体检”进园区活动，服务企业126家，出具法律意见书58份。\n"
        "（二）提升公共法律服务水平。建成区、镇、村三级公共法律服务平台，法律援助惠及群众1500人次。\n"
        "二、存在的不足和原因\n行政执法规范化水平仍需提高。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_firms_and_people_of_unrelated_measures_stay_apart(tmp_path, script) -> None:
    old, new = tmp_path / "2024.txt", tmp_path / "2025.txt"
    old.write_text(script(_OLD), encoding="utf-8")
    new.write_text(script(_NEW), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)["metrics"]
    assert not [m for m in metrics if m["old"] and m["new"]], metrics
    # -- each is still listed, on its own side --
    assert {m["old"]["raw"] for m in metrics if m["old"]} >= {script("86家"), script("1200人次")}
    assert {m["new"]["raw"] for m in metrics if m["new"]} >= {script("126家"), script("1500人次")}
