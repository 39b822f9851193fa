"""Errors the library raises; the CLI turns them into one-line messages and exit status 2."""

from __future__ import annotations


class ReportDiffError(Exception):
    """Base class of every error reportdiff raises on purpose."""


class LoadError(ReportDiffError):
    """An input could not be read: missing, unreadable, unknown encoding or format."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ParseError(ReportDiffError):
    """An input was read but holds no report structure reportdiff can use."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.problem = problem
        self.line = line


class RenderError(ReportDiffError):
    """An output could not be made: a tool it needs (LibreOffice for PDF) is missing or failed."""


__all__ = ["LoadError", "ParseError", "RenderError", "ReportDiffError"]
