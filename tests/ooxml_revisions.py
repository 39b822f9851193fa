"""Test helper: accept or reject every tracked change of a .docx body and read back its paragraphs."""

from __future__ import annotations

import datetime as _dt
import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": W}
COVER_STYLE_ID = "reportdiffCover"
#: The date conftest fixes through SOURCE_DATE_EPOCH (946684800).
DEFAULT_DATE = _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc)

# -- which wrappers' content survives each choice --
_GONE = {"accept": {f"{{{W}}}del", f"{{{W}}}moveFrom"}, "reject": {f"{{{W}}}ins", f"{{{W}}}moveTo"}}
_REVISIONS = {f"{{{W}}}{tag}" for tag in ("ins", "del", "moveFrom", "moveTo")}


def document_xml(docx_bytes: bytes) -> etree._Element:
    """Parse word/document.xml of a .docx."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as package:
        return etree.fromstring(package.read("word/document.xml"))


def resolve(docx_bytes: bytes, mode: str, *, skip_cover: bool = True, covered: bool = True) -> list[tuple[str, str]]:
    """(style id, text) of each body paragraph after accepting or rejecting all changes.

    A paragraph whose mark goes away (deleted or moved-from marks on accept, inserted or
    moved-to marks on reject) merges into the following paragraph, as in Word.
    """
    if mode not in _GONE:
        raise ValueError(mode)
    gone = _GONE[mode]
    body = document_xml(docx_bytes).find("w:body", _NS)
    result: list[tuple[str, str]] = []
    carry = ""
    for paragraph in body:
        if paragraph.tag == f"{{{W}}}tbl":
            first = paragraph.find(".//w:p/w:pPr/w:pStyle", _NS)
            if skip_cover and first is not None and first.get(f"{{{W}}}val") == COVER_STYLE_ID:
                continue  # -- a table of the cover page --
            if carry:  # -- a paragraph's text never runs into a table: it stands on its own --
                result.append(("Normal", carry))
                carry = ""
            result += [("TableRow", row) for row in table_rows(paragraph, gone, covered=covered)]
            continue
        if paragraph.tag != f"{{{W}}}p":
            continue
        style = paragraph.find("w:pPr/w:pStyle", _NS)
        former = paragraph.find("w:pPr/w:pPrChange/w:pPr", _NS)
        if mode == "reject" and former is not None:
            style = former.find("w:pStyle", _NS)  # -- Reject All restores the former properties --
        style_id = style.get(f"{{{W}}}val") if style is not None else "Normal"
        if skip_cover and style_id == COVER_STYLE_ID:
            continue
        text = carry + _text(paragraph, gone)
        mark = paragraph.find("w:pPr/w:rPr", _NS)
        mark_gone = mark is not None and any(child.tag in gone for child in mark)
        if mark_gone:
            carry = text
            continue
        carry = ""
        result.append((style_id, text))
    if carry:
        result.append(("Normal", carry))
    return result


#: Between a table row's cells in what ``resolve`` reads: each row one line, as Markdown writes it.
CELL_GAP = " | "


def table_rows(table: etree._Element, gone: set[str], *, grid: bool = False, covered: bool = True) -> list[str]:
    """Each row of a ``w:tbl`` left once the ``gone`` revisions go: a row whose ``w:trPr`` holds
    one of them goes whole (ISO/IEC 29500-1 §17.13.5.14, .18); the others read cell by cell,
    their runs inside ``gone`` wrappers dropped, cells apart by ``CELL_GAP``. ``grid``: a cell
    spanning columns (``w:gridSpan``) reads as its text and an empty cell for each further
    column, as the loaders read a merged cell (else one cell, as LibreOffice names them).
    ``covered``: a cell going on with a vertical merge (``w:vMerge`` without ``restart``) is read,
    empty (else left out, as LibreOffice's table names leave it)."""
    rows = []
    for row in table.findall("w:tr", _NS):
        marks = row.find("w:trPr", _NS)
        if marks is not None and any(child.tag in gone for child in marks):
            continue
        cells = []
        for cell in row.findall("w:tc", _NS):
            merge = cell.find("w:tcPr/w:vMerge", _NS)
            if not covered and merge is not None and merge.get(f"{{{W}}}val") in (None, "continue"):
                continue
            cells.append("".join(_text(p, gone) for p in cell.findall("w:p", _NS)))
            span = cell.find("w:tcPr/w:gridSpan", _NS)
            if grid and span is not None:
                cells += [""] * (int(span.get(f"{{{W}}}val")) - 1)
        rows.append(CELL_GAP.join(cells))
    return rows


def _text(paragraph: etree._Element, gone: set[str]) -> str:
    pieces: list[str] = []
    for node in paragraph.iter(f"{{{W}}}t", f"{{{W}}}delText"):
        ancestors = set()
        parent = node.getparent()
        while parent is not None and parent is not paragraph:
            ancestors.add(parent.tag)
            parent = parent.getparent()
        if ancestors & gone:
            continue
        pieces.append(node.text or "")
    return "".join(pieces)


def accept_all(docx_bytes: bytes, *, headings: bool = True, covered: bool = True) -> list[str]:
    """Body paragraph texts once every change is accepted (cover page skipped). ``covered``:
    read a cell going on with a vertical merge (empty); LibreOffice's tables leave it out."""
    return [t for s, t in resolve(docx_bytes, "accept", covered=covered) if headings or not _is_heading(s)]


def reject_all(docx_bytes: bytes, *, headings: bool = True, covered: bool = True) -> list[str]:
    """Body paragraph texts once every change is rejected (cover page skipped)."""
    return [t for s, t in resolve(docx_bytes, "reject", covered=covered) if headings or not _is_heading(s)]


def _is_heading(style_id: str) -> bool:
    return style_id in ("Title",) or style_id.startswith("Heading")


def revision_elements(docx_bytes: bytes) -> list[etree._Element]:
    """Every w:ins / w:del / w:moveFrom / w:moveTo in the document, marks included."""
    root = document_xml(docx_bytes)
    return [node for node in root.iter() if node.tag in _REVISIONS]


# ---------------------------------------------------------------- LibreOffice cross-check

_UNO_SCRIPT = r'''
import json, os, re, subprocess, sys, time, zipfile
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

def strip_comments(path):
    # LibreOffice 7.4 headless aborts building the comment sidebar of a loaded document;
    # comments play no part in revisions, so the copy LibreOffice resolves has none.
    out = path + ".nocomments.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode()
                text = re.sub(r"<w:commentRange(Start|End) [^>]*/>", "", text)
                text = re.sub(r"<w:r>(?:(?!</w:r>).)*?<w:commentReference [^>]*/></w:r>", "", text)
                data = text.encode()
            dst.writestr(info, data)
    return out

path, profile = sys.argv[1], sys.argv[2]
path = strip_comments(path)
pipe = "reportdiff%d" % os.getpid()
proc = subprocess.Popen(["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless",
                         "--invisible", "--norestore", "--accept=pipe,name=%s;urp;" % pipe],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(150):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.2)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    result = {}
    for mode, command in (("accept", ".uno:AcceptAllTrackedChanges"), ("reject", ".uno:RejectAllTrackedChanges")):
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        paragraphs, styled = [], []
        walker = doc.getText().createEnumeration()
        while walker.hasMoreElements():
            element = walker.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph"):
                paragraphs.append(element.getString())
                styled.append([element.getPropertyValue("ParaStyleName"), element.getString()])
            elif element.supportsService("com.sun.star.text.TextTable"):
                # -- a table: one line a row, its cells apart by " | " (as resolve() reads it) --
                rows = {}
                for name in element.getCellNames():
                    letters = name.rstrip("0123456789")
                    rows.setdefault(int(name[len(letters):]), []).append(element.getCellByName(name).getString())
                paragraphs += [" | ".join(cells) for _, cells in sorted(rows.items())]
        result[mode] = paragraphs
        result[mode + "_styles"] = styled
        doc.close(True)
    print(json.dumps(result, ensure_ascii=False))
finally:
    proc.terminate()
    proc.wait()
'''


def uno_python() -> str | None:
    """A Python interpreter that can import LibreOffice's ``uno`` module, if any."""
    import shutil
    import subprocess

    if shutil.which("soffice") is None:
        return None
    for candidate in ("/usr/bin/python3", "/usr/lib/libreoffice/program/python"):
        try:
            done = subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return candidate
    return None


def libreoffice_resolve(docx_bytes: bytes, workdir) -> dict[str, list[str]]:
    """Accept-all and reject-all done by LibreOffice itself (UNO), as paragraph texts (keys
    ``accept``, ``reject``), and each paragraph outside tables as [style name, text] (keys
    ``accept_styles``, ``reject_styles``; LibreOffice's names: Standard, Heading 1)."""
    import json
    import subprocess
    from pathlib import Path

    python = uno_python()
    if python is None:
        raise RuntimeError("no Python with LibreOffice's uno module")
    workdir = Path(workdir)
    document = workdir / "resolve.docx"
    document.write_bytes(docx_bytes)
    script = workdir / "uno_resolve.py"
    script.write_text(_UNO_SCRIPT, encoding="utf-8")
    done = subprocess.run([python, str(script), str(document), str(workdir / "lo_profile")],
                          capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def soffice() -> str:
    """Path of LibreOffice's soffice; the calling test is skipped, with the reason, where it is missing."""
    import shutil

    import pytest

    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice not installed: soffice/libreoffice not on PATH (.ci/run installs it)")
    return found


def convert_to_pdf_and_png(docx_bytes: bytes, workdir, name: str, page: int = 1):
    """Convert a .docx to PDF with headless LibreOffice and, where pdftoppm exists, one page to
    PNG; assert both are real files and return the PDF's path (skips without LibreOffice)."""
    import shutil
    import subprocess
    from pathlib import Path

    workdir = Path(workdir)
    document = workdir / f"{name}.docx"
    document.write_bytes(docx_bytes)
    done = subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{workdir}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(workdir), str(document)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = workdir / f"{name}.pdf"
    assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 5000, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page), str(pdf),
                        str(workdir / "page")], check=True, timeout=60)
        assert any(p.stat().st_size > 1000 for p in workdir.glob("page*.png"))
    return pdf
