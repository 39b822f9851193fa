"""reportdiff: compare Chinese government annual reports measure by measure.

Public API:

    compare(old, new) -> Comparison     align, classify and redline two reports
    load_report(source) -> Report       load and parse one report (path, text, "-")
    plans(report) -> PlansAnalysis      one report's plans against its results and shortcomings
    render(comparison, fmt, **options)  html / json / md / text / docx
    render_plans(analysis, fmt, ...)    the same formats for a plans analysis

Data model (reportdiff.models): Report → Part → Section → Measure; Comparison holds
Match records (status, similarity, Redline runs) and SectionMatch records. Report.warnings and
Comparison.warnings are ReportWarning records (a code and its params; ``.text(lang)`` words them).
"""

from __future__ import annotations

__version__ = "0.1.0"

import sys
import types
from typing import TYPE_CHECKING

from .render import render as render  # -- light: each renderer is imported when it runs --
from .render import render_plans as render_plans

# -- The other public names are loaded on first use (PEP 562), so that ``import
#    reportdiff.cli`` and ``reportdiff --help`` do not pay for the pipeline and its libraries. --
_EXPORTS = {
    "LoadError": "errors", "ParseError": "errors", "ReportDiffError": "errors",
    "Comparison": "models", "Match": "models", "Measure": "models", "Redline": "models",
    "Report": "models", "Status": "models", "ReportWarning": "report_warnings",
    "compare": "pipeline", "load_report": "pipeline", "plans": "pipeline",
}


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: object) -> None:
        # -- importing the submodule reportdiff.plans sets the package attribute ``plans``;
        #    the public ``reportdiff.plans`` stays the function, as when it was bound eagerly --
        if name == "plans" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:
    from .errors import LoadError as LoadError
    from .errors import ParseError as ParseError
    from .errors import ReportDiffError as ReportDiffError
    from .models import Comparison as Comparison
    from .models import Match as Match
    from .models import Measure as Measure
    from .models import Redline as Redline
    from .models import Report as Report
    from .models import Status as Status
    from .report_warnings import ReportWarning as ReportWarning
    from .pipeline import compare as compare
    from .pipeline import load_report as load_report
    from .pipeline import plans as plans


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        # -- AttributeError lets ``from reportdiff import segment`` import the submodule --
        raise AttributeError(f"module 'reportdiff' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


__all__ = [
    "Comparison",
    "LoadError",
    "Match",
    "Measure",
    "ParseError",
    "Redline",
    "Report",
    "ReportDiffError",
    "ReportWarning",
    "Status",
    "__version__",
    "compare",
    "load_report",
    "plans",
    "render",
    "render_plans",
]
