"""The numbers track: key indicators of a programme against their targets."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pandas as pd

from impact_core.access.viewer import Viewer, visible
from impact_core.condition import Condition
from impact_core.config import min_cell_size
from impact_core.db import measurement_month
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.i18n import Lang, decimals, t
from impact_core.models import Direction

# Outcomes first: the dialogue is about what changed, not about how busy we were.
_CHAIN_ORDER = "CASE chain_level WHEN 'outcome' THEN 0 WHEN 'impact' THEN 1 WHEN 'output' THEN 2 ELSE 3 END"


def key_indicators(store: Store, viewer: Viewer, filters: Filters, *, limit: int | None = 4) -> pd.DataFrame:
    """The indicators measured for the chosen programme, outcomes and impact first (``limit``
    None: every one, as the conversation cards count them)."""
    return store.query(*_key_indicators(viewer, filters, limit))


def _key_indicators(viewer: Viewer, filters: Filters, limit: int | None) -> tuple[str, dict[str, Any]]:
    where = visible(viewer, filters, date_column="month", neighbourhood_column="neighbourhood_code")
    # Which indicators a programme measured in which months the monthly sums say as well, under any
    # threshold, in a few thousand rows instead of millions; a neighbourhood asks the measurements.
    measured = "measurement" if filters.neighbourhoods else measurement_month.TABLE
    return (
        f"""
        SELECT i.id, i.name, i.unit, i.aggregation, i.direction, i.chain_level, i.set_by, a.title AS ambition,
               i.ambition_id
        FROM indicator i LEFT JOIN ambition a ON a.id = i.ambition_id
        WHERE i.id IN (SELECT DISTINCT indicator_id FROM {measured} WHERE {where.sql})
          AND ($outcome IS NULL OR i.id IN (SELECT indicator_id FROM indicator_step WHERE step_id = $outcome))
        ORDER BY {_CHAIN_ORDER}, i.id
        LIMIT $limit
        """,
        where.params_with(outcome=filters.outcome, limit=limit),
    )


def programme_indicators(store: Store, viewer: Viewer, filters: Filters) -> dict[str, str]:
    """Every indicator measured for the chosen programme, id -> name."""
    scope = viewer.programme_scope("m.programme_id")
    rows = store.query(
        f"""
        SELECT i.id, i.name FROM indicator i
        WHERE i.id IN (
            SELECT DISTINCT m.indicator_id FROM measurement m WHERE m.programme_id = $programme AND {scope.sql}
        )
        ORDER BY i.name
        """,
        scope.params_with(programme=filters.programme),
    )
    return dict(rows.itertuples(index=False))


def monthly_series(store: Store, viewer: Viewer, filters: Filters, indicator_ids: list[str]) -> pd.DataFrame:
    return series(store, viewer, filters, indicator_ids, period="month")


def series(
    store: Store,
    viewer: Viewer,
    filters: Filters,
    indicator_ids: list[str],
    *,
    period: str = "month",
    by_neighbourhood: bool = False,
) -> pd.DataFrame:
    """Value, target and people per indicator and month (or quarter) over the chosen neighbourhoods.

    Counts are summed, rates averaged weighted by people. For viewers outside the
    organisation a measurement resting on fewer people than the threshold is left out of
    every aggregate, and an aggregate that still rests on too few people has no value
    (``suppressed``), so a small number never leaves the database, not even by subtraction.
    """
    columns = ["indicator_id", "month", "value", "target", "people", "suppressed", "left_out", "small_groups"]
    if by_neighbourhood:
        columns.insert(1, "neighbourhood_code")
    if not indicator_ids:
        return pd.DataFrame(columns=columns)
    if period not in ("month", "quarter"):
        raise ValueError(f"unknown period {period!r}")
    where = visible(viewer, filters, date_column="month", neighbourhood_column="neighbourhood_code", alias="m")
    where &= Condition.values_in("m.indicator_id", "indicator", indicator_ids)
    params = where.params_with(min_cell=viewer.min_cell)
    if not by_neighbourhood and not filters.neighbourhoods and measurement_month.current(store):
        grouped = _grouped_months(period, where, viewer)
    else:
        grouped = _grouped_measurements(period, where, by_neighbourhood)
        params["threshold"] = min_cell_size()
    place = "neighbourhood_code, " if by_neighbourhood else ""
    return store.query(
        f"""
        WITH {grouped}
        SELECT indicator_id, {place}month,
            CASE WHEN suppressed THEN NULL ELSE value END AS value,
            target,
            CASE WHEN suppressed THEN NULL ELSE people END AS people,
            suppressed, left_out, small_groups
        FROM grouped ORDER BY ALL
        """,
        params,
    )


def _grouped_measurements(period: str, where: Condition, by_neighbourhood: bool) -> str:
    place = "neighbourhood_code, " if by_neighbourhood else ""
    return f"""
        marked AS (
            SELECT m.*, i.aggregation, (m.people IS NULL OR m.people >= $min_cell) AS keep
            FROM measurement m JOIN indicator i ON i.id = m.indicator_id
            WHERE {where.sql}
        ),
        grouped AS (
            SELECT indicator_id, {place}date_trunc('{period}', month) AS month,
                CASE WHEN any_value(aggregation) = 'som' THEN sum(value) FILTER (WHERE keep)
                     ELSE sum(value * coalesce(people, 1)) FILTER (WHERE keep)
                          / sum(coalesce(people, 1)) FILTER (WHERE keep) END AS value,
                -- A count's target is summed over the same groups as its value: the groups left out
                -- of the value must leave their share of the target out too.
                CASE WHEN any_value(aggregation) = 'som' THEN sum(target) FILTER (WHERE keep)
                     ELSE avg(target) END AS target,
                sum(people) FILTER (WHERE keep) AS people,
                $min_cell > 0 AND count(people) > 0 AND coalesce(sum(people) FILTER (WHERE keep), 0) < $min_cell
                    AS suppressed,
                -- How many measurements this viewer's figure leaves out, and how many rest on fewer
                -- people than the threshold (left out for outside viewers): so a card can say why
                -- the municipality and the organisation see different figures for the same filters.
                count(*) FILTER (WHERE NOT keep) AS left_out,
                count(*) FILTER (WHERE people < $threshold) AS small_groups
            FROM marked
            GROUP BY ALL
        )
    """


def _grouped_months(period: str, where: Condition, viewer: Viewer) -> str:
    """The same figures as ``_grouped_measurements`` over every neighbourhood, from the monthly sums:
    the sums over every measurement for inside viewers, over the groups kept for outside ones."""
    way = "kept" if viewer.min_cell else "all"
    left_out = "sum(m.measurements) - sum(m.measurements_kept)" if viewer.min_cell else "0"
    return f"""
        grouped AS (
            SELECT m.indicator_id, date_trunc('{period}', m.month) AS month,
                CASE WHEN any_value(i.aggregation) = 'som' THEN sum(m.value_{way})
                     ELSE sum(m.weighted_{way}) / sum(m.weight_{way}) END AS value,
                CASE WHEN any_value(i.aggregation) = 'som' THEN sum(m.target_{way})
                     ELSE sum(m.target_all) / nullif(sum(m.target_count), 0) END AS target,
                sum(m.people_{way}) AS people,
                $min_cell > 0 AND sum(m.with_people) > 0 AND coalesce(sum(m.people_{way}), 0) < $min_cell
                    AS suppressed,
                ({left_out})::BIGINT AS left_out,
                sum(m.small_groups)::BIGINT AS small_groups
            FROM measurement_month m JOIN indicator i ON i.id = m.indicator_id
            WHERE {where.sql}
            GROUP BY ALL
        )
    """


class TargetStatus(StrEnum):
    """Where a figure stands against its target. The arrow of its text says above or below (as the
    trend picture draws it); the words say better or worse, in the indicator's own direction: for
    "lager beter" (fewer complaints) a figure below the target is better than the target."""

    BETTER_ABOVE = "better_above"
    BETTER_BELOW = "better_below"
    WORSE_ABOVE = "worse_above"
    WORSE_BELOW = "worse_below"
    ON_TARGET = "on_target"
    ABOVE = "above"  # a neutral indicator: neither better nor worse
    BELOW = "below"


def target_status(current: float, target: float, direction: Direction, unit: str = "") -> TargetStatus:
    """Compared as written (to the unit's decimals): 6,36 and 6,40 both read 6,4, so on the target."""
    written = decimals(unit)
    difference = round(current, written) - round(target, written)
    if abs(difference) < 10 ** -(written + 3):
        return TargetStatus.ON_TARGET
    above = difference > 0
    if direction == Direction.NEUTRAAL:
        return TargetStatus.ABOVE if above else TargetStatus.BELOW
    better = above == (direction == Direction.HOGER_BETER)
    if better:
        return TargetStatus.BETTER_ABOVE if above else TargetStatus.BETTER_BELOW
    return TargetStatus.WORSE_ABOVE if above else TargetStatus.WORSE_BELOW


def target_text(status: TargetStatus | str | None, lang: Lang = "nl") -> str:
    """The status as the cards, the trends table and the dossier write it; None: no target."""
    return t(f"numbers.status.{status or 'no_target'}", lang)


class SmallGroups(StrEnum):
    """Why the municipality and the organisation can see different figures for the same filters."""

    LEFT_OUT = "left_out"  # this (outside) viewer's figure leaves groups under the threshold out
    COUNTED = "counted"  # this (inside) viewer's figure counts groups the municipality does not see


def small_groups_text(small_groups: SmallGroups | str | None, lang: Lang = "nl") -> str | None:
    """What a card says about small groups behind its figure, or None when there are none."""
    return t(f"numbers.small_groups.{small_groups}", lang, threshold=min_cell_size()) if small_groups else None


@dataclass(frozen=True)
class IndicatorSummary:
    """What a card says about one indicator over the chosen period."""

    baseline: float | None  # mean of the first three shown months
    current: float | None  # mean of the last three shown months
    target: float | None  # target of the last shown month
    on_track: bool | None  # better than or on the target, in the indicator's direction; None when neutral
    suppressed_months: int
    status: TargetStatus | None = None  # None: no figure or no target
    small_groups: SmallGroups | None = None  # None: no shown month rests partly on a small group


def summarise(series: pd.DataFrame, direction: Direction | str, *, unit: str = "") -> IndicatorSummary:
    shown = series.dropna(subset=["value"]).sort_values("month")
    suppressed = int(series["suppressed"].sum()) if not series.empty else 0
    if shown.empty:
        return IndicatorSummary(None, None, None, None, suppressed)
    baseline = float(shown["value"].head(3).mean())
    current = float(shown["value"].tail(3).mean())
    small_groups = _small_groups(shown)
    target_values = series.sort_values("month")["target"].dropna()
    target = float(target_values.iloc[-1]) if not target_values.empty else None
    if target is None:
        return IndicatorSummary(baseline, current, None, None, suppressed, None, small_groups)
    status = target_status(current, target, Direction(direction), unit)
    on_track = None if Direction(direction) == Direction.NEUTRAAL else not status.startswith("worse")
    return IndicatorSummary(baseline, current, target, on_track, suppressed, status, small_groups)


def _small_groups(shown: pd.DataFrame) -> SmallGroups | None:
    if "left_out" in shown and shown["left_out"].sum() > 0:
        return SmallGroups.LEFT_OUT
    if "small_groups" in shown and shown["small_groups"].sum() > 0:
        return SmallGroups.COUNTED
    return None


@dataclass(frozen=True)
class IndicatorCard:
    indicator: dict
    series: pd.DataFrame
    summary: IndicatorSummary


def indicator_cards(store: Store, viewer: Viewer, filters: Filters, *, limit: int = 4) -> list[IndicatorCard]:
    """Key indicators with their monthly series and summary, ready to draw; each indicator as a
    plain row (None where a value is missing)."""
    indicators = store.rows(*_key_indicators(viewer, filters, limit))
    series = monthly_series(store, viewer, filters, [indicator["id"] for indicator in indicators])
    cards = []
    for indicator in indicators:
        own = series[series["indicator_id"] == indicator["id"]]
        cards.append(IndicatorCard(indicator, own, summarise(own, indicator["direction"], unit=indicator["unit"])))
    return cards


def neighbourhood_comparison(store: Store, viewer: Viewer, filters: Filters, indicator_id: str) -> list[dict[str, Any]]:
    """Per neighbourhood: baseline (first three months) against current (last three), and target.

    A neighbourhood whose months all rest on too few people shows no number for outside viewers.
    """
    cells = series(store, viewer, filters, [indicator_id], by_neighbourhood=True)
    indicator = store.row("SELECT direction, unit FROM indicator WHERE id = ?", [indicator_id]) or {}
    direction, unit = indicator.get("direction", Direction.NEUTRAAL), indicator.get("unit", "")
    names = dict(store.query("SELECT code, name FROM neighbourhood").itertuples(index=False))
    rows = []
    for code, own in cells.groupby("neighbourhood_code", sort=False):
        summary = summarise(own, direction, unit=unit)
        rows.append(
            {
                "neighbourhood": names.get(code, code),
                "baseline": summary.baseline,
                "current": summary.current,
                "target": summary.target,
                "on_track": summary.on_track,
                "status": summary.status,
                "suppressed": summary.current is None,
            }
        )
    return rows


def indicator_library(store: Store, viewer: Viewer) -> pd.DataFrame:
    """Every indicator measured in a programme this viewer sees: where, who chose it, which ambition."""
    scope = viewer.programme_scope()
    return store.query(
        f"""
        WITH used AS (SELECT DISTINCT indicator_id, programme_id FROM measurement WHERE {scope.sql})
        SELECT i.id, i.name, i.definition, i.unit, i.chain_level, i.set_by, i.set_by <> 'samen' AS one_party,
               a.title AS ambition,
               string_agg(DISTINCT p.pyramid_level, ', ' ORDER BY p.pyramid_level) AS pyramid_levels,
               string_agg(DISTINCT p.name, ', ' ORDER BY p.name) AS programmes
        FROM indicator i
        LEFT JOIN ambition a ON a.id = i.ambition_id
        JOIN used u ON u.indicator_id = i.id
        JOIN programme p ON p.id = u.programme_id
        WHERE i.id NOT LIKE 'SYN%'
        GROUP BY ALL
        ORDER BY i.id
        """,
        scope.params,
    )


def indicators_without_ambition(library: pd.DataFrame) -> list[str]:
    """The names of the library's indicators that serve no municipal ambition."""
    return list(library.loc[library["ambition"].isna(), "name"])


def ambitions_without_indicator(store: Store, viewer: Viewer) -> pd.DataFrame:
    """Municipal ambitions no indicator serves: what does the municipality want that nobody registers?"""
    scope = viewer.municipality_scope("a.municipality_code")
    return store.query(
        f"""
        SELECT a.id, a.title FROM ambition a
        WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.ambition_id = a.id) AND {scope.sql}
        ORDER BY a.id
        """,
        scope.params,
    )
