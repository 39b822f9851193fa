"""Renderers of ``reportdiff matrix``: JSON, Markdown tables and an HTML page (body × item grids)."""

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
    from ..corpus.matrix import Matrix, Row

#: Rows per table in Markdown and HTML (JSON holds them all): shared by most first, then by one.
ROW_LIMIT = 200


def matrix_dict(matrix: Matrix, warnings: tuple[ReportWarning, ...] = (), lang: str = "zh") -> dict:
    return {"schema_version": SCHEMA_VERSION, "command": "matrix", **matrix.to_json(),
            **warnings_json(warnings, lang)}


def render_matrix_json(matrix: Matrix, warnings: tuple[ReportWarning, ...] = (), lang: str = "zh") -> str:
    return json.dumps(matrix_dict(matrix, warnings, lang), ensure_ascii=False, indent=2) + "\n"


def _pick(rows: tuple[Row, ...]) -> list[Row]:
    # -- the most shared and the singular ones are the two questions; both ends are kept --
    if len(rows) <= ROW_LIMIT:
        return list(rows)
    half = ROW_LIMIT // 2
    return list(rows[:half]) + list(rows[-half:])


def _figure_heads(matrix: Matrix, words: dict[str, str]) -> list[str]:
    """Return each body's head in the figures table, with the year its figures are of where that
    is not the matrix's year (a 2025 政府工作报告's figures are 2024's)."""
    spans = matrix.spans or (("", None),) * len(matrix.entries)
    return [f"{entry.body} ({words['data_of'].format(year=review)})" if review not in (None, matrix.year)
            else entry.body for entry, (_, review) in zip(matrix.entries, spans)]


def _row_script(matrix: Matrix):
    """Return how a row's label is shown: in the script most of the year's reports are written in,
    in the forms its 繁體 reports write."""
    return display.in_forms(matrix.script, dict(matrix.forms)) if matrix.script else str


def render_matrix_markdown(matrix: Matrix, lang: str = "zh", warnings: tuple[ReportWarning, ...] = ()) -> str:
    words = labels(lang)
    label_of = _row_script(matrix)
    bodies = [entry.body for entry in matrix.entries]
    lines = [f"# {words['matrix_title']}{words['colon']}{matrix.year}", "", *warning_markdown(warnings, lang, md_escape),
             f"{words['bodies']} ({len(bodies)}): " + "、".join(md_escape(b) for b in bodies), ""]
    for heading, rows in ((words["measures"], matrix.measures), (words["expressions"], matrix.expressions)):
        lines += [f"## {heading} ({len(rows)})", "", f"| {heading} | {words['shared_by']} | {words['bodies']} |",
                  "|---|---|---|"]
        for row in _pick(rows):
            lines.append(f"| {md_escape(label_of(row.text))} | {len(row.bodies)}/{len(bodies)} | "
                         + "、".join(md_escape(b) for b in row.bodies) + " |")
        lines.append("")
    if matrix.figures:
        lines += [f"## {words['figures_side']}", "", f"| {words['label']} | "
                  + " | ".join(md_escape(head) for head in _figure_heads(matrix, words)) + " |",
                  "|---" * (len(bodies) + 1) + "|"]
        for label, _, values in matrix.figures[:ROW_LIMIT]:
            lines.append(f"| {md_escape(label_of(label))} | " + " | ".join(md_escape(values.get(b, "")) for b in bodies) + " |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _grid(rows: list[Row], bodies: list[str], heading: str, shared: str, label_of=str) -> str:
    head = "".join(f"<th class='b'>{escape(body)}</th>" for body in bodies)
    out = [f"<table><tr><th>{escape(heading)}</th><th>{escape(shared)}</th>{head}</tr>"]
    for row in rows:
        have = set(row.bodies)
        cells = "".join("<td class='y'>●</td>" if body in have else "<td></td>" for body in bodies)
        single = " class='single'" if len(row.bodies) == 1 else ""
        out.append(f"<tr{single}><td>{escape(label_of(row.text))}</td><td class='y'>{len(row.bodies)}</td>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def render_matrix_html(matrix: Matrix, lang: str = "zh", warnings: tuple[ReportWarning, ...] = ()) -> str:
    words = labels(lang)
    bodies = [entry.body for entry in matrix.entries]
    label_of = _row_script(matrix)
    figure_rows = "".join(
        f"<tr><td>{escape(label_of(label))}</td>" + "".join(f"<td class='y'>{escape(values.get(b, ''))}</td>" for b in bodies)
        + "</tr>" for label, _, values in matrix.figures[:ROW_LIMIT])
    figure_head = "".join(f"<th class='b'>{escape(head)}</th>" for head in _figure_heads(matrix, words))
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>{GENERATOR_META}"
        f"<title>{escape(words['matrix_title'])} {matrix.year}</title><style>"
        "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em}"
        "table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #ddd;padding:.25em .5em}"
        "td.y{text-align:center}th.b{writing-mode:vertical-rl;white-space:nowrap}tr.single td{background:#fff8e1}"
        f"{NOTICE_CSS}</style></head><body>"
        f"<h1>{escape(words['matrix_title'])}{words['colon']}{matrix.year}</h1>{warning_notice_html(warnings, lang)}"
        f"<h2>{escape(words['measures'])} ({len(matrix.measures)})</h2>"
        f"{_grid(_pick(matrix.measures), bodies, words['measure'], words['shared_by'], label_of)}"
        f"<h2>{escape(words['expressions'])} ({len(matrix.expressions)})</h2>"
        f"{_grid(_pick(matrix.expressions), bodies, words['expression'], words['shared_by'], label_of)}"
        f"<h2>{escape(words['figures_side'])}</h2>"
        f"<table><tr><th>{escape(words['label'])}</th>{figure_head}</tr>{figure_rows}</table>"
        "</body></html>\n"
    )


__all__ = ["matrix_dict", "render_matrix_html", "render_matrix_json", "render_matrix_markdown"]
