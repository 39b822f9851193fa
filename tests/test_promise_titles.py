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
    ("《青川市物业管理条例》经市人大常委会审议通过。健全规范性文件备案审查机制。", "partly"),
    ("《青川市物业管理条例》经市人大常委会审议通过，《青川市公共数据管理办法》印发实施。健全规范性文件备案审查机制。",
     "delivered"),
])
def test_two_documents_are_two_tasks(script, review: str, status: str) -> None:
    """A plan naming two documents is delivered when both are reported made; one alone is a part
    of it (not reported, the result shown as done in part: 部分完成, not a figure's 未达目标)."""
    old = _city(2025, "全年办理行政复议案件320件。", _TWO)
    new = _city(2026, review, "深化行政执法改革。")
    [promise] = compare(script(old), script(new), expressions=False).promises
    assert promise.shown_status == status
    if status == "partly":
        assert promise.status == "not_reported" and not promise.evidence
        assert script("青川市物业管理条例") in promise.short_of[0].sentence


_ONE_OF_TWO = "《青川市物业管理条例》经市人大常委会审议通过。健全规范性文件备案审查机制。"


def _one_of_two(script) -> tuple[str, str]:
    return (script(_city(2025, "全年办理行政复议案件320件。", _TWO)),
            script(_city(2026, _ONE_OF_TWO, "深化行政执法改革。")))


@SCRIPTS
def test_one_document_of_two_is_partly_done_in_json(script) -> None:
    """JSON keeps the status (not_reported) and the result (short_of), and says the plan was done
    in part (``partly``): a list of documents, not a figure target."""
    import json

    from reportdiff.render import render

    [promise] = json.loads(render(compare(*_one_of_two(script), expressions=False), "json"))["promises"]
    assert promise["status"] == "not_reported" and promise["partly"] is True
    assert script("青川市物业管理条例") in promise["short_of"][0]["sentence"]


@SCRIPTS
@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_one_document_of_two_is_shown_partly_done(script, fmt: str) -> None:
    from reportdiff.render import render

    comparison = compare(*_one_of_two(script), expressions=False)
    shown, english = render(comparison, fmt), render(comparison, fmt, lang="en")
    assert "部分完成" in shown and "未达目标" not in shown
    assert "partly done" in english and "short of target" not in english


@SCRIPTS
def test_one_document_of_two_is_partly_done_in_the_docx_summary_and_check(script, tmp_path) -> None:
    import io

    from click.testing import CliRunner
    from docx import Document

    from reportdiff.cli import cli

    old, new = _one_of_two(script)
    (tmp_path / "2025.txt").write_text(old, encoding="utf-8")
    (tmp_path / "2026.txt").write_text(new, encoding="utf-8")
    out = tmp_path / "diff.docx"
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "2025.txt"), str(tmp_path / "2026.txt"),
                                      "-o", str(out), "--summary"])
    assert result.exit_code == 0, result.output
    document = Document(io.BytesIO(out.read_bytes()))
    texts = [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any("部分完成" in text for text in texts), texts
    assert not any("未达目标" in text for text in texts)
    checked = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert "部分完成" in checked.output and "未达成" not in checked.output, checked.output


@SCRIPTS
def test_check_lists_one_document_of_two_as_partly_done(script, tmp_path) -> None:
    """`check` lists a plan done in part under 部分完成 alone, not under 未达目标 or 推进中."""
    from click.testing import CliRunner

    from reportdiff.cli import cli

    old, new = _one_of_two(script)
    (tmp_path / "2025.txt").write_text(old, encoding="utf-8")
    (tmp_path / "2026.txt").write_text(new, encoding="utf-8")
    checked = CliRunner().invoke(cli, ["check", str(tmp_path), "--no-cache"])
    assert "### 部分完成 (1)" in checked.output, checked.output
    assert "### 未达目标" not in checked.output and "### 推进中" not in checked.output
