"""The form check: constructed reports, in both scripts, written in every form users bring
(text a paragraph a line, hard-wrapped text, text copied from a PDF viewer, Word plain, styled
and published, .doc, PDFs printed by LibreOffice and their pdftotext — one with its header set in
two halves —, a saved government page, its MHTML and a saved WeChat article), each read and compared with its text form: parts, sections
and measures must read alike.

    python benchmarks/forms.py [-v] [report ...]

Prints one line per (report, script, form) that differs and the count. Needs LibreOffice and
poppler-utils; the PDFs are cached under /tmp/reportdiff-forms (keyed by the text).
"""

from __future__ import annotations

import hashlib
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import docx  # noqa: E402
import opencc  # noqa: E402

from reportdiff.normalize import key as norm_key  # noqa: E402
from reportdiff.pipeline import load_report  # noqa: E402

from audit27b_forms import wechat_article  # noqa: E402
from published_forms import (  # noqa: E402
    as_mhtml, build_published_docx, government_page, pdftotext, soffice_pdf, write_in_form)

CACHE = Path("/tmp/reportdiff-forms")
_S2T = opencc.OpenCC("s2t").convert


def _reports() -> dict[str, str]:
    """Eight reports of the kinds reportdiff reads: the samples and the tests' constructed ones."""
    import test_cut_paragraphs
    import test_pdf_copy
    import test_subheading_leads
    import test_subheadings_in_every_form
    import test_wechat_pages

    samples = ROOT / "samples"
    return {
        "haidian": (samples / "haidian_2025_constructed.txt").read_text(encoding="utf-8"),
        "yunze24": (samples / "yunze_sfj_2024_constructed.txt").read_text(encoding="utf-8"),
        "yunze25": (samples / "yunze_sfj_2025_constructed.txt").read_text(encoding="utf-8"),
        "qinghe": test_subheadings_in_every_form.REPORT,
        "shiwan": test_wechat_pages.REPORT,
        "qingchuan": test_pdf_copy.FLAT,
        "guiwan": test_subheading_leads._headed(),
        "qinghe_cut": test_cut_paragraphs.CLEAN,
    }


def _pdf(docx_path: Path, text: str, label: str) -> Path:
    """LibreOffice's PDF of ``docx_path``, cached by the text and the form."""
    digest = hashlib.sha1((label + text).encode()).hexdigest()[:16]
    cached = CACHE / f"{digest}.pdf"
    if not cached.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        soffice_pdf(docx_path, docx_path.parent).replace(cached)
    return cached


def _styled_docx(text: str, path: Path) -> Path:
    from test_subheadings_in_every_form import _styled_docx as styled

    styled(text, path)
    return path


def write_forms(text: str, folder: Path) -> dict[str, Path]:
    """``text`` in each of the fifteen forms (14 read against the first) under ``folder``."""
    from test_pdf_copy import pdf_copy

    folder.mkdir(parents=True, exist_ok=True)
    lines = [line for line in text.splitlines() if line.strip()]
    forms: dict[str, Path] = {}
    forms["txt"] = write_in_form(text, folder / "report.txt", "txt")
    wrapped = folder / "wrapped.txt"
    wrapped.write_text("\n".join(p for line in lines for p in textwrap.wrap(line, 38)) + "\n", encoding="utf-8")
    forms["wrapped"] = wrapped
    copied = folder / "pdfcopy.txt"
    copied.write_text(pdf_copy(text, width=33, page_lines=22, header="某区人民政府", style="dash"), encoding="utf-8")
    forms["pdfcopy"] = copied
    forms["docx"] = write_in_form(text, folder / "report.docx", "docx")
    forms["styled"] = _styled_docx(text, folder / "styled.docx")
    forms["published"] = build_published_docx(text, folder / "published.docx", title_lines=1)
    doc = folder / "published.doc"
    _doc(forms["published"], text, doc)
    forms["doc"] = doc
    forms["pdf"] = _pdf(forms["published"], text, "published")
    forms["pdftotext"] = pdftotext(forms["pdf"], folder / "pdftotext.txt")
    forms["plainpdf"] = _pdf(forms["docx"], text, "plain")
    forms["plaintext"] = pdftotext(forms["plainpdf"], folder / "plaintext.txt")
    halves = build_published_docx(text, folder / "halves.docx", title_lines=1)
    _two_halves(halves, lines[0])
    forms["halves"] = pdftotext(_pdf(halves, text, "halves"), folder / "halves.txt")
    forms["html"] = write_in_form(text, folder / "page.html", "html")
    mhtml = folder / "page.mhtml"
    mhtml.write_bytes(as_mhtml(government_page(lines[0], lines[1:])))
    forms["mhtml"] = mhtml
    wechat = folder / "wechat.html"
    wechat.write_text(wechat_article(text), encoding="utf-8")
    forms["wechat"] = wechat
    return forms


def _two_halves(path: Path, title: str) -> None:
    """The running header set in two halves, the office left and the report's name right."""
    document = docx.Document(str(path))
    document.sections[0].header.paragraphs[0].text = "某区人民政府\t\t" + title[:16]
    document.save(str(path))


def _doc(source: Path, text: str, target: Path) -> None:
    import shutil
    import subprocess

    digest = hashlib.sha1(("doc" + text).encode()).hexdigest()[:16]
    cached = CACHE / f"{digest}.doc"
    if not cached.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        binary = shutil.which("soffice") or shutil.which("libreoffice")
        profile = (source.parent / "lo_profile").resolve().as_uri()
        subprocess.run([binary, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
                        "--outdir", str(source.parent), str(source)], capture_output=True, timeout=180, check=True)
        source.with_suffix(".doc").replace(cached)
    shutil.copy(cached, target)


def reading(path: Path) -> dict[str, list[str]]:
    """What the form check compares: the parts', sections' and measures' words."""
    report = load_report(path)
    return {
        "parts": [norm_key(p.title) for p in report.parts],
        "sections": [norm_key(s.title) for s in report.sections],
        "measures": [norm_key(m.text) for m in report.measures],
    }


def differences(first: dict[str, list[str]], second: dict[str, list[str]]) -> list[str]:
    """One line per kind of unit that reads otherwise, naming the first unit that differs."""
    out = []
    for what in ("parts", "sections", "measures"):
        a, b = first[what], second[what]
        if a == b:
            continue
        at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        x, y = (a[at] if at < len(a) else "—"), (b[at] if at < len(b) else "—")
        cut = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
        start = max(0, cut - 12)  # show where the two read apart
        out.append(f"{what} {len(a)}→{len(b)} at {at}: {x[start:cut + 20]!r} vs {y[start:cut + 20]!r}")
    return out


def main(argv: list[str]) -> int:
    import tempfile

    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    reports = _reports()
    differing = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in reports.items():
            if names and name not in names:
                continue
            for script, convert in (("simplified", str), ("traditional", _S2T)):
                forms = write_forms(convert(text), Path(tmp) / name / script)
                expected = reading(forms["txt"])
                for form, path in forms.items():
                    if form == "txt":
                        continue
                    total += 1
                    found = differences(expected, reading(path))
                    if found:
                        differing += 1
                        print(f"{name} {script} {form}: {found[0] if not verbose else '; '.join(found)}")
    print(f"{differing} of {total} forms read otherwise than their text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
