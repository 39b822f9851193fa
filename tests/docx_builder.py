"""Build .docx test inputs whose list markers come from Word automatic numbering, not the text."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

# -- (pattern, level, number format, default lvlText); the first match decides. --
_MARKERS = (
    (re.compile(r"^([一二三四五六七八九十]+)(、)"), 0, "chineseCounting", "%1、"),
    (re.compile(r"^([(（])([一二三四五六七八九十]+)([)）])"), 1, "chineseCounting", "（%1）"),
    (re.compile(r"^(\d+)([.．、])(?!\d)"), 2, "decimal", "%1．"),
    (re.compile(r"^([(（])(\d+)([)）])"), 3, "decimal", "（%1）"),
)
_STYLES = ("Heading 1", "Heading 2", "List Paragraph", "List Paragraph")


def split_marker(line: str) -> tuple[int, int, str, str] | None:
    """Return (level, number, lvlText spelling, text after the marker) of a marked line, or None."""
    for pattern, level, _fmt, _default in _MARKERS:
        match = pattern.match(line)
        if match is None:
            continue
        groups = match.groups()
        numeral = groups[1] if len(groups) == 3 else groups[0]
        number = int(numeral) if numeral.isdigit() else _chinese_value(numeral)
        spelling = match.group(0).replace(numeral, "%1", 1)
        return level, number, spelling, line[match.end():]
    return None


def _chinese_value(numeral: str) -> int:
    """Value of a Chinese numeral below 100: 三 → 3, 十二 → 12, 二十 → 20."""
    digits = "一二三四五六七八九"
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return digits.index(numeral) + 1
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def add_abstract_num(
    document: Document,
    levels: list[tuple[str, str]],
    *,
    starts: dict[int, int] | None = None,
    restarts: dict[int, int] | None = None,
    styles: dict[int, str] | None = None,
) -> int:
    """Add a w:abstractNum with ``levels`` [(numFmt, lvlText), …]; return its id."""
    numbering = document.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iter(qn("w:abstractNum"))]
    abstract_id = max(ids, default=-1) + 1
    lvls = []
    for ilvl, (fmt, text) in enumerate(levels):
        extra = ""  # schema order: lvlRestart before pStyle
        if restarts and ilvl in restarts:
            extra += f'<w:lvlRestart w:val="{restarts[ilvl]}"/>'
        if styles and ilvl in styles:
            extra += f'<w:pStyle w:val="{styles[ilvl]}"/>'
        lvls.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{(starts or {}).get(ilvl, 1)}"/>'
            f'<w:numFmt w:val="{fmt}"/>{extra}<w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/></w:lvl>'
        )
    kind = "singleLevel" if len(levels) == 1 else "multilevel"
    element = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="{kind}"/>{"".join(lvls)}</w:abstractNum>'
    )
    # -- The schema wants every w:abstractNum before the first w:num. --
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(element)
    else:
        first_num.addprevious(element)
    return abstract_id


def add_num(
    document: Document, abstract_id: int, start_overrides: dict[int, int] | None = None
) -> int:
    """Add a w:num instance of ``abstract_id`` (with startOverride per level); return its numId."""
    numbering = document.part.numbering_part.element
    num_id = max((int(n.get(qn("w:numId"))) for n in numbering.iter(qn("w:num"))), default=0) + 1
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (start_overrides or {}).items()
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
        )
    )
    return num_id


def set_numbering(target, num_id: int, ilvl: int | None = None) -> None:
    """Give a paragraph (or a style) a w:numPr; ``ilvl`` None leaves the level to the style link."""
    element = target._p if isinstance(target, Paragraph) else target.element
    num_pr = element.get_or_add_pPr().get_or_add_numPr()
    if ilvl is not None:
        num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def build_numbered_docx(
    text_report: str,
    path: str | Path,
    *,
    mode: str = "linked",
    lvl_texts: tuple[str, str, str, str] | None = None,
) -> Path:
    """Write ``text_report`` to ``path`` as a .docx whose markers are Word automatic numbering.

    Marked lines (一、 / (一) / 1. / (1)) lose their marker and get a w:numPr instead; the
    lvlText of each level is the first spelling met in the text (so "(一)" and "1." come back
    exactly), else the default of ``_MARKERS``, unless ``lvl_texts`` says otherwise.

    ``mode="linked"``: one multilevel list linked to the Heading 1/Heading 2 styles (headings
    carry no numPr of their own), deeper levels restart by Word's default rule.
    ``mode="restart"``: one single-level list per marker kind; every restart is a new w:num
    with a startOverride, as Word writes "Restart numbering".
    """
    if mode not in ("linked", "restart"):
        raise ValueError(f"unknown mode {mode!r}")
    lines = [line.strip(" \t\u3000") for line in text_report.splitlines()]
    lines = [line for line in lines if line]
    texts = list(_MARKERS[i][3] for i in range(4))
    seen: set[int] = set()
    for line in lines:
        found = split_marker(line)
        if found and found[0] not in seen:
            seen.add(found[0])
            texts[found[0]] = found[2]
    if lvl_texts is not None:
        texts = list(lvl_texts)
    levels = [(_MARKERS[i][2], texts[i]) for i in range(4)]

    document = docx.Document()
    if mode == "linked":
        # -- In a multilevel list %N names level N-1, so level 2's own counter is "%3". --
        linked = [(fmt, text.replace("%1", f"%{i + 1}")) for i, (fmt, text) in enumerate(levels)]
        abstract_id = add_abstract_num(document, linked, styles={0: "Heading1", 1: "Heading2"})
        num_id = add_num(document, abstract_id)
        set_numbering(document.styles["Heading 1"], num_id)
        set_numbering(document.styles["Heading 2"], num_id, 1)
        counters: list[int] = [0, 0, 0, 0]
    else:
        abstracts = [add_abstract_num(document, [level]) for level in levels]
        nums: list[int | None] = [None] * 4
        last = [0, 0, 0, 0]

    for line in lines:
        found = split_marker(line)
        if found is None:
            document.add_paragraph(line)
            continue
        level, number, _spelling, rest = found
        paragraph = document.add_paragraph(rest, style=_STYLES[level])
        if mode == "linked":
            counters[level] += 1
            counters[level + 1:] = [0] * (3 - level)
            if counters[level] != number:
                shown = counters[level]
                raise ValueError(f"automatic numbering would show {shown}, text has {line!r}")
            if level >= 2:
                set_numbering(paragraph, num_id, level)
        else:
            if nums[level] is None or number != last[level] + 1:
                nums[level] = add_num(document, abstracts[level], {0: number})
            last[level] = number
            set_numbering(paragraph, nums[level], 0)
    path = Path(path)
    document.save(str(path))
    return path


__all__ = ["add_abstract_num", "add_num", "build_numbered_docx", "set_numbering", "split_marker"]
