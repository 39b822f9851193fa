"""A pattern made by ``lazy_re.compile`` is compiled on first use and then is ``re.compile``'s.

Module-level patterns are no longer compiled at import, so a broken one would surface only when
its rule first runs: every pattern of every module is compiled here.
"""

from __future__ import annotations

import ast
import copy
import importlib
import pickle
import pkgutil
import re
from pathlib import Path

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


def _module_level_compiles(source: str) -> list[int]:
    """Line numbers of ``re.compile(`` calls outside any function or lambda of ``source``."""
    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        in_function = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        if (not in_function and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "compile" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"):
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child, in_function)

    visit(ast.parse(source), False)
    return found


def test_module_level_patterns_are_made_by_lazy_re() -> None:
    # -- a pattern made by re.compile at import costs every command its compilation (up to a
    #    millisecond for a class of Chinese characters), used or not --
    package = Path(reportdiff.__file__).parent
    eager = {str(path.relative_to(package)): lines
             for path in sorted(package.rglob("*.py")) if path.name != "lazy_re.py"
             if (lines := _module_level_compiles(path.read_text(encoding="utf-8")))}
    assert not eager, f"use lazy_re.compile for module-level patterns: {eager}"


def test_module_level_compiles_found_only_outside_functions() -> None:
    source = "import re\nA = re.compile('a')\nB = [re.compile(x) for x in 'bc']\n" \
             "def f():\n    return re.compile('d')\nC = lambda: re.compile('e')\n"
    assert _module_level_compiles(source) == [2, 3]
