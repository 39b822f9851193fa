"""A task of one rare word and generic ones, reported by a review writing its compound whole.

今年要基本完成公司制改革 holds one specific word (公司制): no match can anchor on it alone,
yet 公司制改革基本完成 reports it. A compound of four characters or more written whole in the
review (公司制改革, 省实验室) names the object as a long word does: the whole of a task of one
clause, or the clause another sentence's evidence left untold; never the lead clause alone of a
task of two (深化商事制度改革 does not report 深化商事制度改革，开展证照分离试点).
"""

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

_OLD = ("一、2024年工作回顾\n过去一年，全省地区生产总值增长5.2%，城镇新增就业52万人。\n"
        "二、2025年主要目标和重点任务\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业50万人以上。\n"
        "（一）深化国资国企改革。今年要基本完成公司制改革。\n"
        "（二）提升科技创新能力。强化战略科技力量，推进省实验室建设。\n"
        "（三）优化营商环境。深化商事制度改革，开展证照分离试点。\n"
        "（四）保障改善民生。新建养老服务中心20个。\n")
_NEW = ("一、2025年工作回顾\n过去一年，全省地区生产总值增长5.3%，城镇新增就业55万人。\n"
        "（一）改革。国资国企改革扎实推进，公司制改革基本完成，国有企业效益明显好转。深化商事制度改革。\n"
        "（二）创新。战略科技力量加快壮大，全社会研发投入增长12%。高新技术企业突破1.2万家。\n"
        "（三）科研平台。加强省实验室建设，推进重大科技项目实施。\n"
        "（四）民生。新建养老服务中心22个。\n"
        "二、2026年主要目标和重点任务\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业50万人以上。\n"
        "（一）深化改革。推进国企改革深化提升行动。\n")

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _promise(comparison, words: str):
    return next(p for p in comparison.promises if words in p.plan.text)


@SCRIPTS
def test_a_task_of_one_rare_word_is_reported_by_its_compound(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    company = _promise(comparison, script("公司制改革"))
    assert company.status == "delivered"
    assert [item.sentence for item in company.evidence] == [
        script("国资国企改革扎实推进，公司制改革基本完成，国有企业效益明显好转。")]


@SCRIPTS
def test_the_clause_the_first_evidence_left_untold(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    science = _promise(comparison, script("战略科技力量"))
    assert science.status == "delivered"
    sentences = [item.sentence for item in science.evidence]
    assert script("加强省实验室建设，推进重大科技项目实施。") in sentences
    assert any(script("战略科技力量加快壮大") in sentence for sentence in sentences)


@SCRIPTS
def test_the_lead_clause_echoed_reports_no_task(script) -> None:
    licences = _promise(compare(script(_OLD), script(_NEW)), script("证照分离试点"))
    assert licences.status == "not_reported"


def test_compounds_hold_a_rare_word() -> None:
    from reportdiff.plan_matching import Matcher
    from reportdiff.promise_clauses import task_clauses
    from reportdiff.promise_compounds import compounds

    keys = ["今年要基本完成公司制改革。"] + [f"推进第{n}项改革，加强建设。" for n in range(30)]
    clauses = task_clauses(Matcher(keys), keys[0])
    assert [found for clause in clauses for found in compounds(clause)] == ["公司制改革"]


def _scanned(clauses, windows, several_years, reports, skip=frozenset(), usable=lambda index: True):
    # -- the plain scan CompoundWindows stands for: every window's every sentence, in order --
    from reportdiff.plans import Evidence
    from reportdiff.promise_compounds import compounds

    for clause in clauses:
        wanted = compounds(clause)
        if not wanted:
            continue
        for first in (False, True) if several_years else (False,):
            for index, (measure, pair) in enumerate(windows):
                if index in skip or (index in several_years) is not first:
                    continue
                for text, key in pair:
                    held = [compound for compound in wanted if compound in key]
                    if held and reports(clause, key) and usable(index):
                        return [Evidence(measure, text, 1.0, tuple(held))]
    return []


def test_compound_windows_find_what_a_scan_of_every_sentence_finds() -> None:
    # -- overlapping windows (a sentence in two), a compound twice in one sentence, sentences
    #    refused by the report check or by the window, a review of several years --
    from reportdiff.plan_matching import Matcher
    from reportdiff.promise_clauses import task_clauses
    from reportdiff.promise_compounds import CompoundWindows

    plans = ["今年要基本完成公司制改革。", "推进省实验室建设。"]
    sentences = ["国资国企改革扎实推进。", "公司制改革基本完成，公司制改革成效明显。", "加强省实验室建设。",
                 "公司制改革全面推开。", "省实验室建设加快。", "其他工作稳步推进。"]
    keys = plans + sentences + [f"推进第{n}项改革，加强建设。" for n in range(30)]
    matcher = Matcher(keys)
    clauses = [clause for plan in plans for clause in task_clauses(matcher, plan)]
    pairs = [(text, text) for text in sentences]
    windows = [(f"m{i // 3}", pairs[i:i + 2]) for i in range(len(pairs) - 1)] + [("m9", [])]
    checks = [lambda clause, key: True, lambda clause, key: "全面" not in key, lambda clause, key: False]
    for several_years in (frozenset(), frozenset({0, 1}), frozenset({2})):
        found = CompoundWindows(windows, several_years)
        for reports in checks:
            for skip in (frozenset(), frozenset({0}), frozenset({1, 3})):
                for usable in (lambda index: True, lambda index: index != 2):
                    for clause in clauses:
                        assert found.evidence([clause], reports, skip, usable) == \
                            _scanned([clause], windows, several_years, reports, skip, usable)
                    assert found.evidence(clauses, reports, skip, usable) == \
                        _scanned(clauses, windows, several_years, reports, skip, usable)
    assert CompoundWindows(windows, frozenset()).evidence(clauses, checks[0]) != []
