"""A .docx report with Word automatic numbering parses to the same tree as its .txt twin."""

from __future__ import annotations

import pytest
from docx_builder import build_numbered_docx

from conftest import SAMPLE, SEED
from reportdiff.models import Status
from reportdiff.pipeline import compare, load_report


def _tree(report):
    return [
        (part.id, part.role, part.title,
         [(s.id, s.title, [(m.id, m.kind, m.key) for m in s.measures]) for s in part.sections],
         [(m.id, m.kind, m.key) for m in part.measures])
        for part in report.parts
    ]


@pytest.mark.parametrize("source", [SEED, SAMPLE], ids=["seed", "sample"])
@pytest.mark.parametrize("mode", ["linked", "restart"])
def test_numbered_docx_parses_like_text(tmp_path, source, mode: str) -> None:
    path = tmp_path / f"{source.stem}.docx"
    build_numbered_docx(source.read_text(encoding="utf-8"), path, mode=mode)
    assert _tree(load_report(path)) == _tree(load_report(source))
    assert [s.key for s in load_report(path).plan_sentences] == [s.key for s in load_report(source).plan_sentences]


def test_docx_against_text_reports_no_change(tmp_path) -> None:
    path = tmp_path / "sample.docx"
    build_numbered_docx(SAMPLE.read_text(encoding="utf-8"), path)
    comparison = compare(SAMPLE, path)
    assert {m.status for m in comparison.matches} == {Status.CONTINUED}
