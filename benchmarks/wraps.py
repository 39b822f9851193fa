"""The wrap check: every report we hold (the real State Council reports under ../shared/real, the
seed and the samples), in both scripts, hard-wrapped at every width from 20 to 40 characters with
no blank line between paragraphs (as a PDF reader's copy, an e-mail or an old system saves them),
parsed and compared with the same text written a paragraph a line: its sections and measures must
read alike.

    python benchmarks/wraps.py [-v] [--widths 20-40] [--compare] [report ...]

Each is wrapped twice: flush (no sign of a paragraph's start left) and with each paragraph's first
line indented by two full-width spaces. Prints, per width and form, how many sections and measures
read otherwise than in the unwrapped text (a unit counts when its words are missing from the other
reading, on either side: two paragraphs glued count three), and the total; with -v, a few of them
per width. With --compare, each wrapped copy is compared with the unwrapped text as `compare` does
and the matches that are not continued are counted (what a reader would see as a difference).
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import opencc  # noqa: E402

from reportdiff.normalize import key as norm_key  # noqa: E402
from reportdiff.pipeline import load_report  # noqa: E402

REAL = ROOT.parent / "shared" / "real"
_S2T = opencc.OpenCC("s2t").convert
#: How many differing units -v shows per width.
_SHOWN = 3


def reports(names: list[str]) -> dict[str, str]:
    """The reports we hold, by short name: the real ones (if present), the seeds and the samples."""
    paths = [*sorted(REAL.glob("*.txt")), *sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "samples").glob("*.txt"))]
    found = {path.stem: path.read_text(encoding="utf-8") for path in paths}
    return {name: text for name, text in found.items() if not names or any(n in name for n in names)}


#: Where a line of a block ends a paragraph: on a sentence's or a clause list's end.
_ENDS = re.compile(r"[。！？：；!?:;]\s*$")


def paragraphs(text: str) -> list[str]:
    """The report's paragraphs, one a line. A saved page's text that sets blank lines between its
    paragraphs may break one where a link stood (党的十八届六中全会 / 正式明确 / 习近平 / 总书记…,
    PM / 2.5 / ）浓度): inside a block between blank lines, a line that does not end a sentence goes
    on in the next. A text with no blank lines is a paragraph a line."""
    blocks = re.split(r"\n\s*\n", text)
    out: list[str] = []
    for block in blocks:
        # -- (a zero-width space a page left between two links is no text) --
        lines = [line.replace("\u200b", "").strip() for line in block.splitlines() if line.replace("\u200b", "").strip()]
        for index, line in enumerate(lines):
            if index and len(blocks) > 1 and not _ENDS.search(lines[index - 1]):
                out[-1] += line
            else:
                out.append(line)
    return out


def written(text: str, width: int | None, indent: str = "") -> str:
    """``text`` a paragraph a line (``width`` None) or hard-wrapped at ``width`` characters, each
    paragraph's first line opening on ``indent`` (counted in the width); no blank lines either way
    (the paragraph ends are what the reader must find again)."""
    lines = paragraphs(text)
    if width is None:
        return "\n".join(lines) + "\n"
    return "\n".join(piece for line in lines
                     for piece in textwrap.wrap(line, width, initial_indent=indent)) + "\n"


def reading(text: str, name: str) -> dict[str, list[str]]:
    report = load_report(text, name=name)
    return {"sections": [norm_key(s.title) for s in report.sections],
            "measures": [norm_key(m.text) for m in report.measures]}


def differing(first: list[str], second: list[str]) -> list[tuple[str, str]]:
    """The units of either reading whose words the other lacks, marked - (lost) or + (found)."""
    a, b = Counter(first), Counter(second)
    return [("-", unit) for unit in first if (a - b)[unit]] + [("+", unit) for unit in second if (b - a)[unit]]


def _widths(argv: list[str]) -> range:
    if "--widths" in argv:
        low, _, high = argv[argv.index("--widths") + 1].partition("-")
        return range(int(low), int(high or low) + 1)
    return range(20, 41)


#: The two ways of setting paragraphs apart a wrapped text may keep: none (flush), or an indent
#: before each paragraph's first line (two full-width spaces, as Chinese documents are typed).
FORMS = {"flush": "", "indented": "\u3000\u3000"}


#: The two scripts each report is checked in.
SCRIPTS = (("s", str), ("t", _S2T))


def copies(texts: dict[str, str], width: int):
    """Yield (form, name, script, text in that script, its copy wrapped at ``width`` in that form)
    for every report, form and script."""
    for form, indent in FORMS.items():
        for name, text in texts.items():
            for script, convert in SCRIPTS:
                whole = convert(text)
                yield form, name, script, whole, written(whole, width, indent)


def compared(texts: dict[str, str], widths: range, verbose: bool) -> None:
    """Print, per width and form, the matches of `compare(unwrapped, wrapped)` that are not continued."""
    from reportdiff.models import Status
    from reportdiff.pipeline import compare

    total: Counter[str] = Counter()
    for width in widths:
        counts: Counter[str] = Counter()
        shown: list[str] = []
        for form, name, script, whole, wrapped in copies(texts, width):
            comparison = compare(written(whole, None), wrapped, figures=False, promises=False, expressions=False)
            for match in comparison.matches:
                if match.status is not Status.CONTINUED:
                    counts[form] += 1
                    unit = (match.new or match.old).text
                    shown.append(f"  {form} {name} {script} {match.status.value} {unit[:60]}")
        total.update(counts)
        print(f"width {width}: " + "; ".join(f"{form} {counts[form]}" for form in FORMS) + " matches not continued")
        if verbose:
            print("\n".join(shown[:_SHOWN * 2]))
    print(f"total over {len(widths)} widths, {len(texts)} reports × 2 scripts: "
          + "; ".join(f"{form} {total[form]}" for form in FORMS) + " matches not continued")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    widths = _widths(argv)
    skip = {argv.index("--widths") + 1} if "--widths" in argv else set()
    names = [a for i, a in enumerate(argv) if not a.startswith("-") and i not in skip]
    texts = reports(names)
    if "--compare" in argv:
        compared(texts, widths, verbose)
        return 0
    expected = {(name, script): reading(written(convert(text), None), name)
                for name, text in texts.items() for script, convert in SCRIPTS}
    total: Counter[tuple[str, str]] = Counter()
    for width in widths:
        counts: Counter[tuple[str, str]] = Counter()
        shown: list[str] = []
        for form, name, script, _, wrapped in copies(texts, width):
            found = reading(wrapped, name)
            for what in ("sections", "measures"):
                units = differing(expected[name, script][what], found[what])
                counts[form, what] += len(units)
                shown.extend(f"  {form} {name} {script} {what} {sign} {unit[:60]}" for sign, unit in units)
        total.update(counts)
        print(f"width {width}: " + "; ".join(f"{form} {counts[form, 'sections']} sections, {counts[form, 'measures']} measures"
                                             for form in FORMS) + " differ")
        if verbose:
            print("\n".join(shown[:_SHOWN * 2]))
    print(f"total over {len(widths)} widths, {len(texts)} reports × 2 scripts: "
          + "; ".join(f"{form} {total[form, 'sections']} sections, {total[form, 'measures']} measures" for form in FORMS)
          + " differ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
