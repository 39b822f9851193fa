"""JSON rendering, schema_version 1 (the stable machine interface of product.md)."""

from __future__ import annotations

import io
import json
from typing import Any

from ..models import Comparison, Measure, Redline, Report, SectionMatch

SCHEMA_VERSION = 1


def _measure(measure: Measure | None) -> dict[str, Any] | None:
    if measure is None:
        return None
    return {
        "id": measure.id,
        "section": measure.section_title,
        "title": measure.title,
        "text": measure.text,
        "kind": measure.kind.value,
        "role": measure.role.value,
        "marker": measure.marker,
    }


def diff_ops(redlines: tuple[Redline, ...]) -> list[list[str]]:
    """Return redlines as product.md's ``[["equal"|"delete"|"insert", text], ...]``."""
    return [[run.op.value, run.text] for run in redlines]


def _report(report: Report) -> dict[str, Any]:
    return {"source": report.source, "kind": report.kind, "title": report.title, "year": report.year,
            "review_year": report.review_year, "plan_year": report.plan_year}


def outline(report: Report) -> list[dict[str, Any]]:
    """Return every block of ``report`` in reading order; their texts join to the input."""
    return [{"id": block.id, "kind": block.kind.value, "text": block.text, "line": block.line}
            for block in report.blocks]


def _section(match: SectionMatch) -> dict[str, Any]:
    return {
        "old": {"id": match.old.id, "title": match.old.title} if match.old else None,
        "new": {"id": match.new.id, "title": match.new.title} if match.new else None,
        "similarity": match.similarity,
        "diff": diff_ops(match.redlines),
    }


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    """Return the JSON document as plain Python data."""
    return {
        "schema_version": SCHEMA_VERSION,
        "old": _report(comparison.old),
        "new": _report(comparison.new),
        "summary": comparison.summary,
        "measures": [
            {
                "status": match.status.value,
                "similarity": round(match.similarity, 4),
                "relation": match.relation,
                "method": match.method,
                "shared_terms": list(match.shared_terms),
                **({"relative_years": True} if match.relative_years else {}),
                "old": _measure(match.old),
                "new": _measure(match.new),
                "diff": diff_ops(match.redlines),
            }
            for match in comparison.matches
        ],
        "sections": [_section(match) for match in comparison.sections],
        "targets": [target.to_json() for target in comparison.targets],
        "metrics": [figure.to_json() for figure in comparison.figures],
        "promises": [promise.to_json() for promise in comparison.promises],
        "expressions": (comparison.expressions.to_json() if comparison.expressions is not None
                        else {"new": [], "dropped": []}),
        "tables": [table.to_json() for table in comparison.tables],
        "outline": {"old": outline(comparison.old), "new": outline(comparison.new)},
        "warnings": [*comparison.old.warnings, *comparison.new.warnings, *comparison.warnings],
    }


def render_json(comparison: Comparison) -> str:
    """Return the comparison as schema_version 1 JSON text (deterministic, UTF-8, indented)."""
    # -- the same text as json.dumps(..., indent=2), written piece by piece into one buffer:
    #    dumps with an indent joins a list of every piece, several times the text's size
    #    for a big pair --
    out = io.StringIO()
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(comparison_dict(comparison)):
        out.write(chunk)
    out.write("\n")
    return out.getvalue()


__all__ = ["SCHEMA_VERSION", "comparison_dict", "diff_ops", "outline", "render_json"]
