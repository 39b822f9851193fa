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
            return {"raw": fig.raw, "value": fig.value, "approx": fig.approx, "measure": measure}

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
        if self.kind != "year":
            data["kind"] = self.kind  # -- added only where it says more than a year-over-year pair --
        return data


def amount_text(value: float, unit: str, *, signed: bool = False, lang: str = "zh") -> str:
    """Return an amount for people: ``+72万元``, ``-0.4个百分点`` (see ``display.amount``)."""
    return display.amount(value, unit, signed=signed, lang=lang)


#: The markers of a floor or a ceiling (6%以上, 5.5%以内), as targets.py reads them.
_BOUNDS = frozenset(("以上", "以内", "以下", "不少于", "不低于", "至少", "不超过", "不高于", "超过"))


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
    # -- 3至5项 → 4项: how far a result lies from a range's top says nothing; two plans of a rate
    #    (5%—5.5% → 4.5%—5%, → 5%左右) move by their middles --
    if midpoints and old is not None and new is not None and ref.unit == "%" \
            and (old.lower is not None or new.lower is not None):
        # -- 6%－6.5% → 6%以上: a floor or a ceiling has no middle; the kinds say the change --
        if not any(a.lower is not None and b.lower is None and b.approx in _BOUNDS for a, b in ((old, new), (new, old))):
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
