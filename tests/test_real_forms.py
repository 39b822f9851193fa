"""Every real 政府工作报告 in ../shared/real, put into Word as its web page's lines (one Word
paragraph a line: sentences cut mid-word, lines holding only a zero-width space) and printed
from Word to PDF (two-character indents, widow control carrying a paragraph's last lines over a
page), reads as its text does: every measure continued, the same title. Skipped when the reports
are absent; the PDF half when LibreOffice is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportdiff.pipeline import compare

from published_forms import build_published_docx, soffice_pdf

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
REPORTS = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []

pytestmark = pytest.mark.skipif(not REPORTS, reason="../shared/real (State Council reports) is absent")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> dict[str, Path]:
    """Each real report as a .docx built from its lines: {file name: path}."""
    folder = tmp_path_factory.mktemp("real_forms")
    return {source.name: build_published_docx(source.read_text(encoding="utf-8"), folder / f"{source.stem}.docx",
                                              header="国务院")
            for source in REPORTS}


def _same_report(source: Path, copy: Path) -> None:
    comparison = compare(source, copy)
    statuses = {m.status.value for m in comparison.matches}
    changed = [(m.old.id if m.old else None, m.new.id if m.new else None) for m in comparison.matches
               if m.status.value != "continued"]
    assert statuses == {"continued"}, changed
    assert comparison.new.title == comparison.old.title


@pytest.mark.parametrize("source", REPORTS, ids=lambda path: path.stem)
def test_a_real_report_copied_into_word_line_by_line_is_the_same_report(published, source: Path) -> None:
    _same_report(source, published[source.name])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("source", REPORTS, ids=lambda path: path.stem)
def test_that_word_file_printed_to_pdf_is_the_same_report(published, source: Path, tmp_path) -> None:
    _same_report(source, soffice_pdf(published[source.name], tmp_path))
