"""Source files: every bad row reported in Dutch, and nothing written unless all is well."""

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from impact_core.gegevens.importer import ImportFailed, load_directory, validate_frame
from impact_core.models import Measurement, Story


def _write(directory: Path, name: str, text: str) -> None:
    (directory / f"{name}.csv").write_text(text, encoding="utf-8")


@pytest.fixture
def sources(tmp_path):
    _write(tmp_path, "gemeenten", "code,naam\nGM0001,Eerstestad\n")
    _write(tmp_path, "wijken", "code,naam,gemeente\nBU00010101,Centrum,GM0001\n")
    return tmp_path


def test_good_files_load_in_dependency_order(empty_store, sources):
    counts = load_directory(empty_store, sources)
    assert counts == {"municipality": 1, "neighbourhood": 1}


def test_headers_may_be_english_and_in_any_case_and_spacing(empty_store, tmp_path):
    _write(tmp_path, "gemeenten", " Code , NAME \nGM0001,Eerstestad\n")
    load_directory(empty_store, tmp_path)
    assert empty_store.scalar("SELECT name FROM municipality") == "Eerstestad"


def test_a_bad_row_anywhere_means_nothing_is_written(empty_store, sources):
    _write(sources, "wijken", "code,naam,gemeente\nBU00010101,Centrum,GM0001\nXX1,Haven,GM0001\n")
    with pytest.raises(ImportFailed):
        load_directory(empty_store, sources)
    assert empty_store.scalar("SELECT count(*) FROM municipality") == 0


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        ("W01,wijk,BU00010101,2025-01-15,3,5,", "maand", "eerste dag van die maand"),
        ("W01,wijk,BU00010101,2025-01-01,drie,5,", "waarde", "is geen getal"),
        ("W01,wijk,BU00010101,2025-01-01,3,-1,", "aantal_mensen", "moet minstens 0 zijn"),
        ("W01,wijk,BU00010101,31-02-2025,3,5,", "maand", "geen geldige datum"),
        (",wijk,BU00010101,2025-01-01,3,5,", "indicator", "verplicht"),
    ],
)
def test_each_bad_field_is_named_with_its_spreadsheet_row_in_dutch(row, column, message):
    header = "indicator,programma,wijk,maand,waarde,aantal_mensen,streefwaarde"
    good = "W01,wijk,BU00010101,2025-01-01,3,5,4"
    frame = pd.DataFrame([line.split(",") for line in (good, row)], columns=header.split(","))
    records, errors = validate_frame(Measurement, frame, "metingen.csv")
    assert len(records) == 1
    assert [(error.row, error.column) for error in errors] == [(3, column)]
    assert message in errors[0].message
    assert str(errors[0]).startswith("metingen.csv, rij 3, kolom")


def test_an_unknown_choice_lists_the_allowed_values():
    frame = pd.DataFrame(
        [
            {
                "id": "V1",
                "titel": "t",
                "tekst": "x",
                "verteller_rol": "buurman",
                "verzameld_door": "a",
                "datum": "01-02-2025",
                "programma": "wijk",
                "domein": "d",
                "richting": "positief",
                "bedoeld": "bedoeld",
                "directheid": "direct",
                "toestemming": "gemeente",
                "teruggelezen": "ja",
            }
        ]
    )
    _, errors = validate_frame(Story, frame, "verhalen.csv")
    assert [error.column for error in errors] == ["verteller_rol"]
    assert "kies uit" in errors[0].message and "mantelzorger" in errors[0].message


@given(st.dates(min_value=dt.date(1900, 1, 1)), st.sampled_from(["{d:%Y-%m-%d}", "{d:%d-%m-%Y}", "{d:%d/%m/%Y}"]))
def test_dates_are_read_in_iso_and_dutch_order(date, layout):
    story = Story.model_validate(
        {
            "id": "V1",
            "titel": "t",
            "tekst": "x",
            "verteller_rol": "bewoner",
            "verzameld_door": "a",
            "datum": layout.format(d=date),
            "programma": "wijk",
            "domein": "d",
            "richting": "positief",
            "bedoeld": "bedoeld",
            "directheid": "direct",
            "toestemming": "gemeente",
        }
    )
    assert story.collected_on == date
