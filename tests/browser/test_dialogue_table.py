"""What a person sees in a real browser: three tracks with data, and a URL that can be shared."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, settled

pytestmark = pytest.mark.browser

TRACKS = ["Doelmatigheid", "Betekenisgeving", "Vakmanschap"]


def _wait_for_tracks(page) -> None:
    for track in TRACKS:
        expect(page.get_by_role("heading", name=track)).to_be_visible(timeout=30_000)
    settled(page)


def _column(page, track: str):
    return page.locator("[data-testid='stColumn']").filter(has=page.get_by_role("heading", name=track))


def test_first_page_shows_the_three_tracks_with_data_and_no_error(page, server_url):
    page.goto(server_url)
    _wait_for_tracks(page)
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    trends = _column(page, "Doelmatigheid").locator("[data-testid='stImage'] img")
    expect(trends).to_have_count(4)
    assert all(trend.evaluate("img => img.complete && img.naturalWidth > 0") for trend in trends.all())
    expect(_column(page, "Betekenisgeving").get_by_text("Waarom belangrijk:").first).to_be_visible()
    expect(_column(page, "Vakmanschap").get_by_text(re.compile(r"^\d+ reflecties"))).to_be_visible()
    expect(_column(page, "Vakmanschap").get_by_text(re.compile(r"^0 reflecties"))).to_have_count(0)
    screenshot(page, "dialogue-table")


def test_the_frames_that_run_the_pages_scripts_take_no_room_and_the_script_still_runs(page, server_url):
    """The language script runs in a frame of its own; the frame is folded away (no blank band above
    the title, as a frame of Streamlit's default height left) and is no tab stop."""
    page.goto(f"{server_url}/?programma=jeugd&taal=nl-BE")
    _wait_for_tracks(page)
    expect(page.locator("html")).to_have_attribute("lang", "nl-BE")
    expect(page.locator("iframe").first).to_be_attached()
    # Read once the run's elements have all arrived: a frame and the style come in separate messages.
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')]"
        ".every(f => f.getBoundingClientRect().height === 0 && f.tabIndex === -1)",
        timeout=10_000,
    )


def test_a_filter_change_goes_into_the_url_and_that_url_opens_the_same_view(browser, page, server_url):
    page.goto(server_url)
    _wait_for_tracks(page)
    page.get_by_label("Programma").click()  # the selectbox opens its list
    page.get_by_role("option", name="Perspectief voor kinderen en jongeren (0-27 jaar)").click()
    expect(page).to_have_url(re.compile(r"programma=jeugd"), timeout=30_000)
    expect(page.get_by_role("heading", level=1)).to_have_text("Perspectief voor kinderen en jongeren (0-27 jaar)")
    _wait_for_tracks(page)
    shared = page.url

    fresh = browser.new_context(viewport={"width": 1600, "height": 1000})
    try:
        other = fresh.new_page()
        other.goto(shared)
        _wait_for_tracks(other)
        expect(other.get_by_role("heading", level=1)).to_have_text("Perspectief voor kinderen en jongeren (0-27 jaar)")
        expect(other.get_by_text(re.compile(r"^\d+ verhalen ·"))).to_have_text(
            page.get_by_text(re.compile(r"^\d+ verhalen ·")).inner_text()
        )
        screenshot(other, "dialogue-table-shared-url")
    finally:
        fresh.close()
