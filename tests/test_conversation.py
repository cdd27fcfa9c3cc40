"""Conversation cards: DOMAIN's four problems, each filled with what the programme's data says."""

from __future__ import annotations

import pytest

from impact_core.access.viewer import Viewer
from impact_core.filters import Filters
from impact_core.samen import conversation

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
