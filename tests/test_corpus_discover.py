"""Which body and year each file of a folder is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportdiff.corpus.cache import ReportStore
from reportdiff.corpus.discover import discover, named
from reportdiff.errors import LoadError

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.parametrize(("name", "expected"), [
    ("haidian-2025.txt", ("haidian", 2025)),
    ("云泽市司法局-2024.docx", ("云泽市司法局", 2024)),
    ("west-district-2019.md", ("west-district", 2019)),
    ("yunze_sfj_2024_constructed.txt", None),
    ("guowuyuan-zfgzbg-2016-s.txt", None),
    ("report.txt", None),
])
def test_file_names(name: str, expected) -> None:
    assert named(Path(name)) == expected


def test_body_and_year_from_the_text_in_either_script(tmp_path) -> None:
    # -- the 2024 sample has no title (its opening names the body), the 2025 one a Traditional title --
    for name in ("yunze_sfj_2024_constructed.txt", "yunze_sfj_2025_constructed.txt", "haidian_2025_constructed.txt"):
        shutil.copy(ROOT / "samples" / name, tmp_path / name)
    (tmp_path / "NOTES.md").write_text("说明\n这些是样本。\n", encoding="utf-8")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    series = {entries[0].body: [(e.year, e.path.name, e.named) for e in entries] for entries in corpus.bodies.values()}
    assert series == {
        "云泽市司法局": [(2024, "yunze_sfj_2024_constructed.txt", False), (2025, "yunze_sfj_2025_constructed.txt", False)],
        "海淀区": [(2025, "haidian_2025_constructed.txt", False)],
    }
    assert len(corpus.warnings) == 1 and "NOTES.md" in corpus.warnings[0]


def test_the_file_name_wins_and_two_reports_of_one_year_are_an_error(tmp_path) -> None:
    shutil.copy(ROOT / "samples" / "haidian_2025_constructed.txt", tmp_path / "海淀-2026.txt")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    (entry,) = corpus.entries
    assert (entry.body, entry.year, entry.named) == ("海淀", 2026, True)
    shutil.copy(ROOT / "samples" / "haidian_2025_constructed.txt", tmp_path / "海淀_2026.md")
    with pytest.raises(LoadError, match="a second report of 海淀 for 2026"):
        discover(tmp_path, ReportStore(use_cache=False).load)


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_reports_are_one_body() -> None:
    corpus = discover(REAL, ReportStore(use_cache=False).load)
    (series,) = corpus.bodies.values()
    assert series[0].body == "国务院"
    assert [entry.year for entry in series] == [2016, 2017, 2018, 2019, 2021, 2022, 2023]
