"""A Belgian rijksregisternummer (or BIS number) is never stored, exactly as a BSN is not: the one
rule in ``impact_core.bsn`` finds it in the spellings Belgians use, leaves an ordinary eleven-digit
number alone, and a story, a reflection or an import row that holds one never reaches the file."""

import datetime as dt
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError

from impact_core import bsn
from impact_core.access.viewer import Role, Viewer
from impact_core.betekenisgeving import entry
from impact_core.gegevens.importer import load_sheets
from impact_core.gegevens.tabular import read_bytes
from impact_core.models import Reflection
from impact_core.vakmanschap import reflections
from tests.conftest import database_bytes

STEWARD = Viewer.from_seat("beheer@wvs")
PROFESSIONAL = Viewer(Role.PROFESSIONAL, organisation_id="wvs")

# YY.MM.DD-NNN.CC as on the identity card, the same with spaces, and bare; a few mixed spellings.
LAYOUTS = [
    "{yy}.{mm}.{dd}-{nnn}.{cc}",
    "{yy} {mm} {dd} {nnn} {cc}",
    "{yy}{mm}{dd}{nnn}{cc}",
    "{yy}{mm}{dd}-{nnn}-{cc}",
    "{yy}{mm}{dd} {nnn} {cc}",
    "{yy}.{mm}.{dd} {nnn}-{cc}",
]


def _check(first_nine: str, born: int) -> int:
    """97 minus the first nine digits mod 97; for someone born from 2000 over '2' and those nine."""
    return 97 - int(("2" if born >= 2000 else "") + first_nine) % 97


@st.composite
def first_nines(draw) -> tuple[str, int]:
    """Birth date (month raised by 20 or 40 for a BIS number) and day counter, with the birth year."""
    born = draw(st.dates(dt.date(1920, 1, 1), dt.date(2025, 12, 31)))
    month = born.month + draw(st.sampled_from([0, 20, 40]))
    return f"{born:%y}{month:02d}{born:%d}{draw(st.integers(1, 997)):03d}", born.year


def _written(digits: str, layout: str) -> str:
    return layout.format(yy=digits[:2], mm=digits[2:4], dd=digits[4:6], nnn=digits[6:9], cc=digits[9:])


@given(first_nines(), st.sampled_from(LAYOUTS))
def test_a_rijksregisternummer_or_bis_number_is_found_in_every_belgian_spelling(first, layout):
    first_nine, born = first
    digits = f"{first_nine}{_check(first_nine, born):02d}"
    assert bsn.find_bsns(f"Haar rijksregisternummer is {_written(digits, layout)}, zei ze.") == [digits]


@given(first_nines(), st.sampled_from(LAYOUTS))
def test_masking_leaves_no_digit_of_a_rijksregisternummer(first, layout):
    first_nine, born = first
    written = _written(f"{first_nine}{_check(first_nine, born):02d}", layout)
    assert bsn.masked(f"Genoteerd: {written}.") == ("Genoteerd: [BSN].", [written])


@given(first_nines(), st.integers(0, 99), st.sampled_from(LAYOUTS))
def test_eleven_digits_with_a_wrong_check_are_an_ordinary_number_and_left_alone(first, check, layout):
    first_nine, _ = first
    assume(check not in {_check(first_nine, 1999), _check(first_nine, 2000)})
    digits = f"{first_nine}{check:02d}"
    # Grouped, nine of the digits may by chance pass the BSN 11-proof: that is the BSN rule's find.
    assume(not any(bsn.is_valid_bsn(part) for part in (digits[:9], digits[2:])))
    text = f"Factuur {_written(digits, layout)} is betaald."
    assert bsn.find_bsns(text) == []
    assert bsn.masked(text) == (text, [])


@pytest.mark.parametrize("number", ["12345678901", "20241231001", "32160123456", "0032470123456"])
def test_invoice_numbers_and_phone_numbers_of_eleven_digits_or_more_are_left_alone(number):
    assert bsn.find_bsns(f"Nummer {number}.") == []


# --- from the outside: the number never reaches the database file ---------------------------------

# Born in the 1900s, born from 2000 (check over '2' + nine digits), and a BIS number (month + 40).
NUMBERS = ["85.07.30-033.28", "17 07 30 033 84", "98.47.28-997.65"]


def _absent(store, written: str) -> bool:
    held = database_bytes(store)
    return written.encode() not in held and re.sub(r"\D", "", written).encode() not in held


@pytest.mark.parametrize("written", NUMBERS)
def test_a_story_holding_a_rijksregisternummer_is_saved_without_it(demo_copy, written):
    text = f"Mijn rijksregisternummer is {written} en nu durf ik de post weer open te maken."
    draft = {
        "title": f"Post open ({written})",
        "text": text,
        "storyteller_role": "deelnemer",
        "collected_by": "jongerenwerker",
        "collected_on": "2026-10-01",
        "programme_id": "jeugd",
        "domain": "Meedoen",
        "significance": f"Nummer {written}",
        "valence": "positief",
        "intention": "bedoeld",
        "directness": "direct",
        "consent": "organisatie",
        "storyteller": "VT-0012",
    }
    review = entry.review(demo_copy, PROFESSIONAL, title=draft["title"], text=text, significance="")
    story_id = entry.add_story(demo_copy, PROFESSIONAL, draft, review.masked)
    saved = demo_copy.query("SELECT text FROM story WHERE id = ?", [story_id])["text"][0]
    assert saved == "Mijn rijksregisternummer is [BSN] en nu durf ik de post weer open te maken."
    assert _absent(demo_copy, written)


@pytest.mark.parametrize("written", NUMBERS)
def test_a_reflection_holding_a_rijksregisternummer_is_refused_and_not_stored(demo_copy, written):
    with pytest.raises(ValidationError, match="rijksregisternummer"):
        reflections.add_reflection(
            demo_copy,
            PROFESSIONAL,
            Reflection(
                id="R-RRN",
                professional="jongerenwerker",
                reflected_on="2026-10-02",
                programme_id="jeugd",
                kind="reflectie",
                method="Intervisie",
                what_happened=f"Hij liet zijn kaart zien: {written}.",
                visibility="intern",
            ),
        )
    assert _absent(demo_copy, written)


@pytest.mark.parametrize("written", NUMBERS)
def test_an_imported_row_holding_a_rijksregisternummer_is_refused_and_not_stored(demo_copy, written):
    data = f"code;naam\nGM0999;Gemeente {written}\n".encode()
    report = load_sheets(demo_copy, STEWARD, read_bytes("gemeenten.csv", data))
    [error] = report.row_errors()
    assert (error.row, error.column, error.value) == (2, "naam", "Gemeente [BSN]")
    assert _absent(demo_copy, written)
