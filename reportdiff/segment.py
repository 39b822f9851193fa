"""Word segmentation of comparison keys: jieba with a domain dictionary, figures kept whole.

The only module that imports jieba. Loading jieba's 350k-word dictionary takes about
0.7 s, longer than a whole CLI run may take, so the dictionary is converted once into
a cache file sharded by first character; a run loads only the shards for the characters
its texts contain. Because jieba's DAG only ever looks up substrings that start at a
character of the input, the subset gives exactly the segmentation of the full dictionary.
"""

from __future__ import annotations

import array
import hashlib
import os
import pickle
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

# -- Government terms kept as one token: they carry alignment (specific terms are
#    what make two measures the same) and make redlines read as whole phrases. --
DOMAIN_TERMS = (
    "法治政府 法治政府建设 依法行政 行政执法 综合执法 综合行政执法 行政复议 行政诉讼 行政应诉 出庭应诉 "
    "行政争议 行政调解 人民调解 规范性文件 行政规范性文件 重大行政决策 合法性审查 合法性审核 "
    "营商环境 一体化综合监管 综合监管 非现场监管 接诉即办 政务服务 政务公开 政府信息公开 "
    "法律顾问 法律援助 公共法律服务 信访工作 信访工作条例 枫桥经验 吹哨报到 每月一题 好差评 扫码检查 "
    "一件事 一业一证 高效办成一件事 人工智能 知识产权 公平竞争审查 第一责任人 习近平法治思想 "
    "法治宣传 法治宣传教育 普法 审计整改 建议提案 生态环境损害赔偿 无事不扰 基本无违法建设区 违法建设 "
    "执法公示 案卷评查 行刑衔接 法制审核 三项制度 权力清单 公共资源交易 议事协调机构 述法 "
    "社区矫正 拆违消隐 安全联盟 哨兵团 数智治理 中关村科学城 履职事项清单 依法治区 全面依法治区 "
    "行政执法监督 司法建议 检察建议 行政公益诉讼 过紧日子 政策兑现 大家商量着办 四走访基层 "
    "信访工作法治化 双向衔接 法律服务体系 权力清单动态管理"
).split()
_DOMAIN_FREQ = 30000

# -- A figure: optional approximate marker, digits, optional 余/多, optional 万/亿,
#    optional unit; or a percentage. Keeping it one token means 170.81万件 → 182.40万件
#    redlines as one deletion and one insertion. --
_UNITS = "件次|人次|户次|万元|亿元|个百分点|百分点|平方米|公里|小时|件|份|人|所|个|项|次|家|起|元|分|户|场|条|篇|期|名|批|天|倍|例|套|台|张|部|处|宗|笔|单"
FIGURE_RE = re.compile(
    rf"(?:[约近超逾])?\d+(?:\.\d+)?(?:%|(?:[余多])?(?:万|亿)?(?:[余多])?(?:{_UNITS})?(?:左右)?)"
)


class _Shards:
    """jieba's dictionary split by first character, loaded on demand."""

    def __init__(self) -> None:
        import jieba

        self._jieba = jieba
        path = _cache_path(jieba)
        try:
            with path.open("rb") as fh:
                self.total, self._shards = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError):
            self.total, self._shards = _build_cache(jieba, path)
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.FREQ = {}
        self.tokenizer.total = self.total
        self.tokenizer.initialized = True
        self._loaded: set[str] = set()
        for term in DOMAIN_TERMS:
            self._ensure(term)
            self.tokenizer.add_word(term, _DOMAIN_FREQ)

    def _ensure(self, text: str) -> None:
        missing = set(text) - self._loaded
        if not missing:
            return
        freq = self.tokenizer.FREQ
        for ch in missing:
            shard = self._shards.get(ch)
            if shard is None:
                continue
            words, counts = shard
            values = array.array("I")
            values.frombytes(counts)
            for word, count in zip(words.split("\n"), values):
                # -- prefixes carry count 0 and must be present; never lower a domain term --
                if freq.get(word, -1) < count:
                    freq[word] = count
        self._loaded |= missing

    def cut(self, text: str) -> list[str]:
        self._ensure(text)
        return self.tokenizer.lcut(text, HMM=True)


def _cache_path(jieba) -> Path:
    base = os.environ.get("REPORTDIFF_CACHE") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    dict_file = Path(jieba.__file__).with_name("dict.txt")
    stat = dict_file.stat()
    tag = hashlib.sha1(f"{jieba.__version__}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    return root / "reportdiff" / f"jieba-shards-{tag}.pickle"


def _build_cache(jieba, path: Path) -> tuple[int, dict[str, tuple[str, bytes]]]:
    tokenizer = jieba.Tokenizer()
    with open(Path(jieba.__file__).with_name("dict.txt"), "rb") as fh:
        freq, total = tokenizer.gen_pfdict(fh)
    grouped: dict[str, tuple[list[str], array.array]] = {}
    for word, count in freq.items():
        words, counts = grouped.setdefault(word[0], ([], array.array("I")))
        words.append(word)
        counts.append(count)
    shards = {ch: ("\n".join(words), counts.tobytes()) for ch, (words, counts) in grouped.items()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # -- write atomically: parallel first runs must never read a half-written cache --
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            pickle.dump((total, shards), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # -- an unwritable cache directory only costs speed on the next run --
    return total, shards


@lru_cache(maxsize=1)
def _shards() -> _Shards:
    # -- jieba's _compat imports pkg_resources when it exists (≈0.2 s of start-up) only to
    #    open its own data files; hide it during the import so the plain-file path is used. --
    saved = sys.modules.get("pkg_resources", _MISSING)
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba  # noqa: F401

        jieba.setLogLevel(60)
    finally:
        if saved is _MISSING:
            del sys.modules["pkg_resources"]
        else:
            sys.modules["pkg_resources"] = saved
    return _Shards()


_MISSING = object()


@lru_cache(maxsize=16384)
def tokenize(key: str) -> tuple[str, ...]:
    """Return the tokens of a comparison key; figures with their unit are single tokens.

    >>> tokenize("共受理案件170.81万件")
    ('共', '受理', '案件', '170.81万件')
    """
    tokens: list[str] = []
    position = 0
    shards = _shards()
    for figure in FIGURE_RE.finditer(key):
        if figure.start() > position:
            tokens.extend(shards.cut(key[position : figure.start()]))
        tokens.append(figure.group())
        position = figure.end()
    if position < len(key):
        tokens.extend(shards.cut(key[position:]))
    return tuple(tokens)


def word_frequency(word: str) -> int:
    """Return jieba's dictionary count of ``word`` (0 when it is no dictionary word).

    Domain terms count as common words (they are added with a high count).
    """
    shards = _shards()
    shards._ensure(word)
    return shards.tokenizer.FREQ.get(word) or 0


def warm_up() -> None:
    """Load the dictionary now (for benchmarks and long-running callers)."""
    _shards()


__all__ = ["DOMAIN_TERMS", "FIGURE_RE", "tokenize", "warm_up", "word_frequency"]
