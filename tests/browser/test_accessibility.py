"""WCAG 2.1 AA on every page, checked by axe-core in Chromium: as the organisation sees it, on the
shared screen, as the municipality, and with every tab and expander opened. A violation fails the
test with its rule, the element and what is wrong, for each page it was found on. Beside axe's
rules, three it cannot judge: the page's language, one title per page, headings without a gap.

axe-core is pinned in tests/browser/axe/package-lock.json and installed by ``make test``
(``npm ci``); the test injects it into the page, the app itself never loads it."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, settled

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Every page of app.py's navigation, by its URL path ("" is the first page, the dialogue table).
PAGES = [
    "",
    "redeneerlijn",
    "bijeenkomsten",
    "dossier",
    "trends",
    "indicatoren",
    "waarde",
    "verhalen",
    "selectierondes",
    "vakmanschap",
    "gegevens",
    "over",
    "start",
]
# State -> the URL's query (the programme with the most behind it: stories, steps, meetings). The
# default state then opens every tab and expander of the page too: that is the fourth state,
# "opened", in the same browser context (a page load costs more than the check).
STATES = {
    "default": "programma=jeugd",
    "presentation": "programma=jeugd&presentatie=1",
    "municipality": "programma=jeugd&rol=gemeente@GM9901",
}
MAX_TABS = 12  # a page with more than this is a loop, not a page


def _ready(page) -> None:
    settled(page)
    expect(page.locator("[data-testid='stSkeleton']")).to_have_count(0, timeout=60_000)  # slow under load
    expect(page.locator("[data-testid='stException']")).to_have_count(0)


def _full_height(page) -> None:
    """axe checks contrast only where it can see: make the window as tall as the page's content
    (Streamlit scrolls inside its main block and its sidebar, not the document)."""
    height = page.evaluate(
        """() => Math.max(document.documentElement.scrollHeight,
             ...[...document.querySelectorAll("[data-testid='stMain'], [data-testid='stSidebarContent']")]
                .map(e => e.scrollHeight + e.getBoundingClientRect().top))"""
    )
    page.set_viewport_size({"width": 1600, "height": min(int(height) + 40, 30_000)})
    page.wait_for_timeout(150)


def _axe(page, where: str) -> list[tuple[str, str, str]]:
    """Run axe over what the page shows now; one line per element that breaks a rule."""
    _full_height(page)
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        ".then(r => r.violations.map(v => ({id: v.id, help: v.help,"
        " nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))})))",
        WCAG_21_AA,
    )
    return [
        (where, violation["id"], f"({violation['help']}) at {node['target']}: {' '.join(node['summary'].split())}")
        for violation in violations
        for node in violation["nodes"]
    ]


def _structure(page, where: str) -> list[tuple[str, str, str]]:
    """What axe leaves to people: the page in the language it is written in (WCAG 3.1.1) and its
    headings a tree, each one level under the one before at most (WCAG 1.3.1: H1 then H3 tells a
    screen reader a section is missing)."""
    found = []
    language = page.evaluate("document.documentElement.lang")
    if language != "nl":
        found.append((where, "html-lang", f"<html lang={language!r}> on a Dutch page"))
    for part, top in (("stMain", 0), ("stSidebar", 1)):  # the sidebar's sections sit under the page's H1
        levels = page.evaluate(
            """part => [...document.querySelectorAll(`[data-testid='${part}'] :is(h1, h2, h3, h4, h5, h6)`)]
                     .filter(h => h.getClientRects().length).map(h => [Number(h.tagName[1]), h.innerText])""",
            part,
        )
        previous = top
        for level, text in levels:
            if level > previous + 1:
                found.append((where, "heading-order", f"H{level} {text!r} follows H{previous} in {part}"))
            previous = level
    return found


def _open_expanders(page) -> int:
    """Open every closed expander on the page; how many were opened. One click each, in the page
    itself: an expander drawn anew between finding and clicking cannot make the click wait."""
    opened = page.evaluate(
        """() => [...document.querySelectorAll("[data-testid='stExpander'] details:not([open]) > summary")]
                 .map(summary => summary.click()).length"""
    )
    settled(page)
    return opened


def _every_tab(page, where: str) -> list[tuple[str, str, str]]:
    """Open each expander, then each tab in turn (tabs that draw only when chosen included, and tabs
    that appear inside a tab), and check what every one of them shows."""
    found = _axe(page, where) if _open_expanders(page) else []
    seen: set[str] = set()
    for _ in range(MAX_TABS):
        _open_expanders(page)
        tabs = [tab for tab in page.get_by_role("tab").all() if tab.is_visible() and tab.inner_text() not in seen]
        if not tabs:
            break
        name = tabs[0].inner_text()
        seen.add(name)
        tabs[0].click()
        _ready(page)
        _open_expanders(page)
        found += _axe(page, f"{where} [{name}]") + _structure(page, f"{where} [{name}]")
    return found


@pytest.mark.parametrize("state", list(STATES))
def test_every_page_meets_wcag_21_aa_in_axe(browser, server_url, state):
    if not AXE.exists():
        pytest.fail("axe-core ontbreekt: draai 'make test' of 'npm ci --prefix tests/browser/axe'.")
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="nl-NL")
    page = context.new_page()
    started = time.monotonic()
    found: list[tuple[str, str, str]] = []
    titles: dict[str, str] = {}  # each page its own title (WCAG 2.4.2)
    try:
        for path in PAGES:
            where = f"/{path} ({state})"
            page.goto(f"{server_url}/{path}?{STATES[state]}")
            expect(page.get_by_role("heading", level=1).first).to_be_visible(timeout=30_000)
            _ready(page)
            found += _axe(page, where) + _structure(page, where)
            titles[page.title()] = where
            if state == "default":
                found += _every_tab(page, f"/{path} (opened)")
        screenshot(page, f"accessibility-{state}")
    finally:
        context.close()
    if len(titles) < len(PAGES):
        found.append(
            (f"/* ({state})", "document-title", f"{len(PAGES)} pages share {len(titles)} titles: {list(titles)}")
        )
    rules = Counter((where.split(" ")[1], rule) for where, rule, _ in found)
    summary = f"{len(found)} violation nodes in {time.monotonic() - started:.0f} s: {dict(rules)}"
    print(summary)
    assert not found, summary + "\n" + "\n".join(f"{where}: {rule} {what}" for where, rule, what in found)
