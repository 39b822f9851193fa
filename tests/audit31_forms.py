"""audit31's inputs in the forms users bring them (tests/data/audit31, key.json).

A township's 政府工作报告 to its people's congress: the 2025 one (reviewing 2024) as an old
binary Word .doc saved by LibreOffice from a typed document (centred title lines, bold part
headings, body indented by two characters, 一是… points inside the （一） paragraphs); the 2026 one
as copied from the township's WeChat account (the input as committed: byline, emoji, full-width
indents, 阅读/分享/在看 under it). A county bureau's 工作总结和工作计划 (kind ``other``): the 2024 one
in 简体 as a .docx holding a Word table of key figures; the 2025 one in 繁體 printed to PDF and read
back by ``pdftotext`` (running header, ``— N —`` page numbers, page breaks).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from published_forms import page_furniture, pdftotext, soffice_convert, soffice_pdf

DATA = Path(__file__).resolve().parent / "data" / "audit31"
_PART = re.compile(r"^[一二三四五六七八九十]+、")


def typed_docx(text: str, path: Path, *, title_lines: int, header: str = "") -> Path:
    """``text`` as an office types it: the first ``title_lines`` centred, 一、 parts bold, other
    paragraphs indented two characters; lines starting with ``|`` are the cells of a table (the
    first row its head, bold); ``header`` on every page and a ``— N —`` page number."""
    document = docx.Document()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
                if r == 0:
                    table.cell(r, c).paragraphs[0].runs[0].bold = True
        rows.clear()

    for index, line in enumerate(lines):
        if line.startswith("|"):
            rows.append(line[1:].split("|"))
            continue
        flush()
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        if index < title_lines:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt(20 if index == 0 else 14)
        elif _PART.match(line):
            run.bold = True
        else:
            paragraph.paragraph_format.first_line_indent = Pt(28)
    flush()
    page_furniture(document, header)
    document.save(str(path))
    return path


def build_forms(target: Path, build: Path) -> dict[str, Path]:
    """Every input of the key in ``target``, under the name the key gives it."""
    target.mkdir(parents=True, exist_ok=True)
    build.mkdir(parents=True, exist_ok=True)
    typed_docx((DATA / "huaixi-2025.src.txt").read_text(encoding="utf-8"), build / "huaixi-2025.docx", title_lines=3)
    soffice_convert(build / "huaixi-2025.docx", build, "doc").rename(target / "huaixi-2025.doc")
    shutil.copy(DATA / "huaixi-2026.txt", target / "huaixi-2026.txt")
    typed_docx((DATA / "hechuan-scjg-2024.src.txt").read_text(encoding="utf-8"), target / "hechuan-scjg-2024.docx",
               title_lines=1)
    typed_docx((DATA / "hechuan-scjg-2025.src.txt").read_text(encoding="utf-8"), build / "hechuan-scjg-2025.docx",
               title_lines=1, header="鶴川縣市場監督管理局")
    pdftotext(soffice_pdf(build / "hechuan-scjg-2025.docx", build), target / "hechuan-scjg-2025.txt")
    return {p.name: p for p in target.iterdir()}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit31/reports")
    print(sorted(build_forms(out, out.parent / "build")))
