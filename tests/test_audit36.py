"""audit36's inputs (tests/data/audit36, built in the forms users bring by audit36_forms) against
their answer key (key.json, written by reading them before reportdiff ran): a prefecture-level
city's 政府工作报告 (2025 typed in Word with heading styles and a targets table → 2026, the first of
the 十五五, copied from WeChat in short lines); a sub-district office's 法治政府建设年度报告 in 繁體
(2024 as pdftotext reads a printed copy → 2025 saved from the district's site); the published
forms read as their texts; check and timeline on the folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit36_forms import DATA, build_forms  # noqa: E402
from audit19_key import assert_bodies_followed, forms_folder, misread_years, unexpected_misses  # noqa: E402
from audit36_key import KEY, pair_json, report, score_pair  # noqa: E402

from reportdiff import load_report  # noqa: E402
from reportdiff.normalize import key  # noqa: E402

#: Key items left when this was written (city 127→137/140, street 97→98/99), and why:
#: - city 完成投资 1126亿元→1172亿元 is paired, labelled 市级重大项目投资 (the key's label words were
#:   stricter, as audit33's county 完成投资);
#: - “十五五” (both pairs) is said in framing only (2026年是“十五五”开局之年, a part heading and the lead
#:   of the five-year goals): as audit33, freeing quoted names from framing containers cost readers'
#:   picks on the real keys;
#: - 零碳园区 is a clause with an amount (建设零碳园区1个), no formulation, as audit33's 夜间消费街区.
LEFT: dict[str, set[str]] = {
    "city": {"figure 完成投资 1126亿元→1172亿元", "expression new 十五五", "expression new 零碳园区"},
    "street": {"expression new 十五五"},
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return forms_folder(tmp_path_factory, "audit36", build_forms)


@pytest.mark.parametrize("name", sorted(LEFT))
def test_every_key_item_holds_but_those_left(folder, name) -> None:
    rows = score_pair(name, *pair_json(name, folder))
    assert not unexpected_misses(rows, LEFT[name]), report(rows)


def _measures(path: Path) -> list[str]:
    # -- a table's rows written as text lines (|指标|…) are the table's, and so is the line
    #    introducing it (…主要预期目标是：), the Word table's caption --
    return [key(m.text) for m in load_report(str(path)).measures if "|" not in m.text and not m.text.endswith("：")]


@pytest.mark.parametrize("form, source", [("reports/chengzhou-2025.docx", "chengzhou-2025.src.txt"),
                                          ("reports/chengzhou-2026.txt", "chengzhou-2026.src.txt"),
                                          ("reports/qingxi-2024.txt", "qingxi-2024.src.txt"),
                                          ("reports/qingxi-2025.html", "qingxi-2025.src.txt")])
def test_a_published_form_reads_as_its_text(folder, form, source) -> None:
    """The Word file (Title and Heading styles, bold leads, a targets table), the WeChat copy
    (account furniture, paragraphs broken into short lines), the printed copy read by pdftotext
    (wrapped lines, running header, page numbers), the saved 繁體 page (site furniture): title,
    preamble and measures as in the text."""
    path = folder.parent / form
    assert _measures(path) == _measures(DATA / source)
    text, other = load_report(str(DATA / source)), load_report(str(path))
    assert other.title == text.title and key(other.preamble) == key(text.preamble)


def test_check_and_timeline_follow_each_body(folder, tmp_path) -> None:
    assert_bodies_followed(folder, tmp_path / "timeline.json", KEY["folder"])


def test_the_folder_reads_its_years(folder) -> None:
    assert not misread_years(folder, KEY["folder"]["files"])
