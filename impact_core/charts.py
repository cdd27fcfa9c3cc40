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
