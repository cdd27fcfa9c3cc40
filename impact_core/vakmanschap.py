"""The craft track: reflections and moral deliberations of professionals."""

from __future__ import annotations

import pandas as pd

from impact_core.filters import Filters
from impact_core.privacy import Viewer
from impact_core.store import Store


def _visible(viewer: Viewer, filters: Filters) -> tuple[str, list]:
    # Reflections belong to the programme, not to a neighbourhood.
    where, params = filters.conditions(date_column="reflected_on", neighbourhood_column=None)
    shown = viewer.reflection_visibilities
    return f"{where} AND visibility IN ({', '.join('?' for _ in shown)})", [*params, *shown]


def recent_reflections(store: Store, viewer: Viewer, filters: Filters, *, limit: int = 4) -> pd.DataFrame:
    """The latest reflections; outside viewers see the role, never the pseudonym."""
    where, params = _visible(viewer, filters)
    return store.query(
        f"""
        SELECT id, reflected_on, kind, method, "values",
               CASE WHEN ? THEN professional
                    ELSE trim(regexp_replace(professional, '\\(.*\\)', '')) END AS professional,
               what_happened, learned, dilemma, values_in_tension, choice
        FROM reflection WHERE {where}
        ORDER BY reflected_on DESC, id
        LIMIT ?
        """,
        [viewer.sees_professional_names, *params, limit],
    )


def craft_counts(store: Store, viewer: Viewer, filters: Filters) -> dict[str, int]:
    where, params = _visible(viewer, filters)
    row = store.query(
        f"""
        SELECT count(*) AS total, count(*) FILTER (WHERE kind = 'moreel_beraad') AS dilemmas
        FROM reflection WHERE {where}
        """,
        params,
    ).iloc[0]
    return {key: int(value) for key, value in row.items()}


def values_touched(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """How often each professional value came up in the visible reflections."""
    where, params = _visible(viewer, filters)
    return store.query(
        f"""
        SELECT value, count(*) AS times
        FROM (SELECT unnest("values") AS value FROM reflection WHERE {where})
        GROUP BY value ORDER BY times DESC, value
        """,
        params,
    )
