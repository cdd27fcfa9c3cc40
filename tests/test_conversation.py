"""Conversation cards: DOMAIN's four problems, each filled with what the programme's data says."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pandas as pd
import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection
from impact_core.doelmatigheid import indicators
from impact_core.filters import Filters
from impact_core.samen import conversation
from impact_core.vakmanschap import reflections

MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")


@pytest.fixture(scope="module")
def cards(demo_store):
    return {
        card.key: {fact.key: fact for fact in card.facts}
        for card in conversation.cards(demo_store, MUNICIPALITY, Filters(programme="jeugd"))
    }


def test_there_is_one_card_per_problem_in_domain_order(cards):
    assert tuple(cards) == conversation.CARDS


def test_who_decides_names_the_indicators_one_party_set_alone(cards, demo_store):
    alone = set(
        demo_store.query(
            "SELECT name FROM indicator WHERE set_by = 'gemeente'"
            " AND id IN (SELECT indicator_id FROM measurement WHERE programme_id = 'jeugd')"
        )["name"]
    )
    assert set(cards["who_decides"]["who_decides.alone_gemeente"].names) == alone
    split = cards["who_decides"]["who_decides.split"].values
    assert split["total"] == sum(split[by] for by in ("gemeente", "organisatie", "samen", "bewoners"))


def test_learning_counts_links_whose_assumption_was_never_tested(cards, demo_store):
    never = demo_store.scalar(
        "SELECT count(*) FROM reasoning_link l JOIN reasoning_step s ON s.id = l.from_step WHERE s.programme_id ="
        " 'jeugd' AND NOT EXISTS (SELECT 1 FROM assumption_test a WHERE a.from_step = l.from_step"
        " AND a.to_step = l.to_step)"
    )
    assert cards["learning"]["learning.assumptions"].values["untested"] == never > 0


def test_ambitions_lists_ambitions_nobody_registers_and_indicators_serving_none(cards):
    assert cards["ambitions"]["ambitions.without_indicator"].names
    assert "Jongeren met meer zelfvertrouwen" in cards["ambitions"]["ambitions.without_ambition"].names


def test_invisible_impact_names_the_blind_spots_of_the_reasoning_line(cards):
    blind = cards["invisible"]["invisible.blind_spots"]
    assert "Buurtbewoners en jongeren gaan weer met elkaar om zonder wantrouwen" in blind.names
    assert blind.values["count"] == len(blind.names)


def test_the_municipality_counts_fewer_stories_beside_the_numbers_than_the_organisation(cards, demo_store):
    inside = conversation.invisible(demo_store, Viewer.from_seat("professional@wvs"), Filters(programme="jeugd"))
    assert cards["invisible"]["invisible.beside_numbers"].values["stories"] < inside[-1].values["stories"]


# --- the cards follow every filter, as the track columns do ------------------------------------

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"
SEATS = [
    "professional@wvs",
    "beheer@wvs",
    "professional@rvd",
    "beheer@rvd",
    "gemeente@GM9901",
    "presentatie@GM9901",
    "gemeente@GM9902",
    "presentatie@GM9902",
]


def _filter_combinations() -> list[tuple[str, Filters]]:
    """Per demo programme and seat that sees it: with and without each of its outcomes, one of
    its municipality's neighbourhoods and a recent period; and its own or another pyramid level."""
    programmes = pd.read_csv(DEMO / "programmas.csv")
    funded = dict(pd.read_csv(DEMO / "financiering.csv")[["organisatie", "gemeente"]].itertuples(index=False))
    steps = pd.read_csv(DEMO / "redeneerlijn_stappen.csv")
    neighbourhoods = pd.read_csv(DEMO / "wijken.csv")
    found = []
    for programme in programmes.itertuples(index=False):
        municipality = funded[programme.organisatie]
        outcomes = [None, *steps[(steps["programma"] == programme.id) & (steps["niveau"] == "uitkomst")]["id"]]
        place = neighbourhoods[neighbourhoods["gemeente"] == municipality]["code"].iloc[-1]
        combinations = [
            Filters(programme.id, where, start, None, None, outcome)
            for outcome, where, start in itertools.product(outcomes, [(), (place,)], [None, dt.date(2026, 1, 1)])
        ]
        other_level = "preventie" if programme.piramideniveau != "preventie" else "sociale_basis"
        combinations += [
            Filters(programme.id, pyramid_level=level) for level in (programme.piramideniveau, other_level)
        ]
        seats = [seat for seat in SEATS if seat.endswith((f"@{programme.organisatie}", f"@{municipality}"))]
        found += [(seat, filters) for seat in seats for filters in combinations]
    return found


def _label(filters: Filters) -> str:
    return "-".join(
        str(value)
        for value in (filters.programme, filters.outcome, *filters.neighbourhoods, filters.start, filters.pyramid_level)
        if value
    )


@pytest.mark.parametrize(
    ("seat", "filters"),
    _filter_combinations(),
    ids=lambda value: _label(value) if isinstance(value, Filters) else value,
)
def test_the_cards_count_the_stories_reflections_and_indicators_the_columns_show(demo_store, seat, filters):
    viewer = Viewer.from_seat(seat)
    facts = {fact.key: fact.values for card in conversation.cards(demo_store, viewer, filters) for fact in card.facts}
    column_indicators = len(indicators.key_indicators(demo_store, viewer, filters, limit=10_000))
    assert facts["invisible.beside_numbers"]["stories"] == collection.story_counts(demo_store, viewer, filters)["total"]
    assert (
        facts["invisible.beside_numbers"]["reflections"]
        == reflections.craft_counts(demo_store, viewer, filters)["total"]
    )
    assert facts["who_decides.split"]["total"] == column_indicators
    learning = facts["learning.indicators"]
    assert learning["activity"] + learning["change"] == column_indicators
