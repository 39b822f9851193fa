"""An expression never stops inside a word: where the tokenizer split a suffix off (千亿|级, 法治|化),
a span ending before the suffix is a fragment (新能源电池、高端装备两个千亿 of …两个千亿级产业集群), and
no span starts on one. Both scripts."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.expression_bounds import cuts_a_suffix
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.segment import tokenize

_T = opencc.OpenCC("s2t").convert


def test_a_span_before_a_split_suffix_cuts_a_word() -> None:
    tokens = tokenize(key("新能源电池、高端装备两个千亿级产业集群加快成型"))
    at = tokens.index("级")
    assert cuts_a_suffix(tokens, at)
    assert not cuts_a_suffix(tokens, at + 1) and not cuts_a_suffix(tokens, len(tokens))


def _report(year: int, review: str, plan: str) -> str:
    return (f"政府工作报告\n一、{year - 1}年工作回顾\n（一）产业体系加快构建。{review}\n二、{year}年重点工作\n"
            f"（一）{plan}。新增规模以上工业企业150家以上。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_no_new_expression_ends_before_a_suffix(script) -> None:
    old = script(_report(2025, "新增规模以上工业企业186家。", "加快构建现代化产业体系"))
    new = script(_report(2026, "新增规模以上工业企业183家。新能源电池、高端装备两个千亿级产业集群加快成型。", "大力发展新质生产力"))
    listed = [key(e.text) for e in compare(parse_text(old), parse_text(new)).expressions.new]
    assert listed  # -- the review's new sentence gives some --
    assert not any(text.endswith("千亿") for text in listed), listed

