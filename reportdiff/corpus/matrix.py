"""``reportdiff matrix``: the reports of one year across bodies, side by side.

Which measures and expressions each body has, which are shared by most and which by one,
and the figures side by side. Near-duplicate measures are found with MinHash signatures in
locality-sensitive hashing buckets (datasketch), so the cost grows with the number of
measures, not with the number of pairs. An expression is looked up in every report
through an index of character trigrams: only reports holding all of its trigrams are
searched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .. import display
from ..figures import value_figures
from ..kinds import KIND_TITLES, series_name
from ..models import Report, Role
from ..normalize import key as norm_key
from ..report_warnings import ReportWarning
from .discover import Entry

#: MinHash permutations and the Jaccard similarity (of title trigrams) two measures must reach.
NUM_PERM = 64
THRESHOLD = 0.5
_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")
#: How the warning on mixed kinds names a report of neither kind that does not say what it is.
OTHER_KIND = "其他报告（工作总结等）"


@dataclass(frozen=True, slots=True)
class Features:
    """What the matrix needs of one report (small enough to cache by the file's content)."""

    measures: tuple[tuple[str, str], ...]
    """(measure id, title) of every measure."""
    expressions: tuple[str, ...]
    """The report's candidate expressions (提法), best first."""
    figures: tuple[tuple[str, str, str, float], ...]
    """(label, unit, as written, value) of each labelled figure, first per label."""
    key: str
    """The whole report's comparison key, quotation marks removed (for presence tests)."""
    series: str = ""
    """What the report says it is (政府工作报告, 法治政府建设年度报告), "" when it says nothing."""
    kind: str = ""
    """The report's kind (government_work, rule_of_law, other)."""
    review_year: int | None = None
    """The year its review covers: the year its figures are of (a 2025 政府工作报告 reviews 2024)."""
    script: str = ""
    """The script it is written in (``traditional`` or ``simplified``)."""
    forms: tuple[tuple[tuple[str, str], str], ...] = ()
    """((Simplified character, s2t's form), the form it writes instead) of a 繁體 report
    (:func:`display.forms_in_use`)."""


_EMPTY: Report | None = None


def features_of(report: Report) -> Features:
    """Return the matrix features of one report."""
    global _EMPTY
    from ..expressions import compare_expressions
    from ..pipeline import load_report

    if _EMPTY is None:
        # -- against a report with no text, every formulation of the report is a candidate --
        _EMPTY = load_report("一、\n（一）\n", name="<empty>")
    expressions = tuple(e.text for e in compare_expressions(_EMPTY, report).new)
    figures: dict[tuple[str, str], tuple[str, str, str, float]] = {}
    # -- what each body reached: a plan's figure is a target (地区生产总值增长5%左右 beside
    #    another body's result), and the growth the review states (增长5.4%) is the indicator's --
    for measure in report.measures:
        if measure.role is Role.PLANS:
            continue
        for figure in value_figures(measure):
            if figure.label:
                figures.setdefault((figure.label, figure.unit), (figure.label, figure.unit, figure.raw, figure.value))
    pieces = [norm_key(report.title), norm_key(report.preamble)]
    pieces += [section.key for section in report.sections] + [measure.key for measure in report.measures]
    return Features(tuple((m.id, m.title) for m in report.measures), expressions, tuple(figures.values()),
                    "".join(pieces).translate(_QUOTES), series_name(report), report.kind, report.review_year,
                    display.script(report), tuple(sorted(display.forms_in_use(report).items())))


@dataclass(frozen=True, slots=True)
class Row:
    """A measure or an expression and the bodies that have it."""

    text: str
    bodies: tuple[str, ...]
    where: tuple[str, ...] = ()
    """For a measure: its id in each of those bodies' reports, in the same order."""

    def to_json(self) -> dict:
        data = {"text": self.text, "bodies": list(self.bodies), "count": len(self.bodies)}
        if self.where:
            data["ids"] = list(self.where)
        return data


@dataclass(frozen=True, slots=True)
class Matrix:
    year: int
    entries: tuple[Entry, ...]
    measures: tuple[Row, ...]
    expressions: tuple[Row, ...]
    figures: tuple[tuple[str, str, dict[str, str]], ...]
    """(label, unit, body → figure as written), for labels of at least two bodies."""
    spans: tuple[tuple[str, int | None], ...] = ()
    """Each entry's (kind, review_year)."""
    script: str = ""
    """The script most of the year's reports are written in: readers see every row in it (a
    measure's title from one body, a figure's label from the Simplified key); JSON keeps them."""
    forms: tuple[tuple[tuple[str, str], str], ...] = ()
    """((Simplified character, s2t's form), the form written) the year's 繁體 reports write alike: readers see
    群眾 as they write it, not s2t's 羣衆 (:func:`display.in_forms`)."""

    def to_json(self) -> dict:
        spans = self.spans or (("", None),) * len(self.entries)
        return {
            "year": self.year,
            "script": self.script,
            "bodies": [{"name": e.body, "year": e.year, "source": str(e.path), "kind": kind, "review_year": review}
                       for e, (kind, review) in zip(self.entries, spans)],
            "measures": [row.to_json() for row in self.measures],
            "expressions": [row.to_json() for row in self.expressions],
            "figures": [{"label": label, "unit": unit, "bodies": values} for label, unit, values in self.figures],
        }


def _trigrams(text: str) -> set[str]:
    return {text[i:i + 3] for i in range(len(text) - 2)} or {text}


def _measure_rows(entries: tuple[Entry, ...], features: list[Features]) -> list[Row]:
    from datasketch import MinHash, MinHashLSH

    items = [(body_index, mid, title) for body_index, feature in enumerate(features)
             for mid, title in feature.measures]
    shingles = [[gram.encode("utf-8") for gram in _trigrams(norm_key(title))] for _, _, title in items]
    signatures = MinHash.bulk(shingles, num_perm=NUM_PERM)
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for index, signature in enumerate(signatures):
        for other in lsh.query(signature):
            parent[root(index)] = root(other)
        lsh.insert(index, signature)
    groups: dict[int, list[int]] = {}
    for index in range(len(items)):
        groups.setdefault(root(index), []).append(index)
    rows = []
    for members in groups.values():
        first: dict[int, int] = {}
        for index in members:
            first.setdefault(items[index][0], index)
        titles = Counter(norm_key(items[index][2]) for index in members)
        best = max(members, key=lambda index: (titles[norm_key(items[index][2])], -index))
        chosen = sorted(first.items())
        rows.append(Row(items[best][2], tuple(entries[b].body for b, _ in chosen),
                        tuple(items[index][1] for _, index in chosen)))
    return sorted(rows, key=lambda row: (-len(row.bodies), row.where[0] if row.where else "", row.text))


def _expression_rows(entries: tuple[Entry, ...], features: list[Features]) -> list[Row]:
    postings: dict[str, set[int]] = {}
    for index, feature in enumerate(features):
        for gram in _trigrams(feature.key):
            postings.setdefault(gram, set()).add(index)
    seen: dict[str, str] = {}
    for feature in features:
        for text in feature.expressions:
            seen.setdefault(norm_key(text).translate(_QUOTES), text)
    rows = []
    everyone = set(range(len(features)))
    for key, text in seen.items():
        candidates = everyone
        for gram in sorted(_trigrams(key), key=lambda g: len(postings.get(g, ()))):
            candidates = candidates & postings.get(gram, set())
            if not candidates:
                break
        having = sorted(index for index in candidates if key in features[index].key)
        if having:
            rows.append(Row(text, tuple(entries[index].body for index in having)))
    return sorted(rows, key=lambda row: (-len(row.bodies), row.text))


def _figure_rows(entries: tuple[Entry, ...], features: list[Features]) -> list[tuple[str, str, dict[str, str]]]:
    table: dict[tuple[str, str], dict[str, str]] = {}
    for entry, feature in zip(entries, features):
        for label, unit, raw, _ in feature.figures:
            table.setdefault((label, unit), {})[entry.body] = raw
    rows = [(label, unit, values) for (label, unit), values in table.items() if len(values) >= 2]
    return sorted(rows, key=lambda row: (-len(row[2]), row[0]))


def mixed_kinds(year: int, entries: tuple[Entry, ...], features: list[Features]) -> tuple[ReportWarning, ...]:
    """A warning when one year's reports are of different kinds (a county's 政府工作报告 beside
    townships' 法治政府建设 reports): set side by side, what they share says little."""
    kinds: dict[str, list[str]] = {}
    for entry, feature in zip(entries, features):
        # -- a report that does not name its kind (a 工作总结 among 法治 reports) is of the kind it
        #    was read as: the kind's own name, or 其他报告 for a report of neither kind --
        name = feature.series or KIND_TITLES.get(feature.kind, OTHER_KIND if feature.kind else "")
        if name:
            kinds.setdefault(name, []).append(entry.body)
    if len(kinds) < 2:
        return ()
    return (ReportWarning.of("mixed_kinds", year=year, kinds=dict(sorted(kinds.items()))),)


def build_matrix(year: int, entries: tuple[Entry, ...], features: list[Features]) -> Matrix:
    """Return the matrix of one year's reports (one entry per body) from their features."""
    return Matrix(year, entries, tuple(_measure_rows(entries, features)), tuple(_expression_rows(entries, features)),
                  tuple(_figure_rows(entries, features)),
                  tuple((feature.kind, feature.review_year) for feature in features), _script(features),
                  _forms(features))


def _forms(features: list[Features]) -> tuple[tuple[tuple[str, str], str], ...]:
    """Return the Traditional forms the year's 繁體 reports write, a character two of them write
    apart (為 and 爲) left to s2t."""
    found: dict[tuple[str, str], set[str]] = {}
    for feature in features:
        for plain, written in feature.forms:
            found.setdefault(plain, set()).add(written)
    return tuple(sorted((plain, next(iter(written))) for plain, written in found.items() if len(written) == 1))


def _script(features: list[Features]) -> str:
    """Return the script most reports are written in (Traditional on a tie: a 繁體 report
    among 简体 ones is seldom an accident of one file)."""
    scripts = Counter(feature.script for feature in features if feature.script)
    if not scripts:
        return ""
    return max(scripts, key=lambda name: (scripts[name], name == "traditional"))


__all__ = ["Features", "Matrix", "Row", "build_matrix", "features_of", "mixed_kinds"]
