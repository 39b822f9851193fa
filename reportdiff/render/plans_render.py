"""Rendering of one report's plans analysis (``reportdiff plans``): JSON, Markdown, terminal text and HTML."""

from __future__ import annotations

import json
from typing import Any


from ..models import Op, Redline
from ..plans import PlansAnalysis
from ._templates import environment
from ..labels import labels
from ._common import safe
from .markdown import escape

TEMPLATE = "plans.html.j2"

def _words(lang: str) -> dict[str, str]:
    return labels(lang)


# ---------------------------------------------------------------- JSON


def render_plans_json(analysis: PlansAnalysis) -> str:
    """Return the analysis as schema_version 1 JSON text (deterministic, UTF-8, indented)."""
    return json.dumps(analysis.to_json(), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- Markdown and terminal


def _counts(analysis: PlansAnalysis, words: dict[str, str]) -> str:
    continuing = sum(1 for record in analysis.plans if record.status == "continues")
    return (f"{words['continues']} {continuing}  {words['new']} {sum(1 for r in analysis.plans if r.status == 'new')}  "
            f"{words['not_carried']} {len(analysis.not_carried)}")


def render_plans_markdown(analysis: PlansAnalysis, lang: str = "zh") -> str:
    """Return a Markdown summary: every plan with its status and evidence, not-carried results, shortcomings."""
    words = _words(lang)
    out = [f"# {words['plans_title']}: {escape(analysis.source)} ({analysis.year or '?'})", "",
           _counts(analysis, words), "", f"## {words['plans']} ({len(analysis.plans)})", ""]
    for record in analysis.plans:
        line = f"- **{words[record.status]}** `{record.plan.id}` {escape(record.plan.text)}"
        for link in record.results:
            terms = "、".join(link.shared_terms)
            line += (f"  \n  ← `{link.measure.id}` {escape(link.measure.title)} "
                     f"({words['similarity']} {link.similarity:.2f}; {words['shared_terms']}: {escape(terms)})")
        out.append(line)
    out += ["", f"## {words['not_carried']} ({len(analysis.not_carried)})", ""]
    out += [f"- `{item.measure.id}` {escape(item.measure.title)}" for item in analysis.not_carried]
    out += ["", f"## {words['shortcomings']} ({len(analysis.shortcomings)})", ""]
    for item in analysis.shortcomings:
        answered = ", ".join(f"`{plan.id}`" for plan in item.answered_by) or words["no_answer"]
        out.append(f"- `{item.measure.id}` {escape(item.measure.title)} → {answered}")
    return "\n".join(out) + "\n"


def render_plans_text(analysis: PlansAnalysis, lang: str = "zh") -> str:
    """Return the terminal summary: one line per plan, not-carried result and shortcoming."""
    words = _words(lang)
    lines = [f"{analysis.source} ({analysis.year or '?'})", _counts(analysis, words), "",
             f"== {words['plans']} ({len(analysis.plans)}) =="]
    lines += [record.summary_line(lang) for record in analysis.plans]
    lines += ["", f"== {words['not_carried']} ({len(analysis.not_carried)}) =="]
    lines += [item.summary_line(lang) for item in analysis.not_carried]
    lines += ["", f"== {words['shortcomings']} ({len(analysis.shortcomings)}) =="]
    lines += [item.summary_line(lang) for item in analysis.shortcomings]
    return safe("\n".join(lines)) + "\n"


# ---------------------------------------------------------------- HTML


def _runs(redlines: tuple[Redline, ...]) -> list[dict[str, str]]:
    # -- only the plan's side: equal and inserted runs; what the result says beyond it is
    #    shown in full under the plan, not as a wall of deletions --
    return [{"op": run.op.value, "text": run.text} for run in redlines if run.op is not Op.DELETE]


def _plan_cards(analysis: PlansAnalysis, words: dict[str, str]) -> list[dict[str, Any]]:
    cards = []
    for number, record in enumerate(analysis.plans, 1):
        links = []
        for link in record.results:
            links.append({
                "id": link.measure.id,
                "title": link.measure.title,
                "text": link.measure.text,
                "sentence": link.sentence or link.measure.text,
                "similarity": f"{link.similarity:.2f}",
                "evidence": f"{words['shared_terms']}: {'、'.join(link.shared_terms)}",
                "runs": _runs(link.redlines),
            })
        cards.append({
            "anchor": f"plan-{number}",
            "id": record.plan.id,
            "status": record.status,
            "status_label": words[record.status],
            "text": record.plan.text,
            "links": links,
        })
    return cards


def render_plans_html(analysis: PlansAnalysis, lang: str = "zh") -> str:
    """Return the plans analysis as one self-contained HTML page (inline CSS, no links out).

    Each continuing plan is redlined against the sentence of the result it continues
    (diff.redline(result sentence, plan)): shared wording plain, new wording inserted.
    New plans are shown as insertions, results not carried as deletions. Report text is
    always escaped; the same analysis always renders the same bytes.
    """
    words = _words(lang)
    cards = _plan_cards(analysis, words)
    anchors = {card["id"]: card["anchor"] for card in cards}
    shortcomings = [{
        "id": item.measure.id,
        "text": item.measure.text,
        "answers": [{"id": plan.id, "anchor": anchors[plan.id], "text": plan.text} for plan in item.answered_by],
    } for item in analysis.shortcomings]
    continuing = sum(1 for card in cards if card["status"] == "continues")
    return environment().get_template(TEMPLATE).render(
        html_lang="zh-Hans" if lang == "zh" else lang,
        t=words,
        source=analysis.source,
        year=analysis.year,
        counts={"continues": continuing, "new": sum(1 for card in cards if card["status"] == "new"), "not_carried": len(analysis.not_carried)},
        plans=cards,
        not_carried=[{"id": item.measure.id, "title": item.measure.title, "text": item.measure.text}
                     for item in analysis.not_carried],
        shortcomings=shortcomings,
    )


__all__ = ["render_plans_html", "render_plans_json", "render_plans_markdown", "render_plans_text"]
