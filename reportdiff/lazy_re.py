"""Regular expressions compiled where they are first used, not at import (speed only).

The package holds about 500 module-level patterns, and a command uses a part of them: the
seed pair's comparison about 260, a report's plans about 130. ``re`` spends up to a
millisecond on a pattern whose classes hold Chinese characters or the Han range (its
character-class optimiser walks them in Python), so compiling them all at import was about
half of a short run's start-up. ``lazy_re.compile`` takes the place of ``re.compile`` for a
module-level pattern and compiles it on first use, with ``re.compile`` itself: the compiled
pattern, and so every match, is the same.
"""

from __future__ import annotations

import re
from typing import cast

#: Every pattern made, for ``compile_all``.
_MADE: list[_LazyPattern] = []
#: What a pattern passes on from its compiled twin once that is made.
_PASSED_ON = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "flags", "groups", "groupindex")


class _LazyPattern:
    """Stands for ``re.compile(pattern, flags)``; ``pattern`` is read without compiling. The
    first other attribute read compiles it and keeps the compiled pattern's bound methods and
    attributes in slots, so that later reads go straight to them, as fast as on the pattern
    itself (``__getattr__`` runs only while the slots are empty)."""

    __slots__ = ("pattern", "_flags", *_PASSED_ON)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        _MADE.append(self)

    def __getattr__(self, name: str) -> object:
        return getattr(self._compile(), name)

    def _compile(self) -> re.Pattern[str]:
        from .regex_cache import compile_kept

        compiled = compile_kept(self.pattern, self._flags)
        for attribute in _PASSED_ON:
            setattr(self, attribute, getattr(compiled, attribute))
        return compiled

    # -- equal, hashed, shown and pickled as the compiled pattern is (re.Pattern compares the
    #    pattern and the flags; pickling gives the compiled pattern back) --
    def __eq__(self, other: object) -> bool:
        if isinstance(other, _LazyPattern):
            return self.pattern == other.pattern and self._flags == other._flags
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))

    def __repr__(self) -> str:
        return repr(re.compile(self.pattern, self._flags))

    def __reduce__(self) -> tuple[object, tuple[str, int]]:
        return re.compile, (self.pattern, self._flags)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 -- re.compile's twin
    """``re.compile(pattern, flags)``, compiled on first use."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


def compile_all() -> None:
    """Compile every pattern of the modules imported so far, as import once did: for a
    benchmark that times a comparison without the start-up, or a long-lived process."""
    for pattern in _MADE:
        pattern._compile()


__all__ = ["compile", "compile_all"]
