"""Personal data in free text never reaches the municipality or the shared screen, by any road.

Seeded as the organisation writes it (a shared moral deliberation, a meeting summary, an
afspraak with its owner, the reasons of a team round and of a municipality round, all naming
people), then read as each outside seat would: the reads the pages use, the dossier (content,
PDF, workbook) and the minutes (Markdown, PDF). The organisation itself still reads it all,
so the test cannot pass by losing the text.
"""

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.filters import Filters
from impact_core.refusal import Refused
from impact_core.samen import catalog, dossier, meetings, reasoning
from impact_core.vakmanschap import reflections
from tests.personal_data import ABOUT_PIETER, PERSONAL, PROFESSIONAL, seed_personal_data

OUTSIDE = [Viewer.from_seat("gemeente@GM9901"), Viewer.from_seat("presentatie@GM9901")]


@pytest.fixture
def seeded(demo_copy):
    return (demo_copy, *seed_personal_data(demo_copy))


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def _workbook_text(data: bytes) -> str:
    book = load_workbook(io.BytesIO(data))
    return " ".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row)


def _everything(store, viewer, meeting_id, municipality_round) -> dict[str, str]:
    """Every road out, as text."""
    made = dossier.build(store, viewer, "ontmoeten")
    minutes = meetings.minutes(store, viewer, meeting_id)
    return {
        "reflections": str(reflections.recent_reflections(store, viewer, Filters(), limit=500)),
        "meetings": str(meetings.meetings(store, viewer)),
        "decisions": str(meetings.decisions(store, viewer, meeting_id)),
        "open decisions": str(meetings.open_decisions(store, viewer)),
        "round": str(selection.get_round(store, viewer, municipality_round)),
        "rounds": selection.rounds(store, viewer, Filters()).to_string(),
        "dossier": str(made),
        "dossier pdf": _pdf_text(dossier.dossier_pdf(made)),
        "dossier xlsx": _workbook_text(dossier.dossier_xlsx(made)),
        "minutes": meetings.minutes_markdown(minutes),
        "minutes pdf": _pdf_text(meetings.minutes_pdf(minutes)),
        "reasoning line": reasoning.line(store, viewer, "ontmoeten").steps.to_string(),
        "evidence": reasoning.evidence(store, viewer, Filters(programme="ontmoeten")).to_string(),
        "outcome options": str(meetings.link_options(store, viewer, "uitkomst", "ontmoeten")),
        "steps": str(catalog.reasoning_steps(store, viewer, "ontmoeten")),
        "arena": str(meetings.arena_effects(store, viewer, meeting_id)),
        "learning log": str(reflections.learning_log(store, viewer, Filters(programme="ontmoeten"))),
        "testable links": str(reflections.testable_links(store, viewer, Filters(programme="ontmoeten"))),
        "methods": str(reflections.methods(store, viewer, Filters(programme="ontmoeten"))),
    }


@pytest.mark.parametrize("viewer", OUTSIDE, ids=lambda viewer: viewer.seat)
def test_no_personal_data_from_free_text_reaches_an_outside_seat_by_any_road(seeded, viewer):
    store, meeting_id, _, municipality_round = seeded
    for road, text in _everything(store, viewer, meeting_id, municipality_round).items():
        for personal in PERSONAL:
            assert personal not in text, f"{personal!r} reached {viewer.seat} through {road}"


@pytest.mark.parametrize("viewer", OUTSIDE, ids=lambda viewer: viewer.seat)
def test_an_outside_seat_reads_the_masked_text_not_nothing(seeded, viewer):
    store, _, _, municipality_round = seeded
    [reflection] = [
        shown["what_happened"]
        for shown in reflections.recent_reflections(store, viewer, Filters(), limit=500)
        if shown["id"] == "R-PII"
    ]
    assert reflection.startswith("Huisbezoek bij [")
    assert selection.get_round(store, viewer, municipality_round)["reasons"].startswith("Gekozen om [")
    assert reasoning.line(store, viewer, "ontmoeten").steps["description"].iloc[0].startswith("Bewoners als [")


@pytest.mark.parametrize("viewer", OUTSIDE, ids=lambda viewer: viewer.seat)
def test_a_team_round_does_not_exist_for_an_outside_seat(seeded, viewer):
    store, _, team_round, _ = seeded
    assert team_round not in set(selection.rounds(store, viewer, Filters())["id"])
    with pytest.raises(Refused):
        selection.get_round(store, viewer, team_round)


def test_the_organisation_still_reads_what_it_wrote(seeded):
    store, meeting_id, team_round, _ = seeded
    assert ABOUT_PIETER in selection.get_round(store, PROFESSIONAL, team_round)["reasons"]
    assert "Pieter Jansen" in [decision["owner"] for decision in meetings.decisions(store, PROFESSIONAL, meeting_id)]
    shown = reflections.recent_reflections(store, PROFESSIONAL, Filters(), limit=500)
    assert ABOUT_PIETER in {reflection["id"]: reflection for reflection in shown}["R-PII"]["what_happened"]
    assert ABOUT_PIETER in reasoning.line(store, PROFESSIONAL, "ontmoeten").steps["description"].iloc[0]


def test_the_municipality_handing_back_the_masked_steps_unchanged_keeps_the_organisations_words(seeded):
    store = seeded[0]
    municipality = OUTSIDE[0]
    shown = reasoning.line(store, municipality, "ontmoeten").steps.to_dict("records")
    shown[1]["description"] = "Bewoners doen mee"  # the municipality changes another step
    reasoning.save_steps(store, municipality, "ontmoeten", shown)
    inside = reasoning.line(store, PROFESSIONAL, "ontmoeten").steps["description"].tolist()
    assert ABOUT_PIETER in inside[0]
    assert inside[1] == "Bewoners doen mee"
    assert reasoning.line(store, municipality, "ontmoeten").steps["description"].iloc[1] == "Bewoners doen mee"
