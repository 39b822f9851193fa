"""Whether a growth a report states agrees with last year's figure (:mod:`reportdiff.figures`)."""

from __future__ import annotations

import math

from . import lazy_re
from .figures_extract import LOWER_BOUNDS, UPPER_BOUNDS, Figure, StatedChange

#: Output measured at comparable prices: 国内生产总值达到114万亿元，增长8.1% states real
#: growth, which two nominal levels cannot check (nor can they a stated 实际增长).
_REAL_TERMS = lazy_re.compile(r"生产总值|增加值|GDP")
#: Bases of a comparable growth (同口径增长, 按可比口径增长), Simplified as ``StatedChange.basis`` is.
_COMPARABLE = frozenset(("同口径", "按同口径", "可比口径", "按可比口径"))


def middle(figure: Figure) -> float:
    """A figure's value, the middle of its range for a range (5%—5.5% → 5.25)."""
    return figure.value if figure.lower is None else (figure.lower + figure.value) / 2


def real_terms(figure: Figure, claim: StatedChange) -> bool:
    """True for a growth rate stated in real terms, against levels in current prices."""
    if claim.stated is None or claim.stated.unit != "%":
        return False
    # -- …or on a comparable basis (同口径增长, 按可比口径增长: tax changes taken out) --
    # -- 实际增长 wherever it stands (比上年实际增长6.1%) --
    return "实际" in claim.text or "實際" in claim.text or claim.basis in _COMPARABLE \
        or (claim.basis is None and _REAL_TERMS.search(figure.label) is not None)



def _step(fig: Figure) -> float:
    """Width an approximate marker covers: 1700余 → 100, 246余万 → 10 000, 140余 → 10."""
    n = round(fig.value / fig.precision)
    step = fig.precision
    while n and n % 10 == 0:
        n //= 10
        step *= 10
    return step


def _range(fig: Figure) -> tuple[float, float]:
    """The interval the written figure stands for."""
    v = fig.value
    if fig.approx in LOWER_BOUNDS:
        return v, math.inf  # -- a bound (比上年增加不少于50件): anything above it --
    if fig.approx in UPPER_BOUNDS:
        return (0.0 if v >= 0 else -math.inf), v
    if fig.approx in ("余", "多", "超", "超过", "逾", "以上", "多达", "突破"):  # -- 突破1万亿元: past it --
        return v, v + _step(fig)
    if fig.approx == "近":
        return v - _step(fig), v
    if fig.approx in ("约", "左右"):
        return v - _step(fig) / 2, v + _step(fig) / 2
    return v - fig.precision / 2, v + fig.precision / 2


def check_claim(old: Figure, new: Figure, claim: StatedChange) -> tuple[str | None, float | None]:
    """Check a stated change of ``new`` against last year's ``old``.

    Returns (``consistent`` | ``inconsistent`` | None, implied change). Tolerances: for a
    stated rate (%) ±1 percentage point or the stated number's precision, whichever is
    larger; for points and absolute amounts the stated precision. Approximate markers
    and the rounding of the two figures widen the implied interval.
    """
    o1, o2 = _range(old)  # o1 <= old.value, so o1 > 0 also keeps old.value off zero
    n1, n2 = _range(new)
    stated = claim.stated
    if stated is None:
        implied = round(new.value - old.value, 6)
        ok = (implied > 0 and claim.direction > 0) or (implied < 0 and claim.direction < 0)
        return ("consistent" if ok else "inconsistent"), implied
    s1, s2 = _range(stated) if stated.approx else (stated.value, stated.value)
    if stated.unit == "%":
        if o1 <= 0:
            return None, None
        implied = round((new.value - old.value) / old.value * 100, 4)
        lo, hi = (n1 - o2) / o2 * 100, (n2 - o1) / o1 * 100
        tol = max(1.0, stated.precision)
    elif stated.unit == "百分点" and old.unit == "%":
        # -- the two rates' rounding is in [lo, hi] already; the stated points add their own --
        implied = round(new.value - old.value, 4)
        lo, hi, tol = n1 - o2, n2 - o1, stated.precision / 2
    elif stated.unit == "倍":
        if o1 <= 0:
            return None, None
        ratio = new.value / old.value
        implied = round(ratio - 1, 4)
        tol = max(0.1, stated.precision)
        ok = any(abs(ratio - k - stated.value) <= tol for k in (0, 1))
        return ("consistent" if ok else "inconsistent"), implied
    elif stated.unit == old.unit:
        implied = round(new.value - old.value, 6)
        lo, hi, tol = n1 - o2, n2 - o1, stated.precision
    else:
        return None, None
    want_lo, want_hi = claim.direction * s1, claim.direction * s2
    if want_lo > want_hi:
        want_lo, want_hi = want_hi, want_lo
    ok = want_hi >= lo - tol and want_lo <= hi + tol
    return ("consistent" if ok else "inconsistent"), implied


__all__ = ["check_claim", "middle", "real_terms"]
