"""The vectorised checks read the rules from the models, and agree with pydantic on real data."""

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from impact_core.config import DEMO_SOURCES
from impact_core.gegevens.importer import read_csv, validate_frame
from impact_core.gegevens.validation import REQUIRED, AmbiguousNumbers, rules, validate
from impact_core.models import ENTITIES, Measurement, Story


def _plain(value):
    if isinstance(value, pd.Timestamp):
        return value.date()
    if value is None or (not isinstance(value, list) and pd.isna(value)):
        return None
    return value.value if hasattr(value, "value") and not isinstance(value, dt.date) else value


@pytest.mark.parametrize(
    "model",
    [model for model in ENTITIES if (DEMO_SOURCES / f"{model.__source__}.csv").exists()],
    ids=lambda model: model.__source__,
)
def test_on_the_demo_files_the_vectorised_checks_give_what_pydantic_gives(model):
    frame = read_csv(DEMO_SOURCES / f"{model.__source__}.csv")
    frame.index = range(2, len(frame) + 2)
    records, pydantic_errors = validate_frame(model, frame.reset_index(drop=True), "x")
    typed, errors = validate(model, frame, "x")
    assert pydantic_errors == [] and errors.empty
    expected = [{name: _plain(value) for name, value in record.model_dump().items()} for record in records]
    got = [{name: _plain(value) for name, value in row.items()} for row in typed.to_dict("records")]
    assert got == expected


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("maand", "2025-01-15", "eerste dag van die maand"),
        ("maand", "31-02-2025", "geen geldige datum"),
        ("waarde", "drie", "is geen getal"),
        ("waarde", "inf", "is geen getal"),
        ("waarde", "1e999", "gewoon getal"),
        ("aantal_mensen", "-1", "moet minstens 0 zijn"),
        ("aantal_mensen", "2,5", "is geen geheel getal"),
        ("wijk", "BU123", "niet de juiste vorm"),
        ("indicator", "", REQUIRED),
        ("indicator", "W 01", "niet de juiste vorm"),
    ],
)
def test_each_bad_value_is_named_in_dutch_as_pydantic_would(column, value, message):
    row = {
        "indicator": "W01",
        "programma": "wijk",
        "wijk": "BU00010101",
        "maand": "2025-01-01",
        "waarde": "3",
        "aantal_mensen": "5",
    } | {column: value}
    _, errors = validate(Measurement, pd.DataFrame([row], index=[7], dtype="str"), "metingen.csv")
    assert errors[["row", "column"]].values.tolist() == [[7, column]]
    assert message in errors["message"][0]


def test_a_bsn_in_free_text_is_refused():
    row = {
        "id": "V1",
        "titel": "t",
        "tekst": "mijn nummer is 111222333",
        "verteller_rol": "bewoner",
        "verzameld_door": "a",
        "datum": "01-02-2025",
        "programma": "wijk",
        "domein": "d",
        "richting": "positief",
        "bedoeld": "bedoeld",
        "directheid": "direct",
        "toestemming": "gemeente",
    }
    _, errors = validate(Story, pd.DataFrame([row], index=[2], dtype="str"), "verhalen.csv")
    assert errors["column"].tolist() == ["tekst"] and "BSN" in errors["message"][0]


@pytest.mark.parametrize("model", ENTITIES, ids=lambda model: model.__table__)
def test_every_field_of_every_model_has_a_vectorised_rule(model):
    assert [rule.name for rule in rules(model)] == list(model.model_fields)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ENTITIES), st.data())
def test_any_strings_in_any_entity_give_typed_rows_or_errors_never_a_crash(model, data):
    columns = [rule.column for rule in rules(model)]
    cells = st.one_of(
        st.text(max_size=15),
        st.sampled_from(["", " ", "ja", "1,5", "1.234,5", "01-01-2025", "2025-02-30", "inf", "GM0001", "a;b;;c"]),
    )
    rows = data.draw(st.lists(st.fixed_dictionaries({column: cells for column in columns}), min_size=1, max_size=5))
    frame = pd.DataFrame(rows, index=range(2, len(rows) + 2), dtype="str")
    try:
        typed, errors = validate(model, frame, "x")
    except AmbiguousNumbers:  # '1,5' beside '1.5': refused with a reason, never a guess
        return
    assert list(typed.columns) == list(model.model_fields) and len(typed) == len(rows)
    assert set(errors["row"]) <= set(frame.index)
    for _, values in typed.loc[~typed.index.isin(errors["row"])].iterrows():
        fields = {name: _plain(value) for name, value in values.items()}
        model.model_validate({name: value for name, value in fields.items() if value is not None})  # never raises
