"""jieba's dictionary as the words a text can use: converted once into a cache file grouped
by first and second character, mapped, and handed out a few words at a time.

Loading jieba's 350k-word dictionary takes about 0.7 s, longer than a whole CLI run may take;
a run loads only the words that start with a character or a character pair its texts contain.
Because jieba's DAG only ever looks up substrings of the input, the subset gives exactly the
segmentation of the full dictionary (used by segmenters.py).
"""

from __future__ import annotations

import array
import importlib.util
import marshal
import mmap
import struct
import sys
import zlib
from pathlib import Path

from .cache_dir import cache_root, write_cache

# -- stands for "no second character" (one-character words); no dictionary word holds it --
_NO_SECOND = "\0"


class Dictionary:
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


def dictionary_file() -> Path:
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
    jieba = import_jieba()
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


_MISSING = object()


def import_jieba():
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


__all__ = ["Dictionary", "dictionary_file", "import_jieba"]
