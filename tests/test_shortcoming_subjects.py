"""A shortcoming reworded from one year to the next is the same shortcoming modified, paired by the
subject the two name (基层执法队伍专业化水平有待提升 → 基层执法人员业务能力参差不齐; 臭氧 in both), not
a dropped one and a new one; shortcomings that share only a word every report writes (法治) or the
words of any problem (有待, 能力) stay apart (reportdiff.shortcoming_subjects, through compare and
check)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli
from reportdiff.models import Status
from reportdiff.pipeline import compare
from reportdiff.scoring import Scorer
from reportdiff.shortcoming_subjects import shared_subjects, subjects

_T = OpenCC("s2t")

_REPORT = """南岭区司法局{year}年法治政府建设年度报告

一、{year}年推进法治政府建设的主要举措和成效

（一）加强行政执法监督。一是开展行政执法案卷评查，评查案卷{files}卷。二是组织执法人员培训{classes}期。

（二）深化公共法律服务。一是建成村（社区）公共法律服务工作室{rooms}个。二是办理法律援助案件{cases}件。

二、存在的不足

{problems}

三、{next}年推进法治政府建设的主要安排

一是开展行政执法人员能力提升行动。二是推进公共法律服务平台建设。
"""
_OLD_PROBLEMS = ("一是基层执法队伍专业化水平有待提升，执法不规范问题仍有发生。二是法治宣传教育的针对性和实效性有待加强。"
                 "三是行政复议案件办理周期偏长。")
_NEW_PROBLEMS = ("一是基层执法人员业务能力参差不齐。二是运用法治思维和法治方式解决问题的能力有待进一步提升。"
                 "三是行政复议案件办理周期仍然较长。")


def _report(year: int, problems: str, script: str) -> str:
    numbers = dict(files=320, classes=6, rooms=86, cases=540) if year == 2024 else \
        dict(files=350, classes=8, rooms=92, cases=610)
    text = _REPORT.format(year=year, next=year + 1, problems=problems, **numbers)
    return _T.convert(text) if script == "t" else text


def _shortcomings(comparison) -> dict[tuple[str | None, str | None], Status]:
    return {(m.old.id if m.old else None, m.new.id if m.new else None): m.status for m in comparison.matches
            if (m.old or m.new).id.startswith("二/")}


@pytest.mark.parametrize("old_script,new_script", [("s", "s"), ("t", "t"), ("t", "s")])
def test_a_reworded_shortcoming_is_modified_and_an_unrelated_one_stays_apart(old_script, new_script) -> None:
    comparison = compare(_report(2024, _OLD_PROBLEMS, old_script), _report(2025, _NEW_PROBLEMS, new_script))
    found = _shortcomings(comparison)
    # -- 基层 and 执法 named by both: the same shortcoming, reworded --
    assert found[("二/一是", "二/一是")] is Status.MODIFIED
    assert found[("二/三是", "二/三是")] is Status.MODIFIED
    # -- 法治宣传教育 and 法治思维: only 法治 and the words of a problem in common --
    assert found[("二/二是", None)] is Status.DROPPED
    assert found[(None, "二/二是")] is Status.NEW
    pair = next(m for m in comparison.matches if m.old is not None and m.old.id == "二/一是")
    assert pair.new is not None and pair.new.id == "二/一是"


@pytest.mark.parametrize("script", ["s", "t"])
def test_one_common_subject_is_not_enough(script) -> None:
    # -- 执法 is written by most measures of a report on administration by law: one shared, with
    #    nothing else, is no evidence of one shortcoming (装备 and 监督 are other problems) --
    old = _report(2024, "一是乡镇执法装备配备不足。二是行政复议案件办理周期偏长。", script)
    new = _report(2025, "一是行政执法监督机制不够健全。二是行政复议案件办理周期仍然较长。", script)
    found = _shortcomings(compare(old, new))
    assert found[("二/一是", None)] is Status.DROPPED and found[(None, "二/一是")] is Status.NEW


@pytest.mark.parametrize("script", ["s", "t"])
def test_one_rare_subject_pairs(script) -> None:
    # -- 公证, which no other measure of the two reports writes: the one subject both name --
    old = _report(2024, "一是公证机构数量偏少。二是行政复议案件办理周期偏长。", script)
    new = _report(2025, "一是公证服务网点覆盖面仍然不足。二是行政复议案件办理周期仍然较长。", script)
    found = _shortcomings(compare(old, new))
    assert found[("二/一是", "二/一是")] is Status.MODIFIED


def test_subjects_leave_out_the_words_of_a_problem() -> None:
    keys = ["基层执法队伍专业化水平有待提升,执法不规范问题仍有发生。", "基层执法人员业务能力参差不齐。",
            "法治宣传教育的针对性和实效性有待加强。", "运用法治思维和法治方式解决问题的能力有待进一步提升。"]
    scorer = Scorer(keys)
    assert not {"有待", "问题", "能力", "提升", "法治", "参差不齐"} & set(subjects(scorer, keys[0]) + subjects(scorer, keys[3]))
    # -- 执法 of one inside 执法人员 of the other: a subject both write --
    assert set(shared_subjects(scorer, keys[0], keys[1])) == {"基层", "执法"}
    assert shared_subjects(scorer, keys[2], keys[3]) == ()


def _write(folder, script: str) -> None:
    folder.mkdir()
    (folder / "nanling-2024.txt").write_text(_report(2024, _OLD_PROBLEMS, script), encoding="utf-8")
    (folder / "nanling-2025.txt").write_text(_report(2025, _NEW_PROBLEMS, "s"), encoding="utf-8")


@pytest.mark.parametrize("script", ["s", "t"])
def test_check_no_longer_calls_a_reworded_shortcoming_solved(tmp_path, monkeypatch, script) -> None:
    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    folder = tmp_path / "reports"
    _write(folder, script)
    out = tmp_path / "check.json"
    result = CliRunner().invoke(cli, ["check", str(folder), "--json", str(out)])
    assert result.exit_code == 0, result.output
    dropped = [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["rule"] == "shortcoming_dropped"]
    # -- only the shortcoming no longer named: 法治宣传教育… --
    assert len(dropped) == 1
    written = json.dumps(dropped, ensure_ascii=False)
    assert "法治宣传教育" in OpenCC("t2s").convert(written)
    assert "基层执法" not in OpenCC("t2s").convert(written)


def test_compare_json_through_the_cli(tmp_path) -> None:
    old, new = tmp_path / "2024.txt", tmp_path / "2025.txt"
    old.write_text(_report(2024, _OLD_PROBLEMS, "t"), encoding="utf-8")
    new.write_text(_report(2025, _NEW_PROBLEMS, "s"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    measures = json.loads(result.output)["measures"]
    statuses = {((m.get("old") or {}).get("id"), (m.get("new") or {}).get("id")): m["status"] for m in measures}
    assert statuses[("二/一是", "二/一是")] == "modified"
    assert next(m for m in measures if (m.get("old") or {}).get("id") == "二/一是")["method"] == "subject"
    assert statuses[("二/二是", None)] == "dropped" and statuses[(None, "二/二是")] == "new"
