"""The numbers track tells a figure against its target in the indicator's own direction."""

import pandas as pd
import pytest

from impact_core.doelmatigheid import indicators as doelmatigheid


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
