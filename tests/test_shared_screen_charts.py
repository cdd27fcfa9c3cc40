"""Charts for the shared screen: every text at least 18 px, so a 1280x720 projector reads from the back of the room."""

import xml.etree.ElementTree as ET

import pandas as pd
import plotly.graph_objects as go
import pytest

from impact_core.render import charts, svg_bars, svg_trend
from tests.test_charts import BAND, COUNTS, SERIES, SHARES, VALUE_NAMES, WEB
from tests.test_svg_bars import SCALE

LEAST = charts.SHARED_SCREEN_TEXT
STEPS = pd.DataFrame(
    {
        "id": ["s1", "s2"],
        "level": ["interventie", "uitkomst"],
        "position": [1, 1],
        "description": ["Coaching op school en werk", "Jongeren houden school of werk vast"],
        "indicators": [1, 2],
        "stories": [0, 3],
        "reflections": [1, 0],
        "coverage": [None, "twee_sporen"],
    }
)
LINKS = pd.DataFrame({"from_step": ["s1"], "to_step": ["s2"], "confidence": [60]})

BUILDERS = {
    "trend": lambda presenting: charts.indicator_trend(SERIES, unit="%", presenting=presenting),
    "values_radar": lambda presenting: charts.values_radar(SHARES, value_names=VALUE_NAMES, presenting=presenting),
    "values_over_time": lambda presenting: charts.values_over_time(
        COUNTS, value_names=VALUE_NAMES, presenting=presenting
    ),
    "waterfall": lambda presenting: charts.value_waterfall(
        [("Bruto", 100.0), ("Deadweight", 20.0), ("Contante waarde", 80.0)], presenting=presenting
    ),
    "sensitivity": lambda presenting: charts.sensitivity_band(
        {"laag": 0.8, "basis": 1.2, "hoog": 1.9},
        labels={"laag": "laag", "basis": "basis", "hoog": "hoog"},
        presenting=presenting,
    ),
    "sankey": lambda presenting: charts.who_pays_who_gains(
        {"Gemeente": 100.0}, {"Zorgverzekeraar": 60.0}, middle="Coaching", presenting=presenting
    ),
    "reasoning_line": lambda presenting: charts.reasoning_line(STEPS, LINKS, presenting=presenting),
    "instrument_web": lambda presenting: charts.instrument_web(
        WEB, scale=(1, 5), first_name="eerste", latest_name="laatste", presenting=presenting
    ),
    "peer_band": lambda presenting: charts.peer_band(BAND, unit="%", presenting=presenting),
}


def _text_sizes(figure: go.Figure) -> list[object]:
    """Every text size the figure sets: plotly and Streamlit's theme fill in smaller ones where it sets none."""
    layout = figure.layout
    sizes = [layout.font.size, layout.legend.font.size, *(note.font.size for note in layout.annotations)]
    kinds = {trace.type for trace in figure.data}
    if kinds & {"scatter", "bar", "waterfall"}:
        sizes += [axis.tickfont.size for axis in (layout.xaxis, layout.yaxis)]
    if "scatterpolar" in kinds:
        sizes += [layout.polar.radialaxis.tickfont.size, layout.polar.angularaxis.tickfont.size]
    sizes += [trace.textfont.size for trace in figure.data if "textfont" in trace and trace.type != "scatter"]
    return sizes


@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
def test_on_the_shared_screen_no_chart_text_is_set_below_the_least_size(build):
    sizes = _text_sizes(build(True))
    assert all(isinstance(size, int | float) and size >= LEAST for size in sizes), sizes


@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
def test_a_shared_screen_chart_still_passes_plotlys_own_checks(build):
    go.Figure(build(True).to_dict())


def test_at_the_desk_a_chart_keeps_its_own_sizes():
    assert charts.indicator_trend(SERIES, unit="%").layout.xaxis.tickfont.size is None


PICTURES = {
    "trend": lambda presenting: svg_trend.trend_svg(SERIES, unit="%", presenting=presenting),
    "scale_bars": lambda presenting: svg_bars.scale_bars_svg(
        SCALE, all_name="alle", chosen_name="gekozen", axis_title="%", presenting=presenting
    ),
}


def _svg_sizes(presenting: bool, draw=PICTURES["trend"]) -> list[float]:
    picture = ET.fromstring(draw(presenting))
    inherited = float(picture.get("font-size"))
    return [float(text.get("font-size", inherited)) for text in picture.iter("{http://www.w3.org/2000/svg}text")]


@pytest.mark.parametrize("draw", PICTURES.values(), ids=PICTURES.keys())
def test_a_picture_on_the_shared_screen_writes_every_text_at_the_least_size(draw):
    sizes = _svg_sizes(True, draw)
    assert sizes and min(sizes) >= LEAST


def test_the_trend_picture_at_the_desk_stays_as_it_was():
    assert min(_svg_sizes(presenting=False)) == 14
