"""Word's paragraph styles and automatic numbering: the definitions and the counters Word keeps
while it lays out the body, so that ``docx.py`` can write each list paragraph's marker as text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import lazy_re
from .numbering import format_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LEVELS = 9
_HEADING_NAME = lazy_re.compile(r"^(?:heading|标题|標題|見出し)\s*([1-9])$", re.IGNORECASE)
_TOC_NAME = lazy_re.compile(r"^(?:toc|目录|目錄)\s*[1-9]$", re.IGNORECASE)
_TITLE_NAMES = {"title", "标题", "標題", "表題"}


def qn(tag: str) -> str:
    """Clark name of a ``w:`` tag, as python-docx's ``qn``: ``qn("w:p")`` is ``{…/main}p``."""
    return _W + tag[2:]


def val(element, child: str) -> str | None:
    """Return w:val of ``element``'s first ``child`` (e.g. "w:numId"), or None."""
    if element is None:
        return None
    found = element.find(qn(child))
    return None if found is None else found.get(qn("w:val"))


def to_int(value: str | None, base: int = 10) -> int | None:
    try:
        return None if value is None else int(value, base)
    except ValueError:
        return None


def is_on(element) -> bool:
    """True for a present on/off property (w:vanish, w:isLgl) not switched off by w:val."""
    return element is not None and element.get(qn("w:val"), "1") not in ("0", "false", "off")


# ---------------------------------------------------------------- styles


class Styles:
    """Paragraph styles by id, with basedOn chains for inherited numbering and outline level."""

    def __init__(self, root) -> None:
        self._by_id: dict[str, object] = {}
        self.default: str | None = None
        if root is None:
            return
        for style in root.iter(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if style_id is None or style.get(qn("w:type"), "paragraph") != "paragraph":
                continue
            self._by_id.setdefault(style_id, style)
            if self.default is None and style.get(qn("w:default"), "0") in ("1", "true", "on"):
                self.default = style_id

    def chain(self, style_id: str | None) -> Iterator[tuple[str, object]]:
        """Yield (id, element) of ``style_id`` (or the default style) and its ancestors."""
        seen: set[str] = set()
        current = style_id if style_id in self._by_id else self.default
        while current is not None and current not in seen and current in self._by_id:
            seen.add(current)
            style = self._by_id[current]
            yield current, style
            current = val(style, "w:basedOn")

    def is_toc(self, style_id: str | None) -> bool:
        return style_id is not None and any(
            _TOC_NAME.match(val(style, "w:name") or "") for _, style in self.chain(style_id)
        )

    def heading_level(self, style_id: str | None) -> int | None:
        for sid, style in self.chain(style_id):
            name = (val(style, "w:name") or "").strip()
            if name.lower() in _TITLE_NAMES:
                return 0
            match = _HEADING_NAME.match(name) or re.fullmatch(r"Heading([1-9])", sid)
            if match:
                return int(match.group(1))
            level = to_int(val(style.find(qn("w:pPr")), "w:outlineLvl"))
            if level is not None:
                return level + 1 if level < MAX_LEVELS else None
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None, str | None]:
        """Return (numId, ilvl, id of the style that set numId) inherited from styles."""
        num_id: str | None = None
        ilvl: int | None = None
        owner: str | None = None
        for sid, style in self.chain(style_id):
            num_pr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if num_pr is None:
                continue
            if ilvl is None:
                ilvl = to_int(val(num_pr, "w:ilvl"))
            if num_id is None and val(num_pr, "w:numId") is not None:
                num_id, owner = val(num_pr, "w:numId"), sid
        return num_id, ilvl, owner


# ---------------------------------------------------------------- numbering


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str
    text: str
    start: int
    restart: int | None  # w:lvlRestart (1-based level, 0 = never); None = default rule
    legal: bool
    style: str | None


@dataclass(slots=True)
class _Instance:
    abstract_id: str
    starts: dict[int, int]
    levels: dict[int, _Level]


@dataclass(slots=True)
class _ListState:
    counters: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)
    seen: set[str] = field(default_factory=set)


def _parse_level(lvl) -> _Level:
    start = to_int(val(lvl, "w:start"))
    return _Level(
        fmt=val(lvl, "w:numFmt") or "decimal",
        text=val(lvl, "w:lvlText") or "",
        start=1 if start is None else start,
        restart=to_int(val(lvl, "w:lvlRestart")),
        legal=is_on(lvl.find(qn("w:isLgl"))),
        style=val(lvl, "w:pStyle"),
    )


class Numbering:
    """Numbering definitions plus the running counters Word keeps while laying out the body."""

    def __init__(self, root, styles: Styles) -> None:
        self._styles = styles
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._style_links: dict[str, str] = {}
        self._instances: dict[str, _Instance] = {}
        self._states: dict[str, _ListState] = {}
        if root is None:
            return
        for abstract in root.iter(qn("w:abstractNum")):
            abstract_id = abstract.get(qn("w:abstractNumId"))
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                ilvl = to_int(lvl.get(qn("w:ilvl")))
                if ilvl is not None and 0 <= ilvl < MAX_LEVELS:
                    levels[ilvl] = _parse_level(lvl)
            self._abstract[abstract_id] = levels
            link = val(abstract, "w:numStyleLink")
            if link:
                self._style_links[abstract_id] = link
        for num in root.iter(qn("w:num")):
            starts: dict[int, int] = {}
            levels = {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = to_int(override.get(qn("w:ilvl")))
                if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
                    continue
                start = to_int(val(override, "w:startOverride"))
                if start is not None:
                    starts[ilvl] = start
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels[ilvl] = _parse_level(lvl)
            abstract_id = val(num, "w:abstractNumId")
            if abstract_id is not None:
                self._instances[num.get(qn("w:numId"))] = _Instance(abstract_id, starts, levels)

    def _resolve(self, abstract_id: str, depth: int = 0) -> str:
        # -- w:numStyleLink: the list's levels live in the abstractNum of a numbering style. --
        link = self._style_links.get(abstract_id)
        if link is None or depth > 5:
            return abstract_id
        num_id, _, _ = self._styles.numbering(link)
        instance = self._instances.get(num_id) if num_id else None
        if instance is None or instance.abstract_id == abstract_id:
            return abstract_id
        return self._resolve(instance.abstract_id, depth + 1)

    def _level(self, instance: _Instance, abstract_id: str, ilvl: int) -> _Level | None:
        return instance.levels.get(ilvl) or self._abstract.get(abstract_id, {}).get(ilvl)

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        """Return the level whose w:pStyle is ``style_id`` (style-linked lists), if any."""
        instance = self._instances.get(num_id)
        if instance is None or style_id is None:
            return None
        levels = self._abstract.get(self._resolve(instance.abstract_id), {})
        for ilvl, level in sorted(levels.items()):
            if level.style == style_id:
                return ilvl
        return None

    def advance(self, num_id: str, ilvl: int) -> str:
        """Count one paragraph of list ``num_id`` at level ``ilvl``; return its marker text."""
        instance = self._instances.get(num_id)
        if instance is None or not 0 <= ilvl < MAX_LEVELS:
            return ""
        abstract_id = self._resolve(instance.abstract_id)
        level = self._level(instance, abstract_id, ilvl)
        if level is None:
            return ""
        # -- Word keeps one set of counters per abstract list; a w:num with startOverride
        #    restarts those levels the first time it is used ("Restart numbering"). --
        state = self._states.setdefault(abstract_id, _ListState())
        if num_id not in state.seen:
            state.seen.add(num_id)
            for overridden in instance.starts:
                state.counters[overridden] = None
        current = state.counters[ilvl]
        if current is None:
            state.counters[ilvl] = self._start(instance, abstract_id, ilvl)
        else:
            state.counters[ilvl] = current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            # -- w:lvlRestart k (1-based): restart when level k or a shallower one is used; 0 =
            #    never; a k deeper than the level itself is ignored. Word reads it only from
            #    the abstract definition, never from a w:lvlOverride. --
            restart = self._abstract.get(abstract_id, {}).get(deeper)
            k = restart.restart if restart is not None and restart.restart is not None else deeper
            if ilvl < (k if 0 <= k <= deeper else deeper):
                state.counters[deeper] = None
        if level.fmt == "bullet":
            return ""

        def render(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            value = state.counters[index]
            if value is None:
                value = self._start(instance, abstract_id, index)
            shown = self._level(instance, abstract_id, index)
            fmt = "decimal" if level.legal else (shown.fmt if shown else "decimal")
            return format_number(value, fmt)

        return re.sub(r"%([1-9])", render, level.text)

    def _start(self, instance: _Instance, abstract_id: str, ilvl: int) -> int:
        if ilvl in instance.starts:
            return instance.starts[ilvl]
        level = self._level(instance, abstract_id, ilvl)
        return level.start if level is not None else 1


__all__ = ["MAX_LEVELS", "Numbering", "Styles", "is_on", "qn", "to_int", "val"]
