"""Reasoning lines (theories of change) and the evidence each track holds for their steps.

A step is evidenced by numbers (indicators linked through ``indicator_step``), by stories
(``story_step``) and by craft: reflections about a story or indicator of that step. Counts
follow the viewer's scope, so the municipality's coverage map rests only on what it may see.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from impact_core.betekenisgeving import visible_stories
from impact_core.filters import Filters
from impact_core.privacy import Viewer
from impact_core.store import Store
from impact_core.vakmanschap import visible_reflections

TRACKS = ("indicators", "stories", "reflections")
OUTCOME_LEVELS = ("uitkomst", "impact")


class Coverage(StrEnum):
    """How an outcome is evidenced, from the three tracks together."""

    ALL_TRACKS = "alle_sporen"
    TWO_TRACKS = "twee_sporen"
    NUMBERS_ONLY = "alleen_cijfers"
    STORIES_ONLY = "alleen_verhalen"
    CRAFT_ONLY = "alleen_vakmanschap"
    BLIND_SPOT = "blinde_vlek"


@dataclass(frozen=True)
class ReasoningLine:
    steps: pd.DataFrame  # id, level, description, position
    links: pd.DataFrame  # from_step, to_step, assumption, confidence, evidence


def line(store: Store, viewer: Viewer, programme_id: str | None) -> ReasoningLine:
    """A programme's steps in order and the links between them; empty outside the viewer's scope."""
    scope, params = viewer.programme_scope("s.programme_id")
    steps = store.query(
        f"""
        SELECT s.id, s.level, s.description, s.position FROM reasoning_step s
        WHERE s.programme_id = ? AND {scope}
        ORDER BY s.position, s.id
        """,
        [programme_id, *params],
    )
    links = store.query(
        f"""
        SELECT l.from_step, l.to_step, l.assumption, l.confidence, l.evidence
        FROM reasoning_link l JOIN reasoning_step s ON s.id = l.from_step
        WHERE s.programme_id = ? AND {scope}
        ORDER BY l.from_step, l.to_step
        """,
        [programme_id, *params],
    )
    return ReasoningLine(steps, links)


def evidence(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """Per step of the filtered programme: how many indicators, stories and reflections back it."""
    stories_where, story_params = visible_stories(viewer, filters, alias="st")
    reflections_where, reflection_params = visible_reflections(viewer, filters, alias="r")
    scope, scope_params = viewer.programme_scope("s.programme_id")
    return store.query(
        f"""
        WITH steps AS (
            SELECT s.id, s.level, s.description, s.position FROM reasoning_step s
            WHERE s.programme_id = ? AND {scope}
        ),
        step_stories AS (
            SELECT l.step_id, st.id AS story_id FROM story_step l JOIN story st ON st.id = l.story_id
            WHERE {stories_where}
        ),
        step_indicators AS (
            SELECT l.step_id, l.indicator_id FROM indicator_step l
            JOIN steps ON steps.id = l.step_id
        ),
        step_reflections AS (
            SELECT DISTINCT steps.id AS step_id, r.id AS reflection_id
            FROM steps JOIN reflection r ON
                list_has_any(r.story_ids, coalesce(
                    (SELECT list(story_id) FROM step_stories WHERE step_id = steps.id), []::VARCHAR[]))
                OR list_has_any(r.indicator_ids, coalesce(
                    (SELECT list(indicator_id) FROM step_indicators WHERE step_id = steps.id), []::VARCHAR[]))
            WHERE {reflections_where}
        )
        SELECT steps.id, steps.level, steps.description, steps.position,
               (SELECT count(*) FROM step_indicators i WHERE i.step_id = steps.id) AS indicators,
               (SELECT count(*) FROM step_stories s WHERE s.step_id = steps.id) AS stories,
               (SELECT count(*) FROM step_reflections r WHERE r.step_id = steps.id) AS reflections
        FROM steps ORDER BY steps.position, steps.id
        """,
        [filters.programme, *scope_params, *story_params, *reflection_params],
    )


def coverage_of(indicators: int, stories: int, reflections: int) -> Coverage:
    held = [track for track, count in zip(TRACKS, (indicators, stories, reflections), strict=True) if count]
    if not held:
        return Coverage.BLIND_SPOT
    if len(held) == 3:
        return Coverage.ALL_TRACKS
    if len(held) == 2:
        return Coverage.TWO_TRACKS
    return {
        "indicators": Coverage.NUMBERS_ONLY, "stories": Coverage.STORIES_ONLY, "reflections": Coverage.CRAFT_ONLY,
    }[held[0]]


def coverage(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """The coverage map: each outcome and impact step against the three tracks, with its verdict."""
    found = evidence(store, viewer, filters)
    outcomes = found[found["level"].isin(OUTCOME_LEVELS)].reset_index(drop=True)
    outcomes["coverage"] = [
        coverage_of(*counts) for counts in outcomes[list(TRACKS)].itertuples(index=False, name=None)
    ]
    return outcomes
