"""compare end to end in-process: the answer key, script invariance, determinism, scaling."""

from __future__ import annotations

from collections import Counter

import pytest

import opencc

from reportdiff.models import Op, Status
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render.json import render_json


def _pairs(comparison):
    return {(m.old.id if m.old else None, m.new.id if m.new else None): m for m in comparison.matches}


def test_answer_key_agreement(seed_vs_sample, answer_key) -> None:
    got = _pairs(seed_vs_sample)
    expected = answer_key["measures"]
    right = [e for e in expected if (m := got.get((e["old"], e["new"]))) and m.status.value == e["status"]]
    wrong = [e for e in expected if e not in right]
    assert len(right) / len(expected) >= 0.95, wrong
    # -- every status is demonstrated, and nothing beyond the key was invented --
    assert {m.status for m in seed_vs_sample.matches} == set(Status)
    assert len(got) == len(expected)


def test_split_is_reported_as_split(seed_vs_sample, answer_key) -> None:
    splits = {(e["old"], e["new"]) for e in answer_key["measures"] if e.get("relation") == "split"}
    got = {k for k, m in _pairs(seed_vs_sample).items() if m.relation == "split"}
    assert splits and got == splits


def test_reworded_and_reordered_sections_align(seed_vs_sample, answer_key) -> None:
    got = {(s.old.id if s.old else None, s.new.id if s.new else None) for s in seed_vs_sample.sections}
    expected = {(s["old"], s["new"]) for s in answer_key["sections"]}
    assert expected <= got


def test_a_section_that_changed_its_place_is_marked_moved(seed_vs_sample, answer_key) -> None:
    """The key's reordered sections (two swapped) are told by marking the fewest that explain the
    new order: one of the swapped pair, never a section only renumbered by one added before it."""
    reordered = {(s["old"], s["new"]) for s in answer_key["sections"] if s["reordered"]}
    moved = {(s.old.id, s.new.id) for s in seed_vs_sample.sections if s.moved}
    assert moved and moved <= reordered and len(moved) == len(reordered) - 1


def test_seed_against_its_simplified_conversion(seed_text) -> None:
    simplified = opencc.OpenCC("t2s").convert(seed_text)
    comparison = compare(seed_text, simplified)
    assert Counter(m.status for m in comparison.matches) == {Status.CONTINUED: len(comparison.new.measures)}
    assert all(run.op is Op.EQUAL for m in comparison.matches for run in m.redlines)
    assert all(run.op is Op.EQUAL for s in comparison.sections for run in s.redlines)
    assert not any(s.moved for s in comparison.sections)


def test_line_wrapping_makes_no_difference(seed_text) -> None:
    wrapped = "\n".join(line[i : i + 28] for line in seed_text.splitlines() for i in range(0, len(line), 28))
    comparison = compare(seed_text, wrapped)
    assert {m.status for m in comparison.matches} == {Status.CONTINUED}


def test_identical_inputs_give_identical_output(seed_text, sample_text) -> None:
    assert render_json(compare(seed_text, sample_text)) == render_json(compare(seed_text, sample_text))


def test_every_measure_appears_once(seed_vs_sample) -> None:
    old_ids = Counter(m.old.id for m in seed_vs_sample.matches if m.old)
    new_ids = Counter(m.new.id for m in seed_vs_sample.matches if m.new)
    assert set(new_ids) == {m.id for m in seed_vs_sample.new.measures}
    assert set(old_ids) == {m.id for m in seed_vs_sample.old.measures}
    # -- only the halves of a split share an old measure --
    assert [i for i, n in old_ids.items() if n > 1] == ["一/(一)/3"]


def test_dropped_measure_sits_at_its_old_place(seed_vs_sample) -> None:
    order = [(m.status, (m.old or m.new).id) for m in seed_vs_sample.matches]
    dropped = order.index((Status.DROPPED, "一/(四)/2"))
    # -- 一/(四)/1 (建议提案) precedes it in the old report --
    assert seed_vs_sample.matches[dropped - 1].old.id == "一/(四)/1"


def test_repeated_report_still_aligns_one_to_one(seed_text, sample_text) -> None:
    def repeat(text: str, times: int) -> str:
        lines = text.splitlines()
        return "\n".join(lines[: lines.index(next(l for l in lines if l.startswith(("二、", "二、"))))] * times)

    comparison = compare(repeat(seed_text, 3), repeat(sample_text, 3))
    moved_far = [m for m in comparison.matches if m.old and m.new and abs(m.old.line - m.new.line) > 40]
    assert len(moved_far) <= 2


def test_a_report_naming_its_own_year_is_no_change() -> None:
    """The seed moved on one year (2024年 → 2025年 in its results, 2025年 → 2026年 in its plans)
    compares as continued, each such measure with a note; naming another year is a change."""
    from conftest import SEED

    old_text = SEED.read_text(encoding="utf-8")
    new_text = old_text.replace("2025年", "2026年").replace("2024年", "2025年")
    comparison = compare(old_text, new_text)
    assert (comparison.old.year, comparison.new.year) == (2024, 2025)
    assert {match.status for match in comparison.matches} == {Status.CONTINUED}
    assert not comparison.changed
    noted = [match for match in comparison.matches if match.relative_years]
    assert noted and all(run.op.value == "equal" for match in noted for run in match.redlines)
    other = compare(old_text, new_text.replace("2025年,受理復議申請", "2023年,受理復議申請"))
    changed = [match for match in other.matches if match.status is not Status.CONTINUED]
    assert len(changed) == 1 and any(run.text.startswith("2023") for run in changed[0].redlines if run.op.value == "insert")
    # -- Word still records the year as a change: Reject All must give the old text back --
    from ooxml_revisions import accept_all, reject_all

    from reportdiff.render.docx import render_docx

    data = render_docx(comparison)
    assert "".join(accept_all(data)) == new_text.replace("\n", "")
    assert "".join(reject_all(data)) == old_text.replace("\n", "")


_SECTIONS = ("深入学习贯彻习近平法治思想", "加快推进重点领域立法", "严格规范重大行政决策", "深化“放管服”改革",
             "加强行政执法监督", "推进政务公开", "健全矛盾纠纷化解机制", "加强法治督察")
_NUMERALS = "一二三四五六七八九十"


def _ministry(order: list[int], year: int) -> str:
    lines = [f"某部{year}年法治政府建设年度报告", f"一、{year}年推进法治政府建设的主要举措和成效"]
    for place, section in enumerate(order):
        lines.append(f"（{_NUMERALS[place]}）{_SECTIONS[section]}。全年开展相关工作{section + 3}项，形成制度成果{section + 1}件。")
    lines += ["二、存在的不足", "基层执法力量薄弱。", f"三、{year + 1}年工作安排", "一是制定部门规章3件。"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("script", ["s", "t"])
def test_only_the_section_that_moved_is_said_to_have(script) -> None:
    """（四） put after （七）: it alone moved, the three after it are only renumbered; and a section
    added before others renumbers them without moving them. The terminal names the move."""
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    old = convert(_ministry([0, 1, 2, 3, 4, 5, 6], 2024))
    moved = compare(old, convert(_ministry([0, 1, 2, 4, 5, 6, 3], 2025)))
    assert [(s.old.id, s.new.id) for s in moved.sections if s.moved] == [("一/(四)", "一/(七)")]
    assert "一、（七）（原一、（四））" in render(moved, "text")
    page = render(moved, "html")
    assert page.count('tag st-moved">调整位置') == 1 and page.index("调整位置") > page.index(convert("深化“放管服”改革"))
    renumbered = compare(old, convert(_ministry([7, 0, 1, 2, 3, 4, 5, 6], 2025)))
    assert not any(s.moved for s in renumbered.sections)


_LEAD_PHRASES = """某高新区管委会工作报告
一、{year}年工作回顾
坚持项目为王。全年新开工项目{projects}个，竣工投产项目54个。
坚持产城融合。{city}
二、{plan}年工作思路和目标任务
聚焦项目建设挖潜力。全年新开工项目90个以上。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_paragraph_rewritten_under_its_lead_phrase_is_modified_not_new_and_dropped(script) -> None:
    """坚持产城融合。 opens last year's and this year's paragraph at the same place: one measure, its
    body rewritten (a development zone writes its measures as bold lead phrases, not numbers)."""
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    old = convert(_LEAD_PHRASES.format(year=2024, plan=2025, projects=86, city=(
        "建成人才公寓2000套，新开通公交线路6条，区内第一所九年一贯制学校开学招生。园区污水处理厂扩建工程完工。")))
    new = convert(_LEAD_PHRASES.format(year=2025, plan=2026, projects=94, city=(
        "园区智慧交通系统一期投入使用，高新区第二实验学校开工建设，新增公共停车位3000个。")))
    comparison = compare(old, new)
    rewritten = [m for m in comparison.matches if m.old is not None and m.old.id == "一/¶2"]
    assert [(m.status, m.new.id if m.new else None) for m in rewritten] == [(Status.MODIFIED, "一/¶2")]
    assert rewritten[0].similarity < 0.3  # -- its own similarity, not the bar it was ranked at --
    # -- different lead phrases at that place stay a new and a dropped measure --
    other = compare(old, new.replace(convert("坚持产城融合"), convert("坚持生态优先")))
    assert {m.status for m in other.matches if (m.old and m.old.id == "一/¶2") or (m.new and m.new.id == "一/¶2")} \
        == {Status.NEW, Status.DROPPED}
