"""The record of one figure followed across two reports (``FigureChange``): its change, and the
check of the growth the new report states against the old report's figure."""

from __future__ import annotations

from dataclasses import dataclass

from . import display, lazy_re
from .figure_claims import check_claim, middle, real_terms
from .figures_extract import Figure, StatedChange, aligned_key


@dataclass(frozen=True, slots=True)
class FigureChange:
    """One figure followed across two reports (either side may be missing)."""

    label: str
    unit: str
    old: Figure | None
    new: Figure | None
    old_measure: str | None
    new_measure: str | None
    change: float | None
    """new.value − old.value."""
    relative_change: float | None
    """(new − old) / old; None when old is missing or 0."""
    claim: StatedChange | None = None
    """The change the new report states for this figure."""
    claim_check: str | None = None
    """``consistent`` / ``inconsistent`` with the old report's figure; None if uncheckable."""
    implied: float | None = None
    """The change implied by old→new, in the claim's terms (percent, points or units)."""
    kind: str = "year"
    """``year``: the same figure in two years (result with result, plan with plan);
    ``plan_result``: the old report's plan or target against the new report's result."""

    @property
    def approximate(self) -> bool:
        """True when a side's figure is only near its value (600多万套, 约1.3万亿元, 近3000个) and
        the other is not so in the same way: the difference of the written numbers is no exact
        change. Two figures with one marker (约2000亿元 → 约4000亿元, 1000万人以上 → 1100万人以上)
        are compared as written, and so is a floor or a ceiling against a value (the distance from it)."""
        if self.old is None or self.new is None or self.old.approx == self.new.approx:
            return False
        return any(_fuzzy(side) for side in (self.old, self.new))

    @property
    def change_range(self) -> tuple[float, float] | None:
        """The least and the most the change can be, as the markers allow (601万 → 600多万:
        −1万 to +99万); None where the figures are not both known or the change is exact."""
        if self.change is None or not self.approximate:
            return None
        assert self.old is not None and self.new is not None
        (old_low, old_high), (new_low, new_high) = _span(self.old), _span(self.new)
        return round(new_low - old_high, 6), round(new_high - old_low, 6)

    @property
    def about_unchanged(self) -> bool:
        """True for an approximate change whose range holds no change at all (601万套 → 600多万套)."""
        span = self.change_range
        return span is not None and span[0] <= 0 <= span[1]

    def change_text(self, lang: str = "zh") -> str:
        """Return the change for people: ``+72万元（+29.3%）``, ``+0.31个百分点``; "" if unknown."""
        return display.figure_change(self, lang)

    def summary_line(self, lang: str = "zh") -> str:
        """Return one line for the terminal and Markdown: label, old → new, change, claim check."""
        return display.figure_line(self, lang)

    def to_json(self) -> dict:
        """Return a plain, JSON-serialisable dict."""

        def side(fig: Figure | None, measure: str | None) -> dict | None:
            if fig is None:
                return None
            data = {"raw": fig.raw, "value": fig.value, "approx": fig.approx, "measure": measure}
            if fig.period is not None:
                # -- a total or an average over several years (五年, 十四五, 2021—2025年), no year's figure --
                data["period"] = fig.period
                data["aspect"] = fig.aspect
            return data

        data = {
            "label": self.label,
            "unit": self.unit,
            "old": side(self.old, self.old_measure),
            "new": side(self.new, self.new_measure),
            "change": self.change,
            "relative_change": self.relative_change,
            "claim": self.claim.text if self.claim else None,
            "claim_check": self.claim_check,
            "implied": self.implied,
        }
        if self.approximate and self.change is not None:
            # -- a side only near its value: the numbers are kept, the flag says they are not exact --
            data["approximate"] = True
        if self.kind != "year":
            data["kind"] = self.kind  # -- added only where it says more than a year-over-year pair --
        return data


#: Markers of a figure only near its value, and on which side of it the real one lies: more than
#: (600多万, 超过1.5亿), less than (近3000个, 不到5%), about (约2000亿元, 3%左右). A floor or a ceiling
#: of a plan (以上, 不少于, 以内) is a value of its own and no such marker.
_MORE_THAN = frozenset(("余", "多", "逾", "超", "超过", "突破"))
_LESS_THAN = frozenset(("近", "不到", "不足"))
_ABOUT = frozenset(("约", "左右"))
#: 多 and 余 stand for the digits after the last one written (600多万: 600万 to 700万).
_UNWRITTEN_DIGITS = frozenset(("余", "多"))


def _fuzzy(figure: Figure) -> bool:
    return figure.approx in _MORE_THAN or figure.approx in _LESS_THAN or figure.approx in _ABOUT


def _last_digit(figure: Figure) -> float:
    """The place of a figure's last non-zero written digit (600多万 → 100万, 1.37万亿 → 100亿)."""
    step = figure.precision or 1.0
    value = abs(figure.value)
    while value and step < value and abs(value / (step * 10) - round(value / (step * 10))) < 1e-9:
        step *= 10
    return step


def _fuzz(figure: Figure) -> float:
    """How far a marker can take a figure from its written number: the unwritten places for 多
    and 余 (380多万 → 10万); a rounding of the written number otherwise (超过1.5亿 → 0.1亿,
    约2000亿 → 100亿, not the 1000亿 of its last digit)."""
    last = _last_digit(figure)
    return last if figure.approx in _UNWRITTEN_DIGITS else max(figure.precision or 0.0, last / 10)


def _span(figure: Figure) -> tuple[float, float]:
    """The least and the most a figure can be by its marker: 600多万 is 600万 to 700万."""
    value, fuzz = figure.value, _fuzz(figure)
    if figure.approx in _MORE_THAN:
        return value, value + fuzz
    if figure.approx in _LESS_THAN:
        return value - fuzz, value
    if figure.approx in _ABOUT:
        return value - fuzz / 2, value + fuzz / 2
    return value, value


def amount_text(value: float, unit: str, *, signed: bool = False, lang: str = "zh", like: str | None = None) -> str:
    """Return an amount for people: ``+72万元``, ``-0.4个百分点`` (see ``display.amount``; ``like``
    a figure as written, whose multiplier the amount takes: 24万吨 → +0.5万吨)."""
    return display.amount(value, unit, signed=signed, lang=lang, like=like)


#: A stated change whose base is last year's budget or plan as such (比去年预算低0.4个百分点).
_ON_BUDGET = lazy_re.compile(r"预算|计划|安排|目标")


def record_pair(
    old: Figure | None, new: Figure | None, old_id: str | None, new_id: str | None, *, claims: bool = True,
    midpoints: bool = True, budget_base: bool = False,
) -> FigureChange:
    """Return the record of ``old`` against ``new`` (either may be None). ``claims=False``: no
    stated change is taken; ``midpoints=False``: no change where a side is a range.

    ``budget_base``: the old figure is last year's plan (支出21万亿元 among the plans); the
    indicator's growth rate, on last year's actual figure (超过23万亿元，增长6.5%), is not checked
    against it."""
    ref = new or old
    assert ref is not None
    claim = new.comparison if new is not None and claims else None
    change = relative = check = implied = None
    # -- 3至5项 → 4项: how far a result lies from a range's top says nothing; two ranges of a rate
    #    (5%—5.5% → 4.5%—5%) move by their middles. A range against a point (6.5%－7% → 6.5%左右,
    #    6%－6.5% → 6%以上) has no change: its middle is no figure the report set; the kinds say it --
    if midpoints and old is not None and new is not None and ref.unit == "%" \
            and (old.lower is not None or new.lower is not None):
        if old.lower is not None and new.lower is not None:
            change = round(middle(new) - middle(old), 6)
    elif old is not None and new is not None and old.lower is None and new.lower is None:
        change = round(new.value - old.value, 6)
        # -- two percentages differ in points (5.2% → 5.1%: −0.1个百分点), never by a ratio --
        relative = round((new.value - old.value) / old.value, 6) if old.value and ref.unit != "%" else None
        # -- a bare growth rate (超过23万亿元，增长6.5%) is the indicator's, on last year's actual
        #    figure; a change 比去年 of an amount arranged (赤字2.38万亿元，比去年增加2000亿元) is on
        #    last year's arrangement --
        on_plan = (claim is not None and budget_base and claim.basis is None
                   and _ON_BUDGET.search(aligned_key(claim.text)) is None)
        if claim is not None and not real_terms(new, claim) and not on_plan:
            check, implied = check_claim(old, new, claim)
    return FigureChange(
        label=ref.label,
        unit=ref.unit,
        old=old,
        new=new,
        old_measure=old_id,
        new_measure=new_id,
        change=change,
        relative_change=relative,
        claim=claim,
        claim_check=check,
        implied=implied,
    )


__all__ = ["FigureChange", "amount_text", "record_pair"]
