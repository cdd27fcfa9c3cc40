"""A refusal reads in the reader's language: English for an English page, the same Dutch as ever
for a Dutch page and the command line."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import pytest
from pydantic import Field

from impact_core.access.signin import load_access
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.db.store import Store
from impact_core.doelmatigheid import value
from impact_core.gegevens import tabular
from impact_core.models import Meeting, PanelLevel, Record, Reflection, col
from impact_core.refusal import Refused, validated
from impact_core.samen.meetings import records
from impact_core.vakmanschap import reflections

PROFESSIONAL = Viewer.from_seat("professional@wvs")


def _deliberation_without_a_choice(store: Store) -> None:
    reflection = Reflection.model_validate(
        {
            "id": "R-1",
            "professional": "opbouwwerker (T.)",
            "reflected_on": dt.date(2026, 11, 2),
            "programme_id": "wijk",
            "kind": "moreel_beraad",
            "method": "Buurtbemiddeling",
            "what_happened": "Een buurman vroeg mij een klacht niet door te geven.",
            "dilemma": "Geef ik de klacht door of niet?",
            "visibility": "intern",
        }
    )
    reflections.add_reflection(store, PROFESSIONAL, reflection)


def _meeting_without_a_date_and_with_a_citizen_number(store: Store) -> None:
    values = {"id": "M-1", "leeratelier": "Buurtkracht", "title": "Bel 111222333"}
    validated(Meeting, values, "meetings.refusal.meeting_not_saved")


REFUSALS: list[tuple[str, Callable[[Store], object], str, str]] = [
    (
        "betekenisgeving",
        lambda store: selection.create_round(
            store,
            PROFESSIONAL,
            programme_id="wijk",
            level=PanelLevel.TEAM,
            title=" ",
            period_from=dt.date(2026, 1, 1),
            period_to=dt.date(2026, 2, 1),
        ),
        "Geef de ronde een titel.",
        "Give the round a title.",
    ),
    (
        "samen",
        lambda store: records.add_participants(store, PROFESSIONAL, "M-1", [("bewoner", "Truus de Vries")]),
        "Noteer een bewoner alleen met de voornaam, of laat de naam leeg.",
        "Note a resident by first name only, or leave the name empty.",
    ),
    (
        "gegevens",
        lambda store: tabular.read_bytes("leden.xls", b"old"),
        "leden.xls: het oude Excel-formaat (.xls) lees ik niet. Sla het op als .xlsx.",
        "leden.xls: the old Excel format (.xls) is not read. Save it as .xlsx.",
    ),
    (
        "doelmatigheid",
        lambda store: value.parse_case({"name": "Buurtkracht", "discount_rate": 2}),
        "De berekening kan niet worden gemaakt:\n"
        "- discount_rate: mag hoogstens 1.0 zijn (een aandeel schrijft u als 0,25 voor 25%)",
        "The calculation cannot be made:\n- discount_rate: may be at most 1.0 (write a share as 0.25 for 25%)",
    ),
    (
        "vakmanschap",
        _deliberation_without_a_choice,
        "Bij moreel beraad horen in elk geval het dilemma en de keuze.",
        "A moral deliberation needs at least the dilemma and the choice.",
    ),
    (
        "shell",
        lambda store: load_access(Path("/nonexistent/toegang.toml")),
        "Het toegangsbestand /nonexistent/toegang.toml ontbreekt; niemand kan dan iets zien.",
        "The access file /nonexistent/toegang.toml is missing; then nobody can see anything.",
    ),
    (
        "fields",
        _meeting_without_a_date_and_with_a_citizen_number,
        "De bijeenkomst is niet opgeslagen: datum: ontbreekt; vul het in, dit veld is verplicht; "
        "titel: bevat een BSN of rijksregisternummer; haal het weg, zo'n nummer wordt nooit opgeslagen",
        "The meeting was not saved: datum: is missing; fill it in, this field is required; "
        "titel: contains a BSN or national register number; remove it, such a number is never stored",
    ),
]


def _refusal(empty_store: Store, refuse: Callable[[Store], object]) -> Refused:
    with pytest.raises(Refused) as refused:
        refuse(empty_store)
    return refused.value


@pytest.mark.parametrize(("group", "refuse", "dutch", "english"), REFUSALS, ids=[row[0] for row in REFUSALS])
def test_a_refusal_reads_english_for_an_english_reader(empty_store, group, refuse, dutch, english):
    assert _refusal(empty_store, refuse).text("en") == english


@pytest.mark.parametrize(("group", "refuse", "dutch", "english"), REFUSALS, ids=[row[0] for row in REFUSALS])
def test_a_refusal_reads_the_same_dutch_as_before(empty_store, group, refuse, dutch, english):
    refusal = _refusal(empty_store, refuse)
    assert (refusal.text("nl"), str(refusal)) == (dutch, dutch)


class _Note(Record):
    """A record with a minimum length above one, which no model of ours has (yet)."""

    text: Annotated[str, Field(min_length=3)] = col("tekst")


_MEETING = {"id": "M-1", "held_on": dt.date(2026, 11, 2), "leeratelier": "Buurtkracht", "title": "Terugblik"}
# What was wrong -> the model, its values, and the line a reader gets: what to do, not only what is wrong.
FIELD_MESSAGES = [
    (
        "a missing title",
        Meeting,
        {key: value for key, value in _MEETING.items() if key != "title"},
        "titel: ontbreekt; vul het in, dit veld is verplicht",
        "titel: is missing; fill it in, this field is required",
    ),
    (
        "a title of spaces",
        Meeting,
        _MEETING | {"title": "   "},
        "titel: is leeg; vul het in, dit veld is verplicht",
        "titel: is empty; fill it in, this field is required",
    ),
    (
        "a too short text",
        _Note,
        {"text": "ja"},
        "tekst: is te kort; schrijf minstens 3 tekens",
        "tekst: is too short; write at least 3 characters",
    ),
    (
        "an id with a space",
        Meeting,
        _MEETING | {"id": "M 1"},
        "id: heeft niet de juiste vorm; gebruik alleen letters, cijfers, punt, streepje en liggend streepje,"
        " geen spaties",
        "id: does not have the right form; use only letters, digits, full stop, hyphen and underscore, without spaces",
    ),
    (
        "a municipality code",
        Meeting,
        _MEETING | {"municipality_code": "0363"},
        "gemeente: heeft niet de juiste vorm; schrijf GM en vier cijfers, zoals GM0363, of een NIS-code van vijf"
        " cijfers, zoals 44021",
        "gemeente: does not have the right form; write GM and four digits, such as GM0363, or a five-digit Belgian"
        " NIS code, such as 44021",
    ),
]


@pytest.mark.parametrize(
    ("wrong", "model", "values", "dutch", "english"), FIELD_MESSAGES, ids=[row[0] for row in FIELD_MESSAGES]
)
def test_a_field_refusal_says_how_to_put_it_right(wrong, model, values, dutch, english):
    with pytest.raises(Refused) as refused:
        validated(model, values, "meetings.refusal.meeting_not_saved")
    problems = refused.value.problems
    assert ([problem.text("nl") for problem in problems], [problem.text("en") for problem in problems]) == (
        [dutch],
        [english],
    )
