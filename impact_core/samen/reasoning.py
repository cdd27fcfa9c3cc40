"""Reasoning lines (theories of change) and the evidence each track holds for their steps.

A step is evidenced by numbers (indicators linked through ``indicator_step``), by stories
(``story_step``) and by craft: reflections about a story or indicator of that step. Counts
follow the viewer's scope, so the municipality's coverage map rests only on what it may see.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

import pandas as pd
from pydantic import ValidationError

from impact_core.access import audit, policy
from impact_core.access.deidentify import with_masked
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving.collection import story_columns, visible_stories
from impact_core.condition import joint_params
from impact_core.db.ids import new_step_id
from impact_core.db.store import Cursor, Store
from impact_core.filters import Filters
from impact_core.models import ReasoningLink, ReasoningStep, Reflection
from impact_core.refusal import Invalid, NotAllowed, Phrase, field_errors
from impact_core.vakmanschap.reflections import visible_reflections

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
    scope = viewer.programme_scope("s.programme_id")
    steps = store.query(
        f"""
        SELECT s.id, s.level, {viewer.readable(ReasoningStep, "description", alias="s")}, s.position
        FROM reasoning_step s
        WHERE s.programme_id = $programme AND {scope.sql}
        ORDER BY s.position, s.id
        """,
        scope.params_with(programme=programme_id),
    )
    links = store.query(
        f"""
        SELECT l.from_step, l.to_step, l.assumption, l.confidence, l.evidence
        FROM reasoning_link l JOIN reasoning_step s ON s.id = l.from_step
        WHERE s.programme_id = $programme AND {scope.sql}
        ORDER BY l.from_step, l.to_step
        """,
        scope.params_with(programme=programme_id),
    )
    return ReasoningLine(steps, links)


def outcomes(store: Store, viewer: Viewer, programme_id: str | None) -> dict[str, str]:
    """The outcome and impact steps of a programme, id -> description, in order."""
    steps = line(store, viewer, programme_id).steps
    steps = steps[steps["level"].isin(OUTCOME_LEVELS)]
    return dict(zip(steps["id"], steps["description"], strict=True))


def _evidence_links(viewer: Viewer, filters: Filters) -> tuple[str, dict[str, object]]:
    """The WITH clause both the counts and a step's evidence read: the programme's steps, and
    which indicators, stories and reflections back each, as far as the viewer may see them."""
    filters = replace(filters, outcome=None)  # every step counts, not only the chosen outcome
    stories = visible_stories(viewer, filters, alias="st")
    reflections = visible_reflections(viewer, filters, alias="r")
    scope = viewer.programme_scope("s.programme_id")
    sql = f"""
        WITH steps AS (
            SELECT s.id, s.level, {viewer.readable(ReasoningStep, "description", alias="s")}, s.position
            FROM reasoning_step s
            WHERE s.programme_id = $programme AND {scope.sql}
        ),
        step_stories AS (
            SELECT l.step_id, st.id AS story_id FROM story_step l JOIN story st ON st.id = l.story_id
            WHERE {stories.sql}
        ),
        step_indicators AS (
            SELECT l.step_id, l.indicator_id FROM indicator_step l
            JOIN steps ON steps.id = l.step_id
        ),
        -- An instrument's domain linked to a step is evidence in the numbers track too.
        step_instruments AS (
            SELECT l.step_id, l.instrument, l.domain FROM instrument_step l
            JOIN steps ON steps.id = l.step_id
        ),
        shown_reflections AS (
            SELECT r.id, r.story_ids, r.indicator_ids FROM reflection r WHERE {reflections.sql}
        ),
        -- Joins on the unnested lists: a correlated list per step cost 15 ms where this costs 2.
        step_reflections AS (
            SELECT s.step_id, about.id AS reflection_id
            FROM (SELECT id, unnest(story_ids) AS story_id FROM shown_reflections) about
            JOIN step_stories s ON s.story_id = about.story_id
            UNION
            SELECT i.step_id, about.id
            FROM (SELECT id, unnest(indicator_ids) AS indicator_id FROM shown_reflections) about
            JOIN step_indicators i ON i.indicator_id = about.indicator_id
        )
    """
    return sql, joint_params(scope, stories, reflections, programme=filters.programme)


def evidence(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """Per step of the filtered programme: how many indicators, stories and reflections back it,
    and for outcome and impact steps the coverage verdict."""
    links, params = _evidence_links(viewer, filters)
    found = store.query(
        f"""
        {links}
        SELECT steps.id, steps.level, steps.description, steps.position,
               coalesce(i.n, 0) + coalesce(o.n, 0) AS indicators, coalesce(s.n, 0) AS stories,
               coalesce(r.n, 0) AS reflections
        FROM steps
        LEFT JOIN (SELECT step_id, count(*) AS n FROM step_indicators GROUP BY step_id) i ON i.step_id = steps.id
        LEFT JOIN (SELECT step_id, count(*) AS n FROM step_instruments GROUP BY step_id) o ON o.step_id = steps.id
        LEFT JOIN (SELECT step_id, count(*) AS n FROM step_stories GROUP BY step_id) s ON s.step_id = steps.id
        LEFT JOIN (SELECT step_id, count(*) AS n FROM step_reflections GROUP BY step_id) r ON r.step_id = steps.id
        ORDER BY steps.position, steps.id
        """,
        params,
    )
    found["coverage"] = [
        coverage_of(*counts) if level in OUTCOME_LEVELS else None
        for level, *counts in found[["level", *TRACKS]].itertuples(index=False, name=None)
    ]
    return found


@dataclass(frozen=True)
class StepEvidence:
    """What backs one step, per track, as the viewer may read it: the rows behind ``evidence``'s counts."""

    indicators: list[dict]  # id, name, unit, direction
    stories: list[dict]  # id, title, text, collected_on, valence, intention (masked outside the organisation)
    reflections: list[dict]  # id, kind, reflected_on, professional (None outside), what_happened, learned
    instruments: list[dict] = field(default_factory=list)  # instrument, domain (ZRM, Positieve Gezondheid)


def step_evidence(store: Store, viewer: Viewer, filters: Filters, step_id: str) -> StepEvidence:
    """The indicators, stories and reflections behind one step of the filtered programme; a step
    outside the viewer's scope has none."""
    links, params = _evidence_links(viewer, filters)
    params = {**params, "step": step_id}
    indicators = store.rows(
        f"""{links}
        SELECT i.id, i.name, i.unit, i.direction FROM step_indicators l JOIN indicator i ON i.id = l.indicator_id
        WHERE l.step_id = $step ORDER BY i.name, i.id""",
        params,
    )
    stories = store.rows(
        f"""{links}
        SELECT st.id, {story_columns(viewer, "st")}, st.collected_on, st.valence, st.intention
        FROM step_stories l JOIN story st ON st.id = l.story_id
        WHERE l.step_id = $step ORDER BY st.collected_on DESC, st.id""",
        params,
    )
    professional = "r.professional" if viewer.sees_professional_names else "NULL"
    reflections = store.rows(
        f"""{links}
        SELECT r.id, r.kind, r.reflected_on, {professional} AS professional,
               {viewer.readable(Reflection, "what_happened", "learned", alias="r")}
        FROM step_reflections l JOIN reflection r ON r.id = l.reflection_id
        WHERE l.step_id = $step ORDER BY r.reflected_on DESC, r.id""",
        params,
    )
    instruments = store.rows(
        f"""{links}
        SELECT l.instrument, l.domain FROM step_instruments l WHERE l.step_id = $step ORDER BY ALL""",
        params,
    )
    return StepEvidence(indicators, stories, reflections, instruments)


def coverage_of(indicators: int, stories: int, reflections: int) -> Coverage:
    held = [track for track, count in zip(TRACKS, (indicators, stories, reflections), strict=True) if count]
    if not held:
        return Coverage.BLIND_SPOT
    if len(held) == 3:
        return Coverage.ALL_TRACKS
    if len(held) == 2:
        return Coverage.TWO_TRACKS
    return {
        "indicators": Coverage.NUMBERS_ONLY,
        "stories": Coverage.STORIES_ONLY,
        "reflections": Coverage.CRAFT_ONLY,
    }[held[0]]


def coverage(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """The coverage map: each outcome and impact step against the three tracks, with its verdict."""
    return outcomes_only(evidence(store, viewer, filters))


def outcomes_only(evidence: pd.DataFrame) -> pd.DataFrame:
    """The outcome and impact rows of ``evidence``: the coverage map, without reading again."""
    return evidence[evidence["level"].isin(OUTCOME_LEVELS)].reset_index(drop=True)


def outcome_coverage(mapped: pd.DataFrame, outcome: str | None) -> Coverage | None:
    """The chosen outcome's verdict in a coverage map, or None when no outcome is chosen."""
    if not outcome:
        return None
    found = mapped[mapped["id"] == outcome]["coverage"]
    return None if found.empty else Coverage(found.iloc[0])


class InvalidLine(Invalid):
    def __init__(self, problems: list[Phrase]) -> None:
        super().__init__("reasoning.refusal.not_saved", *problems)


def _may_edit(store: Store, viewer: Viewer, programme_id: str) -> None:
    """A reasoning line is drawn up together: organisation and municipality may edit it, the
    shared screen only shows it."""
    policy.require(viewer, Action.EDIT_REASONING_LINE)
    scope = viewer.programme_scope("id")
    if not store.scalar(
        f"SELECT count(*) FROM programme WHERE id = $programme AND {scope.sql}",
        scope.params_with(programme=programme_id),
    ):
        raise NotAllowed("reasoning.refusal.programme_outside_role", programme=programme_id)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == ""


def save_steps(store: Store, viewer: Viewer, programme_id: str, rows: Iterable[Mapping[str, object]]) -> None:
    """Make the programme's steps these rows: rows without id are new, steps left out are removed.
    A removed step that stories, methods or tested assumptions still rest on is refused, so
    nothing linked to it is lost."""
    _may_edit(store, viewer, programme_id)
    steps, problems = [], []
    for number, row in enumerate(rows, start=1):
        values = {key: value for key, value in row.items() if not _blank(value)}
        values.setdefault("id", new_step_id(programme_id))
        try:
            steps.append(ReasoningStep.model_validate({**values, "programme_id": programme_id}))
        except ValidationError as failure:
            problems += [
                Phrase("reasoning.refusal.step", number=number, problem=problem)
                for problem in field_errors(failure, ReasoningStep)
            ]
    if problems:
        raise InvalidLine(problems)
    read = "SELECT id, description, masked_description FROM reasoning_step WHERE programme_id = ?"
    with store.cursor() as cur:
        stored = {row[0]: (row[1], row[2]) for row in cur.execute(read, [programme_id]).fetchall()}
    # The masker takes its time: it runs before the write, on new wording only.
    fresh = {
        step.description: with_masked(step).masked_description
        for step in steps
        if _kept(step, stored.get(step.id), viewer) is None
    }

    def write(cur: Cursor) -> list[str]:
        existing = {row[0]: (row[1], row[2]) for row in cur.execute(read, [programme_id]).fetchall()}
        removed = sorted(set(existing) - {step.id for step in steps})
        _refuse_linked(cur, viewer, removed)
        for step_id in removed:
            cur.execute("DELETE FROM reasoning_link WHERE from_step = ? OR to_step = ?", [step_id, step_id])
            cur.execute("DELETE FROM indicator_step WHERE step_id = ?", [step_id])
        for step in steps:
            raw, masked = _kept(step, existing.get(step.id), viewer) or (
                step.description,
                fresh[step.description] if step.description in fresh else with_masked(step).masked_description,
            )
            values = [step.level.value, raw, masked, step.position, step.id]
            if step.id in existing:
                cur.execute(
                    "UPDATE reasoning_step SET level = ?, description = ?, masked_description = ?, position = ?"
                    " WHERE id = ?",
                    values,
                )
            else:
                cur.execute(
                    "INSERT INTO reasoning_step (level, description, masked_description, position, id, programme_id)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [*values, programme_id],
                )
        audit.record(cur, viewer, "redeneerlijn: stappen bewaard", "reasoning_step", programme_id)
        return removed

    removed = store.write(write)
    if removed:
        # DuckDB refuses to delete a row in the transaction that removed the rows pointing at it;
        # what pointed at these steps is gone already, so only the bare steps are left to remove.
        store.write(
            lambda cur: cur.execute("DELETE FROM reasoning_step WHERE list_contains(?, id)", [removed]).fetchall()
        )


def _kept(step: ReasoningStep, stored: tuple[str, str | None] | None, viewer: Viewer) -> tuple[str, str | None] | None:
    """The stored description and its twin when the step comes back with the words this viewer
    read: outside the organisation the editor shows the masked twin, and handing it back
    unchanged leaves the organisation's own words as they were."""
    if stored is None:
        return None
    raw, masked = stored
    return stored if step.description in (raw, masked if viewer.is_outside else raw) else None


def _refuse_linked(cur: Cursor, viewer: Viewer, step_ids: list[str]) -> None:
    if not step_ids:
        return
    marks = ", ".join("?" for _ in step_ids)
    held = cur.execute(
        f"""
        SELECT {viewer.readable(ReasoningStep, "description", alias="s")},
               (SELECT count(*) FROM story_step l WHERE l.step_id = s.id) AS stories,
               (SELECT count(*) FROM method m WHERE m.step_id = s.id) AS methods,
               (SELECT count(*) FROM assumption_test a WHERE s.id IN (a.from_step, a.to_step)) AS tests
        FROM reasoning_step s WHERE s.id IN ({marks}) ORDER BY s.position
        """,
        step_ids,
    ).fetchall()
    problems = [
        Phrase("reasoning.refusal.step_held", step=description, stories=stories, methods=methods, tests=tests)
        for description, stories, methods, tests in held
        if stories or methods or tests
    ]
    if problems:
        raise InvalidLine(problems)


def save_links(store: Store, viewer: Viewer, programme_id: str, rows: Iterable[Mapping[str, object]]) -> None:
    """Make the links between the programme's steps these rows (from, to, assumption, confidence,
    evidence); a link with tested assumptions cannot be removed."""
    _may_edit(store, viewer, programme_id)
    steps = set(line(store, viewer, programme_id).steps["id"])
    links: list[ReasoningLink] = []
    problems: list[Phrase] = []
    for number, row in enumerate(rows, start=1):
        values = {key: value for key, value in row.items() if not _blank(value)}
        try:
            link = ReasoningLink.model_validate(values)
        except ValidationError as failure:
            problems += [
                Phrase("reasoning.refusal.link", number=number, problem=problem)
                for problem in field_errors(failure, ReasoningLink)
            ]
            continue
        if {link.from_step, link.to_step} - steps:
            problems.append(Phrase("reasoning.refusal.link_outside", number=number))
        elif link.from_step == link.to_step:
            problems.append(Phrase("reasoning.refusal.link_to_itself", number=number))
        elif (link.from_step, link.to_step) in {(known.from_step, known.to_step) for known in links}:
            problems.append(Phrase("reasoning.refusal.link_twice", number=number))
        links.append(link)
    if problems:
        raise InvalidLine(problems)

    def write(cur: Cursor) -> None:
        existing = set(
            cur.execute(
                "SELECT from_step, to_step FROM reasoning_link l JOIN reasoning_step s ON s.id = l.from_step"
                " WHERE s.programme_id = ?",
                [programme_id],
            ).fetchall()
        )
        removed = existing - {(link.from_step, link.to_step) for link in links}
        for from_step, to_step in sorted(removed):
            if cur.execute(
                "SELECT 1 FROM assumption_test WHERE from_step = ? AND to_step = ?", [from_step, to_step]
            ).fetchall():
                raise InvalidLine([Phrase("reasoning.refusal.link_tested", from_step=from_step, to_step=to_step)])
            cur.execute("DELETE FROM reasoning_link WHERE from_step = ? AND to_step = ?", [from_step, to_step])
        for link in links:
            values = [link.assumption, link.confidence, link.evidence, link.from_step, link.to_step]
            if (link.from_step, link.to_step) in existing:
                cur.execute(
                    "UPDATE reasoning_link SET assumption = ?, confidence = ?, evidence = ?"
                    " WHERE from_step = ? AND to_step = ?",
                    values,
                )
            else:
                cur.execute(
                    "INSERT INTO reasoning_link (assumption, confidence, evidence, from_step, to_step)"
                    " VALUES (?, ?, ?, ?, ?)",
                    values,
                )
        audit.record(cur, viewer, "redeneerlijn: schakels bewaard", "reasoning_link", programme_id)

    store.write(write)


def indicator_links(store: Store, viewer: Viewer, programme_id: str | None) -> dict[str, list[str]]:
    """Step id -> the indicators linked to it as evidence."""
    scope = viewer.programme_scope("s.programme_id")
    rows = store.query(
        f"""
        SELECT s.id, coalesce(list(l.indicator_id ORDER BY l.indicator_id)
                              FILTER (WHERE l.indicator_id IS NOT NULL), []) AS ids
        FROM reasoning_step s LEFT JOIN indicator_step l ON l.step_id = s.id
        WHERE s.programme_id = $programme AND {scope.sql} GROUP BY s.id
        """,
        scope.params_with(programme=programme_id),
    )
    return {row.id: list(row.ids) for row in rows.itertuples()}


def save_indicator_links(store: Store, viewer: Viewer, programme_id: str, links: Mapping[str, list[str]]) -> None:
    """Which indicators are evidence for which step of the programme (replaces what was there)."""
    _may_edit(store, viewer, programme_id)
    steps = set(line(store, viewer, programme_id).steps["id"])
    if unknown := sorted(set(links) - steps):
        raise InvalidLine([Phrase("reasoning.refusal.step_outside", step=step) for step in unknown])

    def write(cur: Cursor) -> None:
        for step_id, indicator_ids in links.items():
            cur.execute("DELETE FROM indicator_step WHERE step_id = ?", [step_id])
            for indicator_id in dict.fromkeys(indicator_ids):
                if not cur.execute("SELECT 1 FROM indicator WHERE id = ?", [indicator_id]).fetchall():
                    raise InvalidLine([Phrase("reasoning.refusal.no_indicator", indicator=indicator_id)])
                cur.execute("INSERT INTO indicator_step VALUES (?, ?)", [indicator_id, step_id])
        audit.record(cur, viewer, "redeneerlijn: indicatoren gekoppeld", "indicator_step", programme_id)

    store.write(write)
