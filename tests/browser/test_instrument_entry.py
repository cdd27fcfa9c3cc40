"""In a real browser: a professional enters one ZRM measurement below the instrument panels on the
Trends page, a BSN typed as the participant's code is refused in Dutch, and the municipality sees
no form. One measurement per participant leaves the panels' figures as they were (only
participants measured twice count), so the other tests on this server read the demo's."""

import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import label, screenshot, settled

pytestmark = pytest.mark.browser


def _open_trends(page, server_url: str, query: str) -> None:
    page.goto(f"{server_url}/trends?{query}")
    expect(page.get_by_role("heading", name="Trends", level=1)).to_be_visible(timeout=30_000)
    settled(page)


def _choose(page, field: str, option: str) -> None:
    box = page.get_by_label(field, exact=True)
    box.click()
    if not page.get_by_role("option").count():  # a click just after typing in the form may only focus it
        box.press("ArrowDown")
    page.get_by_role("option", name=option).first.click()
    expect(box).to_have_value(option)


def test_a_professional_enters_a_measurement_and_a_bsn_is_refused(page, server_url):
    code = f"DN-{uuid.uuid4().int % 10**6:06d}"
    _open_trends(page, server_url, "programma=wijk")
    form = page.get_by_test_id("stForm")
    expect(page.get_by_role("heading", name="Een meting invoeren")).to_be_visible()

    form.get_by_label(label("Code van de deelnemer")).fill("111222333")
    _choose(page, "financiën", "3 · beperkt zelfredzaam")
    form.get_by_role("button", name="Meting opslaan").click()
    refusal = page.get_by_text("De meting is niet opgeslagen:")
    expect(refusal).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Code van de deelnemer: bevat een BSN of rijksregisternummer")).to_be_visible()
    expect(page.get_by_text("111222333", exact=False)).to_have_count(0)  # the number is never repeated
    settled(page)

    form.get_by_label(label("Code van de deelnemer")).fill(code)  # the scores chosen stay
    _choose(page, "huisvesting", "4 · voldoende zelfredzaam")
    screenshot(page, "instrument-entry-filled")
    form.get_by_role("button", name="Meting opslaan").click()
    expect(page.get_by_text("Opgeslagen: 2 scores op de Zelfredzaamheid-Matrix.")).to_be_visible(timeout=30_000)
    settled(page)
    expect(form.get_by_label(label("Code van de deelnemer"))).to_have_value("")
    screenshot(page, "instrument-entry-saved")


def test_the_municipality_sees_the_panels_but_no_form(page, server_url):
    _open_trends(page, server_url, "programma=wijk&rol=gemeente@GM9901")
    expect(page.get_by_role("heading", name="Uitkomstinstrumenten")).to_be_visible()
    expect(page.get_by_role("heading", name="Een meting invoeren")).to_have_count(0)
    expect(page.get_by_label(label("Code van de deelnemer"))).to_have_count(0)
