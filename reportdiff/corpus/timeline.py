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

from dataclasses import dataclass, field, replace

from .. import display, lazy_re
from ..models import Comparison, MeasureKind, Report, Role, Status
from ..normalize import key as norm_key
from ..targets import find_targets
from .discover import Entry
from .timeline_rank import pattern, returned


@dataclass(frozen=True, slots=True)
class Link:
    """One measure from one year to the next (either side may be missing)."""

    old_id: str | None
    new_id: str | None
    status: str
    title: str
    """The title in the newer year (the older one's for a dropped measure)."""
    similarity: float = 1.0
    relation: str | None = None
    """``split`` or ``merged`` where compare paired a piece of one measure with another
    (:class:`~reportdiff.models.Match`): a piece is the measure's heir only on its own evidence."""


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
    old_label: str = ""
    new_label: str = ""
    """Each side's own label (the pair's is the one compare chose): a pair whose two sides name
    two indicators (中央财政赤字 against 中央财政资金) is two rows' values, not one row's."""
    added: bool = False
    """A year's additions (新增…4100公里), never in the row of the stock (运营里程2万5千公里)."""


@dataclass(frozen=True, slots=True)
class Step:
    """What the timeline keeps of one year-to-year comparison (small enough to cache)."""

    links: tuple[Link, ...]
    figures: tuple[FigurePair, ...]
    expressions: tuple[str, ...]
    """Expressions new or dropped between the two years."""
    planned: tuple[FigurePair, ...] = ()
    """Figures of the two years' plans (赤字率拟按3%安排): what each year budgets, a series of its own."""
    outcomes: tuple[tuple[str, str], ...] = ()
    """(last year's target as written, what this year's review says it reached)."""


def step_of(comparison: Comparison) -> Step:
    """Return the parts of ``comparison`` a timeline needs."""
    links = tuple(Link(m.old.id if m.old else None, m.new.id if m.new else None, m.status.value,
                       (m.new or m.old).title, m.similarity, m.relation) for m in comparison.matches)
    # -- an indicator's history is what each year reports it reached: a plan's figure is a target
    #    (不少于4名) and would stand in a year's column beside results; the targets table has them --
    old_plans, new_plans = ({measure.id for measure in report.measures if measure.role is Role.PLANS}
                            for report in (comparison.old, comparison.new))
    # -- a part beside the review that is neither it nor the year's plans (the 2016 and 2021
    #    reports' five-year outline: 常住人口城镇化率达到60%, 森林覆盖率24.1%) holds no year's value --
    old_aside, new_aside = (_aside(report) for report in (comparison.old, comparison.new))
    pairs = [(f, FigurePair(f.label, f.unit, f.old.raw if f.old else None, f.old.value if f.old else None,
                            f.new.raw if f.new else None, f.new.value if f.new else None,
                            f.old_measure, f.new_measure, f.old.label if f.old else "", f.new.label if f.new else "",
                            any(side is not None and side.aspect == "new" for side in (f.old, f.new))))
             for f in comparison.figures if f.kind == "year" and f.label]
    # -- a stock against a year's additions (高速铁路运营里程 2万5千公里 against 新增…4100公里) is
    #    never one pair: compare's figure pairing refuses it (figures._comparable); across steps
    #    ``added`` keeps the two in rows of their own --
    # -- a side that is no year's value is left out, the other side kept (114万亿元 of the 2022
    #    report paired with the 2023 five-year review's 121万亿元 still stands for 2021) --
    old_out, new_out = old_plans | old_aside, new_plans | new_aside
    # -- …but the level a five-year review says was reached (国内生产总值从54万亿元增加到82.7万亿元)
    #    is the level of the year the term closes on, the report's review year --
    old_levels, new_levels = (_term_levels(report) for report in (comparison.old, comparison.new))
    figures = tuple(kept for f, pair in pairs if (kept := _without(
        pair, pair.old_measure in old_out and (pair.old_measure, pair.old_raw) not in old_levels or _years_over(f.old),
        pair.new_measure in new_out and (pair.new_measure, pair.new_raw) not in new_levels or _years_over(f.new))))
    # -- …and what each year's plans budget (赤字率拟按3%安排, 2.6%, 2.8%…) is a series of its own:
    #    a figure both years' plans state, or one year's plans where the other has none --
    planned = tuple(pair for f, pair in pairs
                    if (f.old_measure is None or f.old_measure in old_plans)
                    and (f.new_measure is None or f.new_measure in new_plans))
    expressions: tuple[str, ...] = ()
    if comparison.expressions is not None:
        expressions = tuple(e.text for e in (*comparison.expressions.new, *comparison.expressions.dropped))
    # -- a target's outcome only where the new review covers the old plans' year (not over a gap) --
    outcomes: tuple[tuple[str, str], ...] = ()
    old, new = comparison.old, comparison.new
    if old.plan_year is not None and new.review_year == old.plan_year:
        outcomes = tuple((target.text, change.result) for change in comparison.targets if change.result
                         for target in change.olds)
    return Step(links, figures, expressions, planned, outcomes)


#: Figures that are no one year's value, as extraction tells them: a yearly average over the years
#: (年均增长7.8%), the start of 从54万亿元增加到82.7万亿元, a total of several years (“十二五”…
#: 五年来…农村贫困人口减少1亿多).
_OVER_YEARS = frozenset({"average", "from", "cumulative"})


def _years_over(figure) -> bool:
    return figure is not None and figure.aspect in _OVER_YEARS


def _without(pair: FigurePair, old: bool, new: bool) -> FigurePair | None:
    """Return ``pair`` less its old side and/or new side, None when nothing is left."""
    if old and new or old and pair.new_raw is None or new and pair.old_raw is None:
        return None
    if old:
        return replace(pair, old_raw=None, old_value=None, old_measure=None)
    if new:
        return replace(pair, new_raw=None, new_value=None, new_measure=None)
    return pair


def _points_of_years(report: Report) -> set[str]:
    """Return the ids of the points (一是…) a paragraph ending on several years announces
    (2015年是“十二五”收官之年。过去五年，…主要目标任务全面完成。一是…农村贫困人口减少1亿多): the
    paragraph's stretch of years goes on in them, where their own text no longer says so."""
    from ..figures_extract import aligned_key
    from ..figures_years import several_years_spans

    found: set[str] = set()
    inside = False
    for measure in report.measures:
        if measure.kind is MeasureKind.POINT:
            # -- a point goes on in its paragraph's years; it opens no stretch for the next one --
            if inside:
                found.add(measure.id)
            continue
        key = aligned_key(measure.text)
        spans = several_years_spans(key)
        inside = bool(spans) and spans[-1][1] >= len(key.rstrip("。：:；; "))
    return found


def _aside(report: Report) -> set[str]:
    """Return the ids of the measures that hold no value of the year: an end-of-term report's
    review of the five years (五年来…退出钢铁产能1.7亿吨以上 beside a year's 6500万吨), and the
    measures in parts of no role where the report has a review (a report none of whose parts is
    headed as a review has all its measures in such parts)."""
    from ..term_review import term_review

    # -- least=0: the term's review holds no year's value even where last year's is one paragraph --
    aside = set(term_review(report, least=0).measures) | _points_of_years(report)
    if any(measure.role is Role.RESULTS for measure in report.measures):
        aside |= {measure.id for measure in report.measures if measure.role is Role.OTHER}
    return aside


#: What a review says an indicator reached, just before the figure: 增加到121万亿元, 由52.2%提高到
#: 57.5%, 达到9800多万户, 降至2.5% (突破40万亿元 carries 突破 in the figure itself).
_REACHED = lazy_re.compile(r"(?:(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|压缩|缩小)(?:到|至)|增至|降至|升至|达到|突破)$")


def _term_levels(report: Report) -> set[tuple[str, str]]:
    """Return (measure id, figure as written) of each level an end-of-term report's five-year
    review says was reached: no total or average over the years (五年累计, 年均增长) but where the
    term left the indicator, its review year's level."""
    from ..figures import value_figures
    from ..figures_extract import aligned_key
    from ..term_review import term_review

    review = set(term_review(report, least=0).measures)
    found: set[tuple[str, str]] = set()
    for measure in report.measures:
        if measure.id not in review:
            continue
        key = aligned_key(measure.text)
        for figure in value_figures(measure):
            if figure.aspect in _OVER_YEARS or figure.aspect in ("delta", "listed", "new"):
                continue
            if _REACHED.search(key, 0, figure.start) or figure.raw.startswith("突破"):
                found.add((measure.id, figure.raw))
    return found


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
    folded: bool = False
    """Whether a reader sees it folded under a count (:func:`.timeline_rank.ranked_measures`)."""
    framing: bool = False
    """Whether it is the report's frame rather than a measure (:func:`frames_year`): folded."""
    role: str = ""
    """The role of the part it last stands in (``plans``, ``shortcomings``…): a reader tells a
    plan or a shortcoming carried on from a measure carried on."""

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
            "folded": self.folded,
            "framing": self.framing,
            "role": self.role,
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
    planned: tuple[tuple[str, str, dict[int, tuple[str, float | None]]], ...] = ()
    """What the plans of each year budget (赤字率 3%, 2.6%…), as ``figures``, by report year."""
    spans: tuple[tuple[int | None, int | None], ...] = ()
    """Each report's (review_year, plan_year): a 政府工作报告 of 2016 reviews 2015."""
    standing: frozenset[str] = frozenset()
    """The expressions that are standing formulations (the policy lexicon's terms)."""
    script: str = ""
    """The script of the newest report (``traditional`` or ``simplified``): readers see every row's
    label in it, whichever report or key it came from; JSON keeps each as found."""
    forms: tuple[tuple[tuple[str, str], str], ...] = ()
    """((Simplified character, s2t's form), the form the newest report writes instead), where that
    report is 繁體: readers see the rows as the folder writes (群眾, 審核, not s2t's 羣衆, 審覈:
    :func:`display.in_forms`); JSON keeps each row as found, and not this table."""
    folded: frozenset[str] = frozenset()
    """The expressions (standing or not) a reader sees folded under a count: one year's wording,
    and those past the first rows of their table (:mod:`.timeline_rank`)."""

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(entry.year for entry in self.entries)

    def to_json(self) -> dict:
        return {
            "body": self.body,
            "years": list(self.years),
            "script": self.script,
            "reports": [{"source": str(e.path), "year": e.year, "kind": kind, "review_year": review, "plan_year": plan}
                        for e, kind, (review, plan) in zip(self.entries, self.kinds,
                                                           self.spans or [(None, None)] * len(self.entries))],
            "measures": [lineage.to_json() for lineage in self.lineages],
            "figures": [{"label": label, "unit": unit,
                         "values": {str(y): {"raw": raw, "value": value} for y, (raw, value) in sorted(values.items())}}
                        for label, unit, values in self.figures],
            "targets": [{"indicator": indicator, "years": {str(y): data for y, data in sorted(years.items())}}
                        for indicator, years in self.targets],
            "expressions": [{"text": text, "years": list(years), "first_year": years[0], "last_year": years[-1],
                             "standing": text in self.standing, "pattern": pattern(years, self.years),
                             "returned": returned(years, self.years), "folded": text in self.folded}
                            for text, years in self.expressions],
            "planned": [{"label": label, "unit": unit,
                         "values": {str(y): {"raw": raw, "value": value} for y, (raw, value) in sorted(values.items())}}
                        for label, unit, values in self.planned],
        }


def _heirs(links: tuple[Link, ...]) -> dict[int, bool]:
    """Return, for each link that shares a side with another, whether it carries the measure's
    lineage on. Several old measures merged into one: the plain pair where compare made one, else
    the piece closest to the whole if it is a pair on content alone
    (:data:`~reportdiff.align.MATCH_THRESHOLD`), else none: a merge of pieces none of which is
    (2023's 保障基本民生和发展社会事业 of five 2022 sections) ends every piece's row, merged, and
    starts the merged measure's own; one row does not run from 教育 into 民生 on a piece's
    strength. One measure split into several: each piece that is such a pair shares the history
    so far, or the closest piece alone where none is."""
    from ..align import MATCH_THRESHOLD

    merged: dict[str, list[int]] = {}
    split: dict[str, list[int]] = {}
    for index, link in enumerate(links):
        if link.old_id is not None and link.new_id is not None:
            merged.setdefault(link.new_id, []).append(index)
            split.setdefault(link.old_id, []).append(index)
    heirs: dict[int, bool] = {}

    def closest(members: list[int]) -> int:
        return max(members, key=lambda index: (links[index].similarity, -index))

    for members in merged.values():
        if len(members) < 2:
            continue
        plain = [index for index in members if links[index].relation is None]
        best = closest(members)
        heir = plain[0] if plain else best if links[best].similarity >= MATCH_THRESHOLD else None
        heirs.update((index, index == heir) for index in members)
    for members in split.values():
        if len(members) < 2:
            continue
        carried = {index for index in members if links[index].similarity >= MATCH_THRESHOLD} or {closest(members)}
        heirs.update((index, heirs.get(index, True) and index in carried) for index in members)
    return heirs


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
        heirs = _heirs(step.links)
        for position, link in enumerate(step.links):
            lineage = current.get(link.old_id) if link.old_id else None
            if link.new_id is None:
                if lineage is not None:
                    lineage.dropped_in = year
                continue
            if not heirs.get(position, True):
                # -- a piece that does not carry its measure on: the old row ends merged into the
                #    new measure (or goes on through its own heir), the new one goes on in the row
                #    of its heir or in a row of its own --
                if lineage is not None and year not in lineage.years:
                    if not any(heirs.get(other, True) and other_link.old_id == link.old_id
                               for other, other_link in enumerate(step.links)):
                        lineage.merged_in = year
                if link.new_id not in following and not any(
                        heirs.get(other, True) and other_link.new_id == link.new_id
                        for other, other_link in enumerate(step.links)):
                    fresh = Lineage({year: (link.new_id, link.status, link.title)})
                    lineages.append(fresh)
                    following[link.new_id] = fresh
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


def _ranked_lineages(lineages: list[Lineage], years: list[int], reports: list[Report] | None = None) -> list[Lineage]:
    """Return ``lineages`` in the order a reviewer reads them (:func:`.timeline_rank.ranked_measures`),
    each marked folded or not, and framing or not (:func:`_framing`)."""
    from .timeline_rank import ranked_measures

    if reports:
        by_year = {year: {measure.id: measure for measure in report.measures} for year, report in zip(years, reports)}
        for lineage in lineages:
            held = [by_year[year].get(mid) for year, (mid, _, _) in sorted(lineage.years.items()) if year in by_year]
            lineage.framing = _framing(held)
            roles = [measure.role.value for measure in held if measure is not None]
            lineage.role = roles[-1] if roles else ""
    order, folded = ranked_measures(
        [([status for _, status, _ in (lineage.years[year] for year in sorted(lineage.years))],
          lineage.dropped_in is not None or lineage.merged_in is not None,
          years.index(lineage.first_year) if lineage.first_year in years else 0, lineage.framing)
         for lineage in lineages], len(years))
    for index in folded:
        lineages[index].folded = True
    return [lineages[index] for index in order]


#: What frames a review or a report as a whole, beside the plans' framing (kinds.is_framing, read
#: in plans only: a review's 作出重要贡献 reports a result): what the year is (2015年是“十二五”收官
#: 之年), the announcement of the review's list (主要做了以下工作：), whose the year's results are
#: (过去一年取得的成绩，是…领导的结果), the thanks (表示诚挚感谢), how hard they were won (成绩来之
#: 不易), what doing the year's work means (做好今年工作意义重大), the closing couplet (奋斗才能赢得
#: 未来, 实干铸就辉煌), the announcement of the shortcomings' list (我局工作还存在一些不足：; a
#: shortcoming itself says what falls short, and does not end on the colon).
_COUPLET_CLAUSE = (r"[^,，。;；!]{1,8}(?:(?:赢得|创造|成就|开创|铸就)(?:未来|历史|辉煌)|重在担当|"
                   r"更须砥砺奋进|催人奋进)")
_FRAME = lazy_re.compile(
    r"^(?:今年|去年|明年|(?:19|20)\d{2}年)是[^。;]{0,40}(?:之年|一年)|以下(?:几个方面|[一二三四五六七八九十]个方面)?(?:的)?工作[:：]?$|"
    r"(?:成绩|成就)[^。;]{0,12}是[^。;]{2,80}的结果|(?:表示|致以)(?:诚挚|衷心|崇高)?(?:的)?(?:感谢|敬意)|"
    r"意义(?:十分|特别)?重大$|(?:来之不易|殊为不易|实属不易)$|"
    r"(?:存在|有|面临)(?:以下|如下|一些|若干|不少)?(?:几个方面的|方面的|的)?(?:不足|问题|差距|短板|困难)"
    r"(?:[和与及](?:不足|问题|差距|短板|困难))?(?:,主要(?:是|表现在|有))?[:：]$|"
    rf"^{_COUPLET_CLAUSE}(?:[,，]{_COUPLET_CLAUSE})*$")


def _frames(sentence: str, plans: bool) -> bool:
    from ..kinds import is_framing

    key = norm_key(sentence).rstrip("。;；!！")
    return bool(key) and (_FRAME.search(key) is not None or plans and is_framing(key))


def _framing(measures: list) -> bool:
    """Whether a lineage is a frame of its reports (今年是…关键一年, 一年来，我们主要做了以下工作,
    过去一年取得的成绩，是…的结果): in most of its years, half or more of the measure's sentences
    frame. A measure that only opens on a frame (过去一年，国防和军队建设取得显著成效。…) is kept."""
    from ..parse_markers import split_sentences

    held = [measure for measure in measures if measure is not None]
    if not held:
        return False
    framed = 0
    for measure in held:
        sentences = [sentence for sentence in split_sentences(measure.text) if sentence.strip("。；;！!？? ")]
        plans = measure.role is not Role.RESULTS
        if sentences and 2 * sum(_frames(sentence, plans) for sentence in sentences) >= len(sentences):
            framed += 1
    return 2 * framed > len(held)


def _apart(pairs) -> list[FigurePair]:
    """Return ``pairs`` with each pair whose two sides name two indicators (中央财政赤字 1.83万亿元
    against 中央财政资金 2.8万亿元) cut into its two sides, each under its own label."""
    from ..indicators import other_indicators

    kept: list[FigurePair] = []
    for pair in pairs:
        if pair.old_raw is not None and pair.new_raw is not None and other_indicators(pair.old_label, pair.new_label):
            kept.append(replace(pair, label=pair.old_label, new_raw=None, new_value=None, new_measure=None))
            kept.append(replace(pair, label=pair.new_label, old_raw=None, old_value=None, old_measure=None))
        else:
            kept.append(pair)
    return kept


def _ended_row(rows: list[tuple[int, str]], label: str) -> int | None:
    """The row, of those a figure written alike ended on in one measure, whose label there is the
    most like ``label`` (the figure's label in the next comparison); None when there is none."""
    if len(rows) < 2:
        return rows[0][0] if rows else None
    from ..figure_similarity import label_similarity

    return max(rows, key=lambda row: label_similarity(row[1], label))[0]


def _figures(years: list[int], steps: list[Step], kept: str = "figures"
             ) -> list[tuple[str, str, dict[int, tuple[str, float | None]]]]:
    from ..indicators import indicator_name

    series: list[dict[int, tuple[str, float | None]]] = []
    names: list[tuple[str, str]] = []
    by_name: dict[tuple[str, str, bool], int] = {}
    # -- a figure of one year's report is one row whatever label each comparison gave it
    #    (排查化解矛盾纠纷 316件 with 2023, 依托镇综治中心排查化解矛盾纠纷 316件 with 2025): the
    #    next step picks up the row its old figure (year, measure, as written) ended on; the
    #    row is named as the newest comparison names it. Rows are found by the indicator a label
    #    names (赤字规模 and 财政赤字 are one row: :func:`indicator_name`) --
    #    Two figures of one measure written alike (城镇和农村居民人均可支配收入分别增长5.2%和5.2%) each
    #    ended on its own row: the next step's figure takes the row its own label named --
    ended: dict[tuple[int, str | None, str], list[tuple[int, str]]] = {}
    for index, step in enumerate(steps):
        # -- figures paired across the two years first: a figure only one year has (五年来累计
        #    新建…26个 beside the year's 6个) takes no year another row's pair already filled --
        for pair in sorted(_apart(getattr(step, kept, ())), key=lambda pair: pair.old_raw is None or pair.new_raw is None):
            name = (indicator_name(pair.label), pair.unit, pair.added)
            label = pair.label
            row = _ended_row(ended.get((years[index], pair.old_measure, pair.old_raw), []), pair.old_label or label) \
                if pair.old_raw is not None else None
            if row is None:
                row = by_name.get(name)
            if row is None:
                row = len(series)
                series.append({})
                names.append((label, pair.unit))
            other = by_name.get(name)
            if other is not None and other != row and not series[other].keys() & series[row].keys():
                # -- a row that went by another name for a year (国内生产总值总量 in 2019) takes
                #    back the name of the row it continues, years apart: one row --
                for year, value in series[row].items():
                    series[other].setdefault(year, value)
                series[row] = {}
                ended = {place: [(other if kept == row else kept, named) for kept, named in rows]
                         for place, rows in ended.items()}
                row = other
            names[row] = (label, pair.unit)
            by_name[name] = row
            if pair.old_raw is not None:
                series[row].setdefault(years[index], (pair.old_raw, pair.old_value))
            if pair.new_raw is not None:
                series[row].setdefault(years[index + 1], (pair.new_raw, pair.new_value))
                ended.setdefault((years[index + 1], pair.new_measure, pair.new_raw), []).append((row, pair.new_label or label))
    return [(label, unit, values) for (label, unit), values in zip(names, series) if len(values) >= 2]


def _targets(reports: list[Report], years: list[int], steps: list[Step]) -> list[tuple[str, dict[int, dict]]]:
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
    # -- what the next review says each target reached (6.5%－7% → 6.7%): the target's year beside
    #    its outcome, which the next report's figures show a column later --
    for year, step in zip(years, steps):
        reached = dict(step.outcomes)
        for topic in names:
            data = by_topic[topic].get(year)
            if data is not None and data["text"] in reached:
                data["result"] = reached[data["text"]]
    return [(names[topic], by_topic[topic]) for topic in names]


def _budgeted(planned: list[tuple[str, str, dict[int, tuple[str, float | None]]]],
              targets: list[tuple[str, dict[int, dict]]]) -> list[tuple[str, str, dict[int, tuple[str, float | None]]]]:
    """Return the planned rows less those the targets table shows (城镇新增就业1100万人以上 is a
    main target and a plan figure): every value of the row is that year's target's figure."""
    texts: dict[int, str] = {}
    for _, by_year in targets:
        for year, data in by_year.items():
            texts[year] = texts.get(year, "") + norm_key(data["text"])
    return [(label, unit, values) for label, unit, values in planned
            if not all(norm_key(raw) in texts.get(year, "") for year, (raw, _) in values.items())]


def _report_key(report: Report) -> str:
    pieces = [norm_key(report.title), norm_key(report.preamble)]
    pieces += [part.key for part in report.parts] + [section.key for section in report.sections]
    pieces += [measure.key for measure in report.measures]
    return "".join(pieces)


_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")


def _expressions(reports: list[Report], years: list[int], steps: list[Step]
                 ) -> tuple[list[tuple[str, tuple[int, ...]]], frozenset[str], frozenset[str]]:
    """Return every expression with the years whose report has it, the standing formulations
    first, each table ranked as :mod:`.timeline_rank` says; which rows are standing, and which
    are folded."""
    from .timeline_rank import ranked, weight

    keys = [_report_key(report).translate(_QUOTES) for report in reports]
    seen: dict[str, str] = {}
    for step in steps:
        for text in step.expressions:
            seen.setdefault(norm_key(text).translate(_QUOTES), text)
    found = []
    weights: dict[str, float] = {}
    for key, text in seen.items():
        present = tuple(year for year, report_key in zip(years, keys) if key in report_key)
        if present:
            found.append((text, present))
            weights[text] = weight(present, years, sum(report_key.count(key) for report_key in keys))
    standing, standing_weights = _standing(keys, years) if len(reports) > 1 else ([], {})
    named = {text for text, _ in standing}
    standing, folded_standing = ranked(standing, years, standing_weights)
    others, folded_others = ranked([item for item in found if item[0] not in named], years, weights)
    return standing + others, frozenset(named), folded_standing | (folded_others - named)


def _standing(keys: list[str], years: list[int]) -> tuple[list[tuple[str, tuple[int, ...]]], dict[str, float]]:
    """Return the standing formulations (the policy lexicon's terms: 新常态, 高质量发展, 新发展格局)
    that enter or leave the series, with the years that hold them, and each one's weight (its
    mentions, lifted for a fresh entry or leaving): a theme's first and last year is what a
    reader of a series asks, and the year-to-year spans (立足新发展阶段，贯彻新发展理念，
    构建新发展格局) each hold it one year only. A term inside a longer one of the same years
    (新发展格局 in 构建新发展格局) is the row."""
    from ..expression_lexicon import terms, written
    from ..expression_units import mask
    from .timeline_rank import weight

    masked = [mask(key) for key in keys]
    # -- one formulation written with and without its 、 (大众创业、万众创新 / 大众创业万众创新) is one
    #    row: a report that drops the mark has not dropped the theme --
    variants: dict[str, list[str]] = {}
    for term in terms():
        variants.setdefault(term.replace("、", ""), []).append(term)
    present: dict[str, tuple[int, ...]] = {}
    mentions: dict[str, int] = {}
    for forms in variants.values():
        term = forms[0]
        held = [index for index, key in enumerate(masked) if any(form in key for form in forms)]
        mentions[term] = sum(key.count(form) for key in masked for form in forms)
        # -- one run of years, entered or left within the series, or a theme's return (below):
        #    a term that comes and goes (2016, 2019, 2022) is the wording of a year, not a
        #    theme's life; one year alone counts only at either end (new in the latest report,
        #    gone after the first) --
        if not held or len(held) == len(years) or held[-1] - held[0] + 1 != len(held) and not returned(tuple(held), range(len(years))):
            continue
        if len(held) == 1 and held[0] not in (0, len(years) - 1):
            continue
        present[term] = tuple(years[index] for index in held)
    kept = [term for term, held in present.items()
            if not any(other != term and other in term and present[other] == held for other in present)]
    weights = {written()[term]: weight(present[term], years, mentions[term], terms()[term])
               for term in kept}
    return [(written()[term], present[term]) for term in kept], weights


def build_timeline(body: str, entries: tuple[Entry, ...], reports: list[Report], steps: list[Step]) -> Timeline:
    """Return the timeline of one body from its reports (oldest first) and the steps between them."""
    years = [entry.year for entry in entries]
    targets = _targets(reports, years, steps)
    expressions, standing, folded = _expressions(reports, years, steps)
    return Timeline(
        body, entries, tuple(report.kind for report in reports),
        tuple(_ranked_lineages(_lineages(reports, years, steps), years, reports)), tuple(_figures(years, steps)),
        tuple(targets), tuple(expressions),
        tuple(_budgeted(_figures(years, steps, "planned"), targets)),
        tuple((report.review_year, report.plan_year) for report in reports), standing,
        display.script(reports[-1]) if reports else "",
        tuple(sorted(display.forms_in_use(reports[-1]).items())) if reports else (), folded,
    )


__all__ = ["FigurePair", "Lineage", "Link", "Step", "Timeline", "build_timeline", "compare_step", "step_of"]
