"""The stories track: the most significant stories and what the collection says."""

from __future__ import annotations

import pandas as pd

from impact_core.filters import Filters
from impact_core.privacy import Viewer, visible
from impact_core.store import Store

_LEVEL_ORDER = "CASE selected_level WHEN 'gemeente' THEN 0 WHEN 'organisatie' THEN 1 WHEN 'team' THEN 2 ELSE 3 END"


def _visible(viewer: Viewer, filters: Filters) -> tuple[str, list]:
    where, params = visible(viewer, filters, date_column="collected_on", neighbourhood_column="neighbourhood_code")
    scopes = viewer.story_scopes
    return f"{where} AND consent IN ({', '.join('?' for _ in scopes)})", [*params, *scopes]


def significant_stories(store: Store, viewer: Viewer, filters: Filters, *, limit: int = 3) -> pd.DataFrame:
    """Stories the panels selected at the highest level first, then the most recent."""
    where, params = _visible(viewer, filters)
    return store.query(
        f"""
        SELECT id, title, text, significance, storyteller_role, domain, collected_on,
               valence, intention, directness, selected_level
        FROM story WHERE {where}
        ORDER BY {_LEVEL_ORDER}, collected_on DESC, id
        LIMIT ?
        """,
        [*params, limit],
    )


def story_counts(store: Store, viewer: Viewer, filters: Filters) -> dict[str, int]:
    """How many visible stories, and how many tell of negative or unintended change."""
    where, params = _visible(viewer, filters)
    row = store.query(
        f"""
        SELECT count(*) AS total,
               count(*) FILTER (WHERE valence = 'negatief') AS negative,
               count(*) FILTER (WHERE intention = 'onbedoeld') AS unintended,
               count(*) FILTER (WHERE selected_level IS NOT NULL) AS selected
        FROM story WHERE {where}
        """,
        params,
    ).iloc[0]
    return {key: int(value) for key, value in row.items()}
