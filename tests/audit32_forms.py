"""audit32's inputs in the forms users bring them (tests/data/audit32, key.json).

A province's 政府工作报告 across an election year: the 2022 one (reviewing 2021, its main targets in
an HTML table with a column of 2021's results) as saved from the provincial government's site
(navigation, 来源/字号/分享, 打印/关闭, related links, footer); the 2023 one, the first of the new
term (过去五年工作回顾 with 2022 inside it, 今后五年的目标任务, 2023年重点工作 with its targets in a
sentence), typed in Word and saved as RTF by LibreOffice. A township's 法治政府建设年度报告: the 2024
one in 繁體, a paragraph a line in Word, printed to PDF and read back by ``pdftotext``; the 2025
one in 简体 as a typed .docx.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx

from audit31_forms import typed_docx
from published_forms import government_page, page_furniture, pdftotext, soffice_convert, soffice_pdf, write_in_form

DATA = Path(__file__).resolve().parent / "data" / "audit32"
_TABLE = "@@TABLE@@"


def province_page(text: str) -> str:
    """``text`` as the provincial site's saved page: the first line its title, one <p> a
    paragraph, lines starting with ``|`` one <table> (the first row its head)."""
    lines = [line for line in text.splitlines() if line.strip()]
    rows = [line[1:].split("|") for line in lines if line.startswith("|")]
    body = [line for line in lines[1:] if not line.startswith("|")]
    at = next(i for i, line in enumerate(lines[1:]) if line.startswith("|"))
    body.insert(at, _TABLE)
    cells = ["<tr>" + "".join(f"<{'th' if r == 0 else 'td'}>{html.escape(c)}</{'th' if r == 0 else 'td'}>"
                              for c in row) + "</tr>" for r, row in enumerate(rows)]
    table = '<table border="1" cellspacing="0" style="margin:auto">' + "\n".join(cells) + "</table>"
    page = government_page(lines[0], body, date="2022-01-25")
    for old, new in (("区司法局", "省人民政府办公厅"), ("法治政府建设", "政府工作报告"),
                     ("某区人民政府网站", "云岫省人民政府门户网站"), ("某区人民政府", "云岫省人民政府")):
        page = page.replace(old, new)
    return page.replace(f'<p style="text-indent:2em">{_TABLE}</p>', table)


def build_forms(target: Path, build: Path) -> dict[str, Path]:
    """Every input of the key in ``target``, under the name the key gives it."""
    target.mkdir(parents=True, exist_ok=True)
    build.mkdir(parents=True, exist_ok=True)
    source = (DATA / "yunxiu-2022.src.txt").read_text(encoding="utf-8")
    (target / "yunxiu-2022.html").write_text(province_page(source), encoding="utf-8")
    typed_docx((DATA / "yunxiu-2023.src.txt").read_text(encoding="utf-8"), build / "yunxiu-2023.docx",
               title_lines=3, header="云岫省人民政府")
    soffice_convert(build / "yunxiu-2023.docx", build, "rtf").rename(target / "yunxiu-2023.rtf")
    printed = write_in_form((DATA / "luming-2024.src.txt").read_text(encoding="utf-8"), build / "luming-2024.docx",
                            "docx")
    document = docx.Document(str(printed))
    page_furniture(document)
    document.save(str(printed))
    pdftotext(soffice_pdf(build / "luming-2024.docx", build), target / "luming-2024.txt")
    typed_docx((DATA / "luming-2025.src.txt").read_text(encoding="utf-8"), target / "luming-2025.docx",
               title_lines=1)
    return {p.name: p for p in target.iterdir()}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit32/reports")
    print(sorted(build_forms(out, out.parent / "build")))
