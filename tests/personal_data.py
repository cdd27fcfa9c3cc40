"""A database full of personal data in every free text that can leave the organisation, written
as the organisation writes it (through the library, so masked twins are made as in real use):
a shared moral deliberation, a meeting with its summary and an afspraak with its owner, a
reasoning step, an Effectenarena effect, a tested assumption, a team and a municipality round
with reasons and dissent. Shared by the library tests and the browser tests of that promise."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.db.store import Store
from impact_core.models import AssumptionTest, Reflection
from impact_core.samen import meetings, reasoning
from impact_core.vakmanschap import reflections

PROFESSIONAL = Viewer.from_seat("professional@wvs")
PERSONAL = ["Pieter Jansen", "Kerkstraat 12", "06-12345678", "pieter.jansen@voorbeeld.nl"]
ABOUT_PIETER = "Pieter Jansen (Kerkstraat 12, 06-12345678, pieter.jansen@voorbeeld.nl)"
TODAY = dt.date.today()


def _story_at_organisation_level(store) -> str:
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO story (id, title, text, storyteller_role, collected_by, collected_on, programme_id, domain,"
            " significance, valence, intention, directness, consent, read_back, selected_level, masked_title,"
            " masked_text, masked_significance) VALUES ('V-PII', 'Verhaal', 'Tekst', 'bewoner', 'test', ?,"
            " 'ontmoeten', 'Sociale contacten', '', 'positief', 'bedoeld', 'direct', 'gemeente', TRUE,"
            " 'organisatie', 'Verhaal', 'Tekst', '')",
            [TODAY],
        ).fetchall()
    )
    return "V-PII"


def _closed_round(store, level: str, meeting_id: str, story_id: str) -> str:
    round_id = selection.create_round(
        store,
        PROFESSIONAL,
        programme_id="ontmoeten",
        level=level,
        title=f"Ronde {level}",
        period_from=TODAY.replace(day=1),
        period_to=TODAY,
        meeting_id=meeting_id,
    )
    selection.shortlist(store, PROFESSIONAL, round_id, [story_id])
    selection.close_round(
        store, PROFESSIONAL, round_id, selected=[story_id], reasons=f"Gekozen om {ABOUT_PIETER}.", dissent=ABOUT_PIETER
    )
    return round_id


class Seeded(NamedTuple):
    meeting_id: str
    team_round: str
    municipality_round: str


def seed_personal_data(store: Store) -> Seeded:
    """Personal data in every free text of programme 'ontmoeten', in a meeting held today."""
    reflections.add_reflection(
        store,
        PROFESSIONAL,
        Reflection(
            id="R-PII",
            professional="opbouwwerker (PJ)",
            reflected_on=TODAY,
            programme_id="ontmoeten",
            kind="moreel_beraad",
            method="Moreel beraad",
            what_happened=f"Huisbezoek bij {ABOUT_PIETER}, vijftien jaar.",
            dilemma=f"Melden we wat {ABOUT_PIETER} vertelde?",
            choice=f"We spreken eerst met {ABOUT_PIETER}.",
            visibility="gemeente",
        ),
    )
    meeting_id = meetings.create_meeting(
        store,
        PROFESSIONAL,
        held_on=TODAY,
        leeratelier="Leeratelier Voorbeeldstad",
        title="Samen kijken",
        programme_id="ontmoeten",
        summary=f"We spraken over {ABOUT_PIETER}.",
    )
    meetings.add_decision(
        store, PROFESSIONAL, meeting_id=meeting_id, kind="afspraak", text=f"Bel {ABOUT_PIETER}", owner="Pieter Jansen"
    )
    _step_texts(store, meeting_id)
    story_id = _story_at_organisation_level(store)
    team_round = _closed_round(store, "team", meeting_id, story_id)
    municipality_round = _closed_round(store, "gemeente", meeting_id, story_id)
    return Seeded(meeting_id, team_round, municipality_round)


def _step_texts(store, meeting_id: str) -> None:
    """What is written together about the reasoning line: a step, an arena effect, a tested assumption."""
    steps = reasoning.line(store, PROFESSIONAL, "ontmoeten").steps.to_dict("records")
    steps[0]["description"] = f"Bewoners als {ABOUT_PIETER} ontmoeten elkaar"
    reasoning.save_steps(store, PROFESSIONAL, "ontmoeten", steps)
    meetings.add_arena_effect(
        store,
        PROFESSIONAL,
        meeting_id=meeting_id,
        programme_id="ontmoeten",
        description=f"Minder eenzaam: {ABOUT_PIETER}",
        contributor_id="gemeente",
        beneficiary_id="corporatie",
        valence="positief",
    )
    reflections.add_assumption_test(
        store,
        PROFESSIONAL,
        AssumptionTest(
            id="T-PII",
            from_step="ontmoeten-i1",
            to_step="ontmoeten-r1",
            meeting_id=meeting_id,
            tested_on=TODAY,
            outcome="deels",
            note=f"Zo vertelde {ABOUT_PIETER}.",
        ),
    )
