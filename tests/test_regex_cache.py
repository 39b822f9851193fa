"""Patterns compiled from the code an earlier run kept are the patterns ``re`` compiles
(``re.Pattern`` equality compares flags, pattern and code), for every pattern of the package."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import reportdiff
from reportdiff import lazy_re, regex_cache


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTDIFF_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_KEPT", None)
    monkeypatch.setattr(regex_cache, "_ADDED", {})
    monkeypatch.setattr(regex_cache, "_FAILED", False)
    return tmp_path


def _every_pattern() -> list[tuple[str, int]]:
    for module in pkgutil.walk_packages(reportdiff.__path__, "reportdiff."):
        if module.name != "reportdiff.__main__":
            importlib.import_module(module.name)
    return sorted({(pattern.pattern, pattern._flags) for pattern in lazy_re._MADE}, key=repr)


def test_every_pattern_compiled_anew_and_from_the_kept_file_is_re_s(fresh_cache, monkeypatch) -> None:
    patterns = _every_pattern()
    assert len(patterns) > 400
    for pattern, flags in patterns:
        assert regex_cache.compile_kept(pattern, flags) == re.compile(pattern, flags), pattern
    regex_cache._write()
    written = list(fresh_cache.rglob("regex-*.bin"))
    assert len(written) == 1
    # -- a later run: the file read, every pattern found in it --
    monkeypatch.setattr(regex_cache, "_KEPT", None)
    monkeypatch.setattr(regex_cache, "_ADDED", {})
    for pattern, flags in patterns:
        assert regex_cache.compile_kept(pattern, flags) == re.compile(pattern, flags), pattern
    assert not regex_cache._ADDED and not regex_cache._FAILED


def test_a_flag_and_groups_are_kept(fresh_cache) -> None:
    compiled = regex_cache.compile_kept(r"(?P<year>\d{4})年|(第)", re.M)
    assert compiled == re.compile(r"(?P<year>\d{4})年|(第)", re.M)
    assert compiled.groupindex == {"year": 1} and compiled.groups == 2
    assert compiled.search("2024年第").group("year") == "2024"


def test_a_damaged_file_is_compiled_as_re_does(fresh_cache) -> None:
    regex_cache._path().parent.mkdir(parents=True, exist_ok=True)
    regex_cache._path().write_bytes(b"\x00not marshal")
    assert regex_cache.compile_kept("推进(依法)?行政", 0) == re.compile("推进(依法)?行政")
    regex_cache._path().write_bytes(__import__("marshal").dumps({("推进", 0): ("no", "such", "entry")}))
    regex_cache._KEPT = None
    assert regex_cache.compile_kept("推进", 0) == re.compile("推进")


def test_a_broken_pattern_raises_as_re_does_and_spoils_nothing(fresh_cache) -> None:
    with pytest.raises(re.error):
        regex_cache.compile_kept("(unclosed", 0)
    assert not regex_cache._FAILED
    assert regex_cache.compile_kept("推进", 0) == re.compile("推进") and regex_cache._ADDED
