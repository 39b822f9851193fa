"""Compiled patterns kept between runs (speed only): ``re`` compiles in Python, and a short
run spends a sixth of its time compiling the few hundred patterns it uses.

``re.compile`` parses a pattern and generates its code (in Python: its character-class
optimiser walks every Chinese character a class holds), then hands the code to ``_sre.compile``,
which builds the pattern object in C. The code depends only on the pattern, its flags and the
interpreter, so it is kept in a file of the cache directory (one per interpreter build, as
``_sre``'s code changes between versions) and a later run hands it to ``_sre.compile`` directly:
the pattern object is the same (``re.Pattern`` equality compares the code; a test compares every
pattern of the package). A pattern not in the file is compiled as ``re`` compiles it and added to
the file when the process ends. Anything unexpected falls back to ``re.compile``.
"""

from __future__ import annotations

import re
import sys

#: (pattern, flags) → what ``_sre.compile`` takes after the pattern: flags, code (as bytes of
#: 32-bit words), groups, group index, index group. None until the file is first read.
_KEPT: dict[tuple[str, int], tuple] | None = None
#: Entries compiled in this run, written to the file at exit.
_ADDED: dict[tuple[str, int], tuple] = {}
#: Set when the way failed once (an interpreter whose private API differs): ``re`` from then on.
_FAILED = False


def compile_kept(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the code kept by an earlier run where there is one."""
    global _FAILED
    if _FAILED:
        return re.compile(pattern, flags)
    try:
        import _sre
        from array import array

        flags = int(flags)  # -- a RegexFlag is kept as its number --
        kept = _kept()
        entry = kept.get((pattern, flags))
        if entry is None:
            entry = _ADDED[pattern, flags] = kept[pattern, flags] = _generate(pattern, flags)
            if len(_ADDED) == 1:
                import atexit

                atexit.register(_write)
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    except re.error:
        raise  # -- the pattern's own error, as re.compile raises it --
    except Exception:  # -- a changed private API, a damaged file: re's own way --
        _FAILED = True
        return re.compile(pattern, flags)


def _generate(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``, with the code as bytes."""
    from array import array
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _path():
    import _sre
    import zlib

    from .cache_dir import cache_root

    return cache_root() / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{zlib.crc32(sys.version.encode()):08x}.bin"


def _kept() -> dict[tuple[str, int], tuple]:
    global _KEPT
    if _KEPT is None:
        import marshal

        try:
            _KEPT = marshal.loads(_path().read_bytes())
            if not isinstance(_KEPT, dict):
                _KEPT = {}
        except (OSError, EOFError, ValueError, TypeError):
            _KEPT = {}
    return _KEPT


def _write() -> None:
    """Add this run's patterns to the file (read again: another run may have added its own);
    a failure only costs the next run the compiling."""
    import marshal

    from .cache_dir import write_cache

    try:
        path = _path()
        try:
            stored = marshal.loads(path.read_bytes())
            if not isinstance(stored, dict):
                stored = {}
        except (OSError, EOFError, ValueError, TypeError):
            stored = {}
        stored.update(_ADDED)
        write_cache(path, marshal.dumps(stored))
    except Exception:
        pass


__all__ = ["compile_kept"]
