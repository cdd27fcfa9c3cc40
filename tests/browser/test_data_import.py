"""In a real browser: the data steward uploads a CSV with bad rows and reads the Dutch row report."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, settled

pytestmark = pytest.mark.browser

BAD_CSV = "code;naam;gemeente\nBU99010199;Nieuwe buurt;GM9901\nBU1;<b>Haven</b>;GM9901\nBU99010198;Dijk;GM0000\n"


def test_the_steward_checks_a_bad_csv_and_sees_each_bad_row_in_dutch(page, server_url, tmp_path):
    upload = tmp_path / "wijken.csv"
    upload.write_text(BAD_CSV, encoding="cp1252")
    page.goto(f"{server_url}/gegevens?rol=beheer@wvs")
    expect(page.get_by_role("heading", name="Gegevens", level=1)).to_be_visible(timeout=30_000)
    check = page.get_by_role("button", name="Controleren (er verandert niets)")
    for _ in range(3):  # a file chosen while the page's first run still ends can be drawn over (seen once in CI)
        settled(page)
        page.locator("input[type='file']").first.set_input_files(str(upload))  # the import tab's; Vergelijken has one
        try:
            expect(check).to_be_enabled(timeout=10_000)
            break
        except AssertionError:
            continue
    check.click()
    expect(page.get_by_text("Proef: alles gecontroleerd, er is niets veranderd.")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("heading", name="Rijen met fouten")).to_be_visible()
    report = page.locator("[data-testid='stDataFrame']:visible").last  # the Vergelijken tab's tables are hidden
    expect(report).to_contain_text("heeft niet de juiste vorm", timeout=30_000)
    expect(report).to_contain_text("verwijst naar iets dat niet bestaat")
    expect(page.get_by_role("button", name="Foutenrapport downloaden (Excel)")).to_be_visible()
    expect(page.locator("b", has_text="Haven")).to_have_count(0)  # the cell shows the markup as text
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    screenshot(page, "data-import-report")
