"""A report as it is published (numbered .docx, PDF printed from it, pdftotext of that PDF, a
saved web page) compares with its .txt, and every form with every other, as the same report:
every measure continued, and no change in title, preamble or headings."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from reportdiff.normalize import key
from reportdiff.pipeline import compare, load_report
from reportdiff.render._common import heading_changes

from conftest import SAMPLE, SEED
from published_forms import build_published_docx, government_page, pdftotext, soffice_pdf

FORMS = ("txt", "docx", "pdf", "pdftotext")
REPORTS = {"seed": SEED, "sample": SAMPLE}


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """Each report in each form, built once: {report: {form: path}}."""
    built: dict[str, dict[str, Path]] = {}
    for name, source in REPORTS.items():
        folder = tmp_path_factory.mktemp(name)
        text = source.read_text(encoding="utf-8")
        title_lines = 0 if name == "seed" else 1  # -- the seed has no title; the sample's wraps --
        docx = build_published_docx(text, folder / f"{name}.docx", title_lines=title_lines)
        paths = {"txt": source, "docx": docx}
        try:
            paths["pdf"] = soffice_pdf(docx, folder)
            paths["pdftotext"] = pdftotext(paths["pdf"], folder / f"{name}.pdftotext.txt")
        except pytest.skip.Exception:
            pass
        built[name] = paths
    return built


def _form(forms, report: str, form: str) -> Path:
    if form not in forms[report]:
        tool = "pdftotext (poppler-utils)" if form == "pdftotext" else "LibreOffice (soffice)"
        pytest.skip(f"{tool} not installed: cannot build the {form} form (.ci/run installs it)")
    return forms[report][form]


@pytest.mark.parametrize(("first", "second"), list(itertools.combinations(FORMS, 2)))
@pytest.mark.parametrize("report", REPORTS)
def test_every_pair_of_forms_is_the_same_report(forms, report: str, first: str, second: str) -> None:
    comparison = compare(_form(forms, report, first), _form(forms, report, second))
    assert {m.status.value for m in comparison.matches} == {"continued"}
    assert len(comparison.matches) == len(load_report(REPORTS[report]).measures)
    assert not heading_changes(comparison)
    assert key(comparison.old.title) == key(comparison.new.title)
    assert key(comparison.old.preamble) == key(comparison.new.preamble)


def test_pdf_loses_its_furniture_and_keeps_its_title(forms) -> None:
    report = load_report(_form(forms, "sample", "pdf"))
    text = "".join(block.text for block in report.blocks)
    assert "海淀区人民政府" not in text  # -- the running header --
    assert "—" not in text  # -- the footer's page numbers (— 1 —) --
    assert report.title == SAMPLE.read_text(encoding="utf-8").splitlines()[0]
