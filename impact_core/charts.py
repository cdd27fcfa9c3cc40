"""Plotly figure builders: aggregated rows in, figure out. No Streamlit here."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from impact_core.i18n import Lang, month_name, t

INK = "#1f2a37"
VALUE_COLOUR = "#1d5f8c"
TARGET_COLOUR = "#8a4b08"


def indicator_trend(series: pd.DataFrame, *, unit: str, lang: Lang = "nl", height: int = 190) -> go.Figure:
    """Monthly value against target. Suppressed months stay empty, never zero.

    Value and target differ in line style and legend text, not in colour alone.
    """
    figure = go.Figure()
    figure.add_trace(
        go.Scatter(
            x=series["month"],
            y=series["target"],
            name=t("chart.target", lang),
            mode="lines",
            line={"color": TARGET_COLOUR, "dash": "dash", "width": 2, "shape": "hv"},
            hovertemplate=f"%{{x|%m-%Y}}: %{{y:.1f}} {unit}<extra>{t('chart.target', lang)}</extra>",
        )
    )
    figure.add_trace(
        go.Scatter(
            x=series["month"],
            y=series["value"],
            name=t("chart.value", lang),
            mode="lines+markers",
            connectgaps=False,
            line={"color": VALUE_COLOUR, "width": 3},
            marker={"size": 5},
            hovertemplate=f"%{{x|%m-%Y}}: %{{y:.1f}} {unit}<extra>{t('chart.value', lang)}</extra>",
        )
    )
    figure.update_layout(
        height=height,
        margin={"l": 8, "r": 8, "t": 8, "b": 8},
        font={"size": 15, "color": INK},
        showlegend=True,
        legend={"orientation": "h", "y": 1.12, "x": 0, "font": {"size": 14}},
        plot_bgcolor="white",
        paper_bgcolor="rgba(0,0,0,0)",
        hovermode="x unified",
    )
    # Month names from our own catalogue: plotly would write them in English.
    januaries = [month for month in pd.to_datetime(series["month"]) if month.month == 1]
    figure.update_xaxes(
        showgrid=False, tickvals=januaries, ticktext=[month_name(month, lang) for month in januaries]
    )
    figure.update_yaxes(gridcolor="#e5e7eb", nticks=4)
    return figure


# Programmes differ in line style and marker as well as colour.
_SERIES_STYLES = (
    (VALUE_COLOUR, "solid", "circle"),
    (TARGET_COLOUR, "dash", "square"),
    ("#2f7d4f", "dot", "diamond"),
    ("#6b3fa0", "dashdot", "triangle-up"),
    ("#4b5563", "longdash", "x"),
)


def values_radar(shares: pd.DataFrame, *, value_names: dict[str, str], height: int = 420) -> go.Figure:
    """Share of reflections touching each professional value, one line per programme."""
    figure = go.Figure()
    axes = list(value_names)
    for index, (programme, rows) in enumerate(shares.groupby("programme", sort=True)):
        colour, dash, symbol = _SERIES_STYLES[index % len(_SERIES_STYLES)]
        by_value = dict(zip(rows["value"], rows["share"], strict=True))
        radii = [100 * by_value.get(value, 0.0) for value in axes]
        figure.add_trace(
            go.Scatterpolar(
                r=[*radii, radii[0]],
                theta=[*(value_names[v] for v in axes), value_names[axes[0]]],
                name=programme,
                line={"color": colour, "dash": dash, "width": 3},
                marker={"symbol": symbol, "size": 9},
                hovertemplate="%{theta}: %{r:.0f}%<extra>%{fullData.name}</extra>",
            )
        )
    figure.update_layout(
        height=height,
        font={"size": 16, "color": INK},
        margin={"l": 60, "r": 60, "t": 30, "b": 30},
        polar={"radialaxis": {"ticksuffix": "%", "range": [0, 100], "angle": 90, "tickfont": {"size": 12}}},
        legend={"orientation": "h", "y": -0.12, "font": {"size": 15}},
        paper_bgcolor="rgba(0,0,0,0)",
    )
    return figure


def _quarter(moment: pd.Timestamp, lang: Lang) -> str:
    return t("chart.quarter", lang, quarter=(moment.month - 1) // 3 + 1, year=moment.year)


def values_over_time(
    counts: pd.DataFrame, *, value_names: dict[str, str], lang: Lang = "nl", height: int = 360
) -> go.Figure:
    """Stacked bars: how often each value came up per quarter; patterns as well as colours."""
    figure = go.Figure()
    patterns = ("", "/", ".", "x", "-", "+")
    for index, (value, rows) in enumerate(counts.groupby("value", sort=True)):
        colour = _SERIES_STYLES[index % len(_SERIES_STYLES)][0]
        quarters = pd.to_datetime(rows["quarter"])
        figure.add_trace(
            go.Bar(
                x=[_quarter(q, lang) for q in quarters],
                y=rows["times"],
                name=value_names.get(value, value.replace("_", " ")),
                marker={"color": colour, "pattern": {"shape": patterns[index % len(patterns)]}},
            )
        )
    figure.update_layout(
        barmode="stack",
        height=height,
        font={"size": 15, "color": INK},
        margin={"l": 8, "r": 8, "t": 8, "b": 8},
        legend={"orientation": "h", "y": 1.15, "font": {"size": 15}},
        plot_bgcolor="white",
        paper_bgcolor="rgba(0,0,0,0)",
    )
    quarters = sorted(pd.to_datetime(counts["quarter"]).unique())
    figure.update_xaxes(
        type="category", categoryorder="array",
        categoryarray=[_quarter(q, lang) for q in pd.DatetimeIndex(quarters)],
    )
    figure.update_yaxes(gridcolor="#e5e7eb")
    return figure
