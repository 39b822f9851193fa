"""JSON rendering, schema_version 1 (the stable machine interface of product.md)."""

from __future__ import annotations

import io
import json
from json.encoder import c_make_encoder
from json.encoder import encode_basestring as _string
from typing import Any

from .. import display
from ..models import Comparison, Measure, Part, PartMatch, Redline, Report, SectionMatch
from ..report_warnings import warnings_json

SCHEMA_VERSION = 1


def _measure(measure: Measure | None) -> dict[str, Any] | None:
    if measure is None:
        return None
    return {
        "id": measure.id,
        "section": measure.section_title,
        "title": measure.title,
        "text": measure.text,
        "kind": measure.kind._value_,
        "role": measure.role._value_,
        "marker": measure.marker,
        **({"lead": True} if measure.lead else {}),
        **({"ceremonial": True} if measure.ceremonial else {}),
    }


def diff_ops(redlines: tuple[Redline, ...]) -> list[list[str]]:
    """Return redlines as product.md's ``[["equal"|"delete"|"insert", text], ...]``."""
    # -- _value_: the member's value without the descriptor behind .value (millions of runs) --
    return [[run.op._value_, run.text] for run in redlines]


def _report(report: Report) -> dict[str, Any]:
    return {"source": report.source, "kind": report.kind, "title": report.title, "year": report.year,
            "review_year": report.review_year, "plan_year": report.plan_year}


def outline(report: Report) -> list[dict[str, Any]]:
    """Return every block of ``report`` in reading order; their texts join to the input."""
    return [{"id": block.id, "kind": block.kind._value_, "text": block.text, "line": block.line}
            for block in report.blocks]


def _section(match: SectionMatch, lang: str = "zh") -> dict[str, Any]:
    data = {
        "old": {"id": match.old.id, "title": match.old.title} if match.old else None,
        "new": {"id": match.new.id, "title": match.new.title} if match.new else None,
        "similarity": match.similarity,
        "diff": diff_ops(match.redlines),
    }
    if match.moved:
        data["moved"] = True  # -- added only where a section changed its place --
    _add_level(data, match, lang)
    return data


def _add_level(data: dict[str, Any], match: PartMatch | SectionMatch, lang: str) -> None:
    """Add ``level``, ``counterpart`` and the reader's ``note`` where the part or section changed
    level (added only then)."""
    if match.level is not None:
        data["level"] = match.level
        data["counterpart"] = match.counterpart
        data["note"] = display.level_note(match, lang)


def _part(match: PartMatch, lang: str = "zh") -> dict[str, Any]:
    # -- a part's heading as a section's: a report with no （一） level (a county's, a street
    #    office's) changes its headings only here --
    def side(part: Part | None) -> dict[str, Any] | None:
        return {"id": part.id, "title": part.title} if part else None

    data = {"old": side(match.old), "new": side(match.new), "diff": diff_ops(match.redlines)}
    _add_level(data, match, lang)
    return data


def comparison_dict(comparison: Comparison, lang: str = "zh") -> dict[str, Any]:
    """Return the JSON document as plain Python data (``lang``: of the few notes meant for a reader)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "old": _report(comparison.old),
        "new": _report(comparison.new),
        "summary": comparison.summary,
        "measures": [
            {
                "status": match.status._value_,
                "similarity": round(match.similarity, 4),
                "relation": match.relation,
                "method": match.method,
                "shared_terms": list(match.shared_terms),
                **({"relative_years": True} if match.relative_years else {}),
                # -- a part's lead (导语): shown, not counted in the summary --
                **({"lead": True} if match.lead else {}),
                # -- an address, thanks or closing call: shown and redlined, no plan or evidence --
                **({"ceremonial": True} if match.ceremonial else {}),
                # -- sentences gone to (to) or come from (from) another measure, by its ids --
                **({"sentences_moved": [{"way": move.way, "text": move.text, "other_old": move.other_old,
                                         "other_new": move.other_new} for move in match.sentences_moved]}
                   if match.sentences_moved else {}),
                "old": _measure(match.old),
                "new": _measure(match.new),
                "diff": diff_ops(match.redlines),
            }
            for match in comparison.matches
        ],
        "parts": [_part(match, lang) for match in comparison.parts],
        "sections": [_section(match, lang) for match in comparison.sections],
        "targets": [target.to_json() for target in comparison.targets],
        "metrics": [figure.to_json() for figure in comparison.figures],
        "promises": [promise.to_json() for promise in comparison.promises],
        "expressions": (comparison.expressions.to_json() if comparison.expressions is not None
                        else {"new": [], "dropped": []}),
        "tables": [table.to_json() for table in comparison.tables],
        "outline": {"old": outline(comparison.old), "new": outline(comparison.new)},
        **warnings_json(comparison.all_warnings, lang),
    }


def render_json(comparison: Comparison, lang: str = "zh") -> str:
    """Return the comparison as schema_version 1 JSON text (deterministic, UTF-8, indented)."""
    # -- the text of json.dumps(..., ensure_ascii=False, indent=2), written piece by piece into
    #    one buffer: dumps with an indent joins a list of every piece, several times the text's
    #    size for a big pair --
    out = io.StringIO()
    document = comparison_dict(comparison, lang)
    if c_make_encoder is None:
        for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(document):
            out.write(chunk)
    else:
        _write(document, "\n", out.write)
    out.write("\n")
    return out.getvalue()


# -- With an indent the json module encodes in pure Python, a generator per level (seconds for
#    a big pair). ``_write`` lays out the containers as it would and leaves every run of plain
#    values to json's C encoder, its item separator set to the line break and indentation of
#    the level: ``{"a": 1, "b": [2, 3]}`` is two C calls, ``"a": 1`` and ``[2, 3]``. --
_PLAIN = frozenset((str, int, float, bool, type(None)))
_ENCODERS: dict[str, Any] = {}


def _not_serializable(value: Any) -> None:
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


def _encoder(inner: str):
    """json's C encoder writing items one per line at the indentation ``inner`` ("\n" + spaces)."""
    encoder = _ENCODERS.get(inner)
    if encoder is None:
        encoder = _ENCODERS[inner] = c_make_encoder(None, _not_serializable, _string, None, ": ", "," + inner,
                                                    False, False, True)
    return encoder


def _write(value: Any, newline: str, emit) -> None:
    """Emit the JSON text of ``value`` exactly as ``json.dumps(value, ensure_ascii=False,
    indent=2)`` writes it; ``newline`` is a line break and the indentation of ``value``'s level."""
    kind = type(value)
    inner = newline + "  "
    if kind is dict:
        if not value:
            emit("{}")
            return
        encode = _encoder(inner)
        run: dict[Any, Any] = {}  # -- plain values in a row, encoded in one call --
        opening = "{" + inner
        for key, item in value.items():
            if type(item) in _PLAIN:
                run[key] = item
                continue
            if run:
                emit(opening + "".join(encode(run, 0))[1:-1])
                opening = "," + inner
            # -- the key as json writes it: {"key": null} less the braces and the null --
            emit(opening + "".join(encode({key: None}, 0))[1:-5])
            run = {}
            _write(item, inner, emit)
            opening = "," + inner
        if run:
            emit(opening + "".join(encode(run, 0))[1:-1])
        emit(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            emit("[]")
            return
        encode = _encoder(inner)
        if all(type(item) in _PLAIN for item in value):
            emit("[" + inner + "".join(encode(value, 0))[1:-1] + newline + "]")
            return
        opening = "[" + inner
        for item in value:
            if type(item) in _PLAIN:
                emit(opening + "".join(encode(item, 0)))
            else:
                emit(opening)
                _write(item, inner, emit)
            opening = "," + inner
        emit(newline + "]")
    elif isinstance(value, dict):
        _write(dict(value), newline, emit)  # -- a subclass: json writes it as the container --
    elif isinstance(value, (list, tuple)):
        _write(list(value), newline, emit)
    else:
        emit(json.dumps(value, ensure_ascii=False))


__all__ = ["SCHEMA_VERSION", "comparison_dict", "diff_ops", "outline", "render_json"]
