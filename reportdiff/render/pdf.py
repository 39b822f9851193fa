"""PDF: the Word redline (or plans document) converted by LibreOffice, where it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import RenderError

#: How long one conversion may take; a report converts in seconds.
TIMEOUT = 300


def soffice() -> str:
    """Return LibreOffice's command, or raise RenderError naming what to install."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise RenderError.of("pdf_needs_soffice")
    return found


def docx_to_pdf(docx: bytes) -> bytes:
    """Return the PDF LibreOffice makes of ``docx`` (tracked changes shown as marked)."""
    command = soffice()
    with tempfile.TemporaryDirectory(prefix="reportdiff-pdf-") as workdir:
        source = Path(workdir) / "redline.docx"
        source.write_bytes(docx)
        # -- a private profile: a running LibreOffice or a locked user profile must not interfere --
        done = subprocess.run(
            [command, f"-env:UserInstallation=file://{workdir}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", workdir, str(source)],
            capture_output=True, timeout=TIMEOUT, check=False,
        )
        target = source.with_suffix(".pdf")
        if done.returncode != 0 or not target.exists():
            problem = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no PDF written"]
            raise RenderError.of("pdf_failed", problem=problem[0])
        return target.read_bytes()


__all__ = ["docx_to_pdf", "soffice"]
