"""The review's paragraph model (expression_paragraphs): summary and stance sentences vs narrative."""

from __future__ import annotations

from reportdiff.expression_paragraphs import STANCE, review_blocks
from reportdiff.pipeline import load_report

# -- a review in the kind's shape: an opening that sums the year up, a list of achievements
#    with figures, a paragraph of difficulties, a framing one that introduces the list of work,
#    and a point of that list --
REVIEW = """2025年政府工作报告
一、2024年工作回顾
过去一年极不平凡。面对复杂严峻的外部环境，我们坚持稳中求进，实现了经济平稳运行。
——经济保持恢复发展。国内生产总值增长5%。城镇新增就业1256万人。
回顾过去一年，成绩来之不易。外部冲击加大，国内需求不足，困难挑战增多，经济运行承压前行。
一年来，我们着力稳就业、稳预期，主要做了以下工作。
一是加大宏观调控力度。面对经济下行压力和多重风险挑战，我们坚持不搞强刺激。新增专项债券3.9万亿元。
二、2025年工作任务
稳健的货币政策要适度宽松。开展城市更新行动。
"""


def _stance(report) -> dict[str, list[str]]:
    """Each review measure's text, the sentences the model takes for stance."""
    return {measure_id: [text for text, weight in runs if weight == STANCE]
            for measure_id, runs in review_blocks(report).items()}


def test_the_opening_the_difficulties_and_the_framing_paragraph_are_stance() -> None:
    report = load_report(REVIEW)
    stance = " ".join(" ".join(texts) for texts in _stance(report).values())
    assert "过去一年极不平凡" in stance
    assert "面对复杂严峻的外部环境" in stance
    assert "外部冲击加大，国内需求不足，困难挑战增多" in stance
    assert "着力稳就业、稳预期，主要做了以下工作" in stance


def test_achievements_with_figures_are_narrative() -> None:
    stance = " ".join(" ".join(texts) for texts in _stance(load_report(REVIEW)).values())
    assert "国内生产总值增长5%" not in stance
    assert "经济保持恢复发展" not in stance


def test_a_point_lifts_its_diagnosis_sentence_only() -> None:
    report = load_report(REVIEW)
    point = next(m for m in report.measures if m.text.startswith("加大宏观调控力度") or "加大宏观调控力度" in m.title)
    runs = review_blocks(report)[point.id]
    assert "".join(text for text, _ in runs) == point.text
    stance = [text for text, weight in runs if weight == STANCE]
    assert any("面对经济下行压力" in text for text in stance)
    assert not any("3.9万亿元" in text for text in stance)


def test_plans_are_not_cut() -> None:
    report = load_report(REVIEW)
    plans = {m.id for m in report.measures if m.part_id == "二"}
    assert plans and plans.isdisjoint(review_blocks(report))


def test_either_script_gives_the_same_weights() -> None:
    import opencc

    simplified = load_report(REVIEW)
    traditional = load_report(opencc.OpenCC("s2t").convert(REVIEW))
    weights = {mid: [weight for _, weight in runs] for mid, runs in review_blocks(simplified).items()}
    assert weights == {mid: [weight for _, weight in runs] for mid, runs in review_blocks(traditional).items()}
    assert any(STANCE in runs for runs in weights.values())


def test_work_on_disputes_and_for_people_in_need_is_narrative() -> None:
    """矛盾纠纷, 复杂疑难 and 困难群众 are what the work dealt with, and 面对面 a way of working:
    none is a difficulty the year faced."""
    report = load_report("""2025年某镇政府工作报告
一、2024年工作回顾
过去一年，全镇经济社会平稳发展。
社会治理持续加强。深入开展矛盾纠纷大排查大化解专项行动，妥善处置复杂疑难信访问题。干部面对面帮助困难群众解决急难愁盼问题。
二、2025年工作任务
推行“枫桥式”镇村联调机制。
""")
    stance = " ".join(" ".join(texts) for texts in _stance(report).values())
    assert "过去一年" in stance and "矛盾纠纷" not in stance and "面对面" not in stance
