"""The PDF building blocks: user text prints literally, Dutch letters print, every page is numbered."""

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from impact_core.render import pdf


def _pages(data: bytes) -> list[str]:
    """The text of each page, with every run of white space as one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def _document(*flowables, lang="nl") -> bytes:
    return pdf.document(list(flowables), title="Proef", footer="Proefdocument", date_text="01-02-2026", lang=lang)


MARKUP = 'Een <b>vet</b> verhaal, <a href="https://voorbeeld.invalid">een link</a>, R&D en &amp; <br/> <font size=40>'


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda text: pdf.paragraph(text), id="paragraph"),
        pytest.param(lambda text: pdf.heading(text), id="heading"),
        pytest.param(lambda text: pdf.caption(text), id="caption"),
        pytest.param(lambda text: pdf.labelled("Waarom:", text), id="labelled"),
        pytest.param(lambda text: pdf.table(["Kop"], [[text]]), id="table cell"),
        pytest.param(lambda text: pdf.title_block("Kicker", text, [("Feit", text)])[1], id="title"),
    ],
)
def test_markup_in_user_text_prints_literally(make):
    text = " ".join(_pages(_document(make(MARKUP))))
    assert MARKUP in text


def test_markup_in_user_text_does_not_make_a_link():
    reader = PdfReader(io.BytesIO(_document(pdf.paragraph(MARKUP))))
    assert "/Annots" not in reader.pages[0]


@pytest.mark.parametrize(
    "written", ["€ 1.234,50", "Zoë en Daniël zijn naïef", "‘enkel’ en “dubbel”", "één – twee …", "1 → 3 ✔"]
)
def test_dutch_letters_euro_quotes_and_arrows_print_as_written(written):
    assert written in _pages(_document(pdf.paragraph(written)))[0]


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("Ayşe uit Łódź", "Ayse uit Lódz"),
        ("Ő és ğ", "O és g"),
        ("(1 − 0,25)", "(1 – 0,25)"),
        ("blij 😀", "blij ?"),
        ("日本", "??"),
        ("Zoë € ‘q’", "Zoë € ‘q’"),
    ],
)
def test_letters_helvetica_lacks_lose_their_accent_rather_than_print_as_boxes(text, drawn):
    assert pdf.printable(text) == drawn


def test_every_page_says_which_page_of_how_many_with_the_footer():
    pages = _pages(
        _document(pdf.paragraph("een"), PageBreak(), pdf.paragraph("twee"), PageBreak(), pdf.paragraph("drie"))
    )
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van 3" in text
        assert "Proefdocument" in text and "01-02-2026" in text


def test_the_footer_speaks_english_when_asked():
    assert "page 1 of 1" in _pages(_document(pdf.paragraph("one"), lang="en"))[0]


def test_a_long_table_repeats_its_header_on_every_page():
    pages = _pages(_document(pdf.table(["Kolomkop", "Bedrag"], [[f"rij {row}", "€ 1,00"] for row in range(150)])))
    assert len(pages) > 1
    assert all("Kolomkop" in text for text in pages)


def test_no_column_is_narrower_than_its_longest_word():
    grid = pdf.table(
        ["Deadweight", "Verplaatsing", "Omschrijving"], [["30%", "0%", "Een lange omschrijving die mag afbreken " * 4]]
    )
    widths = grid._colWidths
    assert sum(widths) == pytest.approx(pdf.WIDTH)
    for column, cell in enumerate(grid._cellvalues[0]):
        assert widths[column] >= cell.minWidth()


def test_the_contents_list_every_section_with_its_page():
    data = _document(
        *pdf.contents("Inhoud"), PageBreak(), pdf.heading("Eerste deel"), PageBreak(), pdf.heading("Tweede deel")
    )
    first = PdfReader(io.BytesIO(data)).pages[0].extract_text(extraction_mode="layout")  # lines as drawn
    assert re.search(r"Eerste deel[ .]*2\n", first) and re.search(r"Tweede deel[ .]*3\n", first)


def test_the_same_input_gives_the_same_file():
    assert _document(pdf.paragraph("vast")) == _document(pdf.paragraph("vast"))
