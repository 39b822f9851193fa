"""A 法治 report's part lead (导语), on the heading's own line or on a line of its own.

A township writes 一、主要工作及成效。全镇… : the heading closed by 。 and the part's framing
sentence after it on the same line, before its sections, items or points. That paragraph leads
into the part as a 政府工作报告's lead does: rewritten from year to year it pairs with last
year's lead (修改), shown as the part's lead and kept out of the counts, and a plan item next
to it is never taken for a piece of it. A part made of unnumbered paragraphs only (a
township's one-page report) has no lead: each paragraph is a measure.
"""

from __future__ import annotations

import json
import subprocess
import sys

import opencc
import pytest

from reportdiff.corpus.check import dropped_measures, new_measures, new_shortcomings
from reportdiff.models import Status
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert

OLD = """青石镇2024年法治政府建设年度报告
2024年，青石镇坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下。
一、2024年法治政府建设主要工作及成效。全镇上下紧紧围绕县委县政府部署，统筹推进法治建设各项工作。
（一）加强组织领导。镇党委召开专题会议研究法治建设3次，将法治建设纳入年度考核。
（二）规范行政执法。全年办理行政处罚案件42件，开展执法人员业务培训2期。
（三）化解矛盾纠纷。全年调解矛盾纠纷150件，调解成功率96%。
二、党政主要负责人履行第一责任人职责情况。镇党委书记、镇长认真履行第一责任人职责，亲自部署重要工作。一是带头讲法治课2次。二是听取法治建设工作汇报3次。
三、存在的不足。一是执法力量相对薄弱。二是普法形式较为单一。
四、2025年工作打算。2025年，我镇将继续深入学习贯彻习近平法治思想，围绕县委县政府决策部署，重点抓好以下工作：
1.加强执法队伍建设。新增专业执法人员2名。
2.创新普法方式。开展以案释法活动15场次。
"""

NEW = """青石镇2025年法治政府建设年度报告
2025年，青石镇坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下。
一、2025年法治政府建设主要工作及成效。全镇坚持把法治建设作为基础性、保障性工作来抓，取得积极进展。
（一）加强组织领导。镇党委召开专题会议研究法治建设4次，将法治建设纳入年度考核。
（二）规范行政执法。全年办理行政处罚案件38件，新增专业执法人员2名。
（三）化解矛盾纠纷。全年调解矛盾纠纷172件，调解成功率97%。
二、党政主要负责人履行第一责任人职责情况。镇党委书记、镇长切实履行第一责任人职责，把法治建设作为“一把手”工程。一是带头讲法治课3次。二是听取法治建设工作汇报4次。
三、存在的不足。一是村级法律服务覆盖不够均衡。二是矛盾纠纷源头预防还需加强。
四、下一步工作打算。2026年是“十五五”开局之年，我镇将重点抓好以下工作：
1.持续深入学习贯彻习近平法治思想。将习近平法治思想纳入镇党委理论学习中心组学习计划。
2.创新普法方式。开展以案释法活动20场次。
"""


def _own_line(text: str) -> str:
    """The same report with each part's lead on a line of its own under its heading."""
    lines = []
    for line in text.splitlines():
        head, sep, body = line.partition("。")
        if line[:2] in ("一、", "二、", "三、", "四、") and body and not body.startswith("一是"):
            lines += [head + sep, body]
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


_LAYOUTS = {"heading_line": lambda text: text, "own_line": _own_line}
_SCRIPTS = {"simplified": lambda text: text, "traditional": _T}


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("script", _SCRIPTS)
def test_a_part_lead_before_numbered_work_is_marked(script: str, layout: str) -> None:
    report = parse_text(_LAYOUTS[layout](_SCRIPTS[script](NEW)), "2025.txt")
    # -- 一 leads into its sections, 二 into its points, 四 into its items; 三 opens on its points --
    assert [m.id for m in report.measures if m.lead] == ["一/¶1", "二/¶1", "四/¶1"]


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("script", _SCRIPTS)
def test_leads_pair_as_leads_and_stay_out_of_the_counts(script: str, layout: str) -> None:
    convert = _SCRIPTS[script]
    old, new = (_LAYOUTS[layout](convert(text)) for text in (OLD, NEW))
    comparison = compare(old, new)
    leads = {(m.old.id if m.old else None, m.new.id if m.new else None): m for m in comparison.matches if m.lead}
    # -- each lead rewritten pairs with last year's, whatever words the two share: neither new nor dropped --
    assert sorted(leads) == [("一/¶1", "一/¶1"), ("二/¶1", "二/¶1"), ("四/¶1", "四/¶1")]
    assert all(m.status is Status.MODIFIED and m.relation is None for m in leads.values())
    # -- the plan item sharing the old lead's words (深入学习贯彻习近平法治思想) is a measure of its
    #    own, new and counted, never a piece of the lead --
    item = next(m for m in comparison.matches if m.new is not None and m.new.id == "四/1")
    assert not item.lead and item.status is Status.NEW and item.old is None
    counted = [m for m in comparison.matches if not m.lead]
    assert sum(comparison.summary[s.value] for s in Status) == len(counted)
    assert comparison.summary["new"] == sum(m.status is Status.NEW for m in counted)


@pytest.mark.parametrize("script", _SCRIPTS)
def test_a_lead_on_the_heading_line_reads_as_one_on_its_own_line(script: str) -> None:
    convert = _SCRIPTS[script]
    joined = compare(convert(OLD), convert(NEW))
    apart = compare(_own_line(convert(OLD)), _own_line(convert(NEW)))
    assert joined.summary == apart.summary
    pairs = sorted((m.status.value, m.old.id if m.old else "", m.new.id if m.new else "") for m in joined.matches)
    assert pairs == sorted((m.status.value, m.old.id if m.old else "", m.new.id if m.new else "")
                           for m in apart.matches)


def test_a_part_of_unnumbered_paragraphs_has_no_lead() -> None:
    # -- a township's one-page report: every paragraph of its parts is a measure of its own --
    text = ("柳塘镇2024年法治政府建设年度报告\n一、主要工作\n全镇全面推进依法行政，制定行政规范性文件5件。\n"
            "开展法治宣传活动12场次，发放资料3000份。\n建成村级公共法律服务室8个。\n二、存在的不足\n"
            "执法队伍专业化水平有待提高。\n三、2025年工作安排\n完善行政规范性文件管理制度。\n"
            "开展以案释法活动10场次。\n")
    report = parse_text(text, "2024.txt")
    assert not any(m.lead for m in report.measures)


#: Last year's part 二 opened on its points: this year's lead there is a new lead, no new measure.
OLD_NO_LEAD = OLD.replace("镇党委书记、镇长认真履行第一责任人职责，亲自部署重要工作。", "")


def test_check_lists_the_new_and_dropped_measures_it_counts(tmp_path) -> None:
    folder = tmp_path / "青石镇"
    folder.mkdir()
    (folder / "青石镇-2024.txt").write_text(_T(OLD_NO_LEAD), encoding="utf-8")
    (folder / "青石镇-2025.txt").write_text(_T(NEW), encoding="utf-8")
    out = tmp_path / "check.json"
    result = subprocess.run([sys.executable, "-m", "reportdiff", "check", str(folder), "--json", str(out)],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode in (0, 1), result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    summary = data["bodies"][0]["summary"]
    page = result.stdout

    def listed(heading: str) -> list[str]:
        return [line for line in page.split(f"### {heading} (", 1)[1].split("###")[0].splitlines()
                if line.startswith("- ")] if f"### {heading} (" in page else []

    # -- the summary's 新增 is the measures listed as new plus the shortcomings listed anew; the
    #    new lead (二、导语) is in neither --
    assert f"新增 {summary['new']} " in page
    assert summary["new"] == len(listed("新增举措")) + len(listed("新列出的不足")) > 0
    assert not any(line.startswith("- 二、导语") for line in listed("新增举措"))
    assert "- 四、第1项" in "\n".join(listed("新增举措"))


def test_new_measures_leave_out_leads_and_shortcomings() -> None:
    comparison = compare(OLD_NO_LEAD, NEW)
    lead = next(m for m in comparison.matches if m.new is not None and m.new.id == "二/¶1")
    assert lead.lead and lead.status is Status.NEW and lead.old is None
    new = new_measures(comparison)
    assert new and not any(m.lead for m in new) and all(m.role.value != "shortcomings" for m in new)
    counted_new = [m for m in comparison.matches if m.status is Status.NEW and not m.lead]
    assert len(new) + len(new_shortcomings(comparison)) == len(counted_new) == comparison.summary["new"]
    # -- and the other way round: last year's lead gone is no dropped measure --
    back = compare(NEW, OLD_NO_LEAD)
    gone = next(m for m in back.matches if m.old is not None and m.old.id == "二/¶1")
    assert gone.lead and gone.status is Status.DROPPED
    assert not any(m.lead for m in dropped_measures(back))


@pytest.mark.parametrize("script", _SCRIPTS)
def test_compare_shows_the_heading_line_leads_as_leads(tmp_path, script: str) -> None:
    convert = _SCRIPTS[script]
    old, new = tmp_path / "2024.txt", tmp_path / "2025.txt"
    old.write_text(convert(OLD), encoding="utf-8")
    new.write_text(convert(NEW), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "reportdiff", "compare", str(old), str(new)],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    page = result.stdout
    shown = page.split("== 导语 (3) ==", 1)[1].split("\n==", 1)[0]
    assert [line.split()[0] for line in shown.splitlines() if line[:1] and line[0] in "一二三四"] == ["一、导语", "二、导语", "四、导语"]
    assert shown.count("[修改]") == 3
    # -- none among the new or dropped measures; the plan item beside the lead is new --
    for heading in ("== 新增", "== 删除"):
        listed = page.split(heading, 1)[1].split("\n==", 1)[0] if heading in page else ""
        assert "导语" not in listed
    assert "四、第1项" in page.split("== 新增", 1)[1].split("\n==", 1)[0]
