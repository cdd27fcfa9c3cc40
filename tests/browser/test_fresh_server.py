"""A link opened on a freshly started server shows the app, never a page run on its own.

Until ``st.navigation`` has run once in a process, Streamlit treats ``pages/`` as its old
multipage folder and would run the linked page without app.py: no sign-in, no filters."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import running_server, screenshot

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("gegevens", "Gegevens"),
        ("dossier", "Dossier"),
        ("trends", "Trends"),
    ],
)
def test_the_first_visit_of_a_fresh_server_to_a_deep_link_shows_the_app(page, demo_file, path, heading):
    with running_server(demo_file) as url:
        page.goto(f"{url}/{path}?programma=wijk")
        expect(page.get_by_role("heading", name=heading, level=1).first).to_be_visible(timeout=60_000)
        # A fresh server draws the sidebar's widgets after the page itself; under load that takes a while.
        navigation = page.get_by_role("navigation", name="App pages")
        expect(navigation.get_by_role("button", name="Samen")).to_be_visible(timeout=60_000)
        expect(page.get_by_text("Bekijken als")).to_be_visible(timeout=60_000)  # the role switch: app.py ran
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        screenshot(page, f"fresh-server-{path}")
