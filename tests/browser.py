"""Headless Chromium screenshots for the HTML tests (skipped where Chromium is absent)."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

#: Flags for a root sandbox with no network: without the background-networking ones
#: Chromium keeps trying to reach its update and sync hosts.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")

needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None,
                                    reason="chromium is not on PATH; no browser check (.ci/run installs it)")


def screenshot(html: str, workdir: Path, name: str, query: str = "", size: tuple[int, int] = (1280, 2000)) -> bytes:
    """Render ``html`` in headless Chromium and return the PNG, checked to be ``size``."""
    page = workdir / "page.html"
    page.write_text(html, encoding="utf-8")
    png = workdir / name
    subprocess.run(
        ["chromium", *FLAGS, f"--user-data-dir={workdir / 'profile'}", f"--screenshot={png}",
         f"--window-size={size[0]},{size[1]}", f"file://{page}{query}"],
        capture_output=True, timeout=120, check=False,
    )
    assert png.exists(), f"chromium wrote no {name}"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == size
    return data
