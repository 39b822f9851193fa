"""Renderers of ``reportdiff check``: the Markdown summary, the JSON artefact and the HTML page."""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING, Any

from .. import display
from ..labels import labels
from ._common import summary_counts
from ._templates import GENERATOR_META
from ..corpus.check import dropped_measures, dropped_shortcomings, new_measures, new_shortcomings
from ..models import Comparison
from .json import SCHEMA_VERSION, comparison_dict
from ._warnings import NOTICE_CSS, warning_markdown, warning_notice_html
from ..report_warnings import warnings_json
from .markdown import escape as md_escape

if TYPE_CHECKING:
    from ..corpus.check import BodyCheck, CheckResult

#: Items per list in the Markdown summary; the JSON artefact holds them all.
LIST_LIMIT = 20
_RULE_LABELS = {"dropped": "dropped_rule", "not_reported": "not_reported_rule",
                "shortcoming_dropped": "shortcoming_dropped_rule"}


def rule_label(rule: str, lang: str) -> str:
    return labels(lang)[_RULE_LABELS.get(rule, rule)]


def _cell(text: str) -> str:
    # -- report text is escaped (a table cell holds one line and no column separator) --
    return md_escape(" ".join(text.split()))


def _limited(lines: list[str], lang: str) -> list[str]:
    if len(lines) <= LIST_LIMIT:
        return lines
    return lines[:LIST_LIMIT] + [f"- {labels(lang)['more'].format(n=len(lines) - LIST_LIMIT)}"]


def _body_markdown(check: BodyCheck, lang: str) -> list[str]:
    words = labels(lang)
    status = words["failed"] if check.failed else words["passed"]
    years = f"{check.old.year} → {check.new.year}" if check.old else str(check.new.year)
    lines = [f"## {md_escape(check.body)} {years}{words['colon']}{status}", ""]
    sources = f"`{check.old.path}` → `{check.new.path}`" if check.old else f"`{check.new.path}`"
    lines += [sources, ""]
    if check.findings:
        lines += [f"| {words['level']} | {words['rule']} | {words['subject']} | {words['findings']} |",
                  "|---|---|---|---|"]
        # -- every failure is listed; warnings up to the limit (the JSON artefact holds them all) --
        failures = [f for f in check.findings if f.level == "fail"]
        warnings = [f for f in check.findings if f.level != "fail"]
        shown = failures + warnings[:LIST_LIMIT]
        lines += [f"| {words[f.level]} | {rule_label(f.rule, lang)} | {_cell(f.shown)} | {_cell(f.message)} |"
                  for f in shown]
        if len(warnings) > LIST_LIMIT:
            lines.append(f"| {words['warn']} | | | {words['more'].format(n=len(warnings) - LIST_LIMIT)} |")
        lines.append("")
    comparison = check.comparison
    if comparison is None:
        return lines + [f"_{words['no_predecessor']}_", ""]
    lines += [_counts(comparison, words), ""]
    # -- last year's words in this year's script, as `compare` shows them (a 繁體 report after a 简体 one) --
    to_new, keyed = display.script_converters(comparison.old, comparison.new)
    convert = to_new or (lambda text: text)
    sections: list[tuple[str, list[str]]] = [
        # -- measures by their labels, as every other output shows them (the ids stay in JSON) --
        # -- as the counts above count them: a part's new lead (导语) is no new measure --
        (words["new_measures_list"], [f"- {display.place(m.id, lang)} {md_escape(m.title)}"
                                      for m in new_measures(comparison)]),
        (words["dropped_measures_list"], [f"- {display.was(lang)}{display.place(m.id, lang)} {md_escape(convert(m.title))}"
                                          for m in dropped_measures(comparison)]),
        # -- shortcomings are no measures: the ones listed anew and those no longer listed --
        (words["new_shortcomings_list"], [f"- {display.place(m.id, lang)} {md_escape(m.title)}"
                                          for m in new_shortcomings(comparison)]),
        (words["dropped_shortcomings_list"], [f"- {display.was(lang)}{display.place(m.id, lang)} {md_escape(convert(m.title))}"
                                              for m in dropped_shortcomings(comparison)]),
        (words["figures"], [f"- {md_escape(display.figure_line(f, lang, to_new, keyed))}" for f in comparison.figures
                            if f.old and f.new and f.change]),
        (words["growth_failed"], [f"- {md_escape(display.figure_line(f, lang, to_new, keyed))}" for f in comparison.figures
                                  if f.claim_check == "inconsistent"]),
        # -- plans short of done, each with the result that tells it: a target missed, a list of
        #    deliverables done in part (one document of two), a work begun or said not done yet --
        *((words[status], items) for status, items in _short_lines(comparison.promises, lang, convert).items()),
        (words["promises"] + f" ({words['not_reported']})",
         [f"- {display.place(p.plan.id, lang)} {md_escape(display.plan_text(p.plan, convert))}" for p in comparison.promises
          if p.status == "not_reported" and not p.short_of]),
    ]
    if comparison.expressions is not None:
        sections += [(words["expressions_new"], [f"- {md_escape(e.text)}" for e in comparison.expressions.new]),
                     (words["expressions_dropped"], [f"- {md_escape(e.text)}" for e in comparison.expressions.dropped])]
    for heading, items in sections:
        if items:
            lines += [f"### {heading} ({len(items)})", "", *_limited(items, lang), ""]
    return lines


def _short_lines(promises, lang: str, convert) -> dict[str, list[str]]:
    """The lines of the plans short of done, by what they show (``Promise.short_status``)."""
    grouped: dict[str, list[str]] = {"short_of": [], "partly": [], "under_way": []}
    for promise in promises:
        if promise.short_of:
            grouped[promise.short_status].append(_short_line(promise, lang, convert))
    return grouped


def _short_line(promise, lang: str, convert) -> str:
    """A plan short of done with the result that tells it, led by its status's mark (as in every
    format); the plan (last year's words) in this year's script by ``convert``."""
    return (f"- {display.PROMISE_MARKS[promise.shown_status]} {display.place(promise.plan.id, lang)} "
            f"{md_escape(display.plan_text(promise.plan, convert))} → {md_escape(promise.short_of[0].sentence)}")


def _counts(comparison: Comparison, words: dict[str, str]) -> str:
    """The measures counted as ``compare`` counts them in every format (splits and merges too)."""
    return "  ".join(f"{words[key]} {count}" for key, count in summary_counts(comparison))


def render_check_markdown(result: CheckResult, lang: str = "zh") -> str:
    """Return the Markdown summary: the verdict, then each body's findings and changes."""
    words = labels(lang)
    failures = sum(1 for f in result.findings if f.level == "fail")
    warnings = sum(1 for f in result.findings if f.level == "warn")
    verdict = words["failed"] if result.failed else words["passed"]
    source = str(result.config.path) if result.config.path else words["defaults"]
    # -- the warnings open the page, as in every output: a file skipped is said before the verdict it shaped --
    lines = [f"# {words['check_title']}{words['colon']}{verdict}", "", *warning_markdown(result.warnings, lang, md_escape),
             f"{words['bodies']} {len(result.bodies)} · {words['fail']} {failures} · {words['warn']} {warnings}"
             f" · {words['rules_from']}{words['colon']}{source}", ""]
    rules = ", ".join(f"{rule_label(rule, lang)} `{rule}={level}`" for rule, level in result.config.rules.items())
    lines += [rules, ""]
    for check in result.bodies:
        lines += _body_markdown(check, lang)
    return "\n".join(lines).rstrip() + "\n"


def check_dict(result: CheckResult, lang: str = "zh") -> dict[str, Any]:
    """Return the check as plain data: verdict, rules, findings and each body's full comparison."""
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "check",
        "passed": not result.failed,
        "config": str(result.config.path) if result.config.path else None,
        "rules": dict(result.config.rules),
        "findings": [finding.to_json() for finding in result.findings],
        "bodies": [
            {
                "body": check.body,
                "passed": not check.failed,
                "old": {"source": str(check.old.path), "year": check.old.year} if check.old else None,
                "new": {"source": str(check.new.path), "year": check.new.year},
                "summary": check.comparison.summary if check.comparison else None,
                "findings": [finding.to_json() for finding in check.findings],
                "comparison": comparison_dict(check.comparison, lang) if check.comparison else None,
            }
            for check in result.bodies
        ],
        **warnings_json(result.warnings, lang),
    }


def render_check_json(result: CheckResult, lang: str = "zh") -> str:
    return json.dumps(check_dict(result, lang), ensure_ascii=False, indent=2) + "\n"


def render_check_html(result: CheckResult, lang: str = "zh") -> str:
    """Return one self-contained page: the findings table, then each body's full comparison page
    (the ``compare`` HTML, embedded whole in an iframe so its styles and scripts stay its own)."""
    from .html import render_html

    words = labels(lang)
    verdict = words["failed"] if result.failed else words["passed"]
    rows = "".join(
        f"<tr class='{f.level}'><td>{escape(f.body)}</td><td>{escape(words[f.level])}</td>"
        f"<td>{escape(rule_label(f.rule, lang))}</td><td>{escape(f.shown)}</td><td>{escape(f.message)}</td></tr>"
        for f in sorted(result.findings, key=lambda f: (f.level != "fail", f.body)))
    bodies = []
    for check in result.bodies:
        years = f"{check.old.year} → {check.new.year}" if check.old else str(check.new.year)
        state = words["failed"] if check.failed else words["passed"]
        if check.comparison is None:
            inner = f"<p>{escape(words['no_predecessor'])}</p>"
        else:
            page = render_html(check.comparison, lang=lang)
            inner = f"<iframe title='{escape(check.body)}' srcdoc=\"{escape(page, quote=True)}\"></iframe>"
        counts = _counts(check.comparison, words) if check.comparison else ""
        # -- a body with no predecessor has no counts: no empty slot between two dots --
        said = " · ".join(part for part in (state, counts, words["full_comparison"]) if part)
        bodies.append(f"<details{' open' if check.failed else ''}><summary>{escape(check.body)} {years}{words['colon']}"
                      f"{escape(said)}</summary>"
                      f"{inner}</details>")
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>{GENERATOR_META}"
        f"<title>{escape(words['check_title'])}</title><style>"
        "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em;max-width:80em}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
        "th,td:nth-child(-n+3){white-space:nowrap}"
        "tr.fail td{background:#fde8e8}tr.warn td{background:#fff8e1}"
        "iframe{width:100%;height:80vh;border:1px solid #ccc}summary{cursor:pointer;font-weight:bold;margin:.5em 0}"
        f"{NOTICE_CSS}</style></head><body>"
        f"<h1>{escape(words['check_title'])}{words['colon']}{escape(verdict)}</h1>{warning_notice_html(result.warnings, lang)}"
        f"<table><thead><tr><th>{escape(words['bodies'])}</th><th>{escape(words['level'])}</th>"
        f"<th>{escape(words['rule'])}</th><th>{escape(words['subject'])}</th><th>{escape(words['findings'])}</th>"
        f"</tr></thead><tbody>{rows}</tbody></table>"
        f"{''.join(bodies)}</body></html>\n"
    )


__all__ = ["check_dict", "render_check_html", "render_check_json", "render_check_markdown"]
