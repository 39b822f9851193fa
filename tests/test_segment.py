"""segment: jieba with domain terms; figures stay whole tokens."""

from __future__ import annotations

import pytest

from reportdiff.normalize import key
from reportdiff.segment import tokenize


@pytest.mark.parametrize(
    "figure",
    ["170.81万件", "246余万元", "97.81%", "98.78分", "1700余人", "140余件次", "37所", "21起", "3849份", "约286.4亿元"],
)
def test_figures_are_one_token(figure: str) -> None:
    assert figure in tokenize(key(f"共计{figure}，同比增加"))


def test_domain_terms_are_kept_whole() -> None:
    tokens = tokenize(key("推动一体化综合监管改革，持续优化营商环境，规范行政规范性文件"))
    assert "一体化综合监管" in tokens
    assert "营商环境" in tokens


def test_tokens_rebuild_the_key() -> None:
    text = key("2024年，共受理案件170.81万件，月均受理14.23万件，解决率97.81%。")
    assert "".join(tokenize(text)) == text


def test_segmentation_is_the_same_as_full_jieba() -> None:
    # -- the sharded dictionary must segment exactly like jieba's own full dictionary --
    import jieba

    sample = key("强化行政执法监督，提升行政执法工作质效。依托网络平台组织开展依法行政培训。")
    full = jieba.Tokenizer()
    for term in __import__("reportdiff.segment", fromlist=["DOMAIN_TERMS"]).DOMAIN_TERMS:
        full.add_word(term, 30000)
    assert list(tokenize(sample)) == full.lcut(sample, HMM=True)


def test_word_frequency_is_jiebas_own_count() -> None:
    """The compiled and the pure-Python segmenters answer word counts the same: jieba's."""
    import jieba

    from reportdiff.segment import DOMAIN_TERMS, word_frequency

    jieba.initialize()
    words = ["一", "工作", "一年", "一批", "三中全会", "一站式", "办成", "高效", "不存在的词语"]
    assert [word_frequency(w) for w in words] == [jieba.dt.FREQ.get(w) or 0 for w in words]
    assert word_frequency(DOMAIN_TERMS[0]) == 30000
