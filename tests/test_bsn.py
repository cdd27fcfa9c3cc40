"""A BSN is never stored: the 11-proof finds it in free text, and models refuse it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from impact_core.models import Reflection, find_bsns, is_valid_bsn


def _with_check_digit(first_eight: str) -> str | None:
    """Complete eight digits to a number that passes the 11-proof, if one exists."""
    total = sum(int(d) * w for d, w in zip(first_eight, range(9, 1, -1), strict=True))
    last = total % 11
    return None if last == 10 else first_eight + str(last)


@pytest.mark.parametrize(
    ("number", "valid"),
    [("111222333", True), ("123456782", True), ("123456789", False), ("000000000", False), ("12345678", False)],
)
def test_eleven_proof_accepts_only_valid_numbers(number, valid):
    assert is_valid_bsn(number) is valid


@given(st.from_regex(r"\A[0-9]{8}\Z"))
def test_every_completed_number_passes_the_eleven_proof(first_eight):
    number = _with_check_digit(first_eight)
    if number is not None and number != "000000000":
        assert is_valid_bsn(number)


@given(st.from_regex(r"\A[1-9][0-9]{7}\Z"), st.sampled_from(["{}", "{0}.{1}.{2}", "{0} {1} {2}", "{0}-{1}-{2}"]))
def test_a_valid_bsn_is_found_however_it_is_written(first_eight, layout):
    number = _with_check_digit(first_eight)
    if number is None:
        return
    written = number if layout == "{}" else layout.format(number[:3], number[3:6], number[6:])
    assert find_bsns(f"Mijn nummer is {written}, zei ze.") == [number]


@pytest.mark.parametrize(
    "text",
    ["Bel 0612345678 voor een afspraak.", "Op 2024-01-15 begonnen.", "Het kostte 1.234.567 euro.", "Postcode 1234 AB"],
)
def test_phone_numbers_dates_and_amounts_are_not_taken_for_a_bsn(text):
    assert find_bsns(text) == []


def test_a_reflection_with_a_bsn_is_refused_in_dutch():
    with pytest.raises(ValidationError, match="BSN"):
        Reflection(
            id="R1",
            professional="opbouwwerker",
            reflected_on="2025-01-01",
            programme_id="wijk",
            kind="reflectie",
            method="Huisbezoek",
            what_happened="Zijn BSN is 111222333.",
            visibility="intern",
        )
