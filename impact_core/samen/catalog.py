"""Reference lists the filter bar and pages choose from."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from impact_core.access.viewer import Viewer
from impact_core.condition import Condition, joint_params
from impact_core.db.store import Store, remembered
from impact_core.models import ReasoningStep
from impact_core.samen import reasoning


@remembered  # read on every rerun by the filter bar
def programmes(store: Store, viewer: Viewer) -> pd.DataFrame:
    """Programmes this viewer may look at: its own organisation's, or those its municipality funds."""
    scope = viewer.programme_scope("p.id")
    return store.query(
        f"""
        SELECT p.id, p.name, p.pyramid_level, p.target_group, p.description, p.domains, o.name AS organisation
        FROM programme p JOIN organisation o ON o.id = p.organisation_id
        WHERE {scope.sql}
        ORDER BY p.name
        """,
        scope.params,
    )


@remembered  # read on every rerun by the filter bar
def neighbourhoods(store: Store, viewer: Viewer) -> pd.DataFrame:
    scope = viewer.municipality_scope()
    return store.query(f"SELECT code, name FROM neighbourhood WHERE {scope.sql} ORDER BY name", scope.params)


@remembered  # read on every rerun by the filter bar
def month_range(store: Store, viewer: Viewer) -> tuple[dt.date, dt.date] | None:
    """First and last month with measurements or stories."""
    row = store.query(
        """
        SELECT min(m) AS first, max(m) AS last FROM (
            SELECT min(month) AS m FROM measurement UNION ALL SELECT max(month) FROM measurement
            UNION ALL SELECT date_trunc('month', min(collected_on)) FROM story
            UNION ALL SELECT date_trunc('month', max(collected_on)) FROM story)
        """
    ).iloc[0]
    if pd.isna(row["first"]):
        return None
    return pd.Timestamp(row["first"]).date(), pd.Timestamp(row["last"]).date()


# A programme's outcomes, id -> description: the filter bar's list, read on every rerun.
outcomes = remembered(reasoning.outcomes)


@remembered  # read on every rerun by the pages of one programme
def programme(store: Store, viewer: Viewer, programme_id: str | None) -> pd.Series | None:
    found = programmes(store, viewer)
    found = found[found["id"] == programme_id]
    return None if found.empty else found.iloc[0]


def link_names(store: Store, viewer: Viewer, ids: list[str]) -> dict[str, str]:
    """Names of linked indicators and stories; a story only when this viewer may see it."""
    if not ids:
        return {}
    indicators = Condition.values_in("id", "id", ids)
    stories = indicators & Condition.values_in("consent", "consent", viewer.story_scopes) & viewer.programme_scope()
    rows = store.query(
        f"""
        SELECT id, name FROM indicator WHERE {indicators.sql}
        UNION ALL
        SELECT id, {"masked_title" if viewer.is_outside else "title"} FROM story WHERE {stories.sql}
        """,
        joint_params(indicators, stories),
    )
    return dict(rows.itertuples(index=False))


@remembered  # read on every rerun in presentation mode
def funder(store: Store, viewer: Viewer) -> str | None:
    """The municipality that funds the viewer's organisation (the first, when several do)."""
    return store.scalar(
        "SELECT min(municipality_code) FROM funding WHERE organisation_id = ?", [viewer.organisation_id]
    )


def meetings(store: Store, viewer: Viewer) -> pd.DataFrame:
    """The meetings this viewer takes part in, newest first."""
    scope = viewer.meeting_scope("m")
    return store.query(
        f"SELECT m.id, m.held_on, m.title FROM meeting m WHERE {scope.sql} ORDER BY m.held_on DESC", scope.params
    )


def reasoning_steps(store: Store, viewer: Viewer, programme_id: str | None) -> dict[str, str]:
    """The steps of a programme's reasoning line, in order, as 'level: description'."""
    scope = viewer.programme_scope()
    rows = store.query(
        f"SELECT id, level, {viewer.readable(ReasoningStep, 'description')} FROM reasoning_step"
        f" WHERE programme_id = $programme AND {scope.sql}"
        " ORDER BY position, id",
        scope.params_with(programme=programme_id),
    )
    return {row.id: f"{row.level}: {row.description}" for row in rows.itertuples()}


def funders(store: Store, viewer: Viewer, programme_id: str | None) -> pd.DataFrame:
    """The municipalities funding a programme (code, name) that this viewer may speak for:
    every funder for people inside the organisation, only its own for a municipality."""
    scope = viewer.programme_scope("p.id") & viewer.municipality_scope("m.code")
    return store.query(
        f"""
        SELECT m.code, m.name FROM programme p
        JOIN funding f ON f.organisation_id = p.organisation_id
        JOIN municipality m ON m.code = f.municipality_code
        WHERE p.id = $programme AND {scope.sql}
        ORDER BY m.code
        """,
        scope.params_with(programme=programme_id),
    )
