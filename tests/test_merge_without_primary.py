"""A merge whose one measure has no one-to-one pair (left so by folding a part's levels when one
body writes 一、 parts and the other （一） sections) redlines instead of raising KeyError.

Two reports of different bodies from tests/data/audit27b: the forestry bureau's and a
subdistrict's, compared as a user who picked the wrong file would."""
from pathlib import Path

from reportdiff.classify import _redlines
from reportdiff.models import Op
from reportdiff.pipeline import compare

DATA = Path(__file__).parent / "data" / "audit27b"
OLD, NEW = DATA / "lincao-2024.src.txt", DATA / "liutang-2024.txt"


def _side(runs, keep):
    return "".join((r.old_text or r.text) if r.op is Op.EQUAL and keep is Op.DELETE else r.text
                   for r in runs if r.op in (Op.EQUAL, keep))


def test_cross_body_pair_compares():
    comparison = compare(OLD, NEW)
    merged = [m for m in comparison.matches if m.relation == "merged"]
    assert merged, "the pair still holds a merge (the shape that raised KeyError)"
    for match in merged:
        assert match.old is not None and match.new is not None and match.redlines


def test_stand_in_primary_spells_both_sides():
    """With no one-to-one pair, the first piece stands in: the pieces' redlines read in order
    spell the old pieces joined and, each, the one new paragraph."""
    comparison = compare(OLD, NEW)
    merged = sorted((m for m in comparison.matches if m.relation == "merged"), key=lambda m: m.old.line)
    new_text = merged[0].new.text
    assert _side([r for m in merged for r in m.redlines], Op.DELETE) == "".join(m.old.text for m in merged)
    assert _side([r for m in merged for r in m.redlines], Op.INSERT) == new_text


def test_redlines_without_primary_direct():
    """The unit: a merged group of two pairs, neither one-to-one, gets one cut redline."""
    from types import SimpleNamespace as NS
    new = NS(id="n1", text="甲乙丙。丁戊己。", title="", role="results", line=1)
    first = NS(old=NS(id="o1", text="甲乙丙。", line=1), new=new, relation="merged", method="merge")
    second = NS(old=NS(id="o2", text="丁戊庚。", line=2), new=new, relation="merged", method="merge")
    result = _redlines((first, second), lambda role: None)
    assert set(result) == {("o1", "n1"), ("o2", "n1")}
    runs = [*result[("o1", "n1")], *result[("o2", "n1")]]
    assert _side(runs, Op.DELETE) == "甲乙丙。丁戊庚。"
    assert _side(runs, Op.INSERT) == "甲乙丙。丁戊己。"
