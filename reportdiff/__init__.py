"""reportdiff: compare Chinese government annual reports measure by measure.

Public API:

    compare(old, new) -> Comparison     align, classify and redline two reports
    load_report(source) -> Report       load and parse one report (path, text, "-")
    plans(report) -> PlansAnalysis      one report's plans against its results and shortcomings
    render(comparison, fmt, **options)  html / json / md / text / docx
    render_plans(analysis, fmt, ...)    the same formats for a plans analysis

Data model (reportdiff.models): Report → Part → Section → Measure; Comparison holds
Match records (status, similarity, Redline runs) and SectionMatch records.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import LoadError as LoadError
from .errors import ParseError as ParseError
from .errors import ReportDiffError as ReportDiffError
from .models import Comparison as Comparison
from .models import Match as Match
from .models import Measure as Measure
from .models import Redline as Redline
from .models import Report as Report
from .models import Status as Status
from .pipeline import compare as compare
from .pipeline import load_report as load_report
from .pipeline import plans as plans
from .render import render as render
from .render import render_plans as render_plans

__all__ = [
    "Comparison",
    "LoadError",
    "Match",
    "Measure",
    "ParseError",
    "Redline",
    "Report",
    "ReportDiffError",
    "Status",
    "__version__",
    "compare",
    "load_report",
    "plans",
    "render",
    "render_plans",
]
