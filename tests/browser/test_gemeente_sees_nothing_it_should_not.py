"""As the municipality, page by page: no internal reflection, no unconsented story, no other
organisation's work, no number behind a suppressed cell, and user markup shown literally."""

import re

import pytest
from playwright.sync_api import expect

from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.doelmatigheid.indicators import key_indicators, neighbourhood_comparison
from impact_core.filters import Filters
from tests.browser.conftest import HOSTILE_TEXT, HOSTILE_TITLE, screenshot
from tests.conftest import copy_demo

pytestmark = pytest.mark.browser

SEAT = "gemeente@GM9901"
PROGRAMMES = ["wijk", "ontmoeten", "jeugd", "ouderen"]


@pytest.fixture(scope="module")
def forbidden(demo_db, tmp_path_factory) -> dict[str, list[str]]:
    """What must never reach the municipality's screen, read straight from a demo database."""
    store = Store(copy_demo(demo_db, tmp_path_factory.mktemp("forbidden") / "demo.duckdb"))
    try:
        return {
            "unconsented story": list(
                store.query("SELECT title FROM story WHERE consent IN ('geen', 'organisatie')")["title"]
            ),
            "internal reflection": [
                text[:60]
                for text in store.query("SELECT what_happened FROM reflection WHERE visibility = 'intern'")[
                    "what_happened"
                ]
            ],
            "pseudonym": sorted(set(store.query("SELECT professional FROM reflection")["professional"])),
            "other organisation": list(
                store.query("SELECT title FROM story WHERE programme_id = 'rvd-dorpen'")["title"]
            ),
            "bewoner's name": list(
                store.query("SELECT DISTINCT name FROM participant WHERE role = 'bewoner' AND name IS NOT NULL")["name"]
            ),
        }
    finally:
        store.close()


def _all_text(page) -> str:
    """Everything in the page, hidden tabs and folded expanders included."""
    return page.evaluate("document.body.textContent")


def _open(page, url: str, heading: str) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", name=heading).first).to_be_visible(timeout=30_000)
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30_000)
    page.wait_for_timeout(500)


@pytest.mark.parametrize("programme", PROGRAMMES)
@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("", "Doelmatigheid"),
        ("trends", "Trends"),
        ("waarde", "Waarde (business case)"),
        ("vakmanschap", "Vakmanschap"),
        ("bijeenkomsten", "Bijeenkomsten"),
    ],
)
def test_no_page_shows_the_municipality_what_it_may_not_see(page, server_url, forbidden, programme, path, heading):
    _open(page, f"{server_url}/{path}?programma={programme}&rol={SEAT}", heading)
    if path == "vakmanschap":
        page.get_by_role("tab", name="Reflecties").click()
        page.wait_for_timeout(500)
    text = _all_text(page)
    for kind, items in forbidden.items():
        leaked = [item for item in items if item and item in text]
        assert not leaked, f"{kind} on /{path}?programma={programme}: {leaked[:3]}"


def test_suppressed_neighbourhoods_show_no_number_on_screen(page, server_url, demo_file):
    store = Store(demo_file)
    try:
        viewer, filters = Viewer.from_seat(SEAT), Filters(programme="ouderen")
        first = key_indicators(store, viewer, filters, limit=1)["id"][0]
        suppressed = neighbourhood_comparison(store, viewer, filters, first).query("suppressed")["neighbourhood"]
    finally:
        store.close()
    assert len(suppressed) > 0
    _open(page, f"{server_url}/trends?programma=ouderen&rol={SEAT}", "Trends")
    cells = page.locator("[data-testid='stDataFrame']")
    for name in suppressed:
        expect(cells.get_by_text(name)).to_have_count(1, timeout=30_000)  # the grid draws late under load
    screenshot(page, "trends-gemeente-suppressed")


def test_a_story_full_of_markup_shows_literally_and_runs_nothing(page, server_url):
    _open(page, f"{server_url}/?programma=ouderen&rol={SEAT}", "Doelmatigheid")
    page.get_by_text("Lees het hele verhaal").first.click()
    # Bold titles are escaped markdown; an invisible word joiner keeps the address from being linked.
    shown_title = re.compile(re.escape(HOSTILE_TITLE).replace("://", ":\u2060?//"))
    expect(page.get_by_text(shown_title)).to_be_visible()
    expect(page.get_by_text(HOSTILE_TEXT, exact=True)).to_be_visible()
    expect(page.get_by_text("<i>waarom</i> :red[rood]")).to_be_visible()
    expect(page.locator("a[href='https://voorbeeld.invalid']")).to_have_count(0)
    assert page.evaluate("window.hacked") is None
    screenshot(page, "hostile-story-literal")
