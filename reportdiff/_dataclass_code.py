"""The methods dataclasses writes for reportdiff's classes, compiled once and kept between runs.

dataclasses writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and a
frozen class's ``__setattr__`` and ``__delattr__``) as source text and compiles it with
``exec``: reportdiff's few dozen classes cost a run about 25 ms of compiling before any work,
a tenth of a short comparison. The text depends only on a class's fields and options, so its
compiled code is kept in the user cache, looked up by the text: ``exec`` of that code object
does what ``exec`` of the text did (the same file name, ``<string>``, and no inherited
``__future__`` flags). Other packages' dataclasses are compiled as before. ``pipeline``
installs it before it imports the modules that define classes.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import sys
import zlib
from pathlib import Path
from types import CodeType
from typing import Any

from .cache_dir import cache_root, write_cache

_codes: dict[str, CodeType] | None = None
#: About ten times the methods of all reportdiff's classes.
_MAX_ENTRIES = 4000
_unsaved = False


def _cache_path() -> Path:
    # -- code objects and their marshal format belong to one Python build --
    return cache_root() / f"dataclass-code-{zlib.crc32(sys.version.encode()):08x}.bin"


def _load() -> dict[str, CodeType]:
    try:
        with open(_cache_path(), "rb") as fh:
            codes = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    # -- texts of classes since edited stay behind: past a bound the cache starts afresh --
    return codes if isinstance(codes, dict) and len(codes) <= _MAX_ENTRIES else {}


def _save() -> None:
    global _unsaved
    if _unsaved and _codes is not None:
        _unsaved = False
        write_cache(_cache_path(), marshal.dumps(_codes))


def _exec(source: Any, globals: dict | None = None, locals: dict | None = None, /) -> None:
    """``exec`` for dataclasses: a reportdiff class's method text is compiled once per Python build."""
    global _codes, _unsaved
    if isinstance(source, str) and globals is not None and str(globals.get("__name__", "")).startswith("reportdiff"):
        if _codes is None:
            _codes = _load()
        code = _codes.get(source)
        if code is None:
            code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
            if not _unsaved:
                import atexit  # -- only a run that met a new class writes the cache --

                _unsaved = True
                atexit.register(_save)
        source = code
    builtins.exec(source, globals, locals)


def install() -> None:
    """Make dataclasses use the kept code (``dataclasses`` looks ``exec`` up in its own globals first)."""
    if "exec" not in vars(dataclasses):
        dataclasses.exec = _exec  # type: ignore[attr-defined]


__all__ = ["install"]
