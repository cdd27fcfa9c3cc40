"""In a real browser: a professional records a reflection and a moral deliberation; the
municipality sees the shared one without a name and never the internal one."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_tab, screenshot, settled

pytestmark = pytest.mark.browser


def _open_new_entry(page, server_url: str, query: str = "") -> None:
    page.goto(f"{server_url}/vakmanschap{query}")
    expect(page.get_by_role("heading", name="Vakmanschap", level=1)).to_be_visible(timeout=30_000)
    # A tab clicked while the first run still ends falls back to the first tab (a test of this file
    # needed its second run in two CI runs).
    open_tab(page, "Nieuw vastleggen")


def _fill(page, label: str, text: str) -> None:
    page.get_by_label(label, exact=False).first.fill(text)


def _choose(page, label: str, option: str) -> None:
    page.get_by_label(label, exact=False).first.click()
    page.get_by_role("option", name=option).first.click()


def _pick(page, option: str) -> None:
    """Pick a radio option once the page is settled, and again when a run that ended just then drew
    the group over the click (seen once in CI: the reflection was saved with the default sharing)."""
    choice = page.get_by_role("radiogroup").get_by_text(option, exact=True)
    radio = page.get_by_role("radio", name=option, exact=True)
    for _ in range(3):
        settled(page)
        choice.click()
        try:
            expect(radio).to_be_checked(timeout=5_000)
            return
        except AssertionError:
            continue
    expect(radio).to_be_checked(timeout=5_000)


def _save_and_wait(page) -> None:
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Opgeslagen.")).to_be_visible(timeout=30_000)
    # A tab clicked while the page still runs falls back to the first tab when the run ends.
    settled(page)


def test_entered_reflections_appear_and_only_the_shared_one_reaches_the_municipality(browser, page, server_url):
    internal_marker, shared_marker = f"intern-{uuid.uuid4().hex[:6]}", f"gedeeld-{uuid.uuid4().hex[:6]}"

    _open_new_entry(page, server_url, "?programma=wijk")
    _fill(page, "Professional", "opbouwwerker (Z.)")
    _choose(page, "Werkwijze", "Buurtbemiddeling")
    _fill(page, "Wat gebeurde er", f"Twee buren zaten voor het eerst samen aan tafel ({internal_marker}).")
    _save_and_wait(page)

    _open_new_entry(page, server_url, "?programma=wijk")
    _pick(page, "Moreel beraad")
    expect(page.get_by_label("Het dilemma")).to_be_visible()
    _fill(page, "Professional", "opbouwwerker (Z.)")
    _choose(page, "Werkwijze", "Buurtbemiddeling")
    _fill(page, "Wat gebeurde er", f"De gemeente vroeg om de namen van deelnemers ({shared_marker}).")
    _fill(page, "Het dilemma", "Geef ik namen door, of alleen aantallen?")
    _fill(page, "Welke keuze", "Alleen aantallen: de namen zijn niet nodig voor de verantwoording.")
    _pick(page, "ook de gemeente (zonder namen)")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", name="Controleer de gemaskeerde tekst")).to_be_visible(timeout=30_000)
    screenshot(page, "vakmanschap-review")
    _save_and_wait(page)

    open_tab(page, "Reflecties")  # a tab clicked while the save's run still ends is lost
    expect(page.get_by_text(re.compile(internal_marker))).to_be_visible()
    expect(page.get_by_text(re.compile(shared_marker))).to_be_visible()
    screenshot(page, "vakmanschap-log-professional")

    municipality = browser.new_context(viewport={"width": 1600, "height": 1000})
    try:
        other = municipality.new_page()
        other.goto(f"{server_url}/vakmanschap?programma=wijk&rol=gemeente@GM9901")
        expect(other.get_by_role("heading", name="Vakmanschap", level=1)).to_be_visible(timeout=30_000)
        other.get_by_role("tab", name="Reflecties").click()
        expect(other.get_by_text(re.compile(shared_marker))).to_be_visible(timeout=30_000)
        expect(other.get_by_text(re.compile(internal_marker))).to_have_count(0)
        expect(other.get_by_text("opbouwwerker (Z.)")).to_have_count(0)
        other.get_by_role("tab", name="Overzicht").click()
        expect(other.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=30_000)
        other.wait_for_timeout(1000)  # let plotly finish drawing before the picture
        screenshot(other, "vakmanschap-overview-gemeente")
    finally:
        municipality.close()


def test_markup_in_entered_text_shows_literally_and_never_runs(page, server_url):
    marker = f"letterlijk-{uuid.uuid4().hex[:6]}"
    hostile = (
        f"{marker} <script>window.hacked = 1</script><b>vet</b> [klik hier](https://voorbeeld.invalid) "
        "**sterk** :red[rood] $x^2$"
    )
    _open_new_entry(page, server_url, "?programma=ouderen")
    _fill(page, "Professional", "ouderenadviseur (M.)")
    _choose(page, "Werkwijze", "Huisbezoek 75+")
    _fill(page, "Wat gebeurde er", hostile)
    _save_and_wait(page)
    page.get_by_role("tab", name="Reflecties").click()
    shown = page.get_by_text(re.compile(marker))
    expect(shown).to_be_visible(timeout=30_000)
    assert "<b>vet</b>" in shown.inner_text()
    assert "[klik hier](https://voorbeeld.invalid)" in shown.inner_text()
    assert "**sterk**" in shown.inner_text()
    expect(page.locator("a[href='https://voorbeeld.invalid']")).to_have_count(0)
    assert page.evaluate("window.hacked") is None
