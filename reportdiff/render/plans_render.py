"""Rendering of one report's plans analysis (``reportdiff plans``): JSON, Markdown, terminal text and HTML."""

from __future__ import annotations

import json
from typing import Any


from .. import display
from ..models import MeasureKind, Op
from ..normalize import normalize
from ..plans import PlansAnalysis, ResultLink
from ._templates import environment
from ..labels import labels
from ._common import safe
from .markdown import escape
from ._warnings import NOTICE_CSS, warning_markdown, warning_notice_html

TEMPLATE = "plans.html.j2"

def _words(lang: str) -> dict[str, str]:
    return labels(lang)


# ---------------------------------------------------------------- JSON


def render_plans_json(analysis: PlansAnalysis, lang: str = "zh") -> str:
    """Return the analysis as schema_version 1 JSON text (deterministic, UTF-8, indented); its
    warnings' messages in ``lang``."""
    return json.dumps(analysis.to_json(lang), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- Markdown and terminal


def _counts(analysis: PlansAnalysis, words: dict[str, str]) -> str:
    continuing = sum(1 for record in analysis.plans if record.status == "continues")
    return (f"{words['continues']} {continuing}  {words['new']} {sum(1 for r in analysis.plans if r.status == 'new')}  "
            f"{words['not_carried']} {len(analysis.not_carried)}")


def _plan_lines(analysis: PlansAnalysis, lang: str, code=str, text=str,
                status=lambda word: f"[{word}]") -> tuple[list[str], list[str], list[str]]:
    """The lines of plans, results not carried and shortcomings, places as labels
    (``display.place``; ids stay in JSON); ``code`` marks a label (backticks in Markdown),
    ``text`` escapes report text and ``status`` marks a plan's status."""
    words = _words(lang)

    def at(identifier: str) -> str:
        return code(display.place(identifier, lang))

    plans = []
    for record in analysis.plans:
        line = f"{status(words[record.status])} {at(record.plan.id)} {text(display.plan_text(record.plan))}"
        for link in record.results:
            line += (f" ← {at(link.measure.id)} {text(link.evidence)} ({words['similarity']} "
                     f"{display.percent(link.similarity)}{words['colon']}{text('、'.join(link.shared_terms))})")
        plans.append(line)
    not_carried = [f"{at(item.measure.id)} {text(item.measure.title)}" for item in analysis.not_carried]
    shortcomings = [f"{at(item.measure.id)} {text(item.measure.title)} → "
                    f"{'、'.join(at(plan.id) for plan in item.answered_by) or words['no_answer']}"
                    for item in analysis.shortcomings]
    return plans, not_carried, shortcomings


def _name(analysis: PlansAnalysis) -> str:
    return analysis.name or f"{analysis.source} ({analysis.year or '?'})"


def render_plans_markdown(analysis: PlansAnalysis, lang: str = "zh") -> str:
    """Return a Markdown summary: every plan with its status and evidence, not-carried results, shortcomings."""
    words = _words(lang)
    plans, not_carried, shortcomings = _plan_lines(analysis, lang, lambda label: f"`{label}`", escape,
                                                   lambda word: f"**{word}**")
    out = [f"# {words['plans_title']}{words['colon']}{escape(_name(analysis))}", "",
           *warning_markdown(analysis.warnings, lang, escape, file_names=True), _counts(analysis, words), "",
           f"## {words['plans']} ({len(plans)})", ""]
    out += [f"- {line}" for line in plans]
    out += ["", f"## {words['not_carried']} ({len(not_carried)})", ""]
    out += [f"- {line}" for line in not_carried]
    out += ["", f"## {words['shortcomings']} ({len(shortcomings)})", ""]
    out += [f"- {line}" for line in shortcomings]
    return "\n".join(out) + "\n"


def render_plans_text(analysis: PlansAnalysis, lang: str = "zh") -> str:
    """Return the terminal summary: one line per plan, not-carried result and shortcoming."""
    words = _words(lang)
    plans, not_carried, shortcomings = _plan_lines(analysis, lang)
    lines = [_name(analysis), _counts(analysis, words), "", f"== {words['plans']} ({len(plans)}) =="]
    lines += plans
    lines += ["", f"== {words['not_carried']} ({len(not_carried)}) =="]
    lines += not_carried
    lines += ["", f"== {words['shortcomings']} ({len(shortcomings)}) =="]
    lines += shortcomings
    return safe("\n".join(lines)) + "\n"


# ---------------------------------------------------------------- HTML


def _runs(link: ResultLink, side: str) -> list[dict[str, str]]:
    """One side of a plan's redline against its result: ``plan`` (equal and inserted runs spell
    the plan) or ``result`` (equal and deleted runs spell the result sentence). The words both
    share are marked: the redline's equal runs, and wherever the side writes a shared term the
    link is evidenced by (a rewrite the redline takes as a whole still shows 优良天数 on both
    sides; of a concept written two ways, 蓝天保卫战≈空气质量, each side's own form)."""
    dropped = Op.DELETE if side == "plan" else Op.INSERT
    runs = [(run.op.value, run.text if side == "plan" or run.old_text is None else run.old_text,
             # -- a shared 。 or ， is no shared wording worth marking --
             run.op is Op.EQUAL and any(ch.isalnum() for ch in run.text))
            for run in link.redlines if run.op is not dropped]
    text = "".join(part for _, part, _ in runs)
    marked = [shared for _, part, shared in runs for _ in part]
    written = normalize(text)
    for term in link.shared_terms:
        term = term.split("≈")[0 if side == "plan" else -1]
        start = written.key.find(term)
        while term and start >= 0:
            for offset in range(written.origin[start], written.origin[start + len(term)]):
                marked[offset] = True
            start = written.key.find(term, start + 1)
    # -- the runs again, cut where the marking changes --
    ops = [op for op, part, _ in runs for _ in part]
    out: list[dict[str, str]] = []
    for offset, ch in enumerate(text):
        if out and out[-1]["op"] == ops[offset] and out[-1]["shared"] == marked[offset]:
            out[-1]["text"] += ch
        else:
            out.append({"op": ops[offset], "text": ch, "shared": marked[offset]})
    return out


def _plan_cards(analysis: PlansAnalysis, words: dict[str, str], lang: str) -> list[dict[str, Any]]:
    cards = []
    for number, record in enumerate(analysis.plans, 1):
        links = []
        for link in record.results:
            links.append({
                "id": link.measure.id,
                "label": display.place(link.measure.id, lang),
                # -- a paragraph's title is only its first sentence, no heading: the result
                #    sentence beside the plan says what it continues --
                "title": link.measure.title if link.measure.kind is not MeasureKind.PARAGRAPH else "",
                "similarity": display.percent(link.similarity, changed=True),
                "evidence": f"{words['shared_terms']}{words['colon']}{'、'.join(link.shared_terms)}",
                "runs": _runs(link, "plan"),
                "result_runs": _runs(link, "result"),
            })
        cards.append({
            "anchor": f"plan-{number}",
            "id": record.plan.id,
            "block": record.plan.block_id,
            "label": display.place(record.plan.id, lang),
            "status": record.status,
            "status_label": words[record.status],
            "text": record.plan.text,
            "links": links,
        })
    return cards


def render_plans_html(analysis: PlansAnalysis, lang: str = "zh") -> str:
    """Return the plans analysis as one self-contained HTML page (inline CSS and JS, no links out).

    The page shares the comparison page's design, contents panel and change navigation. Each
    continuing plan stands beside the result sentence it continues, the words both share
    marked; new plans and results no plan carries are listed as they are written. Report
    text is always escaped; the same analysis always renders the same bytes.
    """
    words = _words(lang)
    cards = _plan_cards(analysis, words, lang)
    anchors = {card["id"]: card["anchor"] for card in cards}
    groups: list[dict[str, Any]] = []
    for card in cards:
        if not groups or groups[-1]["block"] != card["block"]:
            groups.append({"block": card["block"], "anchor": f"plans-{len(groups) + 1}",
                           "label": display.place(card["block"], lang), "cards": []})
        groups[-1]["cards"].append(card)
    shortcomings = [{
        "id": item.measure.id,
        "label": display.place(item.measure.id, lang),
        "text": item.measure.text,
        "answers": [{"id": plan.id, "label": display.place(plan.id, lang), "anchor": anchors[plan.id],
                     "text": plan.text} for plan in item.answered_by],
    } for item in analysis.shortcomings]
    statuses = [{"key": key, "label": words[key], "count": sum(1 for card in cards if card["status"] == key)}
                for key in ("continues", "new", "framing")]
    # -- the report as a reader names it (政府工作报告（2022年）), as the comparison page does;
    #    the file name only when the report names nothing --
    name = analysis.name or f"{analysis.source.replace(chr(92), '/').rsplit('/', 1)[-1]}"
    return environment().get_template(TEMPLATE).render(
        html_lang="zh-Hans" if lang == "zh" else lang,
        t=words,
        source=analysis.source,
        name=f"{name}（{analysis.year}）" if analysis.year and not analysis.name else name,
        year=analysis.year,
        statuses=[status for status in statuses if status["count"]],
        plans=cards,
        groups=groups,
        not_carried=[{"id": item.measure.id, "label": display.place(item.measure.id, lang), "text": item.measure.text}
                     for item in analysis.not_carried],
        shortcomings=shortcomings,
        # -- the warnings (no plans part found, tracked changes…) above the counts they explain --
        notice=warning_notice_html(analysis.warnings, lang, file_names=True),
        notice_css=NOTICE_CSS,
    )


__all__ = ["render_plans_html", "render_plans_json", "render_plans_markdown", "render_plans_text"]
