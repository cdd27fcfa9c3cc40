"""In a real browser: a story is masked before saving, and a selection round runs end to end."""

import re
import uuid

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.browser.conftest import click_until, label, screenshot, settled

pytestmark = pytest.mark.browser


def _choose(page, label: str, option: str) -> None:
    """Pick an option; a rerun finishing while the list is open closes it, so try again."""
    for _ in range(5):
        page.get_by_label(label, exact=False).first.click()
        try:
            page.get_by_role("option", name=option).first.click(timeout=3_000)
            return
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    raise AssertionError(f"de keuzelijst '{label}' ging niet open of had geen '{option}'")


def _pick_first_option(page, combobox) -> str:
    """Choose the first option of a dropdown and return its text. A rerun that finishes while
    the list is open closes it again, so opening, reading and choosing are retried together."""
    for _ in range(5):
        combobox.click()
        try:
            option = page.get_by_role("option").first
            text = option.inner_text(timeout=3_000).strip()
            option.click(timeout=3_000)
            return text
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    screenshot(page, "selection_round_no_options")
    raise AssertionError("de lijst met verhalen ging niet open")


def test_a_story_with_a_name_a_phone_number_and_a_bsn_is_shown_masked_before_saving(page, server_url):
    marker = f"verhaal-{uuid.uuid4().hex[:6]}"
    page.goto(f"{server_url}/verhalen?programma=wijk")
    expect(page.get_by_role("heading", name="Verhalen", level=1)).to_be_visible(timeout=30_000)
    settled(page)
    page.get_by_role("tab", name="Nieuw verhaal").click()
    # The tab's own run draws the form: a field filled before that run ends is drawn anew, empty.
    expect(page.get_by_label("Titel").first).to_be_visible(timeout=30_000)
    settled(page)
    page.get_by_label("Titel").first.fill(f"Weer bellen {marker}")
    page.get_by_label("Het verhaal").first.fill(
        "Piet de Vries belde me op 06-12345678. Zijn BSN is 111222333. Nu durft hij weer te bellen."
    )
    page.get_by_label("Waarom is deze verandering").first.fill("Hij regelt het weer zelf.")
    page.get_by_label("Verzameld door").first.fill("buurtwerker")
    page.get_by_role("button", name="Controleer privacy").click()

    masked = page.get_by_label(label("Het verhaal")).last
    expect(masked).to_have_value(
        re.compile(r"^\[naam\] belde me op \[telefoon\]\. Zijn BSN is \[BSN\]\."), timeout=60_000
    )
    findings = page.get_by_role("table").last
    expect(findings).to_contain_text("Piet de Vries")
    expect(findings).not_to_contain_text("111222333")
    screenshot(page, "story_review")
    settled(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Het verhaal is opgeslagen.")).to_be_visible(timeout=30_000)


def test_a_selection_round_runs_from_shortlist_to_a_story_moving_up(page, server_url):
    title = f"Organisatieronde test {uuid.uuid4().hex[:6]}"
    page.goto(f"{server_url}/selectierondes?programma=jeugd")
    expect(page.get_by_role("heading", name="Selectierondes", level=1)).to_be_visible(timeout=30_000)
    page.get_by_text("Nieuwe selectieronde").click()
    page.get_by_label("Titel").first.fill(title)
    _choose(page, "Niveau", "organisatie")
    page.get_by_role("button", name="Ronde openen").click()
    expect(page.get_by_role("heading", name=title)).to_be_visible(timeout=30_000)

    story = _pick_first_option(page, page.get_by_role("combobox", name=re.compile("Kies verhalen")))
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Op de shortlist").click()
    # Filled while the page still runs, a field is drawn anew empty when the run ends.
    expect(page.get_by_label("Panellid")).to_be_visible(timeout=30_000)
    settled(page)

    page.get_by_label("Panellid").fill("teamleider")
    slider = page.get_by_role("slider").first
    slider.focus()
    for _ in range(4):
        slider.press("ArrowRight")
    page.get_by_role("button", name="Stemmen opslaan").click()
    expect(page.get_by_role("cell", name="4", exact=True).first).to_be_visible(timeout=30_000)
    settled(page)  # reasons typed while the votes' run still ends are drawn over, empty

    reasons = page.get_by_role("textbox", name="Waarom koos het panel")
    reasons.fill("Het verhaal laat zien wat jongeren zelf veranderen.")
    reasons.press("Tab")  # the reasons go to the server before the click, not with it
    closed = page.get_by_text("De gekozen verhalen gaan door naar het volgende niveau")
    click_until(page, page.get_by_role("button", name="Ronde afronden"), closed)
    expect(page.get_by_role("cell", name="✓ gekozen")).to_be_visible()
    screenshot(page, "selection_round_closed")

    page.goto(f"{server_url}/verhalen?programma=jeugd")
    expect(page.get_by_role("heading", name="Verhalen", level=1)).to_be_visible(timeout=30_000)
    screenshot(page, "stories_after_round")
    page.get_by_role("tab", name="Alle verhalen").click()
    card = page.get_by_text(story.split(" (")[0].lstrip("⚠ "), exact=True).first
    expect(card).to_be_visible(timeout=30_000)
    expect(page.get_by_text(re.compile("Gekozen door panel organisatie")).first).to_be_visible()
