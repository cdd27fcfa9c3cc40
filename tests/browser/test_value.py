"""In a real browser: the business case with its charts, and a case file opened from disk
showing the same figures to the cent as the command line."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.test_value import HAND_CASE

pytestmark = pytest.mark.browser


def test_value_page_draws_waterfall_sensitivity_and_sankey(page, server_url):
    page.goto(f"{server_url}/waarde?programma=ouderen")
    expect(page.get_by_role("heading", name="Waarde (business case)")).to_be_visible(timeout=30_000)
    expect(page.locator(".js-plotly-plot")).to_have_count(3, timeout=30_000)
    expect(page.get_by_text("niet met elkaar te vergelijken", exact=False)).to_be_visible()
    page.set_viewport_size({"width": 1600, "height": 1700})  # waterfall, band and Sankey in one picture
    page.wait_for_timeout(1500)
    screenshot(page, "value-page")


def test_an_opened_case_file_shows_the_hand_computed_figures(page, server_url, tmp_path):
    case_file = tmp_path / "handberekening.json"
    case_file.write_text(json.dumps(HAND_CASE), encoding="utf-8")
    page.goto(f"{server_url}/waarde?programma=wijk")
    expect(page.get_by_role("heading", name="Waarde (business case)")).to_be_visible(timeout=30_000)
    page.locator("input[type='file']").set_input_files(str(case_file))
    expect(page.get_by_text("€ 18.798,83").first).to_be_visible(timeout=30_000)
    expect(page.get_by_text("€ 3.798,83").first).to_be_visible()
    expect(page.get_by_text("€ 15.000,00").first).to_be_visible()
