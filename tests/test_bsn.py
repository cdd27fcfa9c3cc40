"""A BSN (or a Belgian rijksregisternummer) is never stored: found in any spelling, refused by
every string field of every model, and never repeated by the refusal."""

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pydantic import ValidationError

from impact_core import bsn
from impact_core.access.viewer import Viewer
from impact_core.bsn import find_bsns, is_valid_bsn
from impact_core.gegevens import validation
from impact_core.gegevens.exports import report_xlsx
from impact_core.gegevens.importer import load_sheets
from impact_core.gegevens.tabular import read_bytes
from impact_core.models import ENTITIES, Reflection
from impact_core.refusal import dutch_errors

STEWARD = Viewer.from_seat("beheer@wvs")
DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"


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


# --- every spelling, every string field ---------------------------------------------------

_SEPARATORS = [" ", "\u00a0", "\u202f", ".", "-", "/", " - ", ". ", "\u2013", "  "]
_PREFIXES = ["", "BSN ", "BSN-", "bsn.", "BSN: ", "bsn:", "burgerservicenummer ", "nr. ", "RRN "]


@st.composite
def _valid_bsns(draw) -> str:
    first_eight = draw(st.from_regex(r"\A[0-9]{8}\Z"))
    number = _with_check_digit(first_eight)
    assume(number is not None and number != "000000000")
    return number


@st.composite
def _rijksregisternummers(draw) -> str:
    born = draw(st.dates(dt.date(1920, 1, 1), dt.date(1999, 12, 31)))
    first_nine = f"{born:%y%m%d}{draw(st.integers(1, 997)):03d}"
    return f"{first_nine}{97 - int(first_nine) % 97:02d}"


@st.composite
def written_numbers(draw) -> tuple[str, str]:
    """(digits, as someone wrote them): cut into groups anywhere, any separators, any prefix."""
    digits = draw(st.one_of(_valid_bsns(), _rijksregisternummers()))
    cuts = sorted(draw(st.sets(st.integers(1, len(digits) - 1), max_size=len(digits) - 1)))
    groups = [digits[start:end] for start, end in zip([0, *cuts], [*cuts, len(digits)], strict=True)]
    written = groups[0]
    for group in groups[1:]:
        written += draw(st.sampled_from(_SEPARATORS)) + group
    # Nine digits after a zero may be a Belgian landline: written as one, they need a BSN cue.
    prefixes = [prefix for prefix in _PREFIXES if "bsn" in prefix.casefold()] if digits[0] == "0" else _PREFIXES
    return digits, draw(st.sampled_from(prefixes)) + written


@given(written_numbers())
def test_a_citizen_number_is_found_in_any_spelling(number):
    digits, written = number
    assert find_bsns(f"Zij gaf haar nummer: {written}, en vertrok.") == [digits]


@given(written_numbers())
def test_masking_leaves_no_digit_of_a_citizen_number(number):
    _, written = number
    masked, _ = bsn.masked(f"Genoteerd: {written}.")
    assert masked == f"Genoteerd: {written[: len(written) - len(written.lstrip(_PREFIX_CHARACTERS))]}[BSN]."


_PREFIX_CHARACTERS = "BSNbsnurgervicemr.:-RN "


@pytest.mark.parametrize("digits", ["12345672", "01234567"])
def test_a_bsn_that_lost_its_leading_zero_counts_only_written_as_one_number(digits):
    assert is_valid_bsn(digits) is bsn.is_valid_bsn(digits.zfill(9))
    if is_valid_bsn(digits):
        assert find_bsns(f"nummer {digits}") == [digits]
    assert find_bsns(f"nummer {digits[:2]}-{digits[2:]}") == []


def _demo_row(model) -> dict:
    with (DEMO / f"{model.__source__}.csv").open(encoding="utf-8-sig") as source:
        return {key: value for key, value in next(csv.DictReader(source)).items() if value != ""}


STRING_FIELDS = [
    (model, rule)
    for model in ENTITIES
    for rule in validation.rules(model)
    if rule.kind in ("text", "list") and (DEMO / f"{model.__source__}.csv").exists()
]


@pytest.mark.parametrize(
    ("model", "rule"), STRING_FIELDS, ids=[f"{model.__source__}.{rule.column}" for model, rule in STRING_FIELDS]
)
@settings(max_examples=15, deadline=None)
@given(number=written_numbers())
def test_no_string_field_of_any_model_accepts_a_citizen_number(model, rule, number):
    digits, written = number
    row = _demo_row(model)
    assert model.model_validate(row), "the demo row itself is valid"
    with pytest.raises(ValidationError) as refused:
        model.model_validate({**row, rule.column: written if rule.pattern else f"Nummer {written} genoteerd"})
    problems = dutch_errors(refused.value, model)
    assert any(problem.startswith(rule.column.replace("_", " ")) for problem in problems)
    assert digits not in re.sub(r"\D", "", " ".join(problems))


@pytest.mark.parametrize("written", ["111222333", "BSN-111.222.333", "111 22 23 33", "85.07.30-033.28"])
def test_an_import_report_and_its_workbook_never_repeat_the_number(empty_store, written):
    data = f"code;naam\nGM0001;Dorp {written}\n".encode()
    report = load_sheets(empty_store, STEWARD, read_bytes("gemeenten.csv", data))
    [error] = report.row_errors()
    assert (error.row, error.column) == (2, "naam")
    assert "[BSN]" in error.value and "BSN" in error.message
    digits = re.sub(r"\D", "", written)
    workbook = load_workbook(io.BytesIO(report_xlsx(report.errors, report.summary())))
    cells = " ".join(str(cell) for sheet in workbook for row in sheet.iter_rows(values_only=True) for cell in row)
    for shown in (str(error), cells):
        assert digits not in re.sub(r"\D", "", shown)
    assert empty_store.scalar("SELECT count(*) FROM municipality") == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Het buurthuis: 03 238 45 67.", []),
        ("Bel 09/223 45 62 op maandag.", []),
        ("BSN 03 238 45 67.", ["032384567"]),
    ],
)
def test_a_belgian_landline_is_a_phone_number_unless_a_bsn_cue_stands_before_it(text, found):
    assert bsn.is_valid_bsn("032384567") and bsn.is_valid_bsn("092234562")
    assert find_bsns(text) == found
