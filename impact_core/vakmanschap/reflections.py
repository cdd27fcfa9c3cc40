"""The craft track: reflections, moral deliberations, methods and the learning log."""

from __future__ import annotations

from typing import Any

import pandas as pd

from impact_core.access import audit, policy
from impact_core.access.deidentify import with_masked
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer, visible
from impact_core.condition import Condition, joint_params
from impact_core.db.ids import new_id
from impact_core.db.store import Cursor, Store, insert_frame
from impact_core.filters import Filters
from impact_core.models import AssumptionTest, ReasoningStep, Reflection, ReflectionKind
from impact_core.refusal import Invalid

PROFESSION_VALUES = ("trouw", "nabijheid", "gelijkwaardigheid", "innovatief_vermogen")


def visible_reflections(viewer: Viewer, filters: Filters, *, alias: str = "r") -> Condition:
    # Reflections belong to the programme, not to a neighbourhood.
    where = visible(viewer, filters, date_column="reflected_on", neighbourhood_column=None, alias=alias)
    where &= Condition.values_in(f"{alias}.visibility", "visibility", viewer.reflection_visibilities)
    if filters.outcome:
        # A reflection speaks to an outcome through the stories and indicators it is about.
        where &= Condition(
            f"""(list_has_any({alias}.story_ids, (SELECT list(story_id) FROM story_step WHERE step_id = $outcome))
                 OR list_has_any({alias}.indicator_ids,
                                 (SELECT list(indicator_id) FROM indicator_step WHERE step_id = $outcome)))""",
            {"outcome": filters.outcome},
        )
    return where


def recent_reflections(
    store: Store, viewer: Viewer, filters: Filters, *, limit: int = 4, kind: str | None = None, value: str | None = None
) -> list[dict[str, Any]]:
    """The latest reflections; outside viewers see the role, never the pseudonym."""
    where = visible_reflections(viewer, filters)
    return store.rows(
        f"""
        SELECT r.id, r.reflected_on, r.kind, r.method, r."values",
               CASE WHEN $names THEN r.professional
                    ELSE trim(regexp_replace(r.professional, '\\(.*\\)', '')) END AS professional,
               {viewer.readable(Reflection, *Reflection.__masked__, alias="r")},
               r.followed_up, r.visibility, r.story_ids, r.indicator_ids,
               t.name AS dilemma_theme, c.title AS code_article
        FROM reflection r
        LEFT JOIN dilemma_theme t ON t.id = r.dilemma_theme_id
        LEFT JOIN code_article c ON c.id = r.code_article_id
        WHERE {where.sql} AND ($kind IS NULL OR r.kind = $kind)
          AND ($value IS NULL OR list_contains(r."values", $value))
        ORDER BY r.reflected_on DESC, r.id
        LIMIT $limit
        """,
        where.params_with(names=viewer.sees_professional_names, kind=kind, value=value, limit=limit),
    )


def craft_counts(store: Store, viewer: Viewer, filters: Filters) -> dict[str, int]:
    where = visible_reflections(viewer, filters)
    row = store.query(
        f"""
        SELECT count(*) AS total, count(*) FILTER (WHERE kind = 'moreel_beraad') AS dilemmas
        FROM reflection r WHERE {where.sql}
        """,
        where.params,
    ).iloc[0]
    return {key: int(value) for key, value in row.items()}


def values_touched(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """How often each professional value came up in the visible reflections."""
    where = visible_reflections(viewer, filters)
    return store.query(
        f"""
        SELECT value, count(*) AS times
        FROM (SELECT unnest(r."values") AS value FROM reflection r WHERE {where.sql})
        GROUP BY value ORDER BY times DESC, value
        """,
        where.params,
    )


def linked_ids(reflections: list[dict[str, Any]]) -> list[str]:
    """Every story and indicator id the given reflections link to."""
    ids = {
        item for reflection in reflections for column in ("story_ids", "indicator_ids") for item in reflection[column]
    }
    return sorted(ids)


def values_by_programme(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """Per programme the share of visible reflections touching each value (for a radar)."""
    where = visible_reflections(viewer, Filters(start=filters.start, end=filters.end))
    return store.query(
        f"""
        WITH touched AS (SELECT r.programme_id, unnest(r."values") AS value FROM reflection r WHERE {where.sql}),
             totals AS (SELECT r.programme_id, count(*) AS reflections FROM reflection r WHERE {where.sql}
                        GROUP BY ALL)
        SELECT p.name AS programme, t.value, count(*) / any_value(n.reflections) AS share
        FROM touched t JOIN totals n USING (programme_id) JOIN programme p ON p.id = t.programme_id
        GROUP BY ALL ORDER BY programme, value
        """,
        where.params,
    )


def values_over_time(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """How often each value came up per quarter."""
    where = visible_reflections(viewer, filters)
    return store.query(
        f"""
        SELECT quarter, value, count(*) AS times
        FROM (SELECT date_trunc('quarter', r.reflected_on) AS quarter, unnest(r."values") AS value
              FROM reflection r WHERE {where.sql})
        GROUP BY ALL ORDER BY quarter, value
        """,
        where.params,
    )


def dilemma_overview(store: Store, viewer: Viewer, filters: Filters) -> list[dict[str, Any]]:
    """Recurring dilemmas: how often each theme came up, and how often it was followed up."""
    where = visible_reflections(viewer, filters)
    return store.rows(
        f"""
        SELECT t.name AS theme, count(*) AS times,
               count(*) FILTER (WHERE r.followed_up) AS followed_up, max(r.reflected_on) AS latest
        FROM reflection r LEFT JOIN dilemma_theme t ON t.id = r.dilemma_theme_id
        WHERE {where.sql} AND r.kind = 'moreel_beraad'
        GROUP BY ALL ORDER BY times DESC, theme NULLS LAST
        """,
        where.params,
    )


def methods(store: Store, viewer: Viewer, filters: Filters) -> list[dict[str, Any]]:
    """The methods register, each with the reasoning-line step it serves."""
    scope = viewer.programme_scope("m.programme_id")
    return store.rows(
        f"""
        SELECT m.id, p.name AS programme, m.name, m.evidence_base, m.description,
               s.level AS step_level, {viewer.text(ReasoningStep, "description", "s")} AS step
        FROM method m JOIN programme p ON p.id = m.programme_id
        LEFT JOIN reasoning_step s ON s.id = m.step_id
        WHERE ($programme IS NULL OR m.programme_id = $programme) AND {scope.sql}
        ORDER BY p.name, coalesce(s.position, 99), m.name
        """,
        scope.params_with(programme=filters.programme),
    )


def learning_log(store: Store, viewer: Viewer, filters: Filters) -> list[dict[str, Any]]:
    """Which assumptions of a reasoning line were tested in which meeting, with what outcome."""
    scope = viewer.programme_scope("f.programme_id")
    return store.rows(
        f"""
        SELECT a.tested_on, m.title AS meeting, {viewer.text(ReasoningStep, "description", "f")} AS from_step,
               {viewer.text(ReasoningStep, "description", "t")} AS to_step, l.assumption, a.outcome,
               {viewer.readable(AssumptionTest, "note", alias="a")}
        FROM assumption_test a
        JOIN reasoning_link l ON l.from_step = a.from_step AND l.to_step = a.to_step
        JOIN reasoning_step f ON f.id = a.from_step
        JOIN reasoning_step t ON t.id = a.to_step
        LEFT JOIN meeting m ON m.id = a.meeting_id
        WHERE ($programme IS NULL OR f.programme_id = $programme) AND {scope.sql}
        ORDER BY a.tested_on DESC, a.id
        """,
        scope.params_with(programme=filters.programme),
    )


def testable_links(store: Store, viewer: Viewer, filters: Filters) -> list[dict[str, Any]]:
    """The links of the chosen programme's reasoning line, with their assumptions."""
    scope = viewer.programme_scope("f.programme_id")
    return store.rows(
        f"""
        SELECT l.from_step, l.to_step, {viewer.text(ReasoningStep, "description", "f")} AS from_description,
               {viewer.text(ReasoningStep, "description", "t")} AS to_description, l.assumption
        FROM reasoning_link l
        JOIN reasoning_step f ON f.id = l.from_step JOIN reasoning_step t ON t.id = l.to_step
        WHERE ($programme IS NULL OR f.programme_id = $programme) AND {scope.sql}
        ORDER BY f.position, t.position
        """,
        scope.params_with(programme=filters.programme),
    )


def add_assumption_test(store: Store, viewer: Viewer, test: AssumptionTest) -> str:
    """Record in the learning log that a meeting tested an assumption."""
    policy.require(viewer, Action.RECORD_REFLECTION)
    test = with_masked(test)

    def insert(cur: Cursor) -> str:
        _require_own_line(cur, viewer, test.from_step)
        insert_frame(cur, "assumption_test", pd.DataFrame([test.model_dump()]))
        audit.record(cur, viewer, "toegevoegd", "assumption_test", test.id)
        return test.id

    return store.write(insert)


def new_test_id() -> str:
    return new_id("assumption_test")


def choices(store: Store, viewer: Viewer) -> dict[str, dict[str, str]]:
    """Configurable lists for the entry forms: dilemma themes, code articles, known values and methods."""
    reflections = visible_reflections(viewer, Filters())
    programmes = viewer.programme_scope()
    known_values = store.query(
        f'SELECT DISTINCT unnest(r."values") AS value FROM reflection r WHERE {reflections.sql}', reflections.params
    )["value"]
    return {
        "dilemma_theme": dict(store.query("SELECT id, name FROM dilemma_theme ORDER BY id").itertuples(index=False)),
        "code_article": dict(store.query("SELECT id, title FROM code_article ORDER BY id").itertuples(index=False)),
        "value": {value: value for value in dict.fromkeys([*PROFESSION_VALUES, *sorted(known_values)])},
        "method": {
            name: name
            for name in store.query(
                f"SELECT name FROM method WHERE {programmes.sql}"
                f" UNION SELECT r.method FROM reflection r WHERE {reflections.sql} ORDER BY 1",
                joint_params(programmes, reflections),
            )["name"]
        },
    }


def new_reflection_id() -> str:
    return new_id("reflection")


class InvalidReflection(Invalid):
    pass


def add_reflection(store: Store, viewer: Viewer, reflection: Reflection) -> str:
    """Store a new reflection or moral deliberation written by a professional of the organisation."""
    policy.require(viewer, Action.RECORD_REFLECTION)
    if reflection.kind == ReflectionKind.MOREEL_BERAAD and not (reflection.dilemma and reflection.choice):
        raise InvalidReflection("vakmanschap.refusal.deliberation_incomplete")
    reflection = with_masked(reflection)

    def insert(cur: Cursor) -> str:
        _require_own_programme(cur, viewer, reflection.programme_id)
        missing = _missing_links(cur, reflection)
        if missing:
            raise InvalidReflection("vakmanschap.refusal.no_links", links=", ".join(missing))
        insert_frame(cur, "reflection", pd.DataFrame([reflection.model_dump()]))
        audit.record(cur, viewer, "toegevoegd", "reflection", reflection.id)
        return reflection.id

    return store.write(insert)


def _require_own_programme(cur: Cursor, viewer: Viewer, programme_id: str) -> None:
    """Craft is recorded in the organisation that runs the programme, by its own people."""
    owner = cur.execute("SELECT organisation_id FROM programme WHERE id = ?", [programme_id]).fetchall()
    policy.require(viewer, Action.RECORD_REFLECTION, organisation=owner[0][0] if owner else "")


def _require_own_line(cur: Cursor, viewer: Viewer, step_id: str) -> None:
    owner = cur.execute(
        "SELECT p.organisation_id FROM reasoning_step s JOIN programme p ON p.id = s.programme_id WHERE s.id = ?",
        [step_id],
    ).fetchall()
    policy.require(viewer, Action.RECORD_REFLECTION, organisation=owner[0][0] if owner else "")


def _missing_links(cur: Cursor, reflection: Reflection) -> list[str]:
    missing: list[str] = []
    for table, ids in (("story", reflection.story_ids), ("indicator", reflection.indicator_ids)):
        # fetchall, not fetchone: a result left half-read keeps this transaction's cursor busy,
        # and the insert that follows would be refused with "unfinished result".
        found = {row[0] for row in cur.execute(f"SELECT id FROM {table} WHERE list_contains(?, id)", [ids]).fetchall()}
        missing.extend(linked for linked in ids if linked not in found)
    return missing
