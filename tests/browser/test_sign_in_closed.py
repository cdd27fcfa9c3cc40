"""A server whose sign-in is set up but broken shows why, and nothing else: no data, no role switch.

Before, a secrets file that did not parse counted as no sign-in at all, and demo mode's role
switch handed every visitor the seat of a data steward."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import running_server, screenshot, settled

pytestmark = pytest.mark.browser


def test_a_secrets_file_that_does_not_parse_shows_an_error_page_and_no_data(page, demo_file, tmp_path):
    database = demo_file  # the worst case: on a demo database the app used to fall back to demo mode
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('[auth]\nclient_secret = "lekt-niet"\nredirect_uri = \n', encoding="utf-8")
    # Through Streamlit's own option, so the repository's .streamlit folder stays untouched.
    with running_server(database, STREAMLIT_SECRETS_FILES=str(secrets)) as url:
        page.goto(f"{url}/?rol=beheer@wvs")
        expect(page.get_by_role("heading", name="Aanmelden werkt niet")).to_be_visible(timeout=60_000)
        expect(page.get_by_text("de beheerder moet dat bestand eerst herstellen")).to_be_visible()
        settled(page)
        expect(page.get_by_role("heading", name="Doelmatigheid")).to_have_count(0)
        expect(page.get_by_text("Bekijken als")).to_have_count(0)  # the demo's role switch
        expect(page.get_by_text("lekt-niet")).to_have_count(0)
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        screenshot(page, "sign-in-broken")
