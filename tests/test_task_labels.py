"""A task cut out of a plan sentence (实施城市更新行动三年攻坚方案，) is shown without the clause
punctuation it ends with, in every format (terminal, Markdown, HTML, the DOCX summary, ``check``);
the data keeps it, so that the tasks of a sentence join back into the sentence.

The reports are those of test_promise_tasks (a city's 政府工作报告 of two years, written for the test).
"""

from __future__ import annotations

import io
import json
import re

import pytest
from click.testing import CliRunner
from docx import Document
from opencc import OpenCC

from reportdiff import display
from reportdiff.cli import cli
from reportdiff.pipeline import compare
from reportdiff.render import render

from test_promise_tasks import NEW, OLD

_CLAUSE_END = re.compile(r"[，,、；;]$")
SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _tasks(comparison):
    return [promise for promise in comparison.promises if "." in promise.plan.id]


@SCRIPTS
def test_the_data_keeps_a_tasks_punctuation_and_the_labels_leave_it_off(script) -> None:
    comparison = compare(script(OLD), script(NEW), expressions=False)
    tasks = _tasks(comparison)
    ended = [promise for promise in tasks if _CLAUSE_END.search(promise.plan.text)]
    assert ended, [promise.plan.text for promise in tasks]
    # -- the data: the tasks of each sentence join back into it --
    data = json.loads(render(comparison, "json"))
    by_sentence: dict[str, str] = {}
    for promise in data["promises"]:
        if "." in promise["plan"]["id"]:
            by_sentence[promise["plan"]["id"].partition(".")[0]] = (
                by_sentence.get(promise["plan"]["id"].partition(".")[0], "") + promise["plan"]["text"])
    assert all(text.endswith("。") for text in by_sentence.values()), by_sentence
    # -- what a reader is shown --
    text, markdown = render(comparison, "text"), render(comparison, "md")
    page = render(comparison, "html")
    for promise in ended:
        shown = display.plan_text(promise.plan)
        assert shown == promise.plan.text[:-1] and not _CLAUSE_END.search(shown)
        label = f"{display.place(promise.plan.id)} {shown}"
        for output in (text, markdown):
            line = next(line for line in output.splitlines() if label in line)
            assert f"{label} " in line + " " and f"{label}，" not in line, line
        assert f">{shown}<" in page and f">{promise.plan.text}<" not in page


@SCRIPTS
def test_check_and_the_docx_summary_show_a_task_without_its_comma(script, tmp_path) -> None:
    (tmp_path / "2023.txt").write_text(script(OLD), encoding="utf-8")
    (tmp_path / "2024.txt").write_text(script(NEW), encoding="utf-8")
    checked = CliRunner().invoke(cli, ["check", str(tmp_path)])
    unreported = [promise for promise in _tasks(compare(script(OLD), script(NEW), expressions=False))
                  if promise.status == "not_reported" and _CLAUSE_END.search(promise.plan.text)]
    assert unreported
    for promise in unreported:
        label = f"{display.place(promise.plan.id)} {display.plan_text(promise.plan)}"
        assert f"{label} |" in checked.output or f"{label}\n" in checked.output, checked.output
        assert f"{label}，" not in checked.output
    out = tmp_path / "diff.docx"
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "2023.txt"), str(tmp_path / "2024.txt"),
                                      "-o", str(out), "--summary"])
    assert result.exit_code == 0, result.output
    cells = [c.text for t in Document(io.BytesIO(out.read_bytes())).tables for r in t.rows for c in r.cells]
    assert not any(re.search(r"项任务）[^，]*，$", cell) for cell in cells), cells
