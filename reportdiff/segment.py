"""Word segmentation of comparison keys: jieba with a domain dictionary, figures kept whole.

The segmenters (jieba, or jieba-rs where installed) are in ``segmenters.py``, the dictionary
they are fed from, a word at a time, in ``segment_dictionary.py``; this module picks one and cuts
keys around their figures.
"""

from __future__ import annotations

from functools import lru_cache

from . import lazy_re
from .figure_units import COMPOUND_UNIT_RE
from .segment_dictionary import dictionary_file, import_jieba
from .segmenters import DOMAIN_TERMS, PURE_PYTHON_ENV, NativeShards, Shards, import_jieba_rs

# -- A figure: optional approximate marker, digits, optional 余/多, optional 万/亿,
#    optional unit; or a percentage. Keeping it one token means 170.81万件 → 182.40万件
#    redlines as one deletion and one insertion. --
#    A compound unit is one unit (微克/立方米, 吨标准煤/万元) and 万亿 one multiplier: 4.06万亿元 →
#    5.66万亿元 is the number changing, never a unit cut in pieces. --
_UNITS = ("吨标准煤|标准煤|千瓦时|千瓦|兆瓦|千伏|平方公里|立方米|公顷|千米|美元|港元|欧元|日元|标箱|公斤|千克|"
          "个工作日|工作日|个月|家次|场次|批次|架次|车次|艘次|航次|辆次|台次|"
          "件次|人次|户次|班次|万元|亿元|个百分点|百分点|平方米|公里|小时|件|份|人|所|个|项|次|家|起|元|分|户|场|条|篇|期|名|批|天|倍|例|套|台|张|部|处|宗|笔|单|趟|列|班|"
          "吨|斤|亩")
FIGURE_RE = lazy_re.compile(
    rf"(?:[约近超逾])?\d+(?:\.\d+)?(?:%|(?:[余多])?(?:万亿|千万|百万|万|亿)?(?:[余多])?(?:{COMPOUND_UNIT_RE}|{_UNITS})?(?:左右)?)"
)


@lru_cache(maxsize=1)
def _shards() -> Shards | NativeShards:
    dictionary = dictionary_file()
    jieba_rs = import_jieba_rs()
    if jieba_rs is not None:
        return NativeShards(jieba_rs, dictionary)
    return Shards(import_jieba(), dictionary)


@lru_cache(maxsize=16384)
def tokenize(key: str) -> tuple[str, ...]:
    """Return the tokens of a comparison key; figures with their unit are single tokens.

    >>> tokenize("共受理案件170.81万件")
    ('共', '受理', '案件', '170.81万件')
    """
    tokens: list[str] = []
    position = 0
    shards = _shards()
    # -- once for the whole key: the words of every piece, and a few across figures, which
    #    are harmless (a word is used only where it occurs) --
    shards.load(key)
    for figure in FIGURE_RE.finditer(key):
        if figure.start() > position:
            tokens.extend(shards.cut(key[position : figure.start()], loaded=True))
        tokens.append(figure.group())
        position = figure.end()
    if position < len(key):
        tokens.extend(shards.cut(key[position:], loaded=True))
    return tuple(tokens)


def word_frequency(word: str) -> int:
    """Return jieba's dictionary count of ``word`` (0 when it is no dictionary word).

    Domain terms count as common words (they are added with a high count).
    """
    return _shards().frequency(word)


def preload(texts: list[str]) -> None:
    """Load at once the dictionary words every one of ``texts`` (comparison keys) can use.

    Optional: ``tokenize`` loads what a key needs by itself. Loading a report's keys in one
    pass costs a fraction of loading them key by key, and a later key that is one of these
    texts, or a piece of one, finds its words already there.
    """
    _shards().load_all(texts)


def warm_up() -> None:
    """Load the dictionary now (for benchmarks and long-running callers)."""
    _shards()


__all__ = ["DOMAIN_TERMS", "FIGURE_RE", "PURE_PYTHON_ENV", "preload", "tokenize", "warm_up", "word_frequency"]
