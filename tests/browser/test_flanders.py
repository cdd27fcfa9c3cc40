"""In a real browser: a Flemish municipality that chose Belgian Dutch reads its own words
(statistische sectoren) and its euro amounts as Belgians write them, on its own programme."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, settled

pytestmark = pytest.mark.browser

FLEMISH = "taal=nl-BE&rol=gemeente@46999&programma=sb-buurtwerk"


def test_with_belgian_dutch_the_trends_page_compares_statistische_sectoren(page, server_url):
    page.goto(f"{server_url}/trends?{FLEMISH}")
    settled(page)
    expect(page.get_by_role("heading", name="Statistische sectoren vergeleken: begin en nu")).to_be_visible(
        timeout=30_000
    )
    screenshot(page, "flanders-trends")
    expect(page.get_by_role("combobox", name="Statistische sectoren")).to_be_attached()
    expect(page.locator("html")).to_have_attribute("lang", "nl-BE")


def test_with_belgian_dutch_the_business_case_writes_euros_the_belgian_way(page, server_url):
    page.goto(f"{server_url}/waarde?{FLEMISH}")
    settled(page)
    expect(page.get_by_role("heading", name="Waarde (business case)")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("€ 108.750,50").first).to_be_visible(timeout=60_000)  # the investment, to the cent
    expect(page.get_by_text("-€", exact=False)).to_have_count(0)
    screenshot(page, "flanders-value")
