"""Counts of publications keep their unit (图书50卷, 出版图书120种, 法规12部, 3.5万册): 卷 and 种 are
units like 册 and 部, but only after a number, and never the first character of a word
(卷入, 卷烟, 五卷本; 种植户, 种养, 种粮; 部署). Simplified and Traditional."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures import extract_figures
from reportdiff.normalize import key

_S2T = opencc.OpenCC("s2t")
SCRIPTS = pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(("text", "expected"), [
    ("编纂出版地方志丛书50卷。", [("50卷", 50, "卷", "编纂出版地方志丛书")]),
    ("整理出版古籍文献三卷。", [("三卷", 3, "卷", "整理出版古籍文献")]),
    ("全年出版图书120种、期刊12种。", [("120种", 120, "种", "出版图书"), ("12种", 12, "种", "期刊")]),
    ("17种常用药大幅降价。", [("17种", 17, "种", "常用药")]),
    ("制定修订地方性法规12部。", [("12部", 12, "部", "制定修订地方性法规")]),
    ("向农家书屋配送图书3.5万册。", [("3.5万册", 35000, "册", "向农家书屋配送图书")]),
])
def test_publication_counts_keep_their_unit(text: str, expected: list, convert) -> None:
    found = [(f.raw, f.value, f.unit, key(f.label)) for f in extract_figures(convert(text))]
    assert found == [(convert(raw), value, unit, label) for raw, value, unit, label in expected]


@SCRIPTS
@pytest.mark.parametrize("text", [
    "县纪委监委对卷入案件的干部严肃处理，统一部署专项整治。",
    "发放种粮补贴，推广种养结合，编印五卷本文集。",
    "出版《治国理政》第四卷。",
    # -- kinds counted in Chinese numerals are framing: 两种资源, 三种模式 --
    "统筹用好两种资源，探索三种模式。",
    # -- departments and ministries, not 部 of laws: 12部门联合印发, 3部委 --
    "国家发展改革委等12部门联合印发通知，3部委部署专项行动。",
])
def test_words_are_no_counts(text: str, convert) -> None:
    assert extract_figures(convert(text)) == ()


@SCRIPTS
def test_a_unit_starting_a_word_leaves_the_noun_to_the_count(convert) -> None:
    # -- 5万种植户, 2万卷烟零售户: a count of the growers, of the retailers; not 5万种, 2万卷 --
    figures = extract_figures(convert("带动5万种植户增收，服务2万卷烟零售户。"))
    assert [(f.value, f.unit) for f in figures] == [(50000, ""), (20000, "")]
    assert all("种" != f.unit and "卷" != f.unit for f in figures)
