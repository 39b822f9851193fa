"""The order of a timeline's formulation tables (standing formulations, expressions), and which
rows are shown and which folded.

Over seven 政府工作报告 the two tables hold about 320 and 900 rows: too many to read. A reviewer
of a series asks first which themes turned: a formulation that enters the series and holds
(高质量发展 from 2018 on), one that leaves it (新常态 until 2018), one that comes back, and the
ones many years repeat. A formulation of one report alone is that year's wording (compare
shows it), and one every report holds did not turn: both are folded whatever their weight (of two reports,
every row is one report's: the change between them, ranked like the rest).

The rest is ranked by weight: how often the reports that hold it say it (log(1 + mentions): the
theme's weight in the series, without letting a word every paragraph uses, 市场主体, crowd out the
themes), halved when only one report lacks it (the first report not yet saying it is more often
that year's wording than a turn), and lifted when it turns as a theme does: it enters the series
within two years of entering central documents (the policy lexicon's year: 新发展格局 2020, in
the 2021 report), it leaves after holding from the first report, or it comes back. The first
:data:`SHOWN` rows are shown, the rest folded with their count; JSON keeps every row, each with
its pattern.

Measured on the State Council series against tests/real_keys/timeline.json ``standing_shown``
(15 themes read in the reports before this was written; shown among the first 40): by years held
7, by mentions 8, by mentions lifted 5 for a fresh entry and 3 for leaving 9; log(1 + mentions),
halved, lifted 1 for either 11 (lifted 0.75 or 1.5: 10).
"""

from __future__ import annotations

import math

#: How many rows of a table are shown before the rest is folded (as compare lists 40 expressions).
SHOWN = 40
#: What a fresh entry, a theme's leaving or its coming back adds to a row's weight.
TURN_LIFT = 1.0
#: The share of the weight kept by a row only one report lacks.
ONE_ABSENT = 0.5
#: How many years after entering central documents an entry into the series is still fresh
#: (a report reviews the year before; a missing year's report delays it once more).
FRESH_YEARS = 2

#: The patterns of presence, in the order a reviewer reads them among rows of equal weight.
PATTERNS = ("appears", "vanishes", "returns", "passes", "one_year", "throughout")


def pattern(years: tuple[int, ...], series: tuple[int, ...] | list[int]) -> str:
    """Return how a row's years sit in the series' years: ``appears`` (enters after the first
    report and holds to the latest), ``vanishes`` (held from the first report, gone before the
    latest), ``returns`` (absent from a report between two that hold it), ``passes`` (enters and
    leaves inside the series), ``one_year`` or ``throughout``."""
    held = [series.index(year) for year in years if year in series]
    if len(held) <= 1:
        return "one_year"
    if len(held) == len(series):
        return "throughout"
    if held[-1] - held[0] + 1 != len(held):
        return "returns"
    starts, ends = held[0] == 0, held[-1] == len(series) - 1
    return "appears" if ends else "vanishes" if starts else "passes"


#: How many reports in a row a theme must be gone, and then held again, to have come back: a
#: report that skips a term (稳增长 absent in 2021 alone) or says it once more (营改增 2016–18,
#: then once in 2023) is that year's wording.
RETURN_RUN = 2


def returned(years: tuple[int, ...], series) -> bool:
    """Whether a row's years are a theme that left the series and came back: two runs, gone for
    :data:`RETURN_RUN` reports or more between them, the second held that long or longer (共同富裕
    in 2016, then 2021 and 2022). A row that only comes and goes (``returns`` as a pattern:
    货币政策工具 2016, 2017, 2019, 2022) is not one."""
    held = [series.index(year) for year in years if year in series]
    breaks = [index for index in range(1, len(held)) if held[index] - held[index - 1] > 1]
    if len(breaks) != 1:
        return False
    (cut,) = breaks
    return held[cut] - held[cut - 1] - 1 >= RETURN_RUN and len(held) - cut >= RETURN_RUN


def weight(years: tuple[int, ...], series: tuple[int, ...] | list[int], mentions: int, entered: int = 0) -> float:
    """Return a row's weight: log(1 + its ``mentions`` in the reports that hold it), halved when
    one report alone lacks it, lifted when it turns as a theme: a fresh entry (``entered``, the
    year it entered central documents, 0 when unknown), leaving after the first report, coming
    back."""
    shape = pattern(years, series)
    value = math.log1p(mentions) * (ONE_ABSENT if len(series) - len(years) == 1 else 1.0)
    if shape in ("appears", "passes") and entered and 0 <= years[0] - entered <= FRESH_YEARS:
        value += TURN_LIFT
    if shape in ("vanishes", "returns"):
        value += TURN_LIFT
    return value


def _quiet(shape: str, series: tuple[int, ...] | list[int]) -> bool:
    """Whether a row with this pattern did not turn: held by every report, or by one alone where
    the series has three reports or more (of two reports, every row is held by one: the change
    between them, ranked by weight like the rest)."""
    return shape == "throughout" or shape == "one_year" and len(series) > 2


def ranked(rows: list[tuple[str, tuple[int, ...]]], series: tuple[int, ...] | list[int],
           weights: dict[str, float]) -> tuple[list[tuple[str, tuple[int, ...]]], frozenset[str]]:
    """Return ``rows`` (text, years) best first and the texts folded: rows that turn before those
    that do not, by weight, then by pattern and first year; every row past :data:`SHOWN`, but a
    theme that came back (:func:`returned`, marked （再现）): the fold is for one year's wording,
    what every report holds and what ranks lower, and a return is none of them."""
    def order(item: tuple[int, tuple[str, tuple[int, ...]]]) -> tuple:
        index, (text, years) = item
        shape = pattern(years, series)
        return (_quiet(shape, series), -weights.get(text, 0.0), PATTERNS.index(shape),
                years[0] if years else 0, index)

    listed = [row for _, row in sorted(enumerate(rows), key=order)]
    folded = frozenset(text for position, (text, years) in enumerate(listed)
                       if position >= SHOWN and not returned(years, series) or _quiet(pattern(years, series), series))
    # -- the rows shown come first: a return past the first rows is shown among them --
    listed = [row for row in listed if row[0] not in folded] + [row for row in listed if row[0] in folded]
    return listed, folded


#: What ending after a run of reports adds to a measure's weight (dropped, or merged into another):
#: a measure several reports carried and the next one no longer does is a turn a reviewer asks about.
ENDED_LIFT = 1.0
#: What each year a measure moved to another place adds (a measure put under another heading is
#: a change of standing, where a reworded one, modified nearly every year, is not).
MOVED_LIFT = 0.5


def measure_weight(statuses: list[str], ended: bool) -> float:
    """Return a measure lineage's weight: the reports it runs through (``statuses``, one a year it
    is held), lifted when it ends after two reports or more (``ended``: dropped or merged) and for
    each year it moved."""
    value = float(len(statuses))
    if ended and len(statuses) >= 2:
        value += ENDED_LIFT
    return value + MOVED_LIFT * statuses.count("moved")


def ranked_measures(lineages: list[tuple], reports: int) -> tuple[list[int], frozenset[int]]:
    """Return the order of measure lineages, each given as (statuses by year, ended, first year's
    position in the series[, framing]), best first, and the positions folded: a measure of one
    report alone (that year's, which compare shows) where the series has three reports or more, a
    lineage of framing (今年是…关键一年, 过去一年取得的成绩，是…的结果: the report's frame,
    rewritten every year, is no measure however long it runs), and every row past :data:`SHOWN`.
    Among equal weights the earlier start comes first, then the report's order."""
    def quiet(index: int) -> bool:
        framing = len(lineages[index]) > 3 and lineages[index][3]
        return framing or len(lineages[index][0]) <= 1 and reports > 2

    order = sorted(range(len(lineages)), key=lambda index: (
        quiet(index), -measure_weight(*lineages[index][:2]), lineages[index][2], index))
    folded = frozenset(index for position, index in enumerate(order) if position >= SHOWN or quiet(index))
    return order, folded


__all__ = ["ENDED_LIFT", "MOVED_LIFT", "ONE_ABSENT", "RETURN_RUN", "TURN_LIFT", "PATTERNS", "SHOWN", "measure_weight",
           "pattern", "ranked", "ranked_measures", "returned", "weight"]
