"""The HTML page as a reviewer uses it, in headless Chromium: walk the changes, filter, read on a phone.

Screenshots of both views at 1280 and 390 px are written to ``build/screenshots/`` (or
``$REPORTDIFF_SCREENSHOTS``) so that a person can look at them after the run.
"""

from __future__ import annotations

import os
from pathlib import Path

import opencc
import pytest
from browser import Page, needs_chromium

from reportdiff.render import render
from reportdiff.render.plans_render import render_plans_html

ROOT = Path(__file__).resolve().parent.parent
SHOTS = Path(os.environ.get("REPORTDIFF_SCREENSHOTS", ROOT / "build" / "screenshots"))

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def page(tmp_path_factory, seed_vs_sample):
    workdir = tmp_path_factory.mktemp("review")
    html = workdir / "comparison.html"
    html.write_text(render(seed_vs_sample, "html"), encoding="utf-8")
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser = Page(workdir)
    browser.url = f"file://{html}"  # type: ignore[attr-defined]
    yield browser
    browser.close()


def _fresh(page: Page, width: int = 1280, height: int = 900, fragment: str = "") -> None:
    page.resize(width, height)
    page.open(page.url + fragment)  # type: ignore[attr-defined]


def test_n_moves_to_the_next_change_and_names_it_in_the_address(page: Page, seed_vs_sample) -> None:
    _fresh(page)
    # -- the changes of the change list: a part's lead (导语) is walked by neither --
    changes = sum(1 for match in seed_vs_sample.matches if match.status.value != "continued" and not match.lead)
    assert page.evaluate("document.querySelector('.counter').textContent") == f"第 –/{changes} 处"
    page.press("n")
    page.press("n")
    assert page.evaluate("document.querySelector('.counter').textContent") == f"第 2/{changes} 处"
    current = page.evaluate("document.querySelector('.card.is-current').id")
    assert page.evaluate("decodeURIComponent(location.hash.slice(1))") == current
    # -- the current change is on screen, just under the bar --
    top = page.evaluate("document.querySelector('.card.is-current').getBoundingClientRect().top")
    assert 0 <= top < 200
    page.press("k")
    assert page.evaluate("document.querySelector('.counter').textContent") == f"第 1/{changes} 处"
    page.press("j")
    page.screenshot(SHOTS / "inline-1280.png")
    # -- a link to one change opens the page on that change --
    _fresh(page, fragment=f"#{current}")
    assert page.evaluate("document.querySelector('.counter').textContent") == f"第 2/{changes} 处"
    # -- the side-by-side view walks the same changes --
    page.evaluate("document.querySelector('[data-view=side]').click()")
    page.press("n")
    assert page.evaluate("document.querySelector('.counter').textContent") == f"第 3/{changes} 处"
    assert page.evaluate("getComputedStyle(document.querySelector('.card.is-current .side')).display") == "grid"
    page.screenshot(SHOTS / "side-1280.png")


def test_change_list_has_one_entry_per_change_and_follows_the_filters(page: Page, seed_vs_sample) -> None:
    _fresh(page)
    # -- a part's lead (导语, the plans part's 2025年是…关键一年) is no change of the list --
    changed = [m for m in seed_vs_sample.matches if m.status.value != "continued" and not m.lead]
    entries = page.evaluate("Array.from(document.querySelectorAll('.clist li')).map(li => li.textContent.trim())")
    assert len(entries) == len(changed)
    assert entries[0].startswith("删除 原一、（一）第1项")
    modified = sum(1 for m in changed if m.status.value == "modified")
    visible = "Array.from(document.querySelectorAll('.clist li')).filter(li => li.offsetParent !== null).length"
    page.evaluate("document.querySelector('input[data-filter=modified]').click()")
    assert page.evaluate(visible) == len(changed) - modified
    page.press("n")
    # -- n walks exactly the list's visible entries, so the counter and the list agree --
    assert page.evaluate("document.querySelector('.counter').textContent") == f"第 1/{len(changed) - modified} 处"
    walked = "Array.from(document.querySelectorAll('.card.change')).map(card => card.id)"
    listed = "Array.from(document.querySelectorAll('.clist a')).map(a => a.dataset.change)"
    assert page.evaluate(walked) == page.evaluate(listed)
    # -- following an entry makes it the current change --
    page.evaluate("document.querySelectorAll('.clist a')[5].click()")
    page.evaluate("new Promise(resolve => setTimeout(resolve, 50))")
    assert page.evaluate("document.querySelector('.clist a.is-current') === document.querySelectorAll('.clist a')[5]")


def test_phone_width_never_scrolls_sideways(page: Page) -> None:
    for view in ("inline", "side"):
        _fresh(page, 390, 844)
        page.evaluate(f"document.querySelector('[data-view={view}]').click()")
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] == widths[1], view
        page.evaluate("document.getElementById('figures').scrollIntoView()")
        page.screenshot(SHOTS / f"{view}-390-figures.png")
        page.press("n")
        page.screenshot(SHOTS / f"{view}-390.png")


def test_one_script_on_screen(page: Page) -> None:
    """The Traditional seed against a Simplified report shows no Traditional character by default."""
    t2s = opencc.OpenCC("t2s").convert
    _fresh(page)
    page.evaluate("document.querySelector('[data-toggle-continued]').click()")
    for view in ("inline", "side"):
        page.evaluate(f"document.querySelector('[data-view={view}]').click()")
        visible = page.evaluate("document.body.innerText")
        assert "萬" not in visible and t2s(visible) == visible, view
        titles = page.evaluate("Array.from(document.querySelectorAll('[title]')).map(e => e.title).join('\\n')")
        assert t2s(titles) == titles
    # -- the switch shows the old text as written --
    page.evaluate("document.querySelector('[data-script-switch]').click()")
    assert "170.81萬件" in page.evaluate("document.body.innerText")


def test_print_shows_continued_measures_whole_or_leaves_them_out(page: Page, tmp_path) -> None:
    _fresh(page)
    page.call("Emulation.setEmulatedMedia", media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    closed = "Array.from(document.querySelectorAll('details.card.st-continued')).filter(c => !c.open).length"
    assert page.evaluate(closed) == 0
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate(closed) > 0
    page.evaluate("document.querySelector('[data-print-continued]').click()")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    shown = ("Array.from(document.querySelectorAll('details.card.st-continued'))"
             ".filter(c => getComputedStyle(c).display !== 'none').length")
    assert page.evaluate(shown) == 0
    pdf = page.call("Page.printToPDF")["data"]
    assert len(pdf) > 1000
    page.call("Emulation.setEmulatedMedia", media="")


def test_plans_page_shares_the_design_and_navigation(tmp_path) -> None:
    from conftest import SEED

    from reportdiff.pipeline import plans

    page_file = tmp_path / "plans.html"
    page_file.write_text(render_plans_html(plans(SEED)), encoding="utf-8")
    browser = Page(tmp_path)
    try:
        browser.open(f"file://{page_file}")
        assert browser.evaluate("!!document.querySelector('.sidebar .toc') && !!document.querySelector('.navbar')")
        browser.press("n")
        assert browser.evaluate("document.querySelector('.counter').textContent").startswith("第 1/")
        # -- a continuing plan stands beside its result, the words they share marked, nothing struck --
        card = "document.querySelector('.card.st-continues')"
        assert browser.evaluate(f"{card}.querySelectorAll('.pair .col').length") == 2
        assert browser.evaluate("document.querySelectorAll('.card.st-continues mark.shared').length") > 5
        assert browser.evaluate("document.querySelectorAll('#not-carried del, #plans ins').length") == 0
        browser.screenshot(SHOTS / "plans-1280.png")
        browser.resize(390, 844)
        browser.open(f"file://{page_file}")
        widths = browser.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] == widths[1]
        browser.screenshot(SHOTS / "plans-390.png")
    finally:
        browser.close()
