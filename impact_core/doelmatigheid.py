"""The numbers track: key indicators of a programme against their targets."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from impact_core.filters import Filters
from impact_core.models import Direction
from impact_core.privacy import Viewer
from impact_core.store import Store

# Outcomes first: the dialogue is about what changed, not about how busy we were.
_CHAIN_ORDER = "CASE chain_level WHEN 'outcome' THEN 0 WHEN 'impact' THEN 1 WHEN 'output' THEN 2 ELSE 3 END"


def key_indicators(store: Store, viewer: Viewer, filters: Filters, *, limit: int = 4) -> pd.DataFrame:
    """The indicators measured for the chosen programme, outcomes and impact first."""
    where, params = filters.conditions(date_column="month", neighbourhood_column="neighbourhood_code")
    return store.query(
        f"""
        SELECT i.id, i.name, i.unit, i.aggregation, i.direction, i.chain_level, i.set_by, a.title AS ambition
        FROM indicator i LEFT JOIN ambition a ON a.id = i.ambition_id
        WHERE i.id IN (SELECT DISTINCT indicator_id FROM measurement WHERE {where})
        ORDER BY {_CHAIN_ORDER}, i.id
        LIMIT ?
        """,
        [*params, limit],
    )


def monthly_series(store: Store, viewer: Viewer, filters: Filters, indicator_ids: list[str]) -> pd.DataFrame:
    """Monthly value, target and people per indicator over the chosen neighbourhoods.

    Counts are summed, rates averaged weighted by people. For viewers outside the
    organisation a month resting on fewer people than the threshold has no value
    (``suppressed`` is true), so the number never leaves the database.
    """
    if not indicator_ids:
        return pd.DataFrame(columns=["indicator_id", "month", "value", "target", "people", "suppressed"])
    where, params = filters.conditions(date_column="m.month", neighbourhood_column="m.neighbourhood_code")
    marks = ", ".join("?" for _ in indicator_ids)
    return store.query(
        f"""
        WITH monthly AS (
            SELECT m.indicator_id, m.month,
                CASE WHEN any_value(i.aggregation) = 'som' THEN sum(m.value)
                     ELSE sum(m.value * coalesce(m.people, 1)) / sum(coalesce(m.people, 1)) END AS value,
                CASE WHEN any_value(i.aggregation) = 'som' THEN sum(m.target) ELSE avg(m.target) END AS target,
                sum(m.people) AS people
            FROM measurement m JOIN indicator i ON i.id = m.indicator_id
            WHERE {where} AND m.indicator_id IN ({marks})
            GROUP BY m.indicator_id, m.month
        )
        SELECT indicator_id, month,
            CASE WHEN people < ? THEN NULL ELSE value END AS value,
            target,
            CASE WHEN people < ? THEN NULL ELSE people END AS people,
            coalesce(people < ?, FALSE) AS suppressed
        FROM monthly ORDER BY indicator_id, month
        """,
        [*params, *indicator_ids, viewer.min_cell, viewer.min_cell, viewer.min_cell],
    )


@dataclass(frozen=True)
class IndicatorSummary:
    """What a card says about one indicator over the chosen period."""

    baseline: float | None  # mean of the first three shown months
    current: float | None  # mean of the last three shown months
    target: float | None  # target of the last shown month
    on_track: bool | None  # current meets target, in the indicator's direction
    suppressed_months: int


def summarise(series: pd.DataFrame, direction: Direction) -> IndicatorSummary:
    shown = series.dropna(subset=["value"]).sort_values("month")
    suppressed = int(series["suppressed"].sum()) if not series.empty else 0
    if shown.empty:
        return IndicatorSummary(None, None, None, None, suppressed)
    baseline = float(shown["value"].head(3).mean())
    current = float(shown["value"].tail(3).mean())
    target_values = series.sort_values("month")["target"].dropna()
    target = float(target_values.iloc[-1]) if not target_values.empty else None
    on_track = None
    if target is not None and direction != Direction.NEUTRAAL:
        on_track = current >= target if direction == Direction.HOGER_BETER else current <= target
    return IndicatorSummary(baseline, current, target, on_track, suppressed)


@dataclass(frozen=True)
class IndicatorCard:
    indicator: dict
    series: pd.DataFrame
    summary: IndicatorSummary


def indicator_cards(store: Store, viewer: Viewer, filters: Filters, *, limit: int = 4) -> list[IndicatorCard]:
    """Key indicators with their monthly series and summary, ready to draw."""
    indicators = key_indicators(store, viewer, filters, limit=limit)
    series = monthly_series(store, viewer, filters, list(indicators["id"]))
    cards = []
    for indicator in indicators.to_dict("records"):
        own = series[series["indicator_id"] == indicator["id"]]
        cards.append(IndicatorCard(indicator, own, summarise(own, Direction(indicator["direction"]))))
    return cards
