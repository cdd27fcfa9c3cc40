"""In a real browser: the dossier is made on request and downloads as a PDF with every section,
markup in a story printed literally, and nothing the municipality may not read; the workbook
beside it carries the instruments, the comparison and the storytellers' own marks."""

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from impact_core.i18n import t
from tests.browser.conftest import HOSTILE_TEXT, HOSTILE_TITLE, screenshot
from tests.test_dossier import PSEUDONYM, SECTIONS, forbidden_strings, pdf_text

pytestmark = pytest.mark.browser


def test_the_dossier_downloads_as_a_pdf_with_every_section_and_nothing_it_should_not_hold(
    page, server_url, demo_store, tmp_path
):
    page.goto(f"{server_url}/dossier?programma=ouderen")  # as a professional: still the municipality's view
    expect(page.get_by_role("heading", name="Dossier", level=1)).to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Download PDF")).to_have_count(0)
    page.get_by_role("button", name="Maak dossier").click()
    download_pdf = page.get_by_role("button", name="Download PDF")
    expect(download_pdf).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Dossier gemaakt in")).to_be_visible()
    screenshot(page, "dossier-page")

    with page.expect_download() as waiting:
        download_pdf.click()
    download = waiting.value
    assert download.suggested_filename.startswith("dossier-ouderen-") and download.suggested_filename.endswith(".pdf")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)

    text = pdf_text(saved.read_bytes())
    assert all(t(key) in text for key in SECTIONS)
    assert "Gezond en gelukkig oud" in text
    assert HOSTILE_TITLE in text and HOSTILE_TEXT in text  # the server's story full of markup, literally
    assert [item for item in forbidden_strings(demo_store, "ouderen") if item in text] == []
    assert not PSEUDONYM.search(text)


def test_the_workbook_downloads_beside_it(page, server_url, tmp_path):
    page.goto(f"{server_url}/dossier?programma=wijk&rol=presentatie@GM9901")
    expect(page.get_by_role("heading", name="Dossier", level=1)).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Maak dossier").click()
    download_xlsx = page.get_by_role("button", name="Download Excel")
    expect(download_xlsx).to_be_visible(timeout=30_000)
    with page.expect_download() as waiting:
        download_xlsx.click()
    saved = tmp_path / waiting.value.suggested_filename
    waiting.value.save_as(saved)
    assert saved.suffix == ".xlsx" and saved.read_bytes()[:2] == b"PK"
    book = load_workbook(saved)
    assert {"Instrumenten", "Vergelijking", "Eigen duiding"} <= set(book.sheetnames)
    marks = [cell.value for row in book["Eigen duiding"].iter_rows() for cell in row]
    assert "<10" in marks  # the panels' choice in the Wijkaanpak rests on fewer than ten consented stories
