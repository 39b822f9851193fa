"""Policy terms the segmenter cuts wrongly in the real reports (a tool for growing DOMAIN_TERMS).

Candidates are the terms reports set apart: quoted (“放管服”), the inner items of 、-lists
(稳就业、稳金融、稳外贸) and the outer items of parallel lists cut to their inner items' length
(去产能、…、补短板 → 补短板), seen at least twice. Every occurrence of a candidate is
tokenized in its sentence and reported when a token boundary falls inside it (碳中|和) or a
token reaches across its edge (落细稳|就业). A cut at the term's own parts (稳|就业) may be
right; a cut into fragments (十三|五, 专精|特新) is the kind DOMAIN_TERMS fixes — measure every
key (keys.py) before adding one.

    python benchmarks/term_splits.py [more report files ...]
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from reportdiff.normalize import key
from reportdiff.segment import tokenize

REAL = Path("/work/shared/real")
_HAN = r"[\u4e00-\u9fff]"
_QUOTED = re.compile(rf"[“「‘\"]({_HAN}{{2,8}})[”」’\"]")
_CLAUSES = re.compile(r"[,。;:!?，；：！？\n]")
_SENTENCES = re.compile(r"(?<=[。;!?；！？\n])")


def candidates(texts: list[str]) -> collections.Counter:
    found: collections.Counter = collections.Counter()
    for text in texts:
        found.update(match.group(1) for match in _QUOTED.finditer(text))
        for clause in _CLAUSES.split(text):
            items = clause.split("、")
            if len(items) < 2:
                continue
            found.update(item for item in items[1:-1] if re.fullmatch(rf"{_HAN}{{2,6}}", item))
            # -- a parallel list's outer items carry what leads in and out (降成本、补短板力度):
            #    cut to the length its inner items share --
            lengths = {len(item) for item in items[1:-1]} or {min(len(items[0]), len(items[-1]))}
            if len(lengths) == 1 and 2 <= (size := lengths.pop()) <= 6:
                found.update(
                    piece for piece in (items[0][-size:], items[-1][:size]) if re.fullmatch(rf"{_HAN}{{{size}}}", piece)
                )
    return found


def splits(term: str, sentences: list[str]) -> collections.Counter:
    """How each occurrence of ``term`` is cut: whole (alone or inside a longer word) or the tokens over it."""
    seen: collections.Counter = collections.Counter()
    for sentence in sentences:
        start = sentence.find(term)
        if start < 0:
            continue
        tokens = tokenize(sentence)
        spans, position = [], 0
        for token in tokens:
            spans.append((position, position + len(token), token))
            position += len(token)
        while start >= 0:
            end = start + len(term)
            over = [token for first, last, token in spans if first < end and last > start]
            seen["whole" if len(over) == 1 else "|".join(over)] += 1
            start = sentence.find(term, start + 1)
    return seen


def main(argv: list[str]) -> None:
    paths = sorted(REAL.glob("*.txt")) + [Path(arg) for arg in argv]
    texts = [key(path.read_text(encoding="utf-8")) for path in paths]
    sentences = [sentence for text in texts for sentence in _SENTENCES.split(text) if sentence.strip()]
    found = candidates(texts)
    rows = []
    for term, count in found.items():
        if count < 2:
            continue
        seen = splits(term, sentences)
        wrong = {cut: n for cut, n in seen.items() if cut != "whole"}
        if wrong:
            rows.append((sum(wrong.values()), term, seen["whole"], wrong))
    for total, term, whole, wrong in sorted(rows, key=lambda row: (-row[0], row[1])):
        cuts = "  ".join(f"{cut}×{n}" for cut, n in sorted(wrong.items(), key=lambda item: -item[1])[:3])
        print(f"{term}\twhole {whole}\tcut {total}\t{cuts}")


if __name__ == "__main__":
    main(sys.argv[1:])
