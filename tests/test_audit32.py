"""audit32's inputs (tests/data/audit32, built in the forms users bring by audit32_forms) against
their answer key (key.json, written by reading them before reportdiff ran): a province's
政府工作报告 across an election year (2022 saved from the provincial site with its targets in an
HTML table → 2023, the new term's first, as RTF: 过去五年工作回顾, 今后五年的目标任务, 2023年重点工作);
a township's 法治政府建设年度报告 (2024 in 繁體 printed to PDF and read by pdftotext → 2025 简体
.docx); the published forms read as their texts; check and timeline on the folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit32_forms import DATA, build_forms  # noqa: E402
from audit19_key import assert_bodies_followed, forms_folder, misread_years, unexpected_misses  # noqa: E402
from audit32_key import KEY, pair_json, report, score_pair  # noqa: E402

from reportdiff import load_report  # noqa: E402
from reportdiff.normalize import key  # noqa: E402

#: Key items left when this was written (province 121→142/147, township 62→67/75; on main after the
#: merges that followed, province 143/147: 信访工作法治化 is listed now), and why:
#: - province 建成通车 318→390公里 and 经营主体 560→640万户 are paired; the key's label words were
#:   stricter (the label is 通车) and its raw figure plainer (突破560万户, the level word is the figure's);
#: - expressions the list does not carry among its first 40, or carries
#:   only in part (“小巨人” for 专精特新“小巨人”), or a figure's clause (夜间经济集聚区20个, 村规民约 of
#:   14个村, 法治文化广场1个: a clause with an amount is no formulation) or a preamble's framing
#:   (二十届三中、四中全会精神, 《法治政府建设实施纲要（2021—2025年）》);
#: - township 做好“八五”普法终期验收各项准备: delivered as the key says, its evidence only the
#:   sentence's other clause (开展法治宣传活动24场次); 通过终期验收 is not found for 做好…准备.
LEFT = {
    "province": {"figure 建成通车 318公里→390公里", "figure 经营主体 560万户→640万户",
                 "expression new 专精特新", "expression dropped 夜间经济集聚区"},
    "township": {"promise 做好“八五”普法终期验收各项准备", "expression new 二十届三中、四中全会",
                 "expression new 村规民约", "expression dropped 法治文化广场", "expression dropped 违章建筑",
                 "expression dropped 法治政府建设实施纲要", "expression dropped 律师事务所",
                 "expression dropped 法治建设领导小组"},
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return forms_folder(tmp_path_factory, "audit32", build_forms)


@pytest.mark.parametrize("name", sorted(LEFT))
def test_every_key_item_holds_but_those_left(folder, name) -> None:
    rows = score_pair(name, *pair_json(name, folder))
    assert not unexpected_misses(rows, LEFT[name]), report(rows)


def _measures(path: Path) -> list[str]:
    # -- a table's rows written as text lines (|指标|…) and the line over them are the table's
    #    (and shift the paragraphs' numbers after them) --
    return [key(m.text) for m in load_report(str(path)).measures if "|" not in m.text and not m.text.endswith("：")]


@pytest.mark.parametrize("form, source", [("reports/yunxiu-2022.html", "yunxiu-2022.src.txt"),
                                          ("reports/yunxiu-2023.rtf", "yunxiu-2023.src.txt"),
                                          ("reports/luming-2024.txt", "luming-2024.src.txt"),
                                          ("build/luming-2024.pdf", "luming-2024.src.txt"),
                                          ("reports/luming-2025.docx", "luming-2025.src.txt")])
def test_a_published_form_reads_as_its_text(folder, form, source) -> None:
    """The saved page (site furniture, a targets table), LibreOffice's RTF (running header), the PDF
    read by pdftotext and by reportdiff itself (page numbers, wrapped lines, spaces around numbers),
    the typed .docx: title, preamble and measures as in the text."""
    path = folder.parent / form
    assert _measures(path) == _measures(DATA / source)
    text, other = load_report(str(DATA / source)), load_report(str(path))
    assert other.title == text.title and key(other.preamble) == key(text.preamble)


def test_check_and_timeline_follow_each_body(folder, tmp_path) -> None:
    assert_bodies_followed(folder, tmp_path / "timeline.json", KEY["folder"])


def test_the_folder_reads_its_years(folder) -> None:
    assert not misread_years(folder, KEY["folder"]["files"])
