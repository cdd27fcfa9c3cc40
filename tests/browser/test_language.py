"""In a real browser: the language a link asks for is the language of everything drawn, the
navigation and the filters included, and switching language switches them too."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import settled

pytestmark = pytest.mark.browser


def test_a_link_with_taal_en_opens_with_english_navigation_and_filters(page, server_url):
    page.goto(f"{server_url}/?taal=en")
    settled(page)
    expect(page.get_by_role("button", name="Together")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Effectiveness")).to_be_visible()
    expect(page.get_by_role("combobox", name="Programme")).to_be_visible()
    expect(page.get_by_role("heading", name="What are we looking at?")).to_be_visible()


def test_switching_to_dutch_turns_the_navigation_and_the_filters_dutch(page, server_url):
    page.goto(f"{server_url}/?taal=en")
    settled(page)
    expect(page.get_by_role("button", name="Together")).to_be_visible(timeout=30_000)
    page.get_by_role("radio", name="NL", exact=True).click()
    settled(page)
    expect(page.get_by_role("button", name="Samen")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("combobox", name="Programma")).to_be_visible()
    expect(page.get_by_role("heading", name="Wat bekijken we?")).to_be_visible()
