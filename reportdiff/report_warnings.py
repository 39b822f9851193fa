"""Warnings a reader must see: what a stage noticed, as a stable ``code`` and plain ``params``.

Producers (loaders, parse, the pipeline, plans, the folder commands) make :class:`ReportWarning`
records, never prose; each output turns them into words in the chosen language through the
templates in ``labels.py`` (one per code in Chinese and in English), so the HTML page, the
Markdown, the Word summary, the JSON and stderr all say the same thing in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .labels import labels, warning_template

#: The params that name an input file: a page that names its reports at its head shows only
#: their file names (the whole path, wrapped over three lines, hid what the warning says).
_FILES = ("old", "new", "source")
#: A report's kind as each language names it (the English keeps the --kind name it is set by).
_KIND_WORDS = {"zh": {"rule_of_law": "法治政府建设年度报告", "government_work": "政府工作报告", "other": "其他报告"}}


@dataclass(frozen=True, slots=True)
class ReportWarning:
    """One thing a reader should know about an input or a comparison, before its words."""

    code: str
    """Stable identifier (``swapped_years``, ``tracked_changes``…); the key of its templates."""
    params: tuple[tuple[str, Any], ...] = ()
    """Plain values the templates name (sources, years, bodies, counts), in a fixed order;
    lists are tuples so that the record stays hashable and frozen."""

    @classmethod
    def of(cls, code: str, **params: Any) -> ReportWarning:
        """Return the warning ``code`` with ``params`` (lists frozen to tuples)."""
        return cls(code, tuple((name, _frozen(value)) for name, value in params.items()))

    @property
    def values(self) -> dict[str, Any]:
        """The params as a dict."""
        return dict(self.params)

    def text(self, lang: str = "zh", *, file_names: bool = False) -> str:
        """Return the warning in words, in ``lang`` (``zh`` or ``en``); inputs by their file names
        alone when ``file_names``."""
        return warning_text(self, lang, file_names=file_names)

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """Return ``{"code", "message", **params}`` for the JSON outputs."""
        return {"code": self.code, "message": self.text(lang),
                **{name: _json_value(value) for name, value in self.params}}

    def __str__(self) -> str:
        # -- a log line or an error built from a warning reads in English, as errors do --
        return self.text("en")


def _frozen(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return tuple((key, _frozen(item)) for key, item in value.items())
    return value


def _named(value: Any) -> bool:
    """Whether a param is a frozen dict: a tuple of (name, value) pairs (kinds → bodies)."""
    return isinstance(value, tuple) and bool(value) and all(
        isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) for item in value)


def _json_value(value: Any) -> Any:
    if _named(value):
        return {key: _json_value(item) for key, item in value}
    if isinstance(value, tuple):
        return [_json_value(item) for item in value]
    return value


def _shown(name: str, value: Any, lang: str) -> str:
    """Return one param as the template shows it in ``lang``."""
    words = labels(lang)
    if name.endswith("kind"):
        return _KIND_WORDS.get(lang, {}).get(value, str(value))
    if _named(value):
        # -- (name, values) pairs: 法治政府建设年度报告：甲、乙；政府工作报告：丙 --
        pair_sep = "；" if lang == "zh" else "; "
        return pair_sep.join(f"{key}{words['colon']}{_shown('', item, lang)}" for key, item in value)
    if isinstance(value, tuple):
        return words["sep"].join(_shown("", item, lang) for item in value)
    return "?" if value is None else str(value)


def warning_text(warning: ReportWarning, lang: str = "zh", *, file_names: bool = False) -> str:
    """Return ``warning`` in words: its code's template in ``lang`` with its params filled in,
    and the template of each flag param that is true (``swapped_years.plans_unchecked``) after it.
    With ``file_names``, an input is named by its file name, not its whole path."""
    shown = {name: _shown(name, value, lang) for name, value in warning.params}
    values = warning.values
    if values.get("reason"):
        # -- why a file was not read: the error's own template, in ``lang`` (``problem`` keeps its English) --
        from .errors import problem_text

        shown["problem"] = problem_text(values["reason"], dict(values.get("reason_params") or ()), lang)
    if file_names:
        shown.update({name: shown[name].replace("\\", "/").rsplit("/", 1)[-1] for name in _FILES if name in shown})
    text = warning_template(warning.code, lang).format(**shown)
    for name, value in warning.params:
        if value is True:
            text += warning_template(f"{warning.code}.{name}", lang, "")
    return text


def warning_texts(warnings: Iterable[ReportWarning], lang: str = "zh", *, file_names: bool = False) -> list[str]:
    """Return each of ``warnings`` in words, in order, each once."""
    return list(dict.fromkeys(warning.text(lang, file_names=file_names) for warning in warnings))


def warnings_json(warnings: Iterable[ReportWarning], lang: str = "zh") -> dict[str, list]:
    """Return the JSON outputs' two warning fields: ``warnings``, each a string in English as schema
    version 1 has always written it (CI scripts match those words), and ``warning_records``, each
    ``{"code", "message" in ``lang``, and the params the message names}`` (a field added)."""
    warnings = tuple(warnings)
    return {"warnings": [warning.text("en") for warning in warnings],
            "warning_records": [warning.to_json(lang) for warning in warnings]}


__all__ = ["ReportWarning", "warning_text", "warning_texts", "warnings_json"]
