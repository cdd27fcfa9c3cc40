"""The numbers track tells a figure against its target in the indicator's own direction."""

import pandas as pd
import pytest

from impact_core.access.viewer import Viewer
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.filters import Filters


def _series(current: float, target: float | None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "month": pd.date_range("2025-01-01", periods=3, freq="MS"),
            "value": [current] * 3,
            "target": [target] * 3,
            "suppressed": [False] * 3,
        }
    )


# The arrow says where the figure stands (above or below the target line, as in the trend
# picture); the words say whether that is better or worse, in the indicator's direction.
@pytest.mark.parametrize(
    ("direction", "current", "target", "nl", "en"),
    [
        ("hoger_beter", 60, 50, "▲ beter dan het doel", "▲ better than the target"),
        ("hoger_beter", 40, 50, "▼ slechter dan het doel", "▼ worse than the target"),
        ("hoger_beter", 50, 50, "● op het doel", "● on the target"),
        ("lager_beter", 40, 50, "▼ beter dan het doel", "▼ better than the target"),
        ("lager_beter", 60, 50, "▲ slechter dan het doel", "▲ worse than the target"),
        ("lager_beter", 50, 50, "● op het doel", "● on the target"),
        ("neutraal", 60, 50, "▲ boven het doel", "▲ above the target"),
        ("neutraal", 40, 50, "▼ onder het doel", "▼ below the target"),
        ("neutraal", 50, 50, "● op het doel", "● on the target"),
        ("hoger_beter", 60, None, "geen doel", "no target"),
        ("lager_beter", 60, None, "geen doel", "no target"),
    ],
)
def test_a_figure_is_told_better_or_worse_than_its_target_in_the_indicators_direction(
    direction, current, target, nl, en
):
    summary = doelmatigheid.summarise(_series(current, target), direction)
    assert [doelmatigheid.target_text(summary.status, lang) for lang in ("nl", "en")] == [nl, en]


def test_a_figure_shown_as_the_target_is_on_the_target():
    """6,36 against 6,40 are both written 6,4: the room reads them as equal, so the words do too."""
    summary = doelmatigheid.summarise(_series(6.3616, 6.4), "hoger_beter", unit="score 1-10")
    assert doelmatigheid.target_text(summary.status, "nl") == "● op het doel"


# --- a figure says when small groups make it differ between the municipality and the organisation ---


def _card(store, seat: str, programme: str, indicator: str) -> doelmatigheid.IndicatorCard:
    cards = doelmatigheid.indicator_cards(store, Viewer.from_seat(seat), Filters(programme=programme))
    return next(card for card in cards if card.indicator["id"] == indicator)


@pytest.mark.parametrize(
    ("seat", "small_groups"),
    [
        ("gemeente@GM9901", "left_out"),
        ("presentatie@GM9901", "left_out"),
        ("professional@wvs", "counted"),
        ("beheer@wvs", "counted"),
    ],
)
def test_a_figure_resting_partly_on_small_groups_says_so_for_each_side(demo_store, seat, small_groups):
    """OU04 rests partly on neighbourhoods with fewer than ten people: 41,3% outside, 45,9% inside."""
    assert _card(demo_store, seat, "ouderen", "OU04").summary.small_groups == small_groups


@pytest.mark.parametrize("seat", ["gemeente@GM9901", "professional@wvs"])
def test_a_figure_without_small_groups_is_the_same_for_both_sides_and_says_nothing(demo_store, seat):
    card = _card(demo_store, seat, "wijk", "W05")
    assert card.summary.small_groups is None
    assert card.summary.current == _card(demo_store, "gemeente@GM9901", "wijk", "W05").summary.current


def test_the_outside_figure_differs_exactly_where_a_card_says_small_groups_are_left_out(demo_store):
    for programme in ("wijk", "ontmoeten", "jeugd", "ouderen"):
        inside = doelmatigheid.indicator_cards(demo_store, Viewer.from_seat("professional@wvs"), Filters(programme))
        outside = {
            card.indicator["id"]: card.summary
            for card in doelmatigheid.indicator_cards(
                demo_store, Viewer.from_seat("gemeente@GM9901"), Filters(programme)
            )
        }
        for card in inside:
            seen = outside[card.indicator["id"]]
            if seen.current is not None and seen.current != pytest.approx(card.summary.current):
                assert seen.small_groups == "left_out" and card.summary.small_groups == "counted"
