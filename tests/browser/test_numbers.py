"""In a real browser: the trends page hides small cells from the municipality across a rerun,
and the indicator library shows the gaps between ambitions and indicators."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, screenshot

pytestmark = pytest.mark.browser


def test_trends_keep_small_cells_hidden_for_the_municipality_when_switching_to_quarters(page, server_url):
    page.goto(f"{server_url}/trends?programma=ouderen&rol=gemeente@GM9901")
    expect(page.get_by_role("heading", name="Trends", level=1)).to_be_visible(timeout=30_000)
    expect(page.get_by_text("<10").first).to_be_visible(timeout=30_000)
    page.get_by_text("kwartaal", exact=True).click()
    expect(page.get_by_text("<10").first).to_be_visible(timeout=30_000)
    assert "rol=gemeente%40GM9901" in page.url or "rol=gemeente@GM9901" in page.url
    plots = page.locator(".js-plotly-plot")  # the trend, the peers' band where peers published, and
    expect(plots.first).to_be_visible()
    expect(plots.filter(has_text="zingeving")).to_have_count(1)  # Positieve Gezondheid's web
    page.wait_for_timeout(800)
    screenshot(page, "trends-gemeente-quarters")


def test_the_zrm_web_is_drawn_for_the_municipality_with_its_small_domain_left_out(page, server_url):
    page.goto(f"{server_url}/trends?programma=wijk&rol=gemeente@GM9901")
    expect(page.get_by_role("heading", name="Uitkomstinstrumenten")).to_be_visible(timeout=30_000)
    web = page.locator(".js-plotly-plot").filter(has_text="eerste meting (gemiddeld)")
    expect(web).to_be_visible(timeout=30_000)
    expect(web.get_by_text("financiën")).to_be_visible()
    expect(web.get_by_text("justitie")).to_have_count(0)  # six participants: not in the municipality's web
    expect(page.get_by_text("Weggelaten, want minder dan 10 deelnemers: justitie.")).to_be_visible()
    page.get_by_role("heading", name="Uitkomstinstrumenten").scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    page.screenshot(path=str(screenshot(page, "instrument-zrm-gemeente").with_name("instrument-zrm-screen.png")))
    web.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "instrument-zrm-web.png"))
    page.get_by_text("Vooruit, gelijk, achteruit").scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "instrument-zrm-moved.png"))


def test_the_pg_web_on_the_shared_screen_carries_its_caveat_in_large_type(page, server_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{server_url}/trends?programma=ouderen&presentatie=1")
    expect(page.get_by_role("heading", name="Uitkomstinstrumenten")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Positieve Gezondheid is een hulpmiddel voor het gesprek")).to_be_visible(timeout=30_000)
    web = page.locator(".js-plotly-plot").filter(has_text="zingeving")
    expect(web.get_by_text("zingeving")).to_be_visible(timeout=30_000)
    sizes = web.locator(".main-svg text").evaluate_all(
        "texts => texts.filter(t => t.textContent.trim()).map(t => parseFloat(getComputedStyle(t).fontSize))"
    )
    assert sizes and min(sizes) >= 18
    web.scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "instrument-pg-shared-screen.png"))


def test_indicator_library_shows_who_chose_each_indicator_and_the_gaps(page, server_url):
    page.goto(f"{server_url}/indicatoren")
    expect(page.get_by_role("heading", name="Ambities zonder indicator")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Minder vraag naar dure zorg door eerder en dichtbij te helpen")).to_be_visible()
    expect(page.locator("[data-testid='stDataFrame']")).to_have_count(1)
    screenshot(page, "indicator-library")


def test_a_table_offers_no_csv_download_of_its_own(page, server_url):
    """Streamlit's own CSV writes a name like '=HYPERLINK(...)' as a live formula: the app's exports replace it."""
    page.goto(f"{server_url}/indicatoren?programma=wijk")
    table = page.locator("[data-testid='stDataFrame']").first
    expect(table).to_be_visible(timeout=30_000)
    table.hover()
    toolbar = page.locator("[data-testid='stElementToolbar']").first
    expect(toolbar.get_by_role("button", name="Fullscreen")).to_be_visible()
    expect(toolbar.get_by_role("button", name="Download as CSV")).to_have_count(0)


@pytest.mark.parametrize("query", ["programma=wijk&rol=gemeente@GM9901", "programma=ouderen&presentatie=1"])
def test_the_instrument_panels_meet_wcag_21_aa_in_axe(page, server_url, query):
    """The accessibility test opens the programme without instruments; here the ZRM and PG panels,
    their figures opened too."""
    from tests.browser.test_accessibility import AXE, _axe, _open_expanders, _ready, _structure

    if not AXE.exists():
        pytest.fail("axe-core ontbreekt: draai 'make test' of 'npm ci --prefix tests/browser/axe'.")
    page.goto(f"{server_url}/trends?{query}")
    expect(page.get_by_role("heading", name="Uitkomstinstrumenten")).to_be_visible(timeout=30_000)
    _ready(page)
    _open_expanders(page)
    found = _axe(page, query) + _structure(page, query)
    assert not found, "\n".join(f"{rule} {what}" for _, rule, what in found)
