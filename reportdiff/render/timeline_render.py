"""Renderers of ``reportdiff timeline``: JSON, Markdown tables, and HTML with inline SVG charts."""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING

from .. import display
from ..labels import labels
from ._templates import GENERATOR_META
from .json import SCHEMA_VERSION
from .markdown import escape as md_escape
from ._warnings import NOTICE_CSS, warning_markdown, warning_notice_html
from ..report_warnings import ReportWarning, warnings_json

if TYPE_CHECKING:
    from ..corpus.timeline import Timeline

#: One mark per yearly status in the lineage tables.
_MARKS = {"present": "●", "new": "＋", "continued": "＝", "modified": "✎", "moved": "↷"}


def sparkline(points: list[tuple[int, float]], *, width: int = 160, height: int = 40,
              span: tuple[int, int] | None = None) -> str:
    """Return a small inline SVG line chart of (year, value) points, with each value as a tooltip;
    ``span`` (first year, last year) places them on the table's years rather than their own (two
    points of 2016 and 2017 stay at the left of a 2016–2023 table)."""
    if not points:
        return ""
    pad = 4
    years = [year for year, _ in points]
    values = [value for _, value in points]
    low, high = min(values), max(values)
    first, last = span or (min(years), max(years))
    span_x = (last - first) or 1
    span_y = (high - low) or 1

    def xy(year: int, value: float) -> tuple[float, float]:
        x = pad + (year - first) / span_x * (width - 2 * pad)
        y = height - pad - (value - low) / span_y * (height - 2 * pad)
        return round(x, 1), round(y, 1)

    coords = [xy(year, value) for year, value in points]
    line = " ".join(f"{x},{y}" for x, y in coords)
    dots = "".join(f"<circle cx='{x}' cy='{y}' r='2.5'><title>{year}: {value:g}</title></circle>"
                   for (x, y), (year, value) in zip(coords, points))
    return (f"<svg class='spark' width='{width}' height='{height}' viewBox='0 0 {width} {height}' role='img'>"
            f"<polyline points='{line}' fill='none' stroke='#1565c0' stroke-width='1.5'/>"
            f"<g fill='#1565c0'>{dots}</g></svg>")


def timeline_dict(timelines: list[Timeline], warnings: tuple[ReportWarning, ...] = (), lang: str = "zh") -> dict:
    return {"schema_version": SCHEMA_VERSION, "command": "timeline",
            "bodies": [timeline.to_json() for timeline in timelines], **warnings_json(warnings, lang)}


def render_timeline_json(timelines: list[Timeline], warnings: tuple[ReportWarning, ...] = (), lang: str = "zh") -> str:
    return json.dumps(timeline_dict(timelines, warnings, lang), ensure_ascii=False, indent=2) + "\n"


def _lineage_cells(lineage: dict, years: list[int], words: dict[str, str]) -> list[str]:
    cells = []
    for year in years:
        entry = lineage["years"].get(str(year))
        if entry is not None:
            cells.append(_MARKS.get(entry["status"], "●"))
        elif lineage["dropped_in"] == year:
            cells.append("✕")
        elif lineage["merged_in"] == year:
            cells.append("⇢")
        else:
            cells.append("")
    return cells


def _target_text(target: dict, year: int) -> str:
    """Return one year's target without the indicator's name the row already shows."""
    data = target["years"].get(str(year))
    if data is None:
        return ""
    rest = data["text"].removeprefix(target["indicator"])
    # -- a name that goes on past the row's (居民收入|和经济增长基本同步), or the target said of the
    #    name (能耗强度|目标在“十四五”规划期内统筹考核), is shown whole --
    whole = rest.startswith(("和", "与", "與", "及", "目标", "目標", "指标", "指標"))
    return rest if rest and rest != data["text"] and not whole else data["text"]


def _data_years(data: dict, words: dict[str, str]) -> list[str]:
    """Return the figures table's column heads: the report's year, and the year its review's
    figures are of where that differs (the 2016 政府工作报告 reports 2015's growth)."""
    heads = []
    for report in data["reports"]:
        review = report.get("review_year")
        heads.append(f"{report['year']} ({words['data_of'].format(year=review)})"
                     if review is not None and review != report["year"] else str(report["year"]))
    return heads


def _series_rows(series: list[dict], years: list[int], label_of=str) -> list[tuple[str, list[str]]]:
    """Return each figure's label and its value as written each year, in the row's script (a
    folder of both scripts reads 約46.8億元 beside 約52.4億元, not 约46.8亿元)."""
    return [(figure["label"], [label_of(figure["values"][str(y)]["raw"]) if str(y) in figure["values"] else ""
                               for y in years])
            for figure in series]


def _reached(target: dict, year: int, words: dict[str, str], form: str) -> str:
    """Return what the next review says one year's target reached, in ``form``, or ""."""
    result = (target["years"].get(str(year)) or {}).get("result")
    if not result:
        return ""
    # -- a result stated in words may say the word itself (实际增长6.3%): not 实际 twice --
    said = display.convert_to_simplified(result).startswith(words["reached"])
    return form.format(result if said else f"{words['reached']} {result}")


def _reached_html(target: dict, year: int, words: dict[str, str], label_of=str) -> str:
    reached = label_of(_reached(target, year, words, "{}"))
    return f"<div class='reached'>{escape(reached)}</div>" if reached else ""


def _split_folded(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Return a formulation table's rows shown and those folded under a count (JSON keeps all)."""
    return [row for row in rows if not row.get("folded")], [row for row in rows if row.get("folded")]


def _expression_label(expression: dict, words: dict[str, str], label_of) -> str:
    """Return a formulation's row label, marked where it left the series and came back (共同富裕
    in 2016, then 2021–22): the gap in its cells is the turn, not a missing year. A row that only
    comes and goes (pattern ``returns``, not ``returned``) is no return and is not marked."""
    text = label_of(expression["text"])
    return text + words["returned"] if expression.get("returned") else text


#: How long a row's title may run before it is cut at a clause: a shortcoming or a leadership
#: paragraph has no heading, and its whole first sentence twice over (A → B) buries the table.
_TITLE_LIMIT = 40


def _short(title: str) -> str:
    """Return ``title`` cut at its last clause break within :data:`_TITLE_LIMIT` (or at the limit),
    marked …; a short title is returned whole."""
    title = title.rstrip("：:")
    if len(title) <= _TITLE_LIMIT:
        return title
    head = title[:_TITLE_LIMIT]
    cut = max(head.rfind(mark) for mark in "，,；;、")
    return (head[:cut] if cut >= _TITLE_LIMIT // 2 else head) + "…"


def _role_tag(lineage: dict, words: dict[str, str]) -> str:
    """Return the mark of a plan's, a shortcoming's or a leadership duty's row (〔计划〕…), or ""."""
    return words.get(f"role_tag_{lineage.get('role', '')}", "")


def _shown_titles(lineage: dict, label_of=str) -> list[str]:
    """Return a row's titles as shown, cut (:func:`_short`); a rewording past the cut is the same
    title twice, and is shown once (the row's cells mark it modified)."""
    shown: list[str] = []
    for title in lineage["titles"]:
        cut = _short(label_of(title))
        if not shown or shown[-1] != cut:
            shown.append(cut)
    return shown


def _lineage_title(lineage: dict, words: dict[str, str], label_of=str) -> str:
    return label_of(_role_tag(lineage, words)) + " → ".join(_shown_titles(lineage, label_of))


def _row_script(data: dict, forms: tuple[tuple[tuple[str, str], str], ...] = ()):
    """Return how a row's label is shown: in the script of the body's newest report, in the
    forms it writes (a 繁體 folder's rows read 群眾 as it writes, not s2t's 羣衆, whether they came
    from a report of either script or from the Simplified comparison key)."""
    return display.in_forms(data["script"], dict(forms)) if data.get("script") else str


def render_timeline_markdown(timelines: list[Timeline], lang: str = "zh",
                             warnings: tuple[ReportWarning, ...] = ()) -> str:
    """Return Markdown tables: lineage of measures, targets, figures and expressions by year (the
    folder's warnings first)."""
    words = labels(lang)
    lines: list[str] = warning_markdown(warnings, lang, md_escape)
    for timeline in timelines:
        data = timeline.to_json()
        years = data["years"]
        label_of = _row_script(data, timeline.forms)
        head = "| " + " | ".join(str(year) for year in years) + " |"
        rule = "|---" * (len(years) + 1) + "|"
        lines += [f"# {words['timeline_title']}{words['colon']}{md_escape(timeline.body)} ({_span(years)})", ""]
        if data["targets"]:
            lines += [f"## {words['target_series']}", "", f"| {words['label']} " + head, rule]
            for target in data["targets"]:
                cells = [md_escape(label_of(_target_text(target, y) + _reached(target, y, words, "（{}）"))) for y in years]
                lines.append(f"| {md_escape(label_of(target['indicator']))} | " + " | ".join(cells) + " |")
            lines.append("")
        lines += [f"## {words['lineage']}", ""]
        shown, folded = _split_folded(data["measures"])
        for rows in (shown, folded):
            if not rows:
                continue
            if rows is folded:
                lines += ["<details>", f"<summary>{md_escape(words['folded_measures'].format(n=len(folded)))}</summary>", ""]
            lines += [f"| {words['measure']} " + head + f" {words['first_year']} | {words['last_year']} |",
                      rule + "---|---|"]
            for lineage in rows:
                cells = _lineage_cells(lineage, years, words)
                lines.append(f"| {md_escape(_lineage_title(lineage, words, label_of))} | " + " | ".join(cells)
                             + f" | {lineage['first_year']} | {lineage['last_year']} |")
            lines.append("")
            if rows is folded:
                lines += ["</details>", ""]
        data_head = "| " + " | ".join(_data_years(data, words)) + " |"
        for name, series, heads in (("figure_series", data["figures"], data_head), ("planned_series", data["planned"], head)):
            if series:
                lines += [f"## {words[name]}", "", f"| {words['label']} " + heads, rule]
                lines += [f"| {md_escape(label_of(label))} | " + " | ".join(md_escape(cell) for cell in cells) + " |"
                          for label, cells in _series_rows(series, years, label_of)]
                lines.append("")
        for name, standing in (("standing_years", True), ("expression_years", False)):
            listed = [expression for expression in data["expressions"] if expression.get("standing", False) is standing]
            if not listed:
                continue
            shown, folded = _split_folded(listed)
            lines += [f"## {words[name]}", ""]
            for rows in (shown, folded):
                if not rows:
                    continue
                if rows is folded:
                    # -- GitHub and most Markdown viewers fold a details block; the table needs
                    #    the blank line after the summary to be read as Markdown --
                    lines += ["<details>", f"<summary>{md_escape(words['folded_rows'].format(n=len(folded)))}</summary>", ""]
                lines += [f"| {words['expression']} " + head, rule]
                for expression in rows:
                    cells = ["●" if y in expression["years"] else "" for y in years]
                    lines.append(f"| {md_escape(_expression_label(expression, words, label_of))} | "
                                 + " | ".join(cells) + " |")
                lines.append("")
                if rows is folded:
                    lines += ["</details>", ""]
    return "\n".join(lines).rstrip() + "\n"


_STYLE = (
    "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em;max-width:90em}"
    "table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #ddd;padding:.25em .5em;"
    "text-align:left;vertical-align:middle}td.y{text-align:center}th.y{text-align:center}"
    "td.new{background:#e8f5e9}td.modified{background:#fff8e1}td.moved{background:#e3f2fd}"
    "td.dropped{background:#fde8e8}td.merged{background:#f3e5f5}.titles{font-size:.85em;color:#555}"
    "svg.spark{display:block}td:first-child{min-width:9em}.reached{font-size:.85em;color:#555}"
    "th.gap{border-left:3px dashed #c62828}"
    "details{margin-bottom:1.5em}summary{cursor:pointer;color:#1565c0;margin-bottom:.5em}"
)


def _span(years: list[int]) -> str:
    """The years a timeline covers, as its heading says them: 2016–2023, or one year alone (a
    folder of one report, or of two that name the same year) rather than 2024–2024."""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _year_head(year: int, years: list[int], text: object, words: dict[str, str]) -> str:
    """Return a year's column head; a year after a missing one says so, a dashed rule before it
    (2019 → 2021: the step is two years)."""
    before = max((other for other in years if other < year), default=None)
    if before is None or year - before == 1:
        return f"<th class='y'>{escape(str(text))}</th>"
    missing = "、".join(str(gap) for gap in range(before + 1, year))
    note = words["missing_years"].format(years=missing)
    return f"<th class='y gap' title='{escape(note)}'>{escape(str(text))}<div class='reached'>{escape(note)}</div></th>"


def render_timeline_html(timelines: list[Timeline], lang: str = "zh", warnings: tuple[ReportWarning, ...] = ()) -> str:
    """Return one self-contained page: the folder's warnings, then per body the tables with a small
    chart per numeric row."""
    words = labels(lang)
    out = [f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>{GENERATOR_META}"
           f"<title>{escape(words['timeline_title'])}</title><style>{_STYLE}{NOTICE_CSS}</style></head><body>"
           f"{warning_notice_html(warnings, lang)}"]
    for timeline in timelines:
        data = timeline.to_json()
        years = data["years"]
        label_of = _row_script(data, timeline.forms)
        year_heads = "".join(_year_head(year, years, year, words) for year in years)
        span = (years[0], years[-1])
        out.append(f"<h1>{escape(words['timeline_title'])}{words['colon']}{escape(timeline.body)} ({_span(years)})</h1>")
        out.append("<ul>" + "".join(f"<li>{r['year']}{words['colon']}{escape(r['source'])}</li>" for r in data["reports"]) + "</ul>")
        if data["targets"]:
            out.append(f"<h2>{escape(words['target_series'])}</h2><table><tr><th>{escape(words['label'])}</th>"
                       f"{year_heads}<th>{escape(words['chart'])}</th></tr>")
            for target in data["targets"]:
                cells = "".join(f"<td class='y'>{escape(label_of(_target_text(target, y)))}{_reached_html(target, y, words, label_of)}</td>"
                                for y in years)
                points = [(int(y), t["value"]) for y, t in target["years"].items() if t.get("value") is not None]
                out.append(f"<tr><td>{escape(label_of(target['indicator']))}</td>{cells}"
                           f"<td>{sparkline(sorted(points), span=span) if len(points) > 1 else ''}</td></tr>")
            out.append("</table>")
        out.append(f"<h2>{escape(words['lineage'])}</h2>")
        lineage_head = (f"<table><tr><th>{escape(words['measure'])}</th>{year_heads}"
                        f"<th>{escape(words['first_year'])}</th><th>{escape(words['last_year'])}</th></tr>")
        shown, folded = _split_folded(data["measures"])
        for rows in (shown, folded):
            if not rows:
                continue
            if rows is folded:
                out.append(f"<details><summary>{escape(words['folded_measures'].format(n=len(folded)))}</summary>")
            out.append(lineage_head)
            for lineage in rows:
                cells = []
                for year, mark in zip(years, _lineage_cells(lineage, years, words)):
                    entry = lineage["years"].get(str(year))
                    status = entry["status"] if entry else ("dropped" if lineage["dropped_in"] == year else
                                                            "merged" if lineage["merged_in"] == year else "")
                    tip = f" title='{escape(entry['id'])} {escape(words[status])}'" if entry else ""
                    cells.append(f"<td class='y {status}'{tip}>{mark}</td>")
                titles = _shown_titles(lineage, label_of)
                reworded = (f"<div class='titles'>{escape(words['reworded_as'])} " + " → ".join(escape(t) for t in titles[1:])
                            + "</div>") if len(titles) > 1 else ""
                whole = " → ".join(label_of(title) for title in lineage["titles"])
                out.append(f"<tr><td title='{escape(whole)}'>{escape(label_of(_role_tag(lineage, words)) + titles[0])}"
                           f"{reworded}</td>{''.join(cells)}"
                           f"<td>{lineage['first_year']}</td><td>{lineage['last_year']}</td></tr>")
            out.append("</table>" + ("</details>" if rows is folded else ""))
        data_heads = "".join(_year_head(year, years, head, words) for year, head in zip(years, _data_years(data, words)))
        for name, series, heads in (("figure_series", data["figures"], data_heads),
                                    ("planned_series", data["planned"], year_heads)):
            if not series:
                continue
            out.append(f"<h2>{escape(words[name])}</h2><table><tr><th>{escape(words['label'])}</th>"
                       f"{heads}<th>{escape(words['chart'])}</th></tr>")
            for figure, (label, raws) in zip(series, _series_rows(series, years, label_of)):
                cells = "".join(f"<td class='y'>{escape(raw)}</td>" for raw in raws)
                points = sorted((int(y), v["value"]) for y, v in figure["values"].items() if v["value"] is not None)
                out.append(f"<tr><td>{escape(label_of(label))}</td>{cells}<td>{sparkline(points, span=span)}</td></tr>")
            out.append("</table>")
        for name, standing in (("standing_years", True), ("expression_years", False)):
            listed = [expression for expression in data["expressions"] if expression.get("standing", False) is standing]
            if not listed:
                continue
            out.append(f"<h2>{escape(words[name])}</h2>")
            shown, folded = _split_folded(listed)
            for rows in (shown, folded):
                if not rows:
                    continue
                if rows is folded:
                    out.append(f"<details><summary>{escape(words['folded_rows'].format(n=len(folded)))}</summary>")
                out.append(f"<table><tr><th>{escape(words['expression'])}</th>{year_heads}</tr>")
                for expression in rows:
                    cells = "".join("<td class='y'>●</td>" if y in expression["years"] else "<td></td>" for y in years)
                    out.append(f"<tr><td>{escape(_expression_label(expression, words, label_of))}</td>{cells}</tr>")
                out.append("</table>" + ("</details>" if rows is folded else ""))
    out.append("</body></html>\n")
    return "".join(out)


__all__ = ["render_timeline_html", "render_timeline_json", "render_timeline_markdown", "sparkline",
           "timeline_dict"]
