"""In a real browser: a programme that has just begun finds its way in, step by step."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser


def test_a_new_programme_sees_where_it_stands_and_goes_on_to_its_next_step(page, server_url):
    page.goto(f"{server_url}/start?programma=rvd-taal&rol=professional@rvd")
    expect(page.get_by_role("heading", name="Op weg naar impactgericht werken", level=1)).to_be_visible(timeout=30_000)
    expect(page.get_by_text("1 van de 8 stappen gezet")).to_be_visible(timeout=30_000)  # drawn after the title
    expect(page.get_by_text("Volgende stap: Schrijf de redeneerlijn")).to_be_visible()
    expect(page.get_by_role("main").get_by_role("heading", level=2)).to_have_count(8)
    page.wait_for_timeout(500)
    screenshot(page, "start-new-programme")

    page.get_by_role("link", name="Ga naar Redeneerlijn").click()
    # the reasoning line's page, for the same programme: the filter bar keeps it on the way
    expect(page).to_have_url(re.compile(r"/redeneerlijn\?.*programma=rvd-taal"), timeout=30_000)
    expect(page.get_by_role("heading", name="Taalmaatjes aan de keukentafel", level=1)).to_be_visible(timeout=30_000)


def test_the_shared_screen_shows_the_roadmap_without_links(page, server_url):
    page.goto(f"{server_url}/start?programma=wijk&rol=gemeente@GM9901&presentatie=1")
    expect(page.get_by_role("heading", name="Op weg naar impactgericht werken", level=1)).to_be_visible(timeout=30_000)
    expect(page.get_by_role("main").get_by_role("heading", level=2)).to_have_count(8)
    expect(page.get_by_role("link", name="Ga naar")).to_have_count(0)
