"""Errors the library raises; the CLI turns them into one-line messages and exit status 2.

An error made with ``of`` carries a stable ``code`` and plain ``params`` besides its English
message (``str(error)``, as it has always read), so that the command line and the folder
commands' warnings can say it in the reader's language (``text(lang)``) from the templates in
``labels.py``.
"""

from __future__ import annotations

import errno
from typing import Any


def problem_text(code: str, params: dict[str, Any], lang: str = "zh") -> str:
    """Return error ``code``'s template in ``lang`` filled with ``params``. A param ``X_code``
    fills ``{X}`` with that code's template (a detail in the reader's words); a list is joined
    as the language lists, a warning record is said in ``lang``."""
    from .labels import error_template

    shown = {name: _shown(value, lang) for name, value in params.items()}
    for name, value in params.items():
        if name.endswith("_code") and value:
            shown[name.removesuffix("_code")] = error_template(value, lang).format(**shown)
    return error_template(code, lang).format(**shown)


def _shown(value: Any, lang: str) -> str:
    if isinstance(value, (list, tuple)):
        if value and all(hasattr(item, "text") for item in value):
            # -- warning records (the files a folder could not read), each said in full --
            return ("；" if lang == "zh" else "; ").join(item.text(lang) for item in value)
        return ("、" if lang == "zh" else ", ").join(_shown(item, lang) for item in value)
    return str(value)


#: The system's reasons a reader meets most, by errno, each with a template (the English one is
#: the system's own words, so nothing changes there); any other is shown as the system words it.
_OS_REASONS = {errno.EACCES: "os_permission", errno.ENOSPC: "os_no_space", errno.EROFS: "os_read_only",
               errno.ENAMETOOLONG: "os_name_too_long", errno.EIO: "os_io"}


def os_reason(exc: OSError) -> dict[str, Any]:
    """Return the params that say why ``exc`` happened: ``reason`` in the system's words and, for
    the common reasons, ``reason_code`` naming their template (said in the reader's language)."""
    return {"reason": exc.strerror or "cannot be read", "reason_code": _OS_REASONS.get(exc.errno)}


def _colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


class ReportDiffError(Exception):
    """Base class of every error reportdiff raises on purpose."""

    code: str | None = None
    """Stable identifier of what went wrong (``no_such_file``…), the key of its templates; None
    for an error made from words alone."""
    params: dict[str, Any] = {}

    def text(self, lang: str = "zh") -> str:
        """Return the error in words, in ``lang`` (its English message when it has no code)."""
        return problem_text(self.code, self.params, lang) if self.code else str(self)


class SourceError(ReportDiffError):
    """An error about one file: ``source: problem``."""

    def __init__(self, source: str, problem: str, *, code: str | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = str(source)
        self.problem = problem
        self.code = code
        self.params = dict(params or {})

    @classmethod
    def of(cls, source: str, code: str, **params: Any):
        """Return the error ``code`` about ``source`` with ``params`` (its English words from the template)."""
        return cls(source, problem_text(code, params, "en"), code=code, params=params)

    def where(self) -> str:
        return self.source

    def problem_in(self, lang: str = "zh") -> str:
        """Return what is wrong, without the file, in ``lang``."""
        return problem_text(self.code, self.params, lang) if self.code else self.problem

    def text(self, lang: str = "zh") -> str:
        return f"{self.where()}{_colon(lang)}{self.problem_in(lang)}" if self.code else str(self)


class LoadError(SourceError):
    """An input could not be read: missing, unreadable, unknown encoding or format."""


class ParseError(SourceError):
    """An input was read but holds no report structure reportdiff can use."""

    def __init__(self, source: str, problem: str, line: int | None = None, *, code: str | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(source, problem, code=code, params=params)
        self.line = line
        if line:
            self.args = (f"{source}:{line}: {problem}",)

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


class RenderError(ReportDiffError):
    """An output could not be made: a tool it needs (LibreOffice for PDF) is missing or failed."""

    @classmethod
    def of(cls, code: str, **params: Any) -> RenderError:
        """Return the error ``code`` with ``params`` (its English words from the template)."""
        error = cls(problem_text(code, params, "en"))
        error.code, error.params = code, params
        return error


__all__ = ["LoadError", "ParseError", "RenderError", "ReportDiffError", "SourceError", "os_reason", "problem_text"]
