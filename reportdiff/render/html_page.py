"""The comparison page's markup, written by Python: the layout ``html.py`` fills in.

The page was a jinja2 template; importing jinja2 cost about 35 ms of a 75 ms render and
rendering it another 25 ms, most of it one template call per card and per escaped value.
Here each piece of the page is one function that appends strings to one list, joined once
(as difflib.HtmlDiff keeps its page in module strings). The CSS and the script are read
from ``templates/`` once per process. Every value from a report is escaped exactly as
jinja2's autoescape did (markupsafe: & < > ' "); a ``runs`` value is markup already.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from .. import lazy_re
from ._templates import GENERATOR_META, template_dir
from ._warnings import NOTICE_CSS
from .table_redline import cell_segments

Add = Callable[[str], None]

_SPECIAL = lazy_re.compile("[&<>'\"]").search


def escape(value: Any) -> str:
    """Return ``value`` as HTML text, as markupsafe escapes it (jinja2's autoescape)."""
    text = value if type(value) is str else str(value)
    if _SPECIAL(text) is None:  # -- nearly every value: one search instead of five replaces --
        return text
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;") \
        .replace('"', "&#34;")


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    """Return a file of ``templates/`` (the page's CSS and script) as the page includes it."""
    with open(template_dir() / name, encoding="utf-8", newline="") as fh:
        # -- jinja2 read the included files with universal newlines --
        return fh.read().replace("\r\n", "\n").replace("\r", "\n")


def _changed_text(cell: Any) -> str:
    """A text of both years (a ``GridCell``): as it is where alike, else redlined word by word
    as the Word redline's cells are (1.1万人<ins>以上</ins>, not the whole cell struck and retyped)."""
    if not cell.changed:
        return escape(cell.new or cell.old)
    tags = {"del": "del", "ins": "ins"}
    return "".join(f"<{tags[kind]}>{escape(text)}</{tags[kind]}>" if kind in tags else escape(text)
                   for text, kind in cell_segments(cell.old, cell.new))


def _grid(rows: list) -> str:
    """One table of the report as it reads now: a changed cell old struck and new inserted,
    a new row inserted, a dropped row struck where it stood (rows of ``table_grid``)."""
    out = ['<div class="table-wrap"><table class="report-table">\n']
    for row in rows:
        tag = "th" if row.head else "td"
        cells = []
        for index, cell in enumerate(row.cells):
            down, across = row.spans[index] if row.spans else (1, 1)
            if not down:
                continue  # -- covered by a merged cell of a row above or a cell before --
            span = (f' rowspan="{down}"' if down > 1 else "") + (f' colspan="{across}"' if across > 1 else "")
            if row.status == "new":
                text = f"<ins>{escape(cell.new)}</ins>" if cell.new else ""
            elif row.status == "dropped":
                text = f"<del>{escape(cell.old)}</del>" if cell.old else ""
            elif cell.changed:
                text = _changed_text(cell)
            else:
                text = escape(cell.new)
            cells.append(f"<{tag}{span}>{text}</{tag}>")
        # -- a row the tables reordered is marked at both places (struck where it stood) --
        moved = " tr-moved" if row.moved else ""
        out.append(f'<tr class="tr-{row.status}{moved}">{"".join(cells)}</tr>\n')
    out.append("</table></div>\n")
    return "".join(out)


def _year_suffix(report: Any) -> str:
    year = report.year
    return f"（{escape(year)}）" if year and str(year) not in report.label else ""


def write_page(*, html_lang: str, t: dict[str, str], old: Any, new: Any, statuses: list, relations: list,
               total: int, parts: list, changes: list, converted: bool, preamble: Any, targets: list,
               figure_groups: list, promises: list, promise_filters: list, expressions: list,
               tables: list[tuple[str, list[str], Any, list]], runs: Callable[[Iterable[Any]], str], known_anchors: set[str],
               table_places: dict | None = None, notice: str = "") -> str:
    """Return the whole page; the arguments are the rows ``html.render_html`` builds."""
    e = escape
    te = {key: e(value) for key, value in t.items()}
    out: list[str] = []
    add = out.append
    add(f'<!DOCTYPE html>\n<html lang="{e(html_lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'{GENERATOR_META}\n<title>{te["title"]}{te["colon"]}{e(old.label)}{_year_suffix(old)}'
        f' → {e(new.label)}{_year_suffix(new)}</title>\n'
        '<script>document.documentElement.className += " js";</script>\n<style>\n')
    add(_asset("report.css"))
    if notice:
        add(NOTICE_CSS)
    add(f'</style>\n</head>\n<body data-hidden-label="{te["hidden"]}">\n<div class="layout">\n<aside class="sidebar">\n'
        f'<div class="controls" role="group" aria-label="{te["filter"]}">\n'
        f'<div class="seg" role="group" aria-label="{te["view"]}">\n'
        f'<button type="button" data-view="inline" aria-pressed="true">{te["inline"]}</button>'
        f'<button type="button" data-view="side" aria-pressed="false">{te["side_by_side"]}</button>\n'
        '</div>\n<div class="filters">\n')
    for s in statuses:
        key = e(s.key)
        add(f'<label class="fchip st-{key}"><input type="checkbox" data-filter="{key}" checked>'
            f'<span class="fl">{e(s.label)}</span><span class="n">{e(s.count)}</span></label>\n')
    add(f'</div>\n<button type="button" class="linkish" data-toggle-continued data-open-label="{te["expand_continued"]}"'
        f' data-close-label="{te["collapse_continued"]}">{te["expand_continued"]}</button>\n'
        f'<label class="script-switch"><input type="checkbox" data-print-continued checked> {te["print_continued"]}</label>\n')
    if converted:
        add(f'<label class="script-switch" title="{te["script_note"]}"><input type="checkbox" data-script-switch> '
            f'{te["script_switch"]}</label>')
    add(f'</div>\n<details class="changes" open>\n<summary><h2>{te["changes"]} <span class="muted">{len(changes)}</span>'
        '</h2></summary>\n<ol class="clist">\n')
    for c in changes:
        status, anchor = e(c.status), e(c.anchor)
        add(f'<li data-st="{status}"><a href="#{anchor}" data-change="{anchor}"><span class="badge st-{status}">'
            f'{e(c.status_label)}</span> <span class="cl-label">{e(c.label)}</span> <span class="cl-words">'
            f'{e(c.first_words)}</span></a></li>\n')
    add(f'</ol>\n</details>\n<nav class="toc" aria-label="{te["contents"]}">\n<h2>{te["contents"]}</h2>\n<ol>\n')
    def toc_entry(shown: Any, anchor: str, kind: str = "toc-part") -> None:
        # -- the anchor is also the label's key --
        if shown:
            add(f'<li class="{kind}"><a href="#{anchor}">{te[anchor]}</a></li>')

    toc_entry(targets, "targets")
    toc_entry(expressions, "expressions")
    toc_entry(preamble, "preamble", "toc-pre")
    for p in parts:
        _toc_part(add, p, te["colon"])
    toc_entry(figure_groups, "figures")
    toc_entry(tables, "tables")
    toc_entry(promises, "promises")
    position = e(t["position"].replace("{i}", "–").replace("{n}", str(len(changes))))
    add(f'</ol>\n</nav>\n</aside>\n<main>\n<div class="navbar" role="navigation" aria-label="{te["changes"]}" '
        f'title="{te["nav_keys"]}">\n<button type="button" data-nav="prev" aria-keyshortcuts="p k">‹ {te["prev"]}'
        f'</button>\n<span class="counter" data-position-label="{te["position"]}" data-none-label="{te["none_left"]}" '
        f'aria-live="polite">{position}</span>\n<button type="button" data-nav="next" aria-keyshortcuts="n j">'
        f'{te["next"]} ›</button>\n</div>\n<header class="masthead">\n<h1>{te["title"]}</h1>\n<div class="reports">\n')
    _report_head(add, "old", te["old_report"], old)
    add('<div class="arrow" aria-hidden="true">→</div>\n')
    _report_head(add, "new", te["new_report"], new)
    # -- the warnings (swapped years, tracked changes…) above the counts they change the reading of --
    add(f'</div>\n{notice}<div class="summary" aria-label="{te["summary"]}">\n<span class="total">{e(total)} '
        f'{te["measures_count"]}</span>\n')
    for s in statuses:
        add(f'<span class="chip st-{e(s.key)}"><span class="cl">{e(s.label)}</span><b>{e(s.count)}</b></span>\n')
    for r in relations:
        add(f'<span class="chip rel"><span class="cl">{e(r.label)}</span><b>{e(r.count)}</b></span>\n')
    add(f'</div>\n<div class="legend"><span class="lt">{te["legend"]}</span> <ins>{te["inserted"]}</ins> '
        f'<del>{te["deleted"]}</del>\n')
    for s in statuses:
        add(f'<span class="swatch st-{e(s.key)}">{e(s.label)}</span>')
    add('</div>\n')
    if converted:
        add(f'<p class="script-note">{te["script_note"]}</p>')
    add('</header>\n')
    if targets:
        _targets(add, te, targets)
    if expressions:
        _expressions(add, te, expressions, known_anchors)
    add(f'<div class="colheads" aria-hidden="true"><div class="old">{te["old"]}'
        f'{" " + e(old.year) if old.year else ""}</div><div class="new">{te["new_side"]}'
        f'{" " + e(new.year) if new.year else ""}</div></div>\n')
    if preamble:
        unchanged = "" if preamble.changed else f' <span class="muted">· {te["no_changes"]}</span>'
        add(f'<details class="preamble" id="preamble"{" open" if preamble.changed else ""}>\n<summary>{te["preamble"]}'
            f'{unchanged}</summary>\n<div class="inline"><p class="text">{runs(preamble.inline)}</p></div>\n'
            f'<div class="side"><div class="col old"><p class="text">{runs(preamble.old)}</p></div>'
            f'<div class="col new"><p class="text">{runs(preamble.new)}</p></div></div>\n</details>\n')
    for p in parts:
        _part(add, te, p, runs, table_places or {})
    if figure_groups:
        _figures(add, te, figure_groups, known_anchors)
    if tables:
        add(f'<section class="part extra" id="tables">\n<h2>{te["tables"]}</h2>\n')
        for index, (ids, lines, caption, grid) in enumerate(tables, 1):
            add(f'<h3 id="t-{index}">{e(ids)}</h3>\n')
            if lines:
                add('<ul class="tables">\n' + "".join(f"<li>{e(line)}</li>\n" for line in lines) + "</ul>\n")
            # -- the line naming the table right above it, as in the report --
            if caption.old or caption.new:
                add(f'<p class="table-caption">{_changed_text(caption)}</p>\n')
            add(_grid(grid))
        add("</section>\n")
    if promises:
        _promises(add, te, promises, promise_filters, known_anchors)
    add('</main>\n</div>\n<script>\n')
    add(_asset("report.js"))
    add('</script>\n</body>\n</html>\n')
    return "".join(out)


def _report_head(add: Add, side: str, which: str, report: Any) -> None:
    e = escape
    source = f'<span class="src">{e(report.source)}</span>' if report.source != report.label else ""
    add(f'<div class="rep {side}"><span class="which">{which}{" · " + e(report.year) if report.year else ""}</span>'
        f'<span class="rtitle">{e(report.label)}</span>{source}</div>\n')


def _marker(marker: str) -> str:
    return f'<span class="marker">{escape(marker)}</span>' if marker else ""


def _level_tag(note: str) -> str:
    """The tag of a part or section written at another level in the other report (level_shifts)."""
    return f'<span class="tag st-moved level">{escape(note)}</span>'


def _heading(marker: str, title: str, struck: bool) -> str:
    text = escape(marker) + escape(title)
    return f"<del>{text}</del>" if struck else text


def _part_class(p: Any) -> str:
    """A part only one report has is dropped, or shifted when the other writes it at another level."""
    return " shifted" if p.level else " dropped" if p.dropped else ""


def _toc_part(add: Add, p: Any, colon: str) -> None:
    e = escape
    add(f'<li class="toc-part{_part_class(p)}"><a href="#{e(p.anchor)}">'
        f'{escape(p.was)}{_heading(p.marker, p.title, p.dropped and not p.level)}</a>\n<ol>\n')
    for g in p.groups:
        head = ""
        if g.state != "none":
            anchor = e(g.anchor)
            head = f'<a href="#{anchor}" data-sec="{anchor}">{_heading(g.marker, g.title, g.state == "dropped")}</a>'
        dots = "".join(
            f'<a class="dot st-{e(c.status)}" data-st="{e(c.status)}" href="#{e(c.anchor)}" '
            f'title="{e(c.label)} {e(c.status_label)}{colon}{e(c.title)}"></a>' for c in g.cards)
        add(f'<li class="toc-sec state-{e(g.state)}">{head}<span class="dots">{dots}</span></li>\n')
    add("</ol>\n</li>\n")


def _targets(add: Add, te: dict[str, str], targets: list) -> None:
    e = escape
    # -- last year's result between the two targets, where the review states any --
    results = any(r.result for r in targets)
    # -- figures (3%) align right as the change does; a column holding a result in words
    #    (保持平衡, 增长7.7%) reads as text, every cell of it alike --
    aligned = "num " if all(not r.result or r.result[:1].isdigit() for r in targets) else ""
    result_head = f'<th class="{aligned.strip() or "result"}">{te["target_result"]}</th>' if results else ""
    add(f'<section class="part extra" id="targets">\n<h2>{te["targets"]}</h2>\n'
        f'<div class="tablewrap"><table class="figs targets">\n<thead><tr><th>{te["label"]}</th>'
        f'<th>{te["old_target"]}</th>{result_head}<th>{te["new_target"]}</th><th class="num">{te["change"]}</th>'
        '</tr></thead>\n<tbody>\n')
    for r in targets:
        result = f'<td class="{aligned}result">{e(r.result)}</td>' if results else ""
        # -- last year's targets one a line where this year's one continues two --
        old = "<br>".join(e(text) for text in r.old_lines)
        add(f'<tr class="st-{e(r.state)}"><td>{e(r.indicator)}</td><td>{old}</td>{result}<td>{e(r.new)}</td>'
            f'<td class="num">{e(r.change)}</td></tr>\n')
    add('</tbody>\n</table></div>\n</section>\n')


def _expression(x: Any, side: str, te: dict[str, str], known_anchors: set[str]) -> str:
    e = escape
    out = [f'<li><span class="etext">{e(x.text)}</span>']
    if x.count > 1:
        out.append(f' <span class="ecount">×{e(x.count)}</span>')
    for w, wl in x.where[:3]:
        if side == "new" and w in known_anchors:
            out.append(f' <a class="fm" href="#m-{e(w)}" title="{e(w)}">{e(wl)}</a>')
        else:
            out.append(f' <span class="fm" title="{e(w)}">{e(wl) if wl else te["preamble"]}</span>')
    out.append("</li>\n")
    return "".join(out)


def _expressions(add: Add, te: dict[str, str], expressions: list, known_anchors: set[str]) -> None:
    e = escape
    add(f'<section class="part extra" id="expressions">\n<h2>{te["expressions"]}</h2>\n<div class="exprs">\n')
    for x in expressions:
        shown = "".join(_expression(item, x.side, te, known_anchors) for item in x.shown)
        add(f'<div class="exprcol {e(x.key)}"><h3>{e(x.label)} <span class="muted">{e(x.total)}</span></h3>\n'
            f'<ol class="exprlist">{shown}</ol>\n')
        if x.folded:
            folded = "".join(_expression(item, x.side, te, known_anchors) for item in x.folded)
            add(f'<details><summary>{e(x.more)}</summary><ol class="exprlist" start="{len(x.shown) + 1}">'
                f'{folded}</ol></details>')
        add("</div>\n")
    add("</div>\n</section>\n")


def _part(add: Add, te: dict[str, str], p: Any, runs: Callable[[Iterable[Any]], str],
          table_places: dict[tuple[str, str], list[tuple[str, str]]]) -> None:
    e = escape
    if p.level:
        # -- written at another level in the other report: moved, not struck as dropped --
        head = f'{escape(p.was)}{_heading(p.marker, p.title, False)} {_level_tag(p.level)}'
    elif p.dropped:
        # -- 原二、: the old report's number, which the new report may give another part --
        head = f'{escape(p.was)}{_heading(p.marker, p.title, True)} <span class="tag st-dropped">{te["part_dropped"]}</span>'
    else:
        head = _heading(p.marker, p.title, False)
    add(f'<section class="part{_part_class(p)}" id="{e(p.anchor)}">\n<h2>{head}</h2>\n')
    if p.title_runs:
        add(f'<p class="hred"><span class="hl">{te["reworded"]}</span>{runs(p.title_runs)}</p>')
    _table_refs(add, te, table_places.get(("part", p.id), []) if not p.dropped else [])
    for g in p.groups:
        state = g.state
        add(f'<section class="sec state-{e(state)}" id="{e(g.anchor)}">\n')
        if state != "none" and not g.heading_in_card:
            marked = f'<span class="smarker">{e(g.marker)}</span>{e(g.title)}'
            tag = (f' <span class="tag st-new">{te["section_new"]}</span>' if state == "new" else
                   f' <span class="tag st-dropped">{te["section_dropped"]}</span>' if state == "dropped" else
                   f' <span class="tag st-modified">{te["reworded"]}</span>' if state == "reworded" else "")
            if g.level:
                tag = " " + _level_tag(g.level)  # -- neither new nor dropped: written at another level --
            if g.moved:
                tag += f' <span class="tag st-moved">{te["section_moved"]}</span>'
            was = (f' <span class="oldid">{te["was"]}{e(g.old_id)}</span>'
                   if g.old_id and state not in ("dropped", "shifted") else "")
            add(f'<h3>{"<del>" + marked + "</del>" if state == "dropped" else marked}{tag}{was}</h3>\n')
            if g.heading_runs:
                add(f'<p class="hred"><span class="hl">{te["heading_was"]}</span>{runs(g.heading_runs)}</p>')
        for c in g.cards:
            # -- a table stood before this measure, or after it: where to find it, shown whole
            #    under 表格变化 --
            _table_refs(add, te, table_places.get(("new:before", c.new_id), []) + table_places.get(("old:before", c.old_id), []))
            _card(add, te, c, runs)
            _table_refs(add, te, table_places.get(("new", c.new_id), []) + table_places.get(("old", c.old_id), []))
        add("</section>\n")
    add("</section>\n")


def _table_refs(add: Add, te: dict[str, str], places: list[tuple[str, str]]) -> None:
    """Where to find each table that stood here, shown whole under 表格变化."""
    for anchor, ids in places:
        add(f'<p class="table-ref"><a href="#{escape(anchor)}">{escape(ids)}</a> · {te["tables"]}</p>\n')


def _card(add: Add, te: dict[str, str], c: Any, runs: Callable[[Iterable[Any]], str]) -> None:
    """One measure: its head (status, place, similarity), the inline view and the two sides."""
    e = escape
    status, anchor = e(c.status), e(c.anchor)
    changed = c.status != "continued"
    old_id, new_id, evidence = c.old_id, c.new_id, c.evidence
    renamed = bool(old_id) and old_id != new_id
    title = (f'{e(old_id) if renamed else ""}{" → " if renamed and new_id else ""}{e(new_id or "")}'
             f'{" · " + e(evidence) if evidence else ""}')
    out = [f'<details class="card st-{status}{" change" if c.walked else ""}" id="{anchor}" data-st="{status}"'
           f'{" open" if changed else ""}>\n<summary class="card-head"><span class="badge st-{status}">'
           f'{e(c.status_label)}</span>\n<a class="mid" href="#{anchor}" title="{title}">{e(c.label)}</a>\n']
    if c.similarity and changed:
        hover = f' title="{e(evidence)}"' if evidence else ""
        out.append(f'<span class="was"{hover}>{te["similarity"]} {e(c.similarity)}</span>')
    if c.relation:
        out.append(f'<span class="rel">{e(c.relation)}</span>')
    if c.moved_from:
        out.append(f'<span class="moved">{te["moved_from"]} {e(c.moved_from)}</span>')
    if c.year_note:
        out.append(f'<span class="yearnote" title="{te["year_note_long"]}">{te["year_note"]}</span>')
    if not changed:
        out.append(f'<span class="ctitle">{e(c.title)}</span>')
    new_marker, old_marker = c.new_marker, c.old_marker
    either = new_marker or old_marker
    out.append(f'</summary>\n<div class="inline"><p class="text">{_marker(either)}{runs(c.inline)}</p></div>\n'
               '<div class="side">\n<div class="col old">')
    for side_runs, marker, missing in ((c.old_runs, old_marker, "not_in_old"), (c.new_runs, new_marker, "not_in_new")):
        if side_runs:
            out.append(f'<p class="text">{_marker(marker)}{runs(side_runs)}</p>')
        else:
            out.append(f'<p class="none">{te[missing]}</p>')
        out.append('</div>\n<div class="col new">' if missing == "not_in_old" else '</div>\n</div>\n')
    # -- under both views: a sentence gone to or come from another measure, linked to its card --
    out.append("".join('<p class="sentmove">↪ ' + (f'<a href="#{e(href)}">{e(line)}</a>' if href else e(line)) + "</p>\n"
                       for line, href in c.sentence_moves) + "</details>\n")
    add("".join(out))


def _period(text: str) -> str:
    """The several years a figure is stated for, beside its value (（五年累计）), or nothing."""
    return f' <span class="muted fperiod">{escape(text.strip())}</span>' if text else ""


def _figures(add: Add, te: dict[str, str], figure_groups: list, known_anchors: set[str]) -> None:
    e = escape
    add(f'<section class="part extra" id="figures">\n<h2>{te["figures"]}</h2>\n<div class="figfilters"><label>'
        f'<input type="checkbox" data-figfilter="bad"> {te["only_inconsistent"]}</label> <label>'
        f'<input type="checkbox" data-figfilter="changed"> {te["only_changed"]}</label></div>\n')
    for g in figure_groups:
        paired = g.key == "paired"
        change_heads = (f'<th class="num">{te["change"]}</th><th class="num">{te["relative_change_short"]}</th>'
                        if paired else "")
        add(f'<h3 class="figgroup">{e(g.label)} <span class="muted">{len(g.rows)}</span></h3>\n'
            f'<div class="tablewrap"><table class="figs">\n<thead><tr><th>{te["label"]}</th>'
            f'<th class="num">{te["old"]}</th><th class="num">{te["new_side"]}</th>'
            f'{change_heads}<th>{te["claim"]}</th></tr></thead>\n<tbody>\n')
        for f in g.rows:
            check = f.check
            checked = f' class="check-{e(check)}"' if check else ""
            out = [f'<tr data-check="{e(check or "none")}" data-changed="{"yes" if f.changed else "no"}"'
                   f'{checked}><td class="flabel">'
                   f'{e(f.label)}']
            if f.kind_label:
                out.append(f' <span class="fkind">{e(f.kind_label)}</span>')
            if f.measure in known_anchors:
                out.append(f' <a class="fm" href="#m-{e(f.measure)}" title="{e(f.measure)}">{e(f.measure_label)}</a>')
            out.append(f'</td><td class="num" data-h="{te["old"]}">{e(f.old)}{_period(f.old_period)}</td><td class="num" '
                       f'data-h="{te["new_side"]}">{e(f.new)}{_period(f.new_period)}</td>')
            if paired:
                out.append(f'<td class="num" data-h="{te["change"]}">{e(f.change)}</td><td class="num'
                           f'{"" if f.relative else " empty"}" data-h="{te["relative_change_short"]}">'
                           f'{e(f.relative)}</td>')
            claim = f.claim
            out.append(f'<td class="{"" if claim else "empty"}" data-h="{te["claim"]}">')
            if claim:
                out.append(e(claim))
                if f.verdict:
                    out.append(f' <span class="verdict">{e(f.verdict)}</span>')
            out.append("</td></tr>\n")
            add("".join(out))
        add("</tbody>\n</table></div>\n")
    add("</section>\n")


def _promises(add: Add, te: dict[str, str], promises: list, promise_filters: list[tuple[str, str, int]],
              known_anchors: set[str]) -> None:
    e = escape
    add(f'<section class="part extra" id="promises">\n<h2>{te["promises"]}</h2>\n<div class="pfilters">')
    for key, label, n in promise_filters:
        add(f'<label class="pchip ps-{key}"><input type="checkbox" data-pfilter="{key}" checked> {e(label)} '
            f'<b>{e(n)}</b></label> ')
    add('</div>\n<ul class="promises">\n')
    for pr in promises:
        status = e(pr.status)
        out = [f'<li class="promise ps-{status}" data-ps="{status}"><span class="badge ps-{status}">'
               f'{e(pr.status_label)}</span>\n']
        if pr.plan_id:
            out.append(f'<span class="mid" title="{e(pr.plan_id)}">{e(pr.plan_label)}</span>')
        out.append(f'<span class="ptext">{e(pr.plan_text)}</span>\n')
        if pr.links:
            linked = [f'<a href="#m-{e(link)}" title="{e(link)}">{e(label)}</a>' if link in known_anchors else e(label)
                      for link, label in pr.links]
            out.append(f'<span class="plinks">{te["new_measures"]}{te["colon"]}{te["sep"].join(linked)}</span>')
        for key, value, clause in pr.extra:
            # -- one measure is named once, by its link above: the sentence follows it alone --
            named = f'{e(key)}{te["colon"]}' if len(pr.links) > 1 else ""
            if clause is not None:
                # -- the clause answering the plan, marked inside its sentence --
                start, end = clause
                shown = f'{e(value[:start])}<mark class="pclause">{e(value[start:end])}</mark>{e(value[end:])}'
            else:
                shown = e(value)
            out.append(f'<span class="pextra">{named}{shown}</span>')
        if pr.replanned:
            out.append(f'<span class="pextra">{te["replanned"]}{te["colon"]}{e(pr.replanned[0])} '
                       f'{e(pr.replanned[1])}</span>')
        out.append("</li>\n")
        add("".join(out))
    add("</ul>\n</section>\n")


__all__ = ["escape", "write_page"]
