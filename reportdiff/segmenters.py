"""The segmenters: jieba, or its compiled twin jieba-rs (rjieba) where that is installed, each
fed on demand with the dictionary words its texts can use, and both given the domain terms.

The only module that imports jieba-rs (jieba itself is imported by segment_dictionary.py);
both segment alike.
"""

from __future__ import annotations

import array
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

from . import lazy_re
from .segment_dictionary import Dictionary, import_jieba

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
    "信访工作法治化 双向衔接 法律服务体系 权力清单动态管理 "
    # -- standing national policy terms jieba cuts across their own parts (碳中|和, 十三|五,
    #    一带|一路, 专精|特新, 惠民|生, 非|农化, 大|数据) or glues to a neighbour or the function word
    #    before it (党的基本|路线, 双|控制|度, 和领军|人才, 和央企); found by tokenizing the quoted
    #    and listed terms of the State Council reports. Left out as costing keys: the 稳/保/调/去
    #    formulas (稳就业, 调结构, 去产能 are cut at their own parts) and 租购并举 --
    "碳中和 十三五 十五五 一带一路 专精特新 留抵退税 惠民生 两学一做 两不愁三保障 非农化 "
    "沪港通 深港通 一网通办 双控 基本路线 补短板 供给侧 物联网 进博会 消博会 获得感 "
    "领军人才 央企 大数据 "
    # -- …and the indicator jieba cuts into its neighbour (赤字|率拟按): 赤字率 --
    "赤字率 "
    # -- rural programmes local reports count in (和美乡村示范村120个): 和美 is no conjunction and a
    #    word; 千万工程 no number --
    "和美乡村 美丽乡村 千万工程"
).split()
_DOMAIN_FREQ = 30000

#: Set to 1 to use only the pure-Python libraries (jieba, diff-match-patch), as on a
#: platform without wheels for the compiled ones.
PURE_PYTHON_ENV = "REPORTDIFF_PURE_PYTHON"
# -- a word no key can contain (keys have no whitespace): it carries the frequency of every
#    dictionary word not loaded yet, so the compiled segmenter sees jieba's own total --
_REST = " rest of the dictionary "


class _Fed:
    """A segmenter fed from a ``Dictionary``: ``_add`` takes the words a text can use."""

    _dictionary: Dictionary

    def load(self, text: str) -> None:
        """Load the dictionary words ``text`` can use."""
        self._add(*self._dictionary.words_for(text))

    def load_all(self, texts: list[str]) -> None:
        """Load the dictionary words any of ``texts`` can use."""
        self._add(*self._dictionary.words_for_all(texts))

    def _add(self, words: list[str], counts: array.array) -> None:
        raise NotImplementedError


class Shards(_Fed):
    """jieba itself, fed on demand with the dictionary words the texts can use."""

    def __init__(self, jieba, dictionary: Path) -> None:
        self._dictionary = Dictionary(dictionary)
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.FREQ = {}
        self.tokenizer.total = self._dictionary.total
        self.tokenizer.initialized = True
        for term in DOMAIN_TERMS:
            self.load(term)
            self.tokenizer.add_word(term, _DOMAIN_FREQ)

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
_HAN_BLOCK = lazy_re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = lazy_re.compile(r"(\r\n|\s)")
# -- two or more non-Han characters with a symbol among them (e-Gov, x.y): jieba's HMM splits
#    them at the symbols, jieba-rs keeps them whole; such blocks go to jieba itself --
_SYMBOL_RUN = lazy_re.compile(r"[+#&._%-][a-zA-Z0-9+#&._%-]|[a-zA-Z0-9][+#&._%-]")


#: Han blocks whose tokens ``NativeShards`` remembers (then it starts afresh).
_CUT_MEMO = 100_000


class NativeShards(_Fed):
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
        self._dictionary = Dictionary(dictionary)
        # -- jieba's add_word adds each domain term's frequency to the total --
        self._total = self._dictionary.total + _DOMAIN_FREQ * len(DOMAIN_TERMS)
        self._jieba = jieba_rs.Jieba.empty()
        self._terms = frozenset(DOMAIN_TERMS)
        self._added = 0
        for term in self._terms:
            self._jieba.add_word(term, _DOMAIN_FREQ, None)
            self._added += _DOMAIN_FREQ
        self._jieba.add_word(_REST, self._total - self._added, None)
        self._python: Shards | None = None
        # -- the counts given to jieba-rs, which keeps them to itself (word_frequency asks) --
        self._counts: dict[str, int] = dict.fromkeys(self._terms, _DOMAIN_FREQ)
        self._no_count: set[str] = set()
        # -- each Han block's tokens: a key's sentences, clauses and the section texts joined from
        #    it hold the same blocks. Exact: a block's words were all loaded before its first cut,
        #    words loaded later are none of its substrings, and the total never changes (_REST) --
        self._cuts: dict[str, list[str]] = {}

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
                    self._python = Shards(import_jieba(), self._path)
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


def import_jieba_rs():
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


__all__ = ["DOMAIN_TERMS", "PURE_PYTHON_ENV", "NativeShards", "Shards", "import_jieba_rs"]
