"""Choosing one outcome narrows all three tracks to what is linked to it."""

from __future__ import annotations

import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.filters import Filters
from impact_core.vakmanschap import reflections as vakmanschap

VIEWER = Viewer.from_seat("professional@wvs")
WHOLE, ONE = Filters(programme="jeugd"), Filters(programme="jeugd", outcome="jeugd-u1")


def test_indicators_narrow_to_those_measuring_the_outcome(demo_store):
    linked = set(demo_store.query("SELECT indicator_id FROM indicator_step WHERE step_id = 'jeugd-u1'")["indicator_id"])
    shown = {card.indicator["id"] for card in doelmatigheid.indicator_cards(demo_store, VIEWER, ONE)}
    assert shown and shown <= linked


def test_stories_narrow_to_those_told_about_the_outcome(demo_store):
    linked = set(demo_store.query("SELECT story_id FROM story_step WHERE step_id = 'jeugd-u1'")["story_id"])
    shown = {story["id"] for story in betekenisgeving.significant_stories(demo_store, VIEWER, ONE, limit=100)}
    assert shown and shown <= linked
    assert (
        betekenisgeving.story_counts(demo_store, VIEWER, ONE)["total"]
        < betekenisgeving.story_counts(demo_store, VIEWER, WHOLE)["total"]
    )


def test_reflections_narrow_to_those_about_the_outcomes_stories_or_indicators(demo_store):
    shown = vakmanschap.recent_reflections(demo_store, VIEWER, ONE, limit=100)
    stories = set(demo_store.query("SELECT story_id FROM story_step WHERE step_id = 'jeugd-u1'")["story_id"])
    indicators = set(
        demo_store.query("SELECT indicator_id FROM indicator_step WHERE step_id = 'jeugd-u1'")["indicator_id"]
    )
    assert len(shown)
    for row in shown:
        assert set(row["story_ids"]) & stories or set(row["indicator_ids"]) & indicators


@pytest.mark.parametrize(
    "count",
    [
        lambda store: len(doelmatigheid.indicator_cards(store, VIEWER, Filters(programme="jeugd", outcome="jeugd-u3"))),
        lambda store: betekenisgeving.story_counts(store, VIEWER, Filters(programme="jeugd", outcome="jeugd-u3"))[
            "total"
        ],
        lambda store: vakmanschap.craft_counts(store, VIEWER, Filters(programme="jeugd", outcome="jeugd-u3"))["total"],
    ],
)
def test_a_blind_spot_shows_nothing_in_any_track(demo_store, count):
    assert count(demo_store) == 0
