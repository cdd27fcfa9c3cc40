"""The shared screen in a meeting: presentation mode and the reasoning line, as a person sees them."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, settled

pytestmark = pytest.mark.browser


def _settled(page) -> None:
    settled(page)
    expect(page.locator("[data-testid='stException']")).to_have_count(0)


def test_presentation_mode_folds_the_controls_away_and_shows_the_shared_view(page, server_url):
    page.goto(f"{server_url}/?programma=jeugd&rol=beheer@wvs")
    expect(page.get_by_role("heading", name="Doelmatigheid")).to_be_visible(timeout=30_000)
    inside = page.get_by_text(re.compile(r"^\d+ verhalen ·")).inner_text()

    page.get_by_role("button", name="Presentatiemodus").click()
    expect(page).to_have_url(re.compile(r"presentatie=1"), timeout=30_000)
    expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
    _settled(page)
    shared = page.get_by_text(re.compile(r"^\d+ verhalen ·")).inner_text()
    assert int(shared.split()[0]) < int(inside.split()[0]), "only stories shared with the municipality"
    body = page.locator("[data-testid='stMain']").inner_text()
    assert not re.search(r"\([A-Z]\.\)", body), "no professional pseudonym on the shared screen"
    paragraph = page.locator("[data-testid='stMarkdownContainer'] p").first
    assert float(paragraph.evaluate("p => parseFloat(getComputedStyle(p).fontSize)")) >= 20
    expect(page.get_by_role("heading", name="Gesprekskaarten")).to_be_visible()
    screenshot(page, "presentation-mode")

    page.get_by_role("button", name="Presentatie verlaten").click()
    expect(page.locator("[data-testid='stSidebar']")).to_be_visible(timeout=30_000)
    expect(page).not_to_have_url(re.compile(r"presentatie=1"))


def test_the_reasoning_line_shows_the_demos_blind_spot(page, server_url):
    page.goto(f"{server_url}/redeneerlijn?programma=jeugd")
    expect(page.get_by_role("heading", name="Dekkingskaart: waar rust elke uitkomst op?")).to_be_visible(timeout=30_000)
    _settled(page)
    expect(page.locator(".js-plotly-plot")).to_have_count(1)
    expect(page.locator(".js-plotly-plot").get_by_text("BLINDE VLEK").first).to_be_attached()
    screenshot(page, "reasoning-line")


@pytest.mark.parametrize("width", [600, 1280])
def test_the_shared_screen_keeps_its_navigation_at_any_width(browser, server_url, width):
    """Below 768 px (a laptop at 200% zoom) Streamlit moves the top navigation into the sidebar,
    which presentation mode folds away: there, the sidebar's button stays (WCAG 1.4.10)."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(f"{server_url}/?programma=jeugd&presentatie=1")
        expect(page.get_by_role("heading", name="Doelmatigheid")).to_be_visible(timeout=30_000)
        _settled(page)
        if width < 768:
            page.get_by_test_id("stExpandSidebarButton").click()
            navigation = page.get_by_test_id("stSidebar").get_by_role("link", name="Verhalen")
        else:
            expect(page.get_by_test_id("stSidebar")).to_be_hidden()
            page.get_by_test_id("stTopNavSection").filter(has_text="Betekenisgeving").click()
            navigation = page.get_by_text("Verhalen", exact=True).last
        navigation.click()
        expect(page).to_have_url(re.compile(r"/verhalen\?.*presentatie=1"), timeout=30_000)
    finally:
        context.close()
