"""``reportdiff check``: each body's newest report against its predecessor, judged by the rules.

For every body of a folder the newest report is compared with the one before it (promises
and figures included) and the findings of each rule are collected:

- ``required_parts``: the newest report lacks a part its kind always has (results and plans;
  shortcomings too for 法治 reports, where a paragraph of the review counts), named as its kind
  names it (a 政府工作报告's 工作回顾, a 法治 report's 主要举措及成效);
- ``dropped``: a measure of last year's report with no counterpart this year (not a plan:
  last year's plans give way to this year's by design and are judged by ``not_reported``);
- ``shortcoming_dropped``: a shortcoming last year's report listed (不足, 存在的问题) that this
  year's no longer lists: no measure dropped but a problem said no more, solved or left unsaid,
  which a reviewer asks about;
- ``not_reported``: a plan of last year's report with no result this year;
- ``growth_mismatch``: a stated change (同比增长38%) that disagrees with last year's figure;
- ``year_gap``: the newest report's year is not its predecessor's plus one.

A finding of a rule set to ``fail`` fails the check (exit 1); ``warn`` lists it; ``off`` skips it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import display
from ..kinds import KINDS
from ..models import Comparison, Measure, Report, Role, Status
from ..report_warnings import ReportWarning
from .config import DEFAULT_RULES, Config
from .discover import Corpus, Entry


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule found, with the measure (or part, or file) it concerns."""

    rule: str
    level: str
    """``fail`` or ``warn``: the rule's level when the finding was made."""
    body: str
    subject: str
    """What it concerns: a measure id and title, a plan sentence, a figure, a role, a year."""
    message: str
    label: str = ""
    """The subject as readers see it (``原一、（五）第4项 …`` for ``一/(五)/4 …``); empty when the
    subject holds no id."""

    @property
    def shown(self) -> str:
        """What the Markdown and HTML show: the human label, the subject where there is none."""
        return self.label or self.subject

    def to_json(self) -> dict:
        # -- JSON keeps the ids (tools key on them) and adds the label readers see --
        return {"rule": self.rule, "level": self.level, "body": self.body, "subject": self.subject,
                "label": self.shown, "message": self.message}


@dataclass(frozen=True, slots=True)
class BodyCheck:
    """One body: its newest report, the predecessor (if any), their comparison and findings."""

    body: str
    new: Entry
    old: Entry | None
    report: Report
    comparison: Comparison | None
    findings: tuple[Finding, ...]

    @property
    def failed(self) -> bool:
        return any(finding.level == "fail" for finding in self.findings)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Every body's check, the rules applied and where they came from."""

    bodies: tuple[BodyCheck, ...]
    config: Config
    warnings: tuple[ReportWarning, ...] = ()

    @property
    def failed(self) -> bool:
        return any(body.failed for body in self.bodies)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(finding for body in self.bodies for finding in body.findings)


def required_parts(report: Report) -> tuple[str, ...]:
    """Return the roles the report's kind requires that no part or measure of it has."""
    kind = KINDS.get(report.kind, KINDS["other"])
    present = {part.role for part in report.parts} | {measure.role for measure in report.measures}
    return tuple(role.value for role in kind.required_roles if role not in present)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: The messages of findings, in the language of the run.
_MESSAGES = {
    "zh": {"no_part": "{file}：缺少“{role}”部分", "gap": "{file}（{new}年）接续 {old_file}（{old}年）：{detail}",
           "missing": "缺 {years} 年", "not_next": "年份未递增", "dropped": "{year}年报告有、本年报告无",
           "shortcoming_dropped": "{year}年报告所列不足，本年报告未再列出（已解决或未再提及）",
           "not_reported": "上年计划未见本年报告{replanned}", "replanned": "（今年计划重提：{id}）",
           "short_of": "上年目标未达成：{sentence}", "partly": "上年计划部分完成：{sentence}",
           "under_way": "上年计划推进中：{sentence}"},
    "en": {"no_part": "{file}: no {role} part", "gap": "{file} ({new}) follows {old_file} ({old}): {detail}",
           "missing": "missing {years}", "not_next": "not the next year", "dropped": "in the {year} report, not in this one",
           "shortcoming_dropped": "a shortcoming the {year} report listed, not listed this year (solved or no longer said)",
           "not_reported": "no result reported{replanned}", "replanned": "; restated as {id}",
           "short_of": "short of last year's target: {sentence}", "partly": "last year's plan partly done: {sentence}",
           "under_way": "last year's plan under way: {sentence}"},
}


def findings_for(body: str, report: Report, old: Entry | None, new: Entry, comparison: Comparison | None,
                 config: Config, lang: str = "zh") -> tuple[Finding, ...]:
    """Return the findings of every rule not ``off`` for one body, worded in ``lang``."""
    from ..labels import labels

    words, texts = labels(lang), _MESSAGES.get(lang, _MESSAGES["en"])
    found: list[Finding] = []

    def add(rule: str, subject: str, message: str, label: str = "") -> None:
        level = config.level(rule)
        if level != "off":
            found.append(Finding(rule, level, body, subject, message, label))

    for role in required_parts(report):
        name = words.get(f"{role}_{report.kind}", words[role])
        add("required_parts", role, texts["no_part"].format(file=new.path.name, role=name), name)
    if old is not None and old.year + 1 != new.year:
        missing = "、".join(str(year) for year in range(old.year + 1, new.year))
        detail = texts["missing"].format(years=missing) if missing else texts["not_next"]
        add("year_gap", f"{old.year} → {new.year}", texts["gap"].format(
            file=new.path.name, new=new.year, old_file=old.path.name, old=old.year, detail=detail))
    if comparison is None:
        return tuple(found)
    # -- what a reader sees is in the new report's script, as compare shows it: last year's
    #    titles and plans of a 繁體 report beside this year's 简体 lists read as one text; a
    #    figure's label is read on the Simplified key (受理12345熱線工單, not 受理12345热线工单
    #    beside 1.86萬件) --
    convert, keyed = display.script_converters(comparison.old, comparison.new)
    old_shown = convert or (lambda text: text)
    shown = keyed or (lambda text: text)
    for measure in dropped_measures(comparison):
        title = _short(measure.title)
        add("dropped", f"{measure.id} {title}", texts["dropped"].format(year=old.year if old else ""),
            f"{display.was(lang)}{display.measure_label(measure, lang)} {old_shown(title)}")
    for measure in dropped_shortcomings(comparison):
        title = _short(measure.title)
        add("shortcoming_dropped", f"{measure.id} {title}", texts["shortcoming_dropped"].format(year=old.year if old else ""),
            f"{display.was(lang)}{display.measure_label(measure, lang)} {old_shown(title)}")
    for promise in comparison.promises:
        if promise.status == "not_reported":
            replanned = (texts["replanned"].format(id=display.place(promise.replanned.id, lang))
                         if promise.replanned else "")
            # -- a target missed is said so, with the result that misses it (a list done in part,
            #    with the part done) --
            message = (texts[promise.short_status].format(
                sentence=_short(promise.short_of[0].sentence)) if promise.short_of
                       else texts["not_reported"].format(replanned=replanned))
            # -- the subject keeps the data's text (what a config names); the label is shown --
            add("not_reported", f"{promise.plan.id} {_short(promise.plan.text)}", message,
                f"{display.place(promise.plan.id, lang)} {_short(display.plan_text(promise.plan, convert))}")
    for figure in comparison.figures:
        if figure.claim_check == "inconsistent":
            add("growth_mismatch", f"{figure.new_measure or ''} {figure.label or figure.unit}".strip(),
                display.figure_line(figure, lang, convert, keyed),
                f"{display.place(figure.new_measure or '', lang)} {shown(figure.label or figure.unit)}".strip())
    return tuple(found)


def new_measures(comparison: Comparison) -> list[Measure]:
    """Return this year's measures with no predecessor, shortcomings left out (listed anew by
    :func:`new_shortcomings`) and so a part's new lead (导语): it frames the part, no measure, and
    the summary's 新增 counts it no more than ``compare`` does; nor an address, thanks or closing
    call reworded (``Measure.ceremonial``)."""
    return [match.new for match in comparison.matches
            if match.status is Status.NEW and match.new is not None and match.new.role is not Role.SHORTCOMINGS
            and not match.lead and not match.ceremonial]


def dropped_measures(comparison: Comparison) -> list[Measure]:
    """Return last year's measures with no counterpart this year, plans and shortcomings left out:
    a plan is replaced by this year's plans every year, and whether it was carried out is the
    promise's verdict (a delivered plan listed as dropped would contradict it); a shortcoming no
    longer listed is no measure dropped (:func:`dropped_shortcomings`)."""
    return [match.old for match in comparison.matches
            if match.status is Status.DROPPED and match.old is not None
            and match.old.role not in (Role.PLANS, Role.SHORTCOMINGS) and not match.lead and not match.ceremonial]


def dropped_shortcomings(comparison: Comparison) -> list[Measure]:
    """Return the shortcomings last year's report listed that this year's lists no more."""
    return [match.old for match in comparison.matches
            if match.status is Status.DROPPED and match.old is not None and match.old.role is Role.SHORTCOMINGS
            and not match.lead and not match.ceremonial]


def new_shortcomings(comparison: Comparison) -> list[Measure]:
    """Return the shortcomings this year's report lists anew."""
    return [match.new for match in comparison.matches
            if match.status is Status.NEW and match.new is not None and match.new.role is Role.SHORTCOMINGS
            and not match.lead and not match.ceremonial]


def _compare(pair: tuple[Report, Report]) -> Comparison:
    from ..pipeline import compare

    return compare(pair[0], pair[1])


def run_check(corpus: Corpus, config: Config, load, *, jobs: int = 1, progress=None, lang: str = "zh") -> CheckResult:
    """Return the check of every body in ``corpus``; ``load`` gives the parsed report of a path."""
    plans: list[tuple[str, Entry, Entry | None, Report, Report | None]] = []
    for series in corpus.bodies.values():
        new = series[-1]
        old = series[-2] if len(series) > 1 else None
        plans.append((new.body, new, old, load(new.path), load(old.path) if old else None))
    pairs = [(old_report, new_report) for _, _, _, new_report, old_report in plans if old_report is not None]
    if jobs > 1 and len(pairs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            comparisons = []
            for comparison in pool.map(_compare, pairs):
                comparisons.append(comparison)
                if progress:
                    progress()
    else:
        comparisons = []
        for pair in pairs:
            comparisons.append(_compare(pair))
            if progress:
                progress()
    results = iter(comparisons)
    bodies = []
    for body, new, old, new_report, old_report in plans:
        comparison = next(results) if old_report is not None else None
        bodies.append(BodyCheck(body, new, old, new_report, comparison,
                                findings_for(body, new_report, old, new, comparison, config, lang)))
    return CheckResult(tuple(bodies), config, corpus.warnings)


__all__ = ["DEFAULT_RULES", "BodyCheck", "CheckResult", "Finding", "dropped_measures", "dropped_shortcomings",
           "findings_for", "new_measures", "new_shortcomings", "required_parts", "run_check"]
