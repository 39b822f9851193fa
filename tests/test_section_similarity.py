"""What a section pair shows as similarity is a similarity: in [0, 1], whatever ranks the pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportdiff.align import Pair, Scorer
from reportdiff.pipeline import _sections_with_roles, compare, load_report
from reportdiff.render.json import render_json
from reportdiff.section_align import align_sections

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"

OLD = """某部2024年法治政府建设年度报告
一、2024年主要举措和成效
（一）深入学习贯彻习近平法治思想。部党组把学习贯彻习近平法治思想作为首要政治任务。
组织领导干部参加法治专题培训班4期，培训干部620人次。
健全领导干部学法制度，把宪法和民法典纳入党组理论学习中心组学习内容。
（二）加强行政执法监督。严格落实行政执法三项制度，全年查处违法案件1860起。
"""
NEW = """某部2025年法治政府建设年度报告
一、2025年主要举措和成效
（一）深入学习贯彻习近平法治思想。部党组把学习贯彻习近平法治思想作为首要政治任务。
组织领导干部参加法治专题培训班5期，培训干部700人次；健全领导干部学法制度，把宪法和民法典纳入党组理论学习中心组学习内容。
（二）加强行政执法监督。严格落实行政执法三项制度，全年查处违法案件2010起。
"""


def test_a_merge_counts_no_more_than_a_whole_section() -> None:
    # -- three old paragraphs paired with two new ones (one merge): shared pairs outnumber
    #    the measures, which may rank the pair first but is never shown above 1 --
    old, new = load_report(OLD), load_report(NEW)
    (first_old, *_), (first_new, *_) = old.sections, new.sections
    scorer = Scorer([m.key for m in old.measures + new.measures])
    o1, o2, o3 = first_old.measures
    n1, n2 = first_new.measures
    pairs = (Pair(o1, n1, 1.0, "exact"), Pair(o2, n2, 0.8, "fuzzy", "merged"), Pair(o3, n2, 0.8, "fuzzy", "merged"))
    found = align_sections(_sections_with_roles(old), _sections_with_roles(new), pairs, scorer)
    scores = {(a.id, b.id): s for a, b, s in found if a is not None and b is not None}
    assert scores[(first_old.id, first_new.id)] == 1.0
    assert all(0.0 <= s <= 1.0 for _, _, s in found)


def test_json_section_similarity_stays_in_unit_interval() -> None:
    data = json.loads(render_json(compare(OLD, NEW)))
    assert data["sections"] and all(0.0 <= s["similarity"] <= 1.0 for s in data["sections"])


@pytest.mark.parametrize("years", [(2016, 2017), (2021, 2022), (2022, 2023)])
def test_real_pairs_show_section_similarity_in_unit_interval(years) -> None:
    if not REAL.is_dir():
        pytest.skip(f"real reports not available at {REAL}")
    old, new = (REAL / f"guowuyuan-zfgzbg-{year}-s.txt" for year in years)
    comparison = compare(old, new)
    assert comparison.sections
    assert all(0.0 <= s.similarity <= 1.0 for s in comparison.sections)
