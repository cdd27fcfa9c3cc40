"""A chart or picture with its text alternative (WCAG 1.1.1): the sentence as the chart's accessible name
and under it, and the data as a table in an expander beneath."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from impact_core.render.chart_text import ChartText
from impact_core.ui import drawn, safe
from impact_core.ui.session import tr

CHART_CONFIG = {"displayModeBar": False}


def chart(figure: go.Figure, text: ChartText, *, config: dict[str, Any] | None = None, key: str | None = None) -> None:
    """The figure, its sentence (user text in it shows as text) and its figures as a table."""
    st.plotly_chart(figure, config=config or CHART_CONFIG, alt=text.summary, key=key)
    safe.caption(text.summary)
    with st.expander(tr("chart.as_table")):
        st.dataframe(text.table, hide_index=True, width="stretch")


def picture(svg: str, text: ChartText) -> tuple[drawn.Part, ...]:
    """A static picture (``render.svg_*``) with the same text alternative as ``chart``: the sentence
    as its alt text and under it, the figures as a static table in an expander. No plotly: a
    picture is an image to the browser, where a chart and a data grid redraw on every rerun."""
    return (
        drawn.image(svg, alt=text.summary),
        drawn.caption(safe.escape_markdown(text.summary)),
        drawn.expander(tr("chart.as_table"), drawn.table(text.table.set_index(text.table.columns[0]))),
    )


def described(figure: go.Figure, summary: str, *, config: dict[str, Any] | None = None, key: str | None = None) -> None:
    """A chart whose data a table beside it already gives: the sentence only, naming that table."""
    st.plotly_chart(figure, config=config or CHART_CONFIG, alt=summary, key=key)
    st.caption(summary)
