"""Plotly figure builders: aggregated rows in, figure out. No Streamlit here."""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from impact_core.i18n import Lang, money, month_name, number, t
from impact_core.render import palette

INK = palette.INK
VALUE_COLOUR = palette.ACCENT
TARGET_COLOUR = palette.TARGET
# An import accepts names of up to 500 characters; in a chart they would run across the whole
# figure. Labels are cut at a word with an ellipsis; the whole name stays on hover where it can.
LABEL_LENGTH = 40
BOX_WIDTH, BOX_LINES = 28, 4  # a reasoning-line box holds four lines of 28 characters
# The least text size of a chart on the shared screen, in CSS pixels: it reads from the back of a
# meeting room on a 1280x720 projector. Streamlit's theme sets tick labels at 12.75 px otherwise.
SHARED_SCREEN_TEXT = 18


def _shortened(text: object, limit: int = LABEL_LENGTH) -> str:
    """User text of at most ``limit`` characters, cut at a word and ending in an ellipsis when cut."""
    plain = " ".join(str(text).split())
    if len(plain) <= limit:
        return plain
    cut = plain[: limit - 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut  # at a word, unless it is one long word
    return f"{cut.rstrip(' ,;:-')}…"


def indicator_trend(
    series: pd.DataFrame, *, unit: str, lang: Lang = "nl", height: int = 190, presenting: bool = False
) -> go.Figure:
    """Monthly value against target. Suppressed months stay empty, never zero.

    Value and target differ in line style and legend text, not in colour alone.
    """

    def line(column: str, name: str, style: dict) -> dict:
        return {
            "type": "scatter",
            "x": series["month"],
            "y": series[column],
            "name": name,
            **style,
            "hovertemplate": f"%{{x|%m-%Y}}: %{{y:.1f}} {unit}<extra>{name}</extra>",
        }

    # Month names from our own catalogue: plotly would write them in English.
    januaries = [month for month in pd.to_datetime(series["month"]) if month.month == 1]
    target, value = t("chart.target", lang), t("chart.value", lang)
    return _figure(
        [
            line(
                "target",
                target,
                {"mode": "lines", "line": {"color": TARGET_COLOUR, "dash": "dash", "width": 2, "shape": "hv"}},
            ),
            line(
                "value",
                value,
                {
                    "mode": "lines+markers",
                    "connectgaps": False,
                    "line": {"color": VALUE_COLOUR, "width": 3},
                    "marker": {"size": 5},
                },
            ),
        ],
        _monthly_layout(height, januaries, lang, legend_y=1.12, y_ticks=4),
        presenting=presenting,
    )


# Programmes differ in line style and marker as well as colour.
_SERIES_STYLES = (
    (VALUE_COLOUR, "solid", "circle"),
    (TARGET_COLOUR, "dash", "square"),
    (palette.GAIN, "dot", "diamond"),
    (palette.SECOND, "dashdot", "triangle-up"),
    (palette.NEUTRAL, "longdash", "x"),
)


def values_radar(
    shares: pd.DataFrame, *, value_names: dict[str, str], height: int = 420, presenting: bool = False
) -> go.Figure:
    """Share of reflections touching each professional value, one line per programme.
    Built from plain data in one go, as the trend chart: tests/test_charts.py runs plotly's checks."""
    axes = list(value_names)
    traces = []
    for index, (programme, rows) in enumerate(shares.groupby("programme", sort=True)):
        colour, dash, symbol = _SERIES_STYLES[index % len(_SERIES_STYLES)]
        by_value = dict(zip(rows["value"], rows["share"], strict=True))
        radii = [100 * by_value.get(value, 0.0) for value in axes]
        traces.append(
            {
                "type": "scatterpolar",
                "r": [*radii, radii[0]],
                "theta": [*(html.escape(value_names[v]) for v in axes), html.escape(value_names[axes[0]])],
                "name": html.escape(_shortened(programme)),
                "line": {"color": colour, "dash": dash, "width": 3},
                "marker": {"symbol": symbol, "size": 9},
                "hovertemplate": "%{theta}: %{r:.0f}%<extra>%{fullData.name}</extra>",
            }
        )
    return _figure(
        traces,
        {
            "height": height,
            "font": {"size": 16, "color": INK},
            "margin": {"l": 60, "r": 60, "t": 30, "b": 30},
            "polar": {"radialaxis": {"ticksuffix": "%", "range": [0, 100], "angle": 90, "tickfont": {"size": 12}}},
            "legend": {"orientation": "h", "y": -0.12, "font": {"size": 15}},
            "paper_bgcolor": "rgba(0,0,0,0)",
        },
        presenting=presenting,
    )


def instrument_web(
    domains: list[tuple[str, float, float]],
    *,
    scale: tuple[int, int],
    first_name: str,
    latest_name: str,
    height: int = 460,
    presenting: bool = False,
) -> go.Figure:
    """A spider web of an outcome instrument: the mean first measurement against the mean latest one,
    per domain (name, first, latest). The two lines differ in colour, dash and marker, and the
    legend names them, so colour is never the only carrier."""
    names = [html.escape(name) for name, _, _ in domains]
    traces = []
    for position, (trace_name, colour, dash, symbol) in enumerate(
        ((first_name, palette.NEUTRAL, "dash", "square"), (latest_name, palette.ACCENT, "solid", "circle")), start=1
    ):
        radii = [row[position] for row in domains]
        traces.append(
            {
                "type": "scatterpolar",
                "r": [*radii, radii[0]] if radii else [],
                "theta": [*names, names[0]] if names else [],
                "name": html.escape(trace_name),
                "line": {"color": colour, "dash": dash, "width": 3},
                "marker": {"symbol": symbol, "size": 9},
                "hovertemplate": "%{theta}: %{r:.1f}<extra>%{fullData.name}</extra>",
            }
        )
    low, high = scale
    return _figure(
        traces,
        {
            "height": height,
            "font": {"size": 16, "color": INK},
            # Room beside the web for the longest domain name ("maatschappelijke participatie").
            "margin": {"l": 150, "r": 150, "t": 30, "b": 30},
            "polar": {
                "radialaxis": {
                    "range": [low, high],
                    "angle": 90,
                    "tickfont": {"size": 12},
                    "dtick": 1 if high <= 5 else 2,
                },
                "angularaxis": {"tickfont": {"size": 14}},
            },
            "legend": {"orientation": "h", "y": -0.12, "font": {"size": 15}},
            "paper_bgcolor": "rgba(0,0,0,0)",
        },
        presenting=presenting,
    )


# Streamlit's chart theme writes axis labels and legends in a faded grey (3.7:1 on white, under
# WCAG's 4.5:1); every figure names the product's ink for them itself, which the theme leaves alone.
_AXIS_TEXT = {"tickfont": {"color": INK}, "title": {"font": {"color": INK}}}


def _inked(layout: dict) -> dict:
    """The layout with the product's ink on every axis, polar axis and legend it has (or gets)."""
    legible = {**layout, "legend": {**layout.get("legend", {}), "font": {**layout.get("legend", {}).get("font", {})}}}
    legible["legend"]["font"]["color"] = INK
    for axis in ("xaxis", "yaxis"):
        legible[axis] = {**_AXIS_TEXT, **layout.get(axis, {})}
    if "polar" in layout:
        legible["polar"] = {
            **layout["polar"],
            "radialaxis": {**layout["polar"].get("radialaxis", {}), "tickfont": _font(layout, "radialaxis")},
            "angularaxis": {**layout["polar"].get("angularaxis", {}), "tickfont": _font(layout, "angularaxis")},
        }
    return legible


def _font(layout: dict, axis: str) -> dict:
    return {**layout["polar"].get(axis, {}).get("tickfont", {}), "color": INK}


def _figure(data: list[dict], layout: dict, *, presenting: bool = False) -> go.Figure:
    """A figure from plain data without plotly's property-by-property checks, which cost tens of
    milliseconds a chart on every rerun; tests/test_charts.py runs them on each builder instead."""
    return legible(go.Figure({"data": data, "layout": _inked(layout)}, skip_invalid=False, _validate=False), presenting)


def _larger(size: object) -> int:
    return max(size if isinstance(size, int | float) else 0, SHARED_SCREEN_TEXT)  # type: ignore[return-value]


def legible(figure: go.Figure, presenting: bool) -> go.Figure:
    """On the shared screen every text of the chart at least ``SHARED_SCREEN_TEXT`` pixels: tick
    labels, axis titles, legend, annotations, hover labels and the text of bars, boxes and flows.
    Larger sizes stay larger, so a chart keeps its order of emphasis."""
    if not presenting:
        return figure
    layout = figure.layout
    layout.font.size = _larger(layout.font.size)
    layout.legend.font.size = _larger(layout.legend.font.size)
    layout.hoverlabel.font.size = _larger(layout.hoverlabel.font.size)
    layout.uniformtext = {"minsize": SHARED_SCREEN_TEXT, "mode": "show"}  # plotly shrinks bar text to fit
    kinds = {trace.type for trace in figure.data}
    # Axes only where the chart has them: touching an axis that is not there would draw one.
    if kinds & {"scatter", "bar", "waterfall"} or layout.annotations:
        for axis in (layout.xaxis, layout.yaxis):
            axis.tickfont.size = _larger(axis.tickfont.size)
            axis.title.font.size = _larger(axis.title.font.size)
    if "scatterpolar" in kinds:
        for polar_axis in (layout.polar.radialaxis, layout.polar.angularaxis):
            polar_axis.tickfont.size = _larger(polar_axis.tickfont.size)
    for note in layout.annotations:
        note.font.size = _larger(note.font.size)
    for trace in figure.data:
        if "textfont" in trace:
            trace.textfont.size = _larger(trace.textfont.size)
    return figure


def _quarter(moment: pd.Timestamp, lang: Lang) -> str:
    return t("chart.quarter", lang, quarter=(moment.month - 1) // 3 + 1, year=moment.year)


def values_over_time(
    counts: pd.DataFrame,
    *,
    value_names: dict[str, str],
    lang: Lang = "nl",
    height: int = 360,
    presenting: bool = False,
) -> go.Figure:
    """Stacked bars: how often each value came up per quarter; patterns as well as colours."""
    patterns = ("", "/", ".", "x", "-", "+")
    traces = []
    for index, (value, rows) in enumerate(counts.groupby("value", sort=True)):
        colour = _SERIES_STYLES[index % len(_SERIES_STYLES)][0]
        traces.append(
            {
                "type": "bar",
                "x": [_quarter(q, lang) for q in pd.to_datetime(rows["quarter"])],
                "y": rows["times"],
                "name": html.escape(value_names.get(value, value.replace("_", " "))),
                "marker": {"color": colour, "pattern": {"shape": patterns[index % len(patterns)]}},
            }
        )
    quarters = sorted(pd.to_datetime(counts["quarter"]).unique())
    return _figure(
        traces,
        {
            "barmode": "stack",
            "height": height,
            "font": {"size": 15, "color": INK},
            "margin": {"l": 8, "r": 8, "t": 8, "b": 8},
            "legend": {"orientation": "h", "y": 1.15, "font": {"size": 15}},
            "plot_bgcolor": "white",
            "paper_bgcolor": "rgba(0,0,0,0)",
            "xaxis": {
                "type": "category",
                "categoryorder": "array",
                "categoryarray": [_quarter(q, lang) for q in pd.DatetimeIndex(quarters)],
            },
            "yaxis": {"gridcolor": palette.GRID},
        },
        presenting=presenting,
    )


def _value_layout(height: int, lang: Lang, *, margin: dict[str, int]) -> dict:
    """The layout the business case's charts share: ink on white, no legend, the reader's separators."""
    return {
        "height": height,
        "font": {"size": 15, "color": INK},
        "margin": margin,
        "plot_bgcolor": "white",
        "paper_bgcolor": "rgba(0,0,0,0)",
        "showlegend": False,
        "separators": ".," if lang == "en" else ",.",
        **_inked({}),
    }


def value_waterfall(
    steps: list[tuple[str, float]], *, lang: Lang = "nl", height: int = 420, presenting: bool = False
) -> go.Figure:
    """Gross value, each deduction as a falling bar, and the present value as the total."""
    measures = ["absolute", *(["relative"] * (len(steps) - 2)), "total"]
    values = [steps[0][1], *(-amount for _, amount in steps[1:-1]), 0]
    figure = go.Figure(
        go.Waterfall(
            x=[name for name, _ in steps],
            y=values,
            measure=measures,
            text=[money(amount, lang) for _, amount in steps],
            textposition="outside",
            textfont={"size": 14},
            connector={"line": {"color": palette.CONNECTOR}},
            increasing={"marker": {"color": VALUE_COLOUR}},
            decreasing={"marker": {"color": TARGET_COLOUR}},
            totals={"marker": {"color": palette.GAIN}},
        )
    )
    figure.update_layout(_value_layout(height, lang, margin={"l": 8, "r": 8, "t": 30, "b": 8}))
    figure.update_yaxes(gridcolor=palette.GRID, tickprefix="€ ")
    return legible(figure, presenting)


def sensitivity_band(
    ratios: dict[str, float | None],
    *,
    labels: dict[str, str],
    lang: Lang = "nl",
    height: int = 260,
    presenting: bool = False,
) -> go.Figure:
    """Low, base and high ratio side by side; the base is marked by text as well as colour."""
    present = {key: ratio for key in ("laag", "basis", "hoog") if (ratio := ratios.get(key)) is not None}
    keys = list(present)
    figure = go.Figure(
        go.Bar(
            x=[present[key] for key in keys],
            y=[labels[key] for key in keys],
            orientation="h",
            text=[number(present[key], lang, 2) for key in keys],
            textposition="outside",
            textfont={"size": 16},
            marker={"color": [palette.CONNECTOR if key != "basis" else VALUE_COLOUR for key in keys]},
        )
    )
    figure.add_vline(x=1, line={"color": INK, "dash": "dot"})
    figure.update_layout(_value_layout(height, lang, margin={"l": 8, "r": 40, "t": 8, "b": 8}))
    highest = max((present[key] for key in keys), default=1.0)
    figure.update_xaxes(gridcolor=palette.GRID, range=[0, max(highest, 1.0) * 1.25])
    return legible(figure, presenting)


def who_pays_who_gains(
    investments: dict[str, float],
    received: dict[str, float],
    *,
    middle: str,
    height: int = 420,
    presenting: bool = False,
) -> go.Figure:
    """Sankey: investors on the left, the programme in the middle, incasseerders on the right."""
    payers = [party for party, amount in investments.items() if amount > 0]
    gainers = [party for party, amount in received.items() if amount > 0]
    nodes = [*payers, middle, *gainers]
    centre = len(payers)
    figure = go.Figure(
        go.Sankey(
            node={
                # Names are user text and plotly renders a subset of HTML in labels.
                "label": [html.escape(_shortened(name)) for name in nodes],
                "customdata": [html.escape(name) for name in nodes],
                "hovertemplate": "%{customdata}<extra></extra>",
                "pad": 18,
                "thickness": 22,
                "color": [VALUE_COLOUR] * len(payers) + [INK] + [palette.GAIN] * len(gainers),
            },
            link={
                "source": [*range(len(payers)), *([centre] * len(gainers))],
                "target": [centre] * len(payers) + list(range(centre + 1, len(nodes))),
                "value": [investments[party] for party in payers] + [received[party] for party in gainers],
                "color": ["rgba(29,95,140,0.35)"] * len(payers) + ["rgba(47,125,79,0.35)"] * len(gainers),
            },
            textfont={"size": 15, "color": INK},
        )
    )
    figure.update_layout(height=height, margin={"l": 8, "r": 8, "t": 8, "b": 8}, paper_bgcolor="rgba(0,0,0,0)")
    return legible(figure, presenting)


STEP_LEVELS = ("interventie", "resultaat", "uitkomst", "impact")
_COVERAGE_FILL = {  # the verdict is also written in the box: colour is never the only carrier
    "alle_sporen": palette.COVERAGE_ALL,
    "twee_sporen": palette.COVERAGE_TWO,
    "alleen_cijfers": palette.COVERAGE_ONE,
    "alleen_verhalen": palette.COVERAGE_ONE,
    "alleen_vakmanschap": palette.COVERAGE_ONE,
    "blinde_vlek": palette.COVERAGE_NONE,
}


def _plain(text: object, width: int, lines: int) -> str:
    """User text for a plotly label: entities escaped (plotly renders a subset of HTML), wrapped
    to at most ``lines`` lines, the last ending in an ellipsis when the text was longer."""
    wrapped = textwrap.wrap(str(text), width)
    if len(wrapped) > lines:
        wrapped = [*wrapped[: lines - 1], _shortened(" ".join(wrapped[lines - 1 :]), width)]
    return "<br>".join(html.escape(line) for line in wrapped) or "–"


def reasoning_line(
    steps: pd.DataFrame, links: pd.DataFrame, *, lang: Lang = "nl", presenting: bool = False
) -> go.Figure:
    """The reasoning line left to right (intervention → impact). Each box names its evidence per
    track; outcome boxes carry their coverage verdict; each arrow its confidence. On the shared
    screen the text is larger: the boxes are taller, hold narrower lines, and the evidence takes
    two lines."""
    # Where the description and the evidence sit in a box of height 1, and how tall a row is.
    box_width, above, below, row_height = (24, 0.2, -0.28, 220) if presenting else (BOX_WIDTH, 0.08, -0.36, 150)
    place: dict[str, tuple[float, float]] = {}
    figure = go.Figure()
    rows = 1
    for column, level in enumerate(STEP_LEVELS):
        figure.add_annotation(
            x=column,
            y=0.55,
            text=f"<b>{t(f'reasoning.level.{level}', lang).upper()}</b>",
            showarrow=False,
            font={"size": 15, "color": INK},
            yanchor="bottom",
        )
        own = steps[steps["level"] == level].sort_values(["position", "id"])
        rows = max(rows, len(own))
        for row, step in enumerate(own.itertuples()):
            y = -row * 1.25
            place[step.id] = (column, y)
            coverage = step.coverage if isinstance(getattr(step, "coverage", None), str) else None
            figure.add_shape(
                type="rect",
                x0=column - 0.42,
                x1=column + 0.42,
                y0=y - 0.5,
                y1=y + 0.5,
                line={"color": INK, "width": 1.5},
                fillcolor=_COVERAGE_FILL.get(str(coverage), palette.BACKGROUND),
                layer="below",
            )
            evidence = t(
                "reasoning.evidence",
                lang,
                indicators=step.indicators,
                stories=step.stories,
                reflections=step.reflections,
            )
            if presenting:  # "2 cijfers · 3 verhalen" over "1 reflecties": a line fits the box
                first, _, last = evidence.rpartition(" · ")
                evidence = f"{first}<br>{last}"
            verdict = f"<br><b>{t(f'reasoning.coverage.{coverage}', lang)}</b>" if coverage else ""
            figure.add_annotation(
                x=column,
                y=y + above,
                text=_plain(step.description, box_width, BOX_LINES),
                showarrow=False,
                font={"size": 15, "color": INK},
            )
            figure.add_annotation(
                x=column,
                y=y + below,
                text=f"{evidence}{verdict}",
                showarrow=False,
                font={"size": 13, "color": palette.LABEL},
            )
    for link in links.itertuples():
        if link.from_step not in place or link.to_step not in place:
            continue
        (x0, y0), (x1, y1) = place[link.from_step], place[link.to_step]
        start, end = (x0 + 0.42, y0), (x1 - 0.42, y1) if x1 > x0 else (x1, y1 + 0.5)
        figure.add_annotation(
            x=end[0],
            y=end[1],
            ax=start[0],
            ay=start[1],
            xref="x",
            yref="y",
            axref="x",
            ayref="y",
            showarrow=True,
            arrowhead=3,
            arrowsize=1.2,
            arrowwidth=1.6,
            arrowcolor=palette.NEUTRAL,
            text="",
        )
        figure.add_annotation(
            x=(start[0] + end[0]) / 2,
            y=(start[1] + end[1]) / 2,
            text=f"{link.confidence}%",
            showarrow=False,
            bgcolor=palette.BACKGROUND,
            font={"size": 12, "color": INK},
        )
    figure.update_xaxes(visible=False, range=[-0.5, len(STEP_LEVELS) - 0.5])
    figure.update_yaxes(visible=False, range=[-(rows - 1) * 1.25 - 0.6, 1.0])
    figure.update_layout(
        height=140 + rows * row_height,
        margin={"l": 5, "r": 5, "t": 5, "b": 5},
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        showlegend=False,
    )
    return legible(figure, presenting)


def peer_band(
    months: pd.DataFrame, *, unit: str, lang: Lang = "nl", height: int = 300, presenting: bool = False
) -> go.Figure:
    """The organisation's own line against the middle half (p25-p75) of its peers and their median.

    ``months``: month, own, median, p25, p75 (NaN where too few peers published: the band breaks
    there rather than being drawn over a guess). Own line solid with markers, median dotted, band
    shaded: told apart by style and legend text, not colour alone.
    """
    band, median, own = t("peers.band", lang), t("peers.median", lang), t("peers.own", lang)
    x = months["month"]
    januaries = [month for month in pd.to_datetime(x) if month.month == 1]
    hover = f"%{{x|%m-%Y}}: %{{y:.1f}} {unit}"
    return _figure(
        [
            {
                "type": "scatter",
                "x": x,
                "y": months["p75"],
                "mode": "lines",
                "line": {"width": 0, "color": palette.NEUTRAL},
                "showlegend": False,
                "hoverinfo": "skip",
                "connectgaps": False,
            },
            {
                "type": "scatter",
                "x": x,
                "y": months["p25"],
                "mode": "lines",
                "fill": "tonexty",
                "fillcolor": "rgba(120, 120, 120, 0.25)",
                "line": {"width": 0, "color": palette.NEUTRAL},
                "name": band,
                "hoverinfo": "skip",
                "connectgaps": False,
            },
            {
                "type": "scatter",
                "x": x,
                "y": months["median"],
                "mode": "lines",
                "name": median,
                "line": {"color": INK, "dash": "dot", "width": 2},
                "connectgaps": False,
                "hovertemplate": f"{hover}<extra>{median}</extra>",
            },
            {
                "type": "scatter",
                "x": x,
                "y": months["own"],
                "mode": "lines+markers",
                "name": own,
                "line": {"color": VALUE_COLOUR, "width": 3},
                "marker": {"size": 6},
                "connectgaps": False,
                "hovertemplate": f"{hover}<extra>{own}</extra>",
            },
        ],
        _monthly_layout(height, januaries, lang, legend_y=1.15, y_ticks=5),
        presenting=presenting,
    )


def _monthly_layout(height: int, januaries: list, lang: Lang, *, legend_y: float, y_ticks: int) -> dict:
    """The layout of a line over the months (the trend, the peers' band): a tick each January."""
    return {
        "height": height,
        "margin": {"l": 8, "r": 8, "t": 8, "b": 8},
        "font": {"size": 15, "color": INK},
        "showlegend": True,
        "legend": {"orientation": "h", "y": legend_y, "x": 0, "font": {"size": 14}},
        "plot_bgcolor": "white",
        "paper_bgcolor": "rgba(0,0,0,0)",
        "hovermode": "x unified",
        "xaxis": {
            "showgrid": False,
            "tickvals": januaries,
            "ticktext": [month_name(month, lang) for month in januaries],
        },
        "yaxis": {"gridcolor": palette.GRID, "nticks": y_ticks},
    }
