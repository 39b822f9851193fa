"""``reportdiff timeline``: one body over many years.

Consecutive years are compared (each comparison reduced to a :class:`Step`, which the cache
keeps), and the steps are chained:

- every measure's lineage: the year it first appears, its status each later year (continued,
  modified, moved), the year it is dropped (or merged into another), and the titles it went by,
  so a reworded title stays one lineage;
- every figure's values year by year (paired by label and unit);
- the main targets (主要预期目标) of each 政府工作报告, by topic (the GDP growth target whatever
  its wording);
- every expression (提法) some year introduced or dropped, with the years it appears in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Comparison, Report, Role, Status
from ..normalize import key as norm_key
from ..targets import find_targets
from .discover import Entry


@dataclass(frozen=True, slots=True)
class Link:
    """One measure from one year to the next (either side may be missing)."""

    old_id: str | None
    new_id: str | None
    status: str
    title: str
    """The title in the newer year (the older one's for a dropped measure)."""


@dataclass(frozen=True, slots=True)
class FigurePair:
    label: str
    unit: str
    old_raw: str | None
    old_value: float | None
    new_raw: str | None
    new_value: float | None
    old_measure: str | None = None
    new_measure: str | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """What the timeline keeps of one year-to-year comparison (small enough to cache)."""

    links: tuple[Link, ...]
    figures: tuple[FigurePair, ...]
    expressions: tuple[str, ...]
    """Expressions new or dropped between the two years."""


def step_of(comparison: Comparison) -> Step:
    """Return the parts of ``comparison`` a timeline needs."""
    links = tuple(Link(m.old.id if m.old else None, m.new.id if m.new else None, m.status.value,
                       (m.new or m.old).title) for m in comparison.matches)
    # -- an indicator's history is what each year reports it reached: a plan's figure is a target
    #    (不少于4名) and would stand in a year's column beside results; the targets table has them --
    old_plans, new_plans = ({measure.id for measure in report.measures if measure.role is Role.PLANS}
                            for report in (comparison.old, comparison.new))
    figures = tuple(FigurePair(f.label, f.unit, f.old.raw if f.old else None, f.old.value if f.old else None,
                               f.new.raw if f.new else None, f.new.value if f.new else None,
                               f.old_measure, f.new_measure)
                    for f in comparison.figures if f.kind == "year" and f.label
                    and f.old_measure not in old_plans and f.new_measure not in new_plans)
    expressions: tuple[str, ...] = ()
    if comparison.expressions is not None:
        expressions = tuple(e.text for e in (*comparison.expressions.new, *comparison.expressions.dropped))
    return Step(links, figures, expressions)


def compare_step(pair: tuple[Report, Report]) -> Step:
    """Return the step between two reports (a function of its own so processes can run it)."""
    from ..pipeline import compare

    return step_of(compare(pair[0], pair[1], promises=False))


@dataclass
class Lineage:
    """One measure through the years."""

    years: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    """Year → (measure id, status that year, title)."""
    dropped_in: int | None = None
    merged_in: int | None = None

    @property
    def first_year(self) -> int:
        return min(self.years)

    @property
    def last_year(self) -> int:
        return max(self.years)

    @property
    def titles(self) -> list[str]:
        found: list[str] = []
        for year in sorted(self.years):
            title = self.years[year][2]
            if not found or norm_key(found[-1]) != norm_key(title):
                found.append(title)
        return found

    def to_json(self) -> dict:
        return {
            "title": self.years[self.first_year][2],
            "first_year": self.first_year,
            "last_year": self.last_year,
            "dropped_in": self.dropped_in,
            "merged_in": self.merged_in,
            "titles": self.titles,
            "years": {str(year): {"id": mid, "status": status} for year, (mid, status, _) in sorted(self.years.items())},
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    """One body over its years."""

    body: str
    entries: tuple[Entry, ...]
    kinds: tuple[str, ...]
    lineages: tuple[Lineage, ...]
    figures: tuple[tuple[str, str, dict[int, tuple[str, float | None]]], ...]
    """(label, unit, year → (as written, value)), for figures seen in at least two years."""
    targets: tuple[tuple[str, dict[int, dict]], ...]
    """(indicator, year → target as plain data), in the order of the latest report."""
    expressions: tuple[tuple[str, tuple[int, ...]], ...]
    """(expression, the years whose report has it)."""

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(entry.year for entry in self.entries)

    def to_json(self) -> dict:
        return {
            "body": self.body,
            "years": list(self.years),
            "reports": [{"source": str(e.path), "year": e.year, "kind": kind} for e, kind in zip(self.entries, self.kinds)],
            "measures": [lineage.to_json() for lineage in self.lineages],
            "figures": [{"label": label, "unit": unit,
                         "values": {str(y): {"raw": raw, "value": value} for y, (raw, value) in sorted(values.items())}}
                        for label, unit, values in self.figures],
            "targets": [{"indicator": indicator, "years": {str(y): data for y, data in sorted(years.items())}}
                        for indicator, years in self.targets],
            "expressions": [{"text": text, "years": list(years), "first_year": years[0], "last_year": years[-1]}
                            for text, years in self.expressions],
        }


def _lineages(reports: list[Report], years: list[int], steps: list[Step]) -> list[Lineage]:
    lineages: list[Lineage] = []
    current: dict[str, Lineage] = {}
    if reports:
        for measure in reports[0].measures:
            lineage = Lineage({years[0]: (measure.id, "present", measure.title)})
            lineages.append(lineage)
            current[measure.id] = lineage
    for index, step in enumerate(steps):
        old_year, year = years[index], years[index + 1]
        following: dict[str, Lineage] = {}
        for link in step.links:
            lineage = current.get(link.old_id) if link.old_id else None
            if link.new_id is None:
                if lineage is not None:
                    lineage.dropped_in = year
                continue
            if lineage is None:
                lineage = Lineage()
                lineages.append(lineage)
            elif year in lineage.years:
                # -- a split: the second half starts a lineage that shares the history so far --
                lineage = Lineage({y: v for y, v in lineage.years.items() if y <= old_year})
                lineages.append(lineage)
            if link.new_id in following:
                # -- merged into a measure another lineage already continues --
                lineage.merged_in = year
                continue
            lineage.years[year] = (link.new_id, link.status if link.old_id else Status.NEW.value, link.title)
            following[link.new_id] = lineage
        current = following
    return lineages


def _figures(years: list[int], steps: list[Step]) -> list[tuple[str, str, dict[int, tuple[str, float | None]]]]:
    series: list[dict[int, tuple[str, float | None]]] = []
    names: list[tuple[str, str]] = []
    by_name: dict[tuple[str, str], int] = {}
    # -- a figure of one year's report is one row whatever label each comparison gave it
    #    (排查化解矛盾纠纷 316件 with 2023, 依托镇综治中心排查化解矛盾纠纷 316件 with 2025): the
    #    next step picks up the row its old figure (year, measure, as written) ended on; the
    #    row is named as the newest comparison names it --
    ended: dict[tuple[int, str | None, str], int] = {}
    for index, step in enumerate(steps):
        # -- figures paired across the two years first: a figure only one year has (五年来累计
        #    新建…26个 beside the year's 6个) takes no year another row's pair already filled --
        for pair in sorted(step.figures, key=lambda pair: pair.old_raw is None or pair.new_raw is None):
            row = ended.get((years[index], pair.old_measure, pair.old_raw)) if pair.old_raw is not None else None
            if row is None:
                row = by_name.get((pair.label, pair.unit))
            if row is None:
                row = len(series)
                series.append({})
                names.append((pair.label, pair.unit))
            names[row] = (pair.label, pair.unit)
            by_name[pair.label, pair.unit] = row
            if pair.old_raw is not None:
                series[row].setdefault(years[index], (pair.old_raw, pair.old_value))
            if pair.new_raw is not None:
                series[row].setdefault(years[index + 1], (pair.new_raw, pair.new_value))
                ended[years[index + 1], pair.new_measure, pair.new_raw] = row
    return [(label, unit, values) for (label, unit), values in zip(names, series) if len(values) >= 2]


def _targets(reports: list[Report], years: list[int]) -> list[tuple[str, dict[int, dict]]]:
    by_topic: dict[str, dict[int, dict]] = {}
    names: dict[str, str] = {}
    joined: dict[str, frozenset[str]] = {}
    for report, year in zip(reversed(reports), reversed(years)):
        for target in find_targets(report):
            topic = ",".join(sorted(target.topics)) or norm_key(target.indicator)
            names.setdefault(topic, target.indicator)
            by_topic.setdefault(topic, {}).setdefault(year, {**target.to_json(), "indicator": target.indicator})
            if len(target.topics) > 1:
                joined[topic] = target.topics
    # -- a target naming two indicators (单位国内生产总值能耗和主要污染物排放量继续下降) is each one's
    #    target that year, as compare pairs it: it fills their rows where other years have them --
    for topic, parts in joined.items():
        if all(part in by_topic for part in parts):
            for part in parts:
                for year, target in by_topic[topic].items():
                    by_topic[part].setdefault(year, target)
            del names[topic]
    return [(names[topic], by_topic[topic]) for topic in names]


def _report_key(report: Report) -> str:
    pieces = [norm_key(report.title), norm_key(report.preamble)]
    pieces += [part.key for part in report.parts] + [section.key for section in report.sections]
    pieces += [measure.key for measure in report.measures]
    return "".join(pieces)


_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")


def _expressions(reports: list[Report], years: list[int], steps: list[Step]) -> list[tuple[str, tuple[int, ...]]]:
    keys = [_report_key(report).translate(_QUOTES) for report in reports]
    seen: dict[str, str] = {}
    for step in steps:
        for text in step.expressions:
            seen.setdefault(norm_key(text).translate(_QUOTES), text)
    found = []
    for key, text in seen.items():
        present = tuple(year for year, report_key in zip(years, keys) if key in report_key)
        if present:
            found.append((text, present))
    return sorted(found, key=lambda item: (item[1][0], -len(item[1])))


def build_timeline(body: str, entries: tuple[Entry, ...], reports: list[Report], steps: list[Step]) -> Timeline:
    """Return the timeline of one body from its reports (oldest first) and the steps between them."""
    years = [entry.year for entry in entries]
    return Timeline(
        body, entries, tuple(report.kind for report in reports),
        tuple(_lineages(reports, years, steps)), tuple(_figures(years, steps)),
        tuple(_targets(reports, years)), tuple(_expressions(reports, years, steps)),
    )


__all__ = ["FigurePair", "Lineage", "Link", "Step", "Timeline", "build_timeline", "compare_step", "step_of"]
