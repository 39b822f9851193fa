"""audit31's inputs (tests/data/audit31, built in the forms users bring by audit31_forms) against
their answer key (key.json, written by reading them before reportdiff ran): a township's
政府工作报告 as an old Word .doc against the next year's copied from the township's WeChat account;
a county bureau's 工作总结和工作计划 in 简体 as a .docx with a table of key figures against the
next year's in 繁體 printed to PDF and read by pdftotext; check and timeline on the folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit31_forms import DATA, build_forms  # noqa: E402
from audit19_key import assert_bodies_followed, forms_folder, misread_years, unexpected_misses  # noqa: E402
from audit31_key import KEY, pair_json, report, score_pair  # noqa: E402

from reportdiff import load_report  # noqa: E402
from reportdiff.normalize import key  # noqa: E402

#: Key items left when this was written (township 104→121/128, bureau 51→75/85; each31: the
#: per-unit target, the brand to create and the 个转企 figure now hold; polish31: the headline is
#: furniture — 124/128 and 76/85), and why:
#: - expressions the list does not carry (十五五 stands in a framing sentence; 电网改造, 产业兴旺,
#:   标准化改造 are parts of longer phrases);
#: - bureau 特种设备: paired 2310台→2420台; the key wrote the unit as printed, 台（套）;
LEFT = {
    "township": {"expression new 十五五", "expression dropped 电网改造", "expression dropped 产业兴旺",
                 "expression dropped 标准化改造"},
    "bureau": {"figure 特种设备 2310台（套）→2420台（套）",
               "expression new 包保干部", "expression new 食品小作坊", "expression new 维权援助工作站",
               "expression dropped ODR", "expression dropped 校园食品安全", "expression dropped 省级名牌产品",
               "expression dropped 价格监督检查", "expression dropped 质量提升行动"},
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return forms_folder(tmp_path_factory, "audit31", build_forms)


@pytest.mark.parametrize("name", sorted(LEFT))
def test_every_key_item_holds_but_those_left(folder, name) -> None:
    rows = score_pair(name, *pair_json(name, folder))
    assert not unexpected_misses(rows, LEFT[name]), report(rows)


@pytest.mark.parametrize("form, source", [("huaixi-2025.doc", "huaixi-2025.src.txt"),
                                          ("hechuan-scjg-2025.txt", "hechuan-scjg-2025.src.txt")])
def test_a_published_form_reads_as_its_text(folder, form, source) -> None:
    """The .doc LibreOffice saved, and pdftotext of the printed PDF (running header, page numbers,
    every line wrapped, spaces around numbers): title, preamble and measures as in the text."""
    text, other = load_report(str(DATA / source)), load_report(str(folder / form))
    assert [(m.id, key(m.text)) for m in other.measures] == [(m.id, key(m.text)) for m in text.measures]
    assert other.preamble == text.preamble and other.title == text.title


def test_check_and_timeline_follow_each_body(folder, tmp_path) -> None:
    assert_bodies_followed(folder, tmp_path / "timeline.json", KEY["folder"])


def test_the_folder_reads_its_years(folder) -> None:
    assert not misread_years(folder, KEY["folder"]["files"])
