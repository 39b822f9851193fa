"""A pattern made by ``lazy_re.compile`` is compiled on first use and then is ``re.compile``'s.

Module-level patterns are no longer compiled at import, so a broken one would surface only when
its rule first runs: every pattern of every module is compiled here.
"""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import re

import pytest

import reportdiff
from reportdiff import lazy_re

_CASES = [
    (r"(?P<year>(?:19|20)\d{2})年", 0, "2024年和2025年，共3年"),
    (r"[\u4e00-\u9fff]{2,4}(?=率)", 0, "城镇化率、失业率和就业"),
    (r"^\s*(?:一|二|三)、(.+)$", re.MULTILINE, "一、总体要求\n二、主要任务\n正文"),
    (r"ab+", re.IGNORECASE, "xABbbab"),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), _CASES)
def test_matches_and_attributes_are_those_of_re_compile(pattern: str, flags: int, text: str) -> None:
    lazy, compiled = lazy_re.compile(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == compiled.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.subn("#", text, count=1) == compiled.subn("#", text, count=1)
    assert lazy.split(text) == compiled.split(text)
    for method in ("search", "match", "fullmatch"):
        found, expected = getattr(lazy, method)(text), getattr(compiled, method)(text)
        assert (found and found.span()) == (expected and expected.span())
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (compiled.flags, compiled.groups, dict(compiled.groupindex))


def test_compiled_on_first_use_not_when_made() -> None:
    broken = lazy_re.compile("(unclosed")  # -- re.compile would raise here --
    try:
        assert broken.pattern == "(unclosed"
        with pytest.raises(re.error):
            broken.search("unclosed")
    finally:
        lazy_re._MADE.remove(broken)  # -- not one of the package's, which the last test compiles --


def test_equal_hashed_shown_copied_and_pickled_as_the_compiled_pattern() -> None:
    lazy, compiled = lazy_re.compile(r"\d+年", re.ASCII), re.compile(r"\d+年", re.ASCII)
    assert lazy == lazy_re.compile(r"\d+年", re.ASCII) and lazy != lazy_re.compile(r"\d+年")
    assert len({lazy, lazy_re.compile(r"\d+年", re.ASCII)}) == 1
    assert repr(lazy) == repr(compiled)
    assert pickle.loads(pickle.dumps(lazy)) == compiled
    assert copy.deepcopy(lazy).search("共2024年").group() == "2024年"


def test_every_pattern_of_the_package_compiles() -> None:
    for module in pkgutil.walk_packages(reportdiff.__path__, "reportdiff."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    made = list(lazy_re._MADE)
    assert len(made) > 400
    lazy_re.compile_all()
    assert all(isinstance(pattern.search, type(re.compile("").search)) for pattern in made)
