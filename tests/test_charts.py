"""The trend chart of the Trends page: a figure plotly itself accepts, with gaps where cells are hidden."""

import pandas as pd
import plotly.graph_objects as go
import pytest

from impact_core import charts

SERIES = pd.DataFrame({
    "month": pd.to_datetime(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"]),
    "value": [12.0, None, 14.0, 15.0],  # December rests on too few people
    "target": [13.0, 13.0, 13.5, 13.5],
    "suppressed": [False, True, False, False],
})


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_trend_chart_passes_plotlys_own_checks(lang):
    figure = charts.indicator_trend(SERIES, unit="%", lang=lang)
    go.Figure(figure.to_dict())  # with plotly's property checks, which raise on anything unknown


def test_a_hidden_month_is_a_gap_in_the_line_not_a_zero():
    value = charts.indicator_trend(SERIES, unit="%").data[1]
    assert pd.isna(value.y[1]) and value.connectgaps is False


def test_january_is_named_in_the_viewers_language():
    figure = charts.indicator_trend(SERIES, unit="%", lang="nl")
    assert list(figure.layout.xaxis.ticktext) == ["jan 2025"]
