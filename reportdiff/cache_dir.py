"""Where reportdiff keeps what a first run builds for later runs: the dictionary index, the blank Word document."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """``$REPORTDIFF_CACHE``, else ``$XDG_CACHE_HOME``, else ``~/.cache``; then ``reportdiff``."""
    base = os.environ.get("REPORTDIFF_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "reportdiff"


def write_cache(path: Path, data: bytes) -> None:
    """Write a cache file atomically; an unwritable cache directory only costs speed next time."""
    import tempfile  # -- only a first run writes a cache --

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # -- parallel first runs must never read a half-written cache --
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError:
        pass


__all__ = ["cache_root", "write_cache"]
