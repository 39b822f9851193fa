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
from published_forms import as_mhtml, build_published_docx, government_page, pdftotext, soffice_pdf

FORMS = ("txt", "docx", "pdf", "pdftotext", "html", "mhtml")
REPORTS = {"seed": SEED, "sample": SAMPLE}
#: The seed's text has no title line, and a web page always shows one: every form of the seed
#: here carries the title its page would show, so that all forms are the same report.
SEED_TITLE = "北京市海淀区人民政府关于2024年法治政府建设情况的报告"


def _text(name: str) -> str:
    text = REPORTS[name].read_text(encoding="utf-8")
    return f"{SEED_TITLE}\n{text}" if name == "seed" else text


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """Each report in each form, built once: {report: {form: path}}."""
    built: dict[str, dict[str, Path]] = {}
    for name, source in REPORTS.items():
        folder = tmp_path_factory.mktemp(name)
        text = _text(name)
        txt = folder / f"{name}.txt"
        txt.write_text(text, encoding="utf-8")
        docx = build_published_docx(text, folder / f"{name}.docx", title_lines=1)
        lines = [line for line in text.splitlines() if line.strip()]
        page = government_page(lines[0], lines[1:], layout="p" if name == "seed" else "table")
        paths = {"txt": txt, "docx": docx, "html": folder / f"{name}.html", "mhtml": folder / f"{name}.mhtml"}
        paths["html"].write_text(page, encoding="utf-8")
        paths["mhtml"].write_bytes(as_mhtml(government_page(lines[0], lines[1:], layout="br")))
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
    assert len(comparison.matches) == len(load_report(_text(report)).measures)
    assert not heading_changes(comparison)
    assert key(comparison.old.title) == key(comparison.new.title)
    assert key(comparison.old.preamble) == key(comparison.new.preamble)


def test_pdf_loses_its_furniture_and_keeps_its_title(forms) -> None:
    report = load_report(_form(forms, "sample", "pdf"))
    text = "".join(block.text for block in report.blocks)
    assert "海淀区人民政府" not in text  # -- the running header --
    assert "—" not in text  # -- the footer's page numbers (— 1 —) --
    assert report.title == SAMPLE.read_text(encoding="utf-8").splitlines()[0]


def test_seed_txt_itself_matches_its_pdf_and_page_in_every_measure(forms) -> None:
    for form in ("pdf", "html"):
        comparison = compare(SEED, _form(forms, "seed", form))
        assert {m.status.value for m in comparison.matches} == {"continued"} and not heading_changes(comparison)


def test_title_that_is_also_the_running_header_stays(tmp_path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    text = "\n".join(["政府工作报告", *lines[1:]])
    docx = build_published_docx(text, tmp_path / "gzbg.docx", header="政府工作报告", title_lines=1)
    pdf = soffice_pdf(docx, tmp_path)
    for form in (pdf, pdftotext(pdf, tmp_path / "gzbg.pdftotext.txt")):
        report = load_report(form)
        assert report.title == "政府工作报告"
        assert {m.status.value for m in compare(docx, form).matches} == {"continued"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_wrapped_dateline_and_the_speaker_stay_two_title_lines(tmp_path, script) -> None:
    """A 政府工作报告 printed with its three title lines centred in the title font: the dateline
    wraps (——2026年…第十八届人民代表大 / 会第六次会议上), and the speaker's line after its short
    last line opens a line of its own (audit27: the PDF ran the speaker into the dateline)."""
    import opencc

    text = (Path(__file__).parent / "data" / "audit27" / "wuling-2026.src.txt").read_text(encoding="utf-8")
    if script == "traditional":
        text = opencc.OpenCC("s2t").convert(text)
    docx = build_published_docx(text, tmp_path / "wuling.docx", header="梧岭县人民政府", title_lines=3)
    pdf = soffice_pdf(docx, tmp_path)
    titles = [b.text for b in load_report(pdf).blocks if b.kind.value == "title"]
    assert [key(t) for t in titles] == [key(t) for t in text.splitlines()[:3]]
