"""Word segmentation of comparison keys: jieba with a domain dictionary, figures kept whole.

The only module that imports jieba, or its compiled twin jieba-rs (rjieba) where that
is installed; both segment alike. Loading jieba's 350k-word dictionary takes about
0.7 s, longer than a whole CLI run may take, so the dictionary is converted once into
a cache file grouped by first and second character; a run loads only the words that
start with a character or a character pair its texts contain. Because jieba's DAG only
ever looks up substrings of the input, the subset gives exactly the segmentation of the
full dictionary.
"""

from __future__ import annotations

import array
import importlib.machinery
import importlib.util
import marshal
import mmap
import os
import re
import struct
import sys
import zlib
from functools import lru_cache
from pathlib import Path

from .cache_dir import cache_root, write_cache
from .figure_units import COMPOUND_UNIT_RE

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
#    A compound unit is one unit (微克/立方米, 吨标准煤/万元) and 万亿 one multiplier: 4.06万亿元 →
#    5.66万亿元 is the number changing, never a unit cut in pieces. --
_UNITS = ("吨标准煤|标准煤|千瓦时|千瓦|兆瓦|千伏|平方公里|立方米|公顷|千米|美元|港元|欧元|日元|标箱|公斤|千克|"
          "个工作日|工作日|个月|家次|场次|批次|架次|"
          "件次|人次|户次|万元|亿元|个百分点|百分点|平方米|公里|小时|件|份|人|所|个|项|次|家|起|元|分|户|场|条|篇|期|名|批|天|倍|例|套|台|张|部|处|宗|笔|单|"
          "吨|斤|亩")
FIGURE_RE = re.compile(
    rf"(?:[约近超逾])?\d+(?:\.\d+)?(?:%|(?:[余多])?(?:万亿|千万|百万|万|亿)?(?:[余多])?(?:{COMPOUND_UNIT_RE}|{_UNITS})?(?:左右)?)"
)


#: Set to 1 to use only the pure-Python libraries (jieba, diff-match-patch), as on a
#: platform without wheels for the compiled ones.
PURE_PYTHON_ENV = "REPORTDIFF_PURE_PYTHON"
# -- a word no key can contain (keys have no whitespace): it carries the frequency of every
#    dictionary word not loaded yet, so the compiled segmenter sees jieba's own total --
_REST = " rest of the dictionary "
# -- stands for "no second character" (one-character words); no dictionary word holds it --
_NO_SECOND = "\0"


class _Dictionary:
    """jieba's dictionary (with its prefix entries), handed out as the words a text can use.

    jieba's DAG looks up only substrings of the input, walking from each character through
    longer and longer prefixes; any word it can reach starts with one of the text's
    characters and, if longer, with one of its character pairs. The cache groups words by
    first character, then by second, so a text loads only those few words (a real report
    pair: about 17,000 instead of 210,000 by first character alone).
    """

    def __init__(self, dictionary: Path) -> None:
        self.total, firsts, self._places, self._data = _load_cache(dictionary)
        self._index = {first: at for at, first in enumerate(firsts)}
        self._by_first: dict[str, tuple[str, bytes] | None] = {}
        # -- characters and character pairs (as ``_codes`` ints) whose words were handed out --
        self._given: set[int] = set()
        self._covered: frozenset[str] = frozenset()

    def _entry(self, first: str) -> tuple[str, bytes] | None:
        # -- decode one first character's index (its second characters) only when needed --
        if first not in self._by_first:
            at = self._index.get(first)
            if at is None:
                self._by_first[first] = None
            else:
                start, end = struct.unpack_from("=2Q", self._places, 16 * at)
                self._by_first[first] = marshal.loads(self._data[start:end])
        return self._by_first[first]

    def words_for(self, text: str) -> tuple[list[str], array.array]:
        """Return the words ``text`` can use that were not returned before, with their counts."""
        given = self._given
        if text in self._covered:
            return [], array.array("I")
        chars, even_pairs, odd_pairs = _codes(text)
        # -- nearly every text of a run was preloaded with its report: checked without building a set --
        if given.issuperset(chars) and given.issuperset(even_pairs) and given.issuperset(odd_pairs):
            return [], array.array("I")
        wanted = set(chars)
        wanted.update(even_pairs)
        wanted.update(odd_pairs)
        wanted = wanted.difference(given)
        given |= wanted
        # -- each first character's wanted second characters, as one string --
        by_first: dict[int, str] = {}
        get = by_first.get
        for code in wanted:
            if code <= _MAX_CHAR:
                first, second = code, _NO_SECOND
            else:
                first, second = code >> _FIRST_SHIFT & 0xFFFFFFFF, chr(code >> _SECOND_SHIFT & 0xFFFFFFFF)
            by_first[first] = get(first, "") + second
        texts: list[memoryview] = []
        counts = array.array("I")
        data = self._data
        unpack = struct.Struct("=3Q").unpack_from
        for first, wanted_seconds in by_first.items():
            entry = self._entry(chr(first))
            if entry is None:
                continue
            seconds, bounds = entry
            for second in wanted_seconds:
                at = seconds.find(second)
                if at >= 0:
                    word_start, word_end, count_end = unpack(bounds, 24 * at)
                    texts.append(data[word_start:word_end])
                    counts.frombytes(data[word_end:count_end])
        return (b"\n".join(texts).decode("utf-8").split("\n") if texts else []), counts

    def words_for_all(self, texts: list[str]) -> tuple[list[str], array.array]:
        """``words_for`` of all ``texts`` at once (one pass over the dictionary instead of one per
        text); later calls with one of these texts return at once."""
        words: list[str] = []
        counts = array.array("I")
        self._covered = frozenset()
        distinct = list(dict.fromkeys(texts))
        for start in range(0, len(distinct), _BATCH):
            # -- in batches: the codes of one joined text of many megabytes would take memory --
            more_words, more_counts = self.words_for("\n".join(distinct[start : start + _BATCH]))
            words += more_words
            counts += more_counts
        self._covered = frozenset(distinct)  # -- only the latest report pair's: a long run keeps no history --
        return words, counts


#: Code points as native unsigned ints: a character is its code point (at most ``_MAX_CHAR``), a
#: pair of neighbouring characters the 64-bit int of their two code points (above it).
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_MAX_CHAR = 0x10FFFF
# -- where a pair's first and second code point lie in its int (native byte order) --
_FIRST_SHIFT, _SECOND_SHIFT = (0, 32) if sys.byteorder == "little" else (32, 0)
#: Texts joined into one by ``words_for_all`` (a report holds a few hundred paragraphs).
_BATCH = 2000


def _codes(text: str) -> tuple[memoryview, memoryview, memoryview]:
    """Return ``text``'s characters, its pairs at even offsets and its pairs at odd offsets as
    ints, computed in C: a set of ints is checked several times faster than one of 2-character
    strings, which each pair had to be built as."""
    view = memoryview(text.encode(_UTF32, "surrogatepass"))
    size = len(text)
    return view.cast("I"), view[: size // 2 * 8].cast("Q"), view[4 : 4 + (size - 1) // 2 * 8].cast("Q")


class _Shards:
    """jieba itself, fed on demand with the dictionary words the texts can use."""

    def __init__(self, jieba, dictionary: Path) -> None:
        self._dictionary = _Dictionary(dictionary)
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.FREQ = {}
        self.tokenizer.total = self._dictionary.total
        self.tokenizer.initialized = True
        for term in DOMAIN_TERMS:
            self.load(term)
            self.tokenizer.add_word(term, _DOMAIN_FREQ)

    def load(self, text: str) -> None:
        """Load the dictionary words ``text`` can use."""
        self._add(*self._dictionary.words_for(text))

    def load_all(self, texts: list[str]) -> None:
        """Load the dictionary words any of ``texts`` can use."""
        self._add(*self._dictionary.words_for_all(texts))

    def _add(self, words: list[str], counts: array.array) -> None:
        freq = self.tokenizer.FREQ
        for word, count in zip(words, counts):
            # -- prefixes carry count 0 and must be present; never lower a domain term --
            if freq.get(word, -1) < count:
                freq[word] = count

    def cut(self, text: str, *, loaded: bool = False) -> list[str]:
        if not loaded:
            self.load(text)
        return self.tokenizer.lcut(text, HMM=True)

    def frequency(self, word: str) -> int:
        """Return the dictionary count of ``word`` (domain terms as added; 0 if none)."""
        self.load(word)
        return self.tokenizer.FREQ.get(word) or 0


# -- jieba's own block and whitespace patterns (re_han_default, re_skip_default): jieba-rs
#    counts more characters as Han (U+9FD6–9FFF, extensions, compatibility ideographs), so
#    blocks are cut here exactly as jieba cuts them --
_HAN_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile(r"(\r\n|\s)")
# -- two or more non-Han characters with a symbol among them (e-Gov, x.y): jieba's HMM splits
#    them at the symbols, jieba-rs keeps them whole; such blocks go to jieba itself --
_SYMBOL_RUN = re.compile(r"[+#&._%-][a-zA-Z0-9+#&._%-]|[a-zA-Z0-9][+#&._%-]")


#: Han blocks whose tokens ``_NativeShards`` remembers (then it starts afresh).
_CUT_MEMO = 100_000


class _NativeShards:
    """The same dictionary subset in jieba-rs (rjieba), which segments about 20× faster.

    jieba-rs implements jieba's algorithm (DAG of dictionary words, best route by log
    frequency over the total, HMM for unknown runs); fed the same words, the same counts
    and the same total it returns the same tokens for jieba's Han blocks (tests compare
    both on the seed, the samples, real reports and odd characters). It needs no prefix
    entries: its trie walks prefixes itself. Where the two differ (see ``_SYMBOL_RUN``,
    rare in reports) jieba cuts the block.
    """

    def __init__(self, jieba_rs, dictionary: Path) -> None:
        self._path = dictionary
        self._dictionary = _Dictionary(dictionary)
        # -- jieba's add_word adds each domain term's frequency to the total --
        self._total = self._dictionary.total + _DOMAIN_FREQ * len(DOMAIN_TERMS)
        self._jieba = jieba_rs.Jieba.empty()
        self._terms = frozenset(DOMAIN_TERMS)
        self._added = 0
        for term in self._terms:
            self._jieba.add_word(term, _DOMAIN_FREQ, None)
            self._added += _DOMAIN_FREQ
        self._jieba.add_word(_REST, self._total - self._added, None)
        self._python: _Shards | None = None
        # -- the counts given to jieba-rs, which keeps them to itself (word_frequency asks) --
        self._counts: dict[str, int] = dict.fromkeys(self._terms, _DOMAIN_FREQ)
        self._no_count: set[str] = set()
        # -- each Han block's tokens: a key's sentences, clauses and the section texts joined from
        #    it hold the same blocks. Exact: a block's words were all loaded before its first cut,
        #    words loaded later are none of its substrings, and the total never changes (_REST) --
        self._cuts: dict[str, list[str]] = {}

    def load(self, text: str) -> None:
        """Load the dictionary words ``text`` can use."""
        self._add(*self._dictionary.words_for(text))

    def load_all(self, texts: list[str]) -> None:
        """Load the dictionary words any of ``texts`` can use."""
        self._add(*self._dictionary.words_for_all(texts))

    def _add(self, words: list[str], word_counts: array.array) -> None:
        add = self._jieba.add_word
        added = self._added
        counts = self._counts
        for word, count in zip(words, word_counts):
            if count and word not in self._terms:
                add(word, count, None)
                counts[word] = count
                added += count
        if added != self._added:
            self._added = added
            add(_REST, self._total - added, None)

    def cut(self, text: str, *, loaded: bool = False) -> list[str]:
        if not loaded:
            self.load(text)
        tokens: list[str] = []
        # -- as jieba.cut: Han blocks are segmented, anything else goes character by character --
        for at, block in enumerate(_HAN_BLOCK.split(text)):
            if not block:
                continue
            if at % 2 == 0:
                if _SKIP.search(block) is None:  # -- keys hold no whitespace: one character a token --
                    tokens.extend(block)
                    continue
                for part in _SKIP.split(block):
                    if _SKIP.match(part):
                        tokens.append(part)
                    else:
                        tokens.extend(part)
            elif _SYMBOL_RUN.search(block):
                if self._python is None:
                    self._python = _Shards(_import_jieba(), self._path)
                tokens.extend(self._python.cut(block))
            else:
                cut = self._cuts.get(block)
                if cut is None:
                    if len(self._cuts) >= _CUT_MEMO:
                        self._cuts.clear()
                    cut = self._cuts[block] = self._jieba.cut(block, True)
                tokens.extend(cut)
        return tokens

    def frequency(self, word: str) -> int:
        """Return the dictionary count of ``word`` (domain terms as added; 0 if none)."""
        count = self._counts.get(word)
        if count is None:  # -- a word once loaded keeps its count: only others need a look-up --
            if word in self._no_count:
                return 0
            self.load(word)
            count = self._counts.get(word)
            if count is None:
                # -- every word its characters can make is loaded now: it is no dictionary word
                #    and stays none (asked again and again by the expression scores) --
                self._no_count.add(word)
                return 0
        return count


def _dictionary_file() -> Path:
    # -- find jieba's dict.txt without importing jieba (its import costs ≈50 ms) --
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ImportError("jieba is not installed")
    return Path(spec.origin).with_name("dict.txt")


def _load_cache(dictionary: Path) -> tuple[int, str, bytes, memoryview]:
    """Return the dictionary total, the first characters, where each one's words lie, and the data.

    The file is a header (its length, then the total, the first characters and where
    each one's index lies) followed by the body: for each first character, per second
    character its words in UTF-8 and their counts, then its index. The file is mapped,
    not read: a run touches and decodes only the words its texts can use.
    """
    path = _cache_path(dictionary)
    try:
        with path.open("rb") as fh:
            return _parse_cache(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        return _parse_cache(_build_cache(dictionary, path))


def _parse_cache(data) -> tuple[int, str, bytes, memoryview]:
    (header,) = struct.unpack_from("<Q", data)
    total, firsts, places = marshal.loads(data[8 : 8 + header])
    return total, firsts, places, memoryview(data)[8 + header :]


def _cache_path(dictionary: Path) -> Path:
    stat = dictionary.stat()
    # -- zlib, not hashlib: hashlib loads OpenSSL, a tenth of a short run's start-up --
    tag = f"{zlib.crc32(str(dictionary).encode()):08x}-{stat.st_size:x}-{stat.st_mtime_ns:x}"
    return cache_root() / f"jieba-words-{tag}.bin"


def _build_cache(dictionary: Path, path: Path) -> bytes:
    jieba = _import_jieba()
    tokenizer = jieba.Tokenizer()
    with open(dictionary, "rb") as fh:
        freq, total = tokenizer.gen_pfdict(fh)
    grouped: dict[str, dict[str, tuple[list[str], array.array]]] = {}
    for word, count in freq.items():
        words, counts = grouped.setdefault(word[0], {}).setdefault(word[1:2] or _NO_SECOND, ([], array.array("I")))
        words.append(word)
        counts.append(count)
    body = bytearray()
    places = array.array("Q")
    for group in grouped.values():
        # -- per second character: its words (UTF-8, one a line) then their counts; then the
        #    first character's index: its second characters and where each one's data lies --
        seconds = "".join(sorted(group))
        bounds = array.array("Q")
        for second in seconds:
            words, counts = group[second]
            word_start = len(body)
            body += "\n".join(words).encode("utf-8")
            word_end = len(body)
            body += counts.tobytes()
            bounds.extend((word_start, word_end, len(body)))
        block = marshal.dumps((seconds, bounds.tobytes()))
        places.extend((len(body), len(body) + len(block)))
        body += block
    header = marshal.dumps((total, "".join(grouped), places.tobytes()))
    data = b"".join([struct.pack("<Q", len(header)), header, body])
    write_cache(path, data)
    return data


def _import_jieba():
    # -- jieba's _compat imports pkg_resources when it exists (≈0.2 s of start-up) only to
    #    open its own data files; hide it during the import so the plain-file path is used. --
    saved = sys.modules.get("pkg_resources", _MISSING)
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba

        jieba.setLogLevel(60)
    finally:
        if saved is _MISSING:
            del sys.modules["pkg_resources"]
        else:
            sys.modules["pkg_resources"] = saved
    return jieba


def _import_jieba_rs():
    """Return rjieba's compiled module, or None where it is absent or switched off.

    Importing the ``rjieba`` package builds jieba-rs's full default dictionary (≈0.3 s),
    which is never used here; only its extension module is loaded.
    """
    if os.environ.get(PURE_PYTHON_ENV):
        return None
    name = "rjieba.rjieba"
    if name in sys.modules:
        return sys.modules[name]
    try:
        package = importlib.util.find_spec("rjieba")
        if package is None or not package.submodule_search_locations:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, list(package.submodule_search_locations))
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except (ImportError, OSError):
        return None
    sys.modules[name] = module  # -- a later ``import rjieba`` reuses it --
    return module


@lru_cache(maxsize=1)
def _shards() -> _Shards | _NativeShards:
    dictionary = _dictionary_file()
    jieba_rs = _import_jieba_rs()
    if jieba_rs is not None:
        return _NativeShards(jieba_rs, dictionary)
    return _Shards(_import_jieba(), dictionary)


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
