"""Widgets of the indicator library and the trends page."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from impact_core.doelmatigheid.indicators import target_text
from impact_core.i18n import amount, label, number
from impact_core.render import chart_text, charts
from impact_core.ui import figures, safe
from impact_core.ui.session import lang, presenting, tr

_CHART_CONFIG = {"displayModeBar": False}


def library_table(library: pd.DataFrame) -> None:
    shown = pd.DataFrame(
        {
            tr("library.col.name"): library["name"],
            tr("library.col.set_by"): [
                f"{label('set_by', who, lang())} · {tr('library.one_party') if alone else tr('library.together')}"
                for who, alone in zip(library["set_by"], library["one_party"], strict=True)
            ],
            tr("library.col.ambition"): library["ambition"].fillna("–"),
            tr("library.col.chain_level"): [label("chain_level", value, lang()) for value in library["chain_level"]],
            tr("library.col.pyramid_levels"): [
                ", ".join(label("pyramid_level", level, lang()) for level in str(levels).split(", ")) if levels else "–"
                for levels in library["pyramid_levels"].fillna("")
            ],
            tr("library.col.unit"): library["unit"],
            tr("library.col.programmes"): library["programmes"].fillna("–"),
            tr("library.col.definition"): library["definition"],
        }
    )
    st.dataframe(shown, hide_index=True, width="stretch", height=min(38 * (len(shown) + 1), 700))


def gap_list(heading: str, note: str, items: list[str]) -> None:
    st.header(heading, anchor=False)
    st.caption(note)
    if not items:
        st.write(tr("library.none"))
    for item in items:
        safe.text(f"• {item}")


def _amount(value: float | None, unit: str, min_cell: int = 0) -> str:
    return amount(value, unit, lang(), missing=f"<{min_cell}" if min_cell else "–", with_unit=False)


def _change(change: float, unit: str) -> str:
    """A change in a rate is in percentage points, not per cent."""
    sign = "+" if change >= 0 else ""
    if unit == "%":
        return f"{sign}{number(change, lang(), 1)} {tr('trends.points')}"
    return f"{sign}{_amount(change, unit)}"


def trend_chart(series: pd.DataFrame, unit: str, name: str) -> None:
    figures.chart(
        charts.indicator_trend(series, unit=unit, lang=lang(), height=380, presenting=presenting()),
        chart_text.trend(series, name=name, unit=unit, lang=lang()),
        config=_CHART_CONFIG,
    )


def neighbourhood_table(comparison: list[dict[str, Any]], unit: str, min_cell: int) -> None:
    st.header(tr("trends.neighbourhoods"), anchor=False)
    rows = []
    for row in comparison:
        change = None if row["suppressed"] else row["current"] - row["baseline"]
        rows.append(
            {
                tr("trends.col.neighbourhood"): row["neighbourhood"],
                tr("trends.col.baseline"): _amount(row["baseline"], unit, min_cell),
                tr("trends.col.current"): _amount(row["current"], unit, min_cell),
                tr("trends.col.change"): "–" if change is None else _change(change, unit),
                tr("trends.col.target"): _amount(row["target"], unit),
                tr("trends.col.status"): "–" if row["suppressed"] else target_text(row["status"], lang()),
            }
        )
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
