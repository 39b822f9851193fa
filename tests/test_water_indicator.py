"""万元GDP用水量 (万元国内生产总值用水量, 单位GDP用水量) is an indicator of its own (fix21b item 2):
water used per unit of output is never paired with the energy used per unit of output beside it,
however the basis is written. Simplified and Traditional."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures import label_similarity
from reportdiff.indicators import indicator_topics
from reportdiff.normalize import key
from reportdiff.targets import compare_targets, parse_targets

_S2T = opencc.OpenCC("s2t")
SCRIPTS = pytest.mark.parametrize("script", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])


@SCRIPTS
def test_water_is_its_own_topic(script) -> None:
    for name in ("万元GDP用水量降低", "万元国内生产总值用水量下降", "单位地区生产总值用水量降低"):
        assert indicator_topics(script(name)) == {"water"}
    assert indicator_topics(script("单位GDP能耗降低")) == {"energy"}
    assert indicator_topics(script("国内生产总值增长")) == {"gdp"}


@SCRIPTS
def test_water_and_energy_labels_never_alike(script) -> None:
    water, energy = key(script("万元国内生产总值用水量降低")), key(script("单位国内生产总值能耗降低"))
    assert label_similarity(water, energy) == 0.0
    # -- one basis however written: 万元GDP and 单位国内生产总值 --
    assert label_similarity(key(script("万元GDP用水量降低")), water) == 1.0


@SCRIPTS
def test_targets_pair_water_with_water(script) -> None:
    old = parse_targets(script("地区生产总值增长6%左右；单位地区生产总值能耗降低3%左右；"
                               "万元地区生产总值用水量下降4%；城镇新增就业8万人以上"))
    new = parse_targets(script("地区生产总值增长5.5%左右；万元GDP用水量下降3.5%；"
                               "单位GDP能耗降低2.5%左右；城镇新增就业8万人以上"))
    rows = {(key(r.old.indicator) if r.old else None, key(r.new.indicator) if r.new else None)
            for r in compare_targets(old, new)}
    water_old = next(o for o, _ in rows if o and "用水" in o)
    assert "用水" in (next(n for o, n in rows if o == water_old) or "")
    energy_new = next(n for o, n in rows if o and "能耗" in o)
    assert energy_new is not None and "能耗" in energy_new
