"""A plan that names several documents to make is judged document by document, each by the
review's sentence that names it (法规 of a 人大常委会 report, a 决定 of a 检察院 report).

The reports are written for the test in the shape of those reports, both scripts.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.models import PlanSentence
from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.promise_titles import title_tasks

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _npc(year: int, review: str, plan: str) -> str:
    return (f"青山省人民代表大会常务委员会工作报告\n——{year}年1月18日在青山省第十四届人民代表大会第{year - 2022}次会议上\n"
            f"一、过去一年的主要工作\n（一）加强地方立法。{review}\n二、今年的主要任务\n（一）加强重点领域立法。{plan}\n")


OLD = _npc(2025, "制定《青山省河湖保护条例》。",
           "制定《青山省物业管理条例》《青山省无障碍环境建设条例》《青山省湿地保护条例》，修订《青山省旅游条例》。")
NEW = _npc(2026, "《青山省物业管理条例》《青山省无障碍环境建设条例》经常委会审议通过。修订《青山省旅游条例》。"
                 "《青山省湿地保护条例》已经两次审议，将于今年继续审议。",
           "制定《青山省低空经济促进条例》。")


def _plan(text: str) -> PlanSentence:
    return PlanSentence("二/(一)#2", "二/(一)", 2, text, key(text))


@SCRIPTS
def test_each_named_document_is_a_task(script) -> None:
    tasks, spans = title_tasks(_plan(script("制定《青山省物业管理条例》《青山省湿地保护条例》，修订《青山省旅游条例》。")))
    assert [key(task.text) for task in tasks] == [key(script(t)) for t in (
        "制定《青山省物业管理条例》", "制定《青山省湿地保护条例》", "修订《青山省旅游条例》")]
    assert [task.id for task in tasks] == ["二/(一)#2.1", "二/(一)#2.2", "二/(一)#2.3"]
    text = tasks[0].text
    assert spans[0] == (0, len(text)) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@SCRIPTS
def test_a_document_read_or_applied_is_no_making(script) -> None:
    assert title_tasks(_plan(script("深入学习《宪法》《民法典》。"))) is None
    assert title_tasks(_plan(script("制定《青山省物业管理条例》，完善配套制度。"))) is None
    assert title_tasks(_plan(script("制定《青山省物业管理条例》。"))) is None


@SCRIPTS
def test_named_laws_passed_are_kept_and_one_still_deliberated_is_not(script) -> None:
    promises = compare(script(OLD), script(NEW), expressions=False).promises
    status = {key(p.plan.text).split("《")[1].split("》")[0].removeprefix("青山省"): p for p in promises}
    assert {name: p.status for name, p in status.items()} == {
        "物业管理条例": "delivered", "无障碍环境建设条例": "delivered", "湿地保护条例": "not_reported",
        "旅游条例": "delivered"}
    assert "审议通过" in key(status["物业管理条例"].evidence[0].sentence)
    assert key(status["旅游条例"].evidence[0].sentence).startswith(key(script("修订《青山省旅游条例》")))


@SCRIPTS
def test_a_decision_made_is_evidenced_by_the_sentence_naming_it(script) -> None:
    def proc(year: int, review: str, plan: str) -> str:
        return (f"青山市人民检察院工作报告\n——{year}年1月16日在青山市第九届人民代表大会第{year - 2022}次会议上\n"
                f"一、{year - 1}年主要工作\n（一）加强公益诉讼检察。{review}\n二、{year}年工作安排\n（一）{plan}\n")
    old = proc(2025, "办理公益诉讼案件1106件。", "推进公益诉讼立法。推动出台《青山市关于加强检察公益诉讼工作的决定》，办理公益诉讼案件1200件以上。")
    new = proc(2026, "《青山市关于加强检察公益诉讼工作的决定》经市人大常委会审议通过。立案办理公益诉讼案件1302件，提起公益诉讼71件。",
               "深化公益诉讼检察。")
    [promise] = [p for p in compare(script(old), script(new), expressions=False).promises if "决定" in key(p.plan.text)]
    assert promise.status == "delivered"
    assert "审议通过" in key(promise.evidence[0].sentence)


def _city(year: int, review: str, plan: str) -> str:
    return (f"{year}年青川市人民政府工作报告\n——{year}年1月15日在青川市第十六届人民代表大会第{year - 2021}次会议上\n"
            f"各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、{year - 1}年工作回顾\n"
            f"（一）推进法治政府建设。{review}\n二、{year}年工作任务\n（一）建设法治政府。{plan}\n")


_TWO = "制定《青川市物业管理条例》和《青川市公共数据管理办法》，健全规范性文件备案审查机制。"


@SCRIPTS
@pytest.mark.parametrize(("review", "status"), [
    ("《青川市物业管理条例》经市人大常委会审议通过。健全规范性文件备案审查机制。", "short_of"),
    ("《青川市物业管理条例》经市人大常委会审议通过，《青川市公共数据管理办法》印发实施。健全规范性文件备案审查机制。",
     "delivered"),
])
def test_two_documents_are_two_tasks(script, review: str, status: str) -> None:
    """A plan naming two documents is delivered when both are reported made; one alone is a part
    of it (not reported, the result shown as falling short)."""
    old = _city(2025, "全年办理行政复议案件320件。", _TWO)
    new = _city(2026, review, "深化行政执法改革。")
    [promise] = compare(script(old), script(new), expressions=False).promises
    assert promise.shown_status == status
    if status == "short_of":
        assert promise.status == "not_reported" and not promise.evidence
        assert script("青川市物业管理条例") in promise.short_of[0].sentence
