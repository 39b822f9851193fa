"""A cache of parsed reports: one SQLite file in the user cache directory.

Keyed by the file's content hash with the reader its name picks (the same bytes are a web
page as ``.html`` and plain text as ``.txt``), the tool's version (with a digest of its own source, so a
changed parser never serves stale trees) and the ``--kind`` override; the value is the
pickled :class:`~reportdiff.models.Report`. Like ruff's and pytest's caches it is safe to
delete and never required: an unreadable or locked cache is skipped, never an error.
``REPORTDIFF_CACHE_DIR`` moves it (tests use this); ``--no-cache`` bypasses it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..loaders import reader_of
from ..models import Report

SCHEMA = 1
FILE_NAME = "reports.sqlite"


@lru_cache(maxsize=1)
def tool_version() -> str:
    """Return the version string cache entries are keyed by: release plus source digest."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def cache_dir() -> Path:
    """Return the directory of the cache file (``REPORTDIFF_CACHE_DIR`` or the user cache dir)."""
    override = os.environ.get("REPORTDIFF_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("reportdiff", appauthor=False))


def parse_file(path: Path, kind: str | None = None) -> Report:
    """Return the parsed report in ``path`` (no cache involved)."""
    from ..pipeline import load_report

    return load_report(path, kind=kind)


def _parse_or_none(path: Path, kind: str | None = None) -> Report | None:
    """``parse_file`` in a worker process: an unreadable file gives None (its error, raised again
    when the parent reads it, does not pickle)."""
    from ..errors import LoadError, ParseError

    try:
        return parse_file(path, kind)
    except (LoadError, ParseError):
        return None


class ReportStore:
    """Parsed reports by path, from the cache where it holds them; counts what it did.

    ``parsed`` counts files actually parsed, ``hits`` files served from the cache.
    """

    def __init__(self, *, use_cache: bool = True, kind: str | None = None, directory: Path | None = None) -> None:
        self.kind = kind
        self.parsed = 0
        self.hits = 0
        self._memo: dict[Path, Report] = {}
        self._digests: dict[Path, str] = {}
        self.derived_hits = 0
        self._db: sqlite3.Connection | None = None
        if use_cache:
            self._db = self._open((directory or cache_dir()) / FILE_NAME)

    @staticmethod
    def _open(file: Path) -> sqlite3.Connection | None:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(file, timeout=10)
            # -- one run writes many small rows: the write-ahead log keeps each commit cheap --
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None or row[0] != str(SCHEMA):
                # -- another layout: everything in it is derived, so start over --
                db.execute("DROP TABLE IF EXISTS reports")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            db.execute("CREATE TABLE IF NOT EXISTS reports (digest TEXT, version TEXT, kind TEXT, "
                       "report BLOB, PRIMARY KEY (digest, version, kind))")
            # -- results derived from several reports (a timeline's year-to-year steps) --
            db.execute("CREATE TABLE IF NOT EXISTS derived (name TEXT, key TEXT, version TEXT, value BLOB, "
                       "PRIMARY KEY (name, key, version))")
            db.commit()
            return db
        except (OSError, sqlite3.Error):
            return None

    def digest(self, path: Path) -> str:
        """Return the SHA-256 of the file's content and the reader its name picks (read once per run)."""
        path = Path(path)
        if path not in self._digests:
            digest = hashlib.sha256(f"{reader_of(path)}\0".encode())
            digest.update(path.read_bytes())
            self._digests[path] = digest.hexdigest()
        return self._digests[path]

    def key(self, path: Path) -> tuple[str, str, str]:
        return self.digest(path), tool_version(), self.kind or ""

    def get_derived(self, name: str, paths: tuple[Path, ...]):
        """Return a value stored by :meth:`put_derived` for the same files' contents, or None."""
        if self._db is None:
            return None
        key = "/".join(self.digest(path) for path in paths) + f"/{self.kind or ''}"
        try:
            row = self._db.execute("SELECT value FROM derived WHERE name = ? AND key = ? AND version = ?",
                                   (name, key, tool_version())).fetchone()
            value = pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError):
            return None
        if value is not None:
            self.derived_hits += 1
        return value

    def put_derived(self, name: str, paths: tuple[Path, ...], value) -> None:
        """Store ``value``, derived from the files at ``paths``, under their contents."""
        if self._db is None:
            return
        key = "/".join(self.digest(path) for path in paths) + f"/{self.kind or ''}"
        try:
            self._db.execute("INSERT OR REPLACE INTO derived VALUES (?, ?, ?, ?)",
                             (name, key, tool_version(), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))
            self._db.commit()
        except sqlite3.Error:
            pass

    def cached(self, path: Path) -> Report | None:
        """Return the report of ``path`` if already parsed (in this run or the cache), else None."""
        path = Path(path)
        if path in self._memo:
            return self._memo[path]
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT report FROM reports WHERE digest = ? AND version = ? AND kind = ?",
                                   self.key(path)).fetchone()
            report = pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError):
            return None
        if report is None:
            return None
        # -- the same text may sit under another name: the source is always this path --
        report = dataclasses.replace(report, source=str(path))
        self.hits += 1
        self._memo[path] = report
        return report

    def add(self, path: Path, report: Report) -> None:
        """Record a report parsed from ``path`` (counted as parsed) and store it in the cache."""
        path = Path(path)
        self.parsed += 1
        self._memo[path] = report
        if self._db is None:
            return
        try:
            self._db.execute("INSERT OR REPLACE INTO reports VALUES (?, ?, ?, ?)",
                             (*self.key(path), pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)))
            self._db.commit()
        except sqlite3.Error:
            pass

    def load(self, path: Path) -> Report:
        """Return the parsed report of ``path``, parsing it only when no cache holds it."""
        report = self.cached(path)
        if report is None:
            report = parse_file(Path(path), self.kind)
            self.add(path, report)
        return report

    def load_many(self, paths: list[Path], jobs: int = 1, progress=None) -> list[Report]:
        """Return the reports of ``paths`` in order; misses are parsed in ``jobs`` processes. A file
        that cannot be read is left out: ``load`` raises its error for the caller to name."""
        missing = [path for path in paths if self.cached(path) is None]
        if jobs > 1 and len(missing) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for path, report in zip(missing, pool.map(_parse_or_none, missing, [self.kind] * len(missing),
                                                          chunksize=max(1, len(missing) // (jobs * 4)))):
                    if report is not None:
                        self.add(path, report)
                    if progress:
                        progress()
        else:
            for path in missing:
                report = _parse_or_none(Path(path), self.kind)
                if report is not None:
                    self.add(path, report)
                if progress:
                    progress()
        return [report for path in paths if (report := self.cached(path)) is not None]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


__all__ = ["FILE_NAME", "ReportStore", "cache_dir", "parse_file", "tool_version"]
