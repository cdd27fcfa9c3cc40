"""In a real browser: the trends page draws the organisation's own line against the band of other
organisations, on a laptop and on the shared screen (text of at least 18 px), and names no one."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, screenshot

pytestmark = pytest.mark.browser


def test_the_trends_page_draws_the_own_line_against_the_peers_band(page, server_url):
    page.goto(f"{server_url}/trends?programma=wijk&rol=beheer@wvs")
    heading = page.get_by_role("heading", name="Vergelijking met andere organisaties")
    expect(heading).to_be_visible(timeout=30_000)
    band = page.locator(".js-plotly-plot").nth(1)
    expect(band.get_by_text("middelste helft andere organisaties")).to_be_visible(timeout=30_000)
    expect(band.get_by_text("uw organisatie")).to_be_visible()
    # The band is a filled area between the quartiles: plotly draws it as a path with a fill.
    assert band.locator("path.js-fill").count() >= 1
    expect(page.get_by_text("de middelste helft van 6 andere organisaties zat tussen")).to_be_visible()
    expect(page.get_by_text("Buurtkracht Rivierdorp")).to_have_count(0)
    heading.scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    page.screenshot(path=str(screenshot(page, "peers-trends").with_name("peers-band.png")))


def test_the_peers_band_on_the_shared_screen_reads_from_the_back_of_the_room(page, server_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{server_url}/trends?programma=wijk&presentatie=1")
    expect(page.get_by_role("heading", name="Vergelijking met andere organisaties")).to_be_visible(timeout=30_000)
    band = page.locator(".js-plotly-plot").nth(1)
    expect(band.get_by_text("uw organisatie")).to_be_visible(timeout=30_000)
    sizes = band.locator(".main-svg text").evaluate_all(
        "texts => texts.filter(t => t.textContent.trim()).map(t => parseFloat(getComputedStyle(t).fontSize))"
    )
    assert sizes and min(sizes) >= 18
    band.scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "peers-shared-screen.png"))


def test_the_steward_sees_the_rows_that_would_be_published_before_publishing(page, server_url):
    page.goto(f"{server_url}/gegevens?rol=beheer@wvs")
    page.get_by_role("tab", name="Vergelijken").click(timeout=30_000)
    expect(page.get_by_role("heading", name="Publiceren voor vergelijking")).to_be_visible(timeout=30_000)
    page.get_by_label("Indicatoren om te publiceren").click()
    page.keyboard.type("W02")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(page.get_by_text("36 rijen. 0 maanden weggelaten")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Publiceren")).to_be_visible()
    expect(page.get_by_role("heading", name="Bestanden van anderen inlezen")).to_be_visible()
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "peers-publish-preview.png"), full_page=True)
