"""The warnings block every human output opens with: a notice box in HTML, a quoted list in
Markdown; nothing at all when there are no warnings."""

from __future__ import annotations

from html import escape
from typing import Iterable

from ..labels import warning_template
from ..report_warnings import ReportWarning, warning_texts


#: The notice box's style, for every page that shows one (each page is self-contained): amber,
#: small and tight, so that a few warnings do not push the redline below the first screen.
NOTICE_CSS = (".notice{border:1px solid #d4a72c;border-left-width:4px;background:#fff8c5;border-radius:6px;"
              "padding:.35rem .8rem;margin:0 0 .8rem;font-size:13px;line-height:1.5}"
              ".notice .notice-head{font-weight:600;color:#7d4e00}"
              ".notice ul{margin:.1rem 0 0;padding-left:1.2rem}.notice li{overflow-wrap:anywhere}\n")


def warning_notice_html(warnings: Iterable[ReportWarning], lang: str = "zh", *, file_names: bool = False) -> str:
    """Return the notice box that lists ``warnings`` in ``lang`` (``""`` when there are none);
    inputs by their file names alone when ``file_names`` (a page naming its reports above)."""
    texts = warning_texts(warnings, lang, file_names=file_names)
    if not texts:
        return ""
    heading = escape(warning_template("heading", lang))
    items = "".join(f"<li>{escape(text)}</li>\n" for text in texts)
    return (f'<div class="notice" role="note" aria-label="{heading}">\n<span class="notice-head">{heading}</span>\n'
            f'<ul>\n{items}</ul>\n</div>\n')


def warning_markdown(warnings: Iterable[ReportWarning], lang: str = "zh", escape_text=lambda text: text, *,
                     file_names: bool = False) -> list[str]:
    """Return the Markdown lines that list ``warnings`` in ``lang`` as one quoted block (a GitHub
    page shows it set apart), a blank line after it; none when there are no warnings."""
    texts = warning_texts(warnings, lang, file_names=file_names)
    if not texts:
        return []
    return [f"> **{warning_template('heading', lang)}**", ">", *(f"> - {escape_text(text)}" for text in texts), ""]


__all__ = ["NOTICE_CSS", "warning_markdown", "warning_notice_html"]
