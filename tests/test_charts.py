"""Charts built from plain data: figures plotly itself accepts; the trend keeps gaps where cells are hidden."""

import re
import tomllib
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from impact_core.render import charts, palette

SERIES = pd.DataFrame(
    {
        "month": pd.to_datetime(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"]),
        "value": [12.0, None, 14.0, 15.0],  # December rests on too few people
        "target": [13.0, 13.0, 13.5, 13.5],
        "suppressed": [False, True, False, False],
    }
)


SHARES = pd.DataFrame(
    {"programme": ["Jeugd", "Jeugd", "Wijk"], "value": ["trouw", "nabijheid", "trouw"], "share": [0.5, 0.25, 0.75]}
)
COUNTS = pd.DataFrame(
    {
        "value": ["trouw", "trouw", "nabijheid"],
        "quarter": pd.to_datetime(["2025-01-01", "2025-04-01", "2025-01-01"]),
        "times": [3, 1, 2],
    }
)
VALUE_NAMES = {"trouw": "trouw", "nabijheid": "nabijheid"}
BAND = pd.DataFrame(
    {
        "month": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-01"]),
        "own": [61.0, 62.5, None],
        "peers": [6, 4, 5],
        "median": [58.0, None, 59.0],  # February: fewer than five others, no band
        "p25": [55.0, None, 56.0],
        "p75": [63.0, None, 64.0],
    }
)
WEB = [("financiën", 2.0, 3.5), ("huisvesting", 3.0, 3.0), ("<b>sociaal</b> netwerk", 2.5, 2.0)]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "build",
    [
        lambda lang: charts.indicator_trend(SERIES, unit="%", lang=lang),
        lambda lang: charts.values_radar(SHARES, value_names=VALUE_NAMES),
        lambda lang: charts.values_over_time(COUNTS, value_names=VALUE_NAMES, lang=lang),
        lambda lang: charts.instrument_web(WEB, scale=(1, 5), first_name="eerste", latest_name="laatste"),
        lambda lang: charts.peer_band(BAND, unit="%", lang=lang),
    ],
    ids=["trend", "values_radar", "values_over_time", "instrument_web", "peer_band"],
)
def test_a_chart_built_from_plain_data_passes_plotlys_own_checks(build, lang):
    go.Figure(build(lang).to_dict())  # with plotly's property checks, which raise on anything unknown


def test_a_hidden_month_is_a_gap_in_the_line_not_a_zero():
    value = charts.indicator_trend(SERIES, unit="%").data[1]
    assert pd.isna(value.y[1]) and value.connectgaps is False


def test_the_peers_band_breaks_where_too_few_published_and_tells_own_from_median_by_style():
    upper, lower, median, own = charts.peer_band(BAND, unit="%").data
    assert lower.fill == "tonexty" and upper.showlegend is False
    assert pd.isna(lower.y[1]) and pd.isna(median.y[1])  # a gap, not a band drawn over a guess
    assert median.line.dash == "dot" and own.mode == "lines+markers"


def test_january_is_named_in_the_viewers_language():
    figure = charts.indicator_trend(SERIES, unit="%", lang="nl")
    assert list(figure.layout.xaxis.ticktext) == ["jan 2025"]


THEME = tomllib.loads((Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml").read_text())["theme"]


@pytest.mark.parametrize(
    ("setting", "colour"),
    [
        ("primaryColor", palette.ACCENT),
        ("textColor", palette.INK),
        ("backgroundColor", palette.BACKGROUND),
        ("secondaryBackgroundColor", palette.SHADE),
    ],
)
def test_the_theme_uses_the_palette(setting, colour):
    assert THEME[setting].lower() == colour.lower()


HOSTILE = '<a href="https://voorbeeld.invalid">klik</a><img src=x>'


@pytest.mark.parametrize(
    ("build", "texts"),
    [
        (
            lambda: charts.values_radar(
                SHARES.assign(programme=HOSTILE), value_names={**VALUE_NAMES, "trouw": HOSTILE}
            ),
            lambda figure: [trace.name for trace in figure.data] + [t for trace in figure.data for t in trace.theta],
        ),
        (
            lambda: charts.values_over_time(COUNTS, value_names={**VALUE_NAMES, "trouw": HOSTILE}),
            lambda figure: [trace.name for trace in figure.data],
        ),
        (
            lambda: charts.who_pays_who_gains({HOSTILE: 10.0}, {"bewoners": 5.0}, middle=HOSTILE),
            lambda figure: [*figure.data[0].node.label, *figure.data[0].node.customdata],
        ),
    ],
    ids=["values_radar", "values_over_time", "who_pays_who_gains"],
)
def test_user_text_in_a_chart_label_is_text_not_plotlys_html(build, texts):
    shown = " ".join(texts(build()))
    assert "&lt;a href" in shown
    assert "<a " not in shown and "<img" not in shown


LONG_NAME = "Wijk- en buurtgerichte aanpak " + "met bewoners, vrijwilligers en partners " * 12  # as an import accepts
STEPS = pd.DataFrame(
    [
        {
            "id": "s1",
            "level": "uitkomst",
            "position": 1,
            "description": LONG_NAME,
            "indicators": 1,
            "stories": 0,
            "reflections": 0,
            "coverage": "alleen_cijfers",
        }
    ]
)


@pytest.mark.parametrize(
    ("build", "texts", "longest"),
    [
        (
            lambda: charts.values_radar(SHARES.assign(programme=LONG_NAME), value_names=VALUE_NAMES),
            lambda figure: [trace.name for trace in figure.data],
            charts.LABEL_LENGTH,
        ),
        (
            lambda: charts.who_pays_who_gains({LONG_NAME: 10.0}, {LONG_NAME + "!": 5.0}, middle=LONG_NAME),
            lambda figure: list(figure.data[0].node.label),
            charts.LABEL_LENGTH,
        ),
        (
            lambda: charts.reasoning_line(STEPS, pd.DataFrame(columns=["from_step", "to_step", "confidence"])),
            lambda figure: [a.text.replace("<br>", " ") for a in figure.layout.annotations if "bewoners" in a.text],
            charts.BOX_LINES * charts.BOX_WIDTH + charts.BOX_LINES,
        ),
    ],
    ids=["values_radar", "who_pays_who_gains", "reasoning_line"],
)
def test_a_long_name_is_shortened_in_a_chart_label_with_an_ellipsis(build, texts, longest):
    shown = texts(build())
    assert shown and all(len(text) <= longest and text.endswith("…") for text in shown)


def test_a_shortened_name_keeps_its_whole_text_on_hover():
    figure = charts.who_pays_who_gains({LONG_NAME: 10.0}, {"bewoners": 5.0}, middle="Wijk")
    assert figure.data[0].node.customdata[0] == LONG_NAME


@pytest.mark.parametrize(
    "build",
    [
        lambda: charts.indicator_trend(SERIES, unit="%"),
        lambda: charts.values_over_time(COUNTS, value_names=VALUE_NAMES),
        lambda: charts.value_waterfall([("bruto", 100.0), ("weglek", 20.0), ("netto", 80.0)]),
        lambda: charts.sensitivity_band(
            {"laag": 0.8, "basis": 1.2, "hoog": 1.6}, labels={"laag": "l", "basis": "b", "hoog": "h"}
        ),
    ],
    ids=["trend", "values_over_time", "waterfall", "sensitivity"],
)
def test_axis_labels_and_legends_are_written_in_the_products_ink_not_streamlits_faded_grey(build):
    """Streamlit's chart theme greys axis labels to 3.7:1 on white; WCAG asks 4.5:1."""
    layout = build().layout
    assert layout.xaxis.tickfont.color == layout.yaxis.tickfont.color == palette.INK
    assert layout.xaxis.title.font.color == palette.INK
    assert layout.legend.font.color == palette.INK


def test_the_radars_axes_are_written_in_the_products_ink():
    polar = charts.values_radar(SHARES, value_names=VALUE_NAMES).layout.polar
    assert polar.radialaxis.tickfont.color == polar.angularaxis.tickfont.color == palette.INK
    assert polar.radialaxis.tickfont.size == 12


def test_the_instrument_web_closes_each_line_and_tells_first_from_latest_by_more_than_colour():
    first, latest = charts.instrument_web(WEB, scale=(1, 5), first_name="eerste", latest_name="laatste").data
    assert list(first.r) == [2.0, 3.0, 2.5, 2.0] and list(latest.r) == [3.5, 3.0, 2.0, 3.5]
    assert first.theta[0] == first.theta[-1] == "financiën"
    assert "&lt;b&gt;sociaal&lt;/b&gt; netwerk" in first.theta  # a name is text, never plotly's HTML
    assert (first.line.dash, first.marker.symbol) != (latest.line.dash, latest.marker.symbol)
    polar = charts.instrument_web(WEB, scale=(0, 10), first_name="a", latest_name="b").layout.polar
    assert tuple(polar.radialaxis.range) == (0, 10)
    assert polar.radialaxis.tickfont.color == polar.angularaxis.tickfont.color == palette.INK


def test_captions_are_drawn_in_the_palettes_muted_ink():
    """The style sheet cannot import the palette (it is a constant string): keep the two in step."""
    style = (Path(__file__).resolve().parent.parent / "impact_core" / "ui" / "context.py").read_text()
    assert f'[data-testid="stCaptionContainer"] {{ font-size: 0.95rem; color: {palette.MUTED}; opacity: 1; }}' in style


def test_every_focus_ring_is_drawn_in_the_palettes_ink():
    """The keyboard's focus ring (WCAG 2.4.7) in the text colour: 14.5:1 on white. The style sheet
    cannot import the palette: every colour its focus rules name is the ink."""
    style = (Path(__file__).resolve().parent.parent / "impact_core" / "ui" / "context.py").read_text()
    rings = re.findall(r"outline: 3px solid (#[0-9a-f]{6})", style)
    assert len(rings) >= 2
    assert set(rings) == {palette.INK}
