"""The records of plans against results: a plan's links to the results it continues, the results
no plan carries on, the shortcomings a plan answers, and last year's promises with their evidence.

Moved out of :mod:`reportdiff.plans`, which builds them and re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import display
from .diff import redline
from .evidence_clause import answering_clause
from .labels import labels
from .models import Measure, PlanSentence, Redline
from .report_warnings import ReportWarning, warnings_json


def _plan_json(plan: PlanSentence) -> dict:
    return {"id": plan.id, "text": plan.text}


@dataclass(frozen=True, slots=True)
class ResultLink:
    """A result measure a plan continues, with the evidence."""

    measure: Measure
    similarity: float
    shared_terms: tuple[str, ...]
    sentence: str = ""
    """The sentence of the result that carries most of the plan's wording (for display)."""
    _redlines: tuple[Redline, ...] | None = field(default=(), compare=False, repr=False)
    """``redlines`` when given, or None until first read (then diffed from ``plan_text``)."""
    plan_text: str = ""
    """The plan's text, which ``redlines`` spells (when not given)."""

    @property
    def redlines(self) -> tuple[Redline, ...]:
        """The plan redlined against ``sentence``: equal and inserted runs spell the plan.
        Diffed when first read (only the HTML and Word views of plans show it), kept after."""
        if self._redlines is None:
            object.__setattr__(self, "_redlines", redline(self.sentence or self.measure.text, self.plan_text))
        return self._redlines

    def to_json(self) -> dict:
        return {"id": self.measure.id, "text": self.measure.text, "similarity": self.similarity,
                "shared_terms": list(self.shared_terms)}

    @property
    def evidence(self) -> str:
        """What a line of text cites: the result sentence the plan continues (全县地区生产总值
        完成312.6亿元…), not the measure's title, which for a paragraph is only its first
        sentence (2025年是极不平凡的一年)."""
        return self.sentence.rstrip("；;") or self.measure.title


@dataclass(frozen=True, slots=True)
class PlanRecord:
    """One plan sentence: ``continues`` one or more results, ``new``, or ``framing`` (今年是…
    关键一年: it frames the plans and promises nothing, so it is linked to nothing)."""

    status: str
    plan: PlanSentence
    results: tuple[ResultLink, ...]

    def to_json(self) -> dict:
        return {"status": self.status, "plan": _plan_json(self.plan),
                "results": [link.to_json() for link in self.results]}

    def summary_line(self, lang: str = "zh") -> str:
        words = labels(lang)
        line = f"[{words[self.status]}] {display.place(self.plan.id, lang)} {self.plan.text}"
        if self.results:
            line += " ← " + "; ".join(
                f"{display.place(link.measure.id, lang)} {link.evidence} ({words['similarity']} "
                f"{display.percent(link.similarity)}{words['colon']}{'、'.join(link.shared_terms)})" for link in self.results)
        return line


@dataclass(frozen=True, slots=True)
class NotCarried:
    """A result measure that no plan continues."""

    measure: Measure

    def to_json(self) -> dict:
        return {"id": self.measure.id, "text": self.measure.text}

    def summary_line(self, lang: str = "zh") -> str:
        return f"[{labels(lang)['not_carried']}] {display.place(self.measure.id, lang)} {self.measure.title}"


@dataclass(frozen=True, slots=True)
class ShortcomingRecord:
    """A shortcoming and the plan sentences that answer it (maybe none)."""

    measure: Measure
    answered_by: tuple[PlanSentence, ...]

    def to_json(self) -> dict:
        return {"id": self.measure.id, "text": self.measure.text,
                "answered_by": [plan.id for plan in self.answered_by]}

    def summary_line(self, lang: str = "zh") -> str:
        answered = "、".join(display.place(plan.id, lang) for plan in self.answered_by)
        none = labels(lang)["no_answer"]
        return f"{display.place(self.measure.id, lang)} {self.measure.title} → {answered or none}"


@dataclass(frozen=True, slots=True)
class PlansAnalysis:
    """One report's plans against its own results and shortcomings."""

    source: str
    year: int | None
    plans: tuple[PlanRecord, ...]
    not_carried: tuple[NotCarried, ...]
    shortcomings: tuple[ShortcomingRecord, ...]
    warnings: tuple[ReportWarning, ...] = ()
    """The report's own warnings (from loading and parsing) and the analysis's."""
    name: str = ""
    """How a reader names the report (its title, else body and year; ``display.report_name``)."""

    @property
    def summary(self) -> dict[str, int]:
        """Counts as ``compare``'s summary gives them: plans by status, results not carried,
        shortcomings and how many of them a plan answers."""
        continuing = sum(1 for record in self.plans if record.status == "continues")
        return {"continues": continuing, "new": len(self.plans) - continuing,
                "not_carried": len(self.not_carried), "shortcomings": len(self.shortcomings),
                "answered": sum(1 for item in self.shortcomings if item.answered_by)}

    def to_json(self, lang: str = "zh") -> dict:
        return {
            "schema_version": 1,
            "report": {"source": self.source, "year": self.year},
            "summary": self.summary,
            **warnings_json(self.warnings, lang),
            "plans": [record.to_json() for record in self.plans],
            "not_carried": [record.to_json() for record in self.not_carried],
            "shortcomings": [record.to_json() for record in self.shortcomings],
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence of this year's results that shows a plan delivered."""

    measure: Measure
    sentence: str
    similarity: float
    shared_terms: tuple[str, ...]

    @property
    def clause(self) -> tuple[int, int] | None:
        """The span of ``sentence`` (start, end) of the clause that answers the plan, the one
        holding most shared terms; None where the sentence answers it whole."""
        return answering_clause(self.sentence, self.shared_terms)

    def marked(self, text: str, open_mark: str, close_mark: str) -> str:
        """Return ``text`` (the sentence, or its start) with the answering clause between the marks."""
        span = self.clause if open_mark or close_mark else None
        if span is None or span[1] > len(text):
            return text
        start, end = span
        return f"{text[:start]}{open_mark}{text[start:end]}{close_mark}{text[end:]}"

    def to_json(self) -> dict:
        span = self.clause
        return {"id": self.measure.id, "sentence": self.sentence, "similarity": self.similarity,
                "shared_terms": list(self.shared_terms),
                # -- the clause answering the plan, where the sentence tells more than it --
                "clause": None if span is None else {"text": self.sentence[span[0]:span[1]],
                                                     "start": span[0], "end": span[1]}}


@dataclass(frozen=True, slots=True)
class Promise:
    """Last year's plan sentence against this year's results: ``delivered`` or ``not_reported``."""

    status: str
    plan: PlanSentence
    evidence: tuple[Evidence, ...]
    replanned: PlanSentence | None = None
    """This year's plan sentence that restates a plan not reported as done (if any)."""
    short_of: tuple[Evidence, ...] = ()
    """For a target not met: this year's result that falls short of it (国内生产总值增长5.5%左右
    against 增长3%). The plan is still ``not_reported`` as done, but a reader is shown why."""
    partly: bool = False
    """``short_of`` is a part of a list of deliverables done, not a figure missed (制定《A》和《B》
    with 《A》 alone reported): shown 部分完成 / partly done, not 未达目标."""
    under_way: bool = False
    """``short_of`` tells a work begun, not finished (建成… against 主体完工), or says the plan
    is not done yet (…尚未建成), not a figure missed: shown 推进中 / under way, not 未达目标."""

    def to_json(self) -> dict:
        found = {"status": self.status, "plan": _plan_json(self.plan),
                 "evidence": [item.to_json() for item in self.evidence],
                 "replanned": _plan_json(self.replanned) if self.replanned else None}
        if self.short_of:
            found["short_of"] = [item.to_json() for item in self.short_of]
            if self.partly:
                found["partly"] = True
            if self.under_way:
                found["under_way"] = True
        return found

    @property
    def short_status(self) -> str:
        """What a ``short_of`` result shows: a list done in part, a work begun, or a target missed."""
        return "partly" if self.partly else "under_way" if self.under_way else "short_of"

    @property
    def shown_status(self) -> str:
        """The status a reader is shown: a target not met is ``short_of`` target, a list done
        in part ``partly`` and a work begun ``under_way``, not merely unreported; a plan restated in this year's plans is
        ``replanned``."""
        if self.status == "not_reported" and self.short_of:
            return self.short_status
        if self.status == "not_reported" and self.replanned is not None:
            return "replanned"
        return self.status

    def summary_line(self, lang: str = "zh", convert=None, marks: tuple[str, str] = ("", "")) -> str:
        """Return one line: status (mark and word, as every format shows it), the plan (in the new
        report's script with ``convert``), then what it is read against, the clause answering the
        plan between ``marks`` (none by default)."""
        words = labels(lang)
        plan = display.plan_text(self.plan, convert)
        status = self.shown_status
        line = f"[{display.promise_status(status, lang)}] {display.place(self.plan.id, lang)} {plan}"
        if self.evidence or self.short_of:
            # -- the result read against the plan: done, done in part, begun or short of it, as the
            #    status's mark says; a sentence cut at its ；/; keeps it (not written twice) --
            items = self.evidence or self.short_of
            # -- a sentence's 。 before the next one's place would read 。; : each but the last
            #    ends at the separator --
            line += " → " + "; ".join(
                f"{display.place(item.measure.id, lang)} "
                + item.marked(item.sentence.rstrip("；;" if at == len(items) - 1 else "；;。."), *marks)
                for at, item in enumerate(items))
        if self.replanned and not self.evidence:
            # -- short of the plan (a target missed, a work only begun) and planned again: both;
            #    a plan only restated says so in its status already --
            restated = "" if status == "replanned" else f"{display.PROMISE_MARKS['replanned']} {words['replanned']} "
            line += f" {'→ ' if not restated else ''}{restated}{display.place(self.replanned.id, lang)} {display.plan_text(self.replanned)}"
        return line

__all__ = ["Evidence", "NotCarried", "PlanRecord", "PlansAnalysis", "Promise", "ResultLink", "ShortcomingRecord"]
