"""Renderers: each takes a Comparison and returns text or bytes; ``render`` dispatches by format.

    html      self-contained HTML page (jinja2 template in templates/)
    json      schema_version 1, the stable machine interface (product.md)
    md        Markdown summary for CI and pull requests
    text      the terminal summary
    docx      Word document with real tracked changes
    pdf       the Word document printed to PDF by LibreOffice (where installed)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Comparison
    from ..plans import PlansAnalysis

FORMATS = ("html", "json", "md", "text", "docx", "pdf")
_EXTENSIONS = {".html": "html", ".htm": "html", ".json": "json", ".md": "md", ".markdown": "md",
               ".txt": "text", ".docx": "docx", ".pdf": "pdf"}


def format_for_path(path: str) -> str | None:
    """Return the format an output file name asks for, or None if its extension is unknown."""
    lowered = path.lower()
    for extension, fmt in _EXTENSIONS.items():
        if lowered.endswith(extension):
            return fmt
    return None


def render(comparison: Comparison, fmt: str, **options: object) -> str | bytes:
    """Return ``comparison`` rendered in ``fmt``; ``options`` go to that renderer."""
    from .._gc import fewer_collections

    # -- every renderer allocates a page of small objects while the comparison (and the tokens
    #    behind it) stay alive: at Python's default threshold the collector walked them all
    #    again and again (a fifth of an HTML page of the real pair, in-process) --
    with fewer_collections():
        return _render(comparison, fmt, **options)


def _render(comparison: Comparison, fmt: str, **options: object) -> str | bytes:
    if fmt == "html":
        from .html import render_html

        return render_html(comparison, **options)  # type: ignore[arg-type]
    if fmt == "json":
        from .json import render_json

        return render_json(comparison, str(options.get("lang", "zh")))
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(comparison, **options)  # type: ignore[arg-type]
    if fmt == "text":
        from .text import render_text

        return render_text(comparison, **options)  # type: ignore[arg-type]
    if fmt == "docx":
        from .docx import render_docx

        return render_docx(comparison, **options)  # type: ignore[arg-type]
    if fmt == "pdf":
        from .docx import render_docx
        from .pdf import docx_to_pdf

        return docx_to_pdf(render_docx(comparison, **options))  # type: ignore[arg-type]
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def render_plans(analysis: PlansAnalysis, fmt: str, **options: object) -> str | bytes:
    """Return a plans analysis (``reportdiff plans``) rendered in ``fmt``."""
    from . import plans_render

    lang = str(options.get("lang", "zh"))
    if fmt == "json":
        return plans_render.render_plans_json(analysis, lang)
    if fmt == "md":
        return plans_render.render_plans_markdown(analysis, lang)
    if fmt == "text":
        return plans_render.render_plans_text(analysis, lang)
    if fmt == "html":
        return plans_render.render_plans_html(analysis, lang)
    if fmt == "docx":
        from .plans_docx import render_plans_docx

        return render_plans_docx(analysis, **options)  # type: ignore[arg-type]
    if fmt == "pdf":
        from .pdf import docx_to_pdf
        from .plans_docx import render_plans_docx

        return docx_to_pdf(render_plans_docx(analysis, **options))  # type: ignore[arg-type]
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "format_for_path", "render", "render_plans"]
