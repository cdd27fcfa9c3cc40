"""The dialogue table's trend picture: well-formed SVG, gaps where cells are hidden, round axis labels."""

import itertools
import math
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from impact_core.render.svg_trend import HEIGHT, WIDTH, trend_svg

SVG = "{http://www.w3.org/2000/svg}"
SERIES = pd.DataFrame(
    {
        "month": pd.to_datetime(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"]),
        "value": [12.0, None, 14.0, 15.0],  # December rests on too few people
        "target": [13.0, 13.0, 13.5, 13.5],
    }
)


def _picture(series: pd.DataFrame = SERIES, **options) -> ET.Element:
    return ET.fromstring(trend_svg(series, unit=options.pop("unit", "%"), **options))


def _lines(picture: ET.Element, colour_of: str) -> list[list[tuple[float, float]]]:
    return [
        [tuple(map(float, point.split(","))) for point in line.get("points").split()]
        for line in picture.iter(f"{SVG}polyline")
        if line.get("stroke") == colour_of
    ]


def _texts(picture: ET.Element) -> list[str]:
    return [text.text for text in picture.iter(f"{SVG}text")]


def test_a_hidden_month_breaks_the_value_line_instead_of_dropping_to_zero():
    picture = _picture()
    value_lines = _lines(picture, "#1d5f8c")
    assert [len(line) for line in value_lines] == [1, 2]
    assert len(list(picture.iter(f"{SVG}circle"))) == 3  # one dot per known month, none for December


def test_the_target_is_drawn_as_steps_not_slopes():
    (target,) = _lines(_picture(), "#8a4b08")
    assert len(target) == 7  # four months, each change of month a vertical step first
    assert {y for _, y in target[2:4]} == {target[2][1]}  # the step holds December's target into January


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", ["Waarde", "Doel", "jan 2025", "1,2%", "1,5%"]),
        ("en", ["Value", "Target", "Jan 2025", "1.2%", "1.5%"]),
    ],
)
def test_labels_are_in_the_viewers_language_and_number_format(lang, expected):
    tenths = SERIES.assign(value=SERIES["value"] / 10, target=SERIES["target"] / 10)
    texts = _texts(_picture(tenths, lang=lang))
    assert all(label in texts for label in expected), texts


def test_the_value_axis_runs_in_round_steps_around_every_value():
    ticks = [float(text.rstrip("%").replace(",", ".")) for text in _texts(_picture()) if text.endswith("%")]
    steps = {round(b - a, 6) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1 and ticks[0] <= 12.0 and ticks[-1] >= 15.0


def test_a_series_with_nothing_to_show_still_draws_an_empty_frame():
    empty = SERIES.assign(value=[None] * 4, target=[None] * 4)
    picture = _picture(empty)
    assert not list(picture.iter(f"{SVG}polyline")) and not list(picture.iter(f"{SVG}circle"))


_VALUES = st.one_of(st.none(), st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))


@given(st.lists(st.tuples(_VALUES, _VALUES), min_size=1, max_size=40), st.sampled_from(["%", "personen", "score 1-5"]))
@example(rows=[(None, 0.0), (None, 5e-324)], unit="%")  # apart by a denormal: a third of it is zero
def test_every_point_lies_inside_the_picture_and_every_gridline_has_its_own_label(rows, unit):
    series = pd.DataFrame(
        {
            "month": pd.date_range("2024-01-01", periods=len(rows), freq="MS"),
            "value": [value for value, _ in rows],
            "target": [target for _, target in rows],
        }
    )
    picture = _picture(series, unit=unit)
    points = [point for colour in ("#1d5f8c", "#8a4b08") for line in _lines(picture, colour) for point in line]
    assert all(0 <= x <= WIDTH and 0 <= y <= HEIGHT and math.isfinite(x + y) for x, y in points)
    assert len(points) >= sum(value is not None for value, _ in rows)
    labels = [text.text for text in picture.iter(f"{SVG}text") if text.get("text-anchor") == "end"]
    assert len(set(labels)) == len(labels) >= 2  # enough decimals to tell the gridlines apart


def test_the_picture_in_words_names_the_indicator_its_months_and_the_figure_against_the_target():
    from impact_core.render.svg_trend import trend_alt

    alt = trend_alt(
        SERIES, name="Jongeren met werk", unit="%", current=14.5, target=13.5, status="▲ beter dan het doel", lang="nl"
    )
    assert alt == (
        "Jongeren met werk: waarde per maand van nov 2024 tot en met feb 2025, met het doel als stippellijn."
        " Nu 14,5%, doel 13,5%: beter dan het doel."
    )


def test_without_a_target_the_picture_in_words_says_so_in_english_too():
    from impact_core.render.svg_trend import trend_alt

    alt = trend_alt(SERIES, name="Visits", unit="bezoeken", current=1200, target=None, status="no target", lang="en")
    assert alt.endswith("Now 1,200 bezoeken, without a target.")
