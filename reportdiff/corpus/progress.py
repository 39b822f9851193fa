"""A progress bar on stderr for long folder runs: shown on a terminal, silent in CI and pipes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def wanted() -> bool:
    """True when stderr is a terminal and no CI runner is driving us."""
    return sys.stderr.isatty() and not os.environ.get("CI") and "REPORTDIFF_NO_PROGRESS" not in os.environ


@contextmanager
def progress(total: int, description: str, lang: str = "zh") -> Iterator[Callable[[], None]]:
    """Yield a function to call once per finished step; a tqdm bar backs it only where wanted,
    its words in ``lang``."""
    if total < 2 or not wanted():
        yield lambda: None
        return
    from tqdm import tqdm

    from ..labels import progress_label

    with tqdm(total=total, desc=progress_label(description, lang), unit=progress_label("file", lang),
              file=sys.stderr, leave=False) as bar:
        yield lambda: bar.update(1)


__all__ = ["progress", "wanted"]
