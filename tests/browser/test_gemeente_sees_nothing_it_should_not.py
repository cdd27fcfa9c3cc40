"""As the municipality: no number behind a suppressed cell, and a story's markup shown literally.
What no page may show an outside seat is tried page by page in ``test_outside_every_page``."""

import re

import pytest
from playwright.sync_api import expect

from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.doelmatigheid.indicators import key_indicators, neighbourhood_comparison
from impact_core.filters import Filters
from tests.browser.conftest import HOSTILE_TEXT, HOSTILE_TITLE, screenshot, settled

pytestmark = pytest.mark.browser

SEAT = "gemeente@GM9901"
PROGRAMMES = ["wijk", "ontmoeten", "jeugd", "ouderen"]


def _open(page, url: str, heading: str) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", name=heading).first).to_be_visible(timeout=30_000)
    settled(page)
    page.wait_for_timeout(500)


def test_suppressed_neighbourhoods_show_no_number_on_screen(page, server_url, demo_file):
    store = Store(demo_file)
    try:
        viewer, filters = Viewer.from_seat(SEAT), Filters(programme="ouderen")
        first = key_indicators(store, viewer, filters, limit=1)["id"][0]
        suppressed = [
            row["neighbourhood"] for row in neighbourhood_comparison(store, viewer, filters, first) if row["suppressed"]
        ]
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
