"""The stories track: the most significant stories and what the collection says.

Outside viewers (gemeente, presentatie) read only stories whose consent allows it, and
only their masked versions; every read here goes through ``visible_stories``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from impact_core.access.viewer import Viewer, visible
from impact_core.condition import Condition, joint_params
from impact_core.db.store import Store, remembered
from impact_core.filters import Filters
from impact_core.models import FLAGGED_SQL, Story

_LEVEL_ORDER = "CASE selected_level WHEN 'gemeente' THEN 0 WHEN 'organisatie' THEN 1 WHEN 'team' THEN 2 ELSE 3 END"
IMPACT_TYPES = ("positief_bedoeld", "positief_onbedoeld", "negatief_bedoeld", "negatief_onbedoeld")


def visible_stories(viewer: Viewer, filters: Filters, *, alias: str | None = None) -> Condition:
    """The SQL condition for the stories this viewer may read under these filters."""
    prefix = f"{alias}." if alias else ""
    where = visible(
        viewer, filters, date_column="collected_on", neighbourhood_column=f"{prefix}neighbourhood_code", alias=alias
    )
    where &= Condition.values_in(f"{prefix}consent", "consent", viewer.story_scopes)
    if viewer.is_outside:
        where &= Condition(f"{prefix}masked_text IS NOT NULL")
    if filters.outcome:
        where &= Condition(
            f"{prefix}id IN (SELECT story_id FROM story_step WHERE step_id = $outcome)", {"outcome": filters.outcome}
        )
    return where


def story_columns(viewer: Viewer, alias: str | None = None) -> str:
    """Title, text and significance as this viewer may read them."""
    return viewer.readable(Story, "title", "text", "significance", alias=alias)


def significant_stories(store: Store, viewer: Viewer, filters: Filters, *, limit: int = 3) -> list[dict[str, Any]]:
    """Stories the panels selected at the highest level first, then the most recent."""
    where = visible_stories(viewer, filters)
    # The few ids first, then their texts: sorting every visible story with its texts in tow
    # took twice as long at 100,000 stories.
    return store.rows(
        f"""
        WITH top AS (
            SELECT id FROM story WHERE {where.sql} ORDER BY {_LEVEL_ORDER}, collected_on DESC, id LIMIT $limit
        )
        SELECT id, {story_columns(viewer)}, storyteller_role, domain, collected_on,
               valence, intention, directness, selected_level
        FROM story WHERE id IN (SELECT id FROM top)
        ORDER BY {_LEVEL_ORDER}, collected_on DESC, id
        """,
        where.params_with(limit=limit),
    )


def story_counts(store: Store, viewer: Viewer, filters: Filters) -> dict[str, int]:
    """How many visible stories, and how many tell of negative or unintended change."""
    where = visible_stories(viewer, filters)
    row = store.query(
        f"""
        SELECT count(*) AS total,
               count(*) FILTER (WHERE valence = 'negatief') AS negative,
               count(*) FILTER (WHERE intention = 'onbedoeld') AS unintended,
               count(*) FILTER (WHERE selected_level IS NOT NULL) AS selected
        FROM story WHERE {where.sql}
        """,
        where.params,
    ).iloc[0]
    return {key: int(value) for key, value in row.items()}


def story_register(
    store: Store, viewer: Viewer, filters: Filters, *, domain: str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """The visible stories, newest first; negative and unintended ones are flagged, not hidden. With
    each its storyteller's own marks, when there are: they follow the story's consent."""
    where = visible_stories(viewer, filters)
    if domain:
        where &= Condition("domain = $domain", {"domain": domain})
    return store.rows(
        f"""
        SELECT id, {story_columns(viewer)}, storyteller_role, domain, collected_on, valence, intention,
               directness, consent, read_back, selected_level,
               {FLAGGED_SQL} AS flagged,
               m.marked_by, m.about, m.feeling, m.change_size, m.expected
        FROM story LEFT JOIN story_signification m ON m.story_id = story.id WHERE {where.sql}
        ORDER BY collected_on DESC, id
        LIMIT $limit
        """,
        where.params_with(limit=limit),
    )


def story_by_id(store: Store, viewer: Viewer, story_id: str) -> dict | None:
    """One story, when this viewer may read it."""
    where = visible_stories(viewer, Filters())
    found = store.query(
        f"""
        SELECT id, {story_columns(viewer)}, storyteller_role, collected_by, domain, collected_on, programme_id,
               valence, intention, directness, consent, read_back, selected_level
        FROM story WHERE id = $story AND {where.sql}
        """,
        where.params_with(story=story_id),
    )
    return None if found.empty else found.iloc[0].to_dict()


@remembered  # the stories overview asks again on every rerun
def by_domain_and_impact(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """Stories per domain of change (rows) and impact type (columns)."""
    where = visible_stories(viewer, filters)
    counts = store.query(
        f"SELECT domain, valence || '_' || intention AS impact, count(*) AS n FROM story WHERE {where.sql}"
        " GROUP BY ALL",
        where.params,
    )
    table = counts.pivot_table(index="domain", columns="impact", values="n", aggfunc="sum", fill_value=0)
    return table.reindex(columns=list(IMPACT_TYPES), fill_value=0).astype(int)


@remembered
def by_storyteller_role(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """Stories per storyteller role, with how many tell of negative or unintended change."""
    where = visible_stories(viewer, filters)
    return store.query(
        f"""
        SELECT storyteller_role, count(*) AS stories,
               count(*) FILTER (WHERE {FLAGGED_SQL}) AS flagged
        FROM story WHERE {where.sql} GROUP BY ALL ORDER BY stories DESC, storyteller_role
        """,
        where.params,
    )


WORDS_PER_DOMAIN = 8


@remembered
def characteristic_words(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """Per domain, the words that occur there far more than in the whole collection.

    Words found in more than a tenth of all the stories the viewer may read (de, mijn, maar)
    say nothing about a domain and are left out, which needs no stop-word list; the rest are
    ranked by count x log(lift), and a word must occur in at least two stories of the domain.
    The tenth is taken over the viewer's whole collection, not the filtered part: in one
    programme's 20 stories every word in three of them would count as common, leaving none. It reads every
    word of every visible story (150 ms for a programme at 100,000 stories) and the stories
    page reruns on each keystroke in its search box, so the answer is remembered per viewer
    and filters until the next write.
    """
    where = visible_stories(viewer, filters, alias="s")
    collection = visible_stories(viewer, Filters(), alias="s")
    return store.query(
        f"""
        WITH used AS (
            SELECT s.domain, w.word, w.story_id, w.n
            FROM story_word w JOIN story s ON s.id = w.story_id
            WHERE {where.sql} AND length(w.word) > 3
        ),
        readable AS (
            SELECT w.word, w.story_id FROM story_word w JOIN story s ON s.id = w.story_id
            WHERE {collection.sql} AND length(w.word) > 3
        ),
        stories AS (SELECT count(DISTINCT story_id) AS total FROM readable),
        common AS (
            SELECT word FROM readable, stories GROUP BY word, stories.total
            HAVING count(DISTINCT story_id) > 0.1 * stories.total
        ),
        per_word AS (
            SELECT domain, word, sum(n) AS n, count(*) AS in_stories FROM used
            WHERE word NOT IN (SELECT word FROM common) GROUP BY ALL
        ),
        per_domain AS (SELECT domain, sum(n) AS total FROM per_word GROUP BY domain),
        overall AS (SELECT word, sum(n) AS n FROM per_word GROUP BY word),
        everything AS (SELECT sum(n) AS total FROM per_word),
        scored AS (
            SELECT u.domain, u.word, u.n, u.n * ln((u.n / d.total) / (o.n / e.total)) AS score
            FROM per_word u JOIN per_domain d USING (domain) JOIN overall o USING (word), everything e
            WHERE u.in_stories >= 2
        )
        SELECT domain, word, n FROM scored WHERE score > 0
        QUALIFY row_number() OVER (PARTITION BY domain ORDER BY score DESC, word) <= $words
        ORDER BY domain, score DESC, word
        """,
        joint_params(where, collection, words=WORDS_PER_DOMAIN),
    )


def stories_behind(
    store: Store, viewer: Viewer, *, indicator_id: str | None = None, step_id: str | None = None
) -> pd.DataFrame:
    """The visible stories linked to an indicator or to a step of a reasoning line."""
    link, key = ("story_indicator", indicator_id) if indicator_id else ("story_step", step_id)
    column = "indicator_id" if indicator_id else "step_id"
    where = visible_stories(viewer, Filters())
    return store.query(
        f"""
        SELECT id, {story_columns(viewer)}, domain, collected_on, valence, intention
        FROM story WHERE id IN (SELECT story_id FROM {link} WHERE {column} = $linked) AND {where.sql}
        ORDER BY collected_on DESC, id
        """,
        where.params_with(linked=key),
    )


def titles_behind_indicators(store: Store, viewer: Viewer, filters: Filters, indicator_ids: list[str]) -> pd.DataFrame:
    """For each indicator, the titles of the visible stories linked to it: the stories behind the number."""
    if not indicator_ids:
        return pd.DataFrame(columns=["indicator_id", "title"])
    where = Condition.values_in("l.indicator_id", "indicator", indicator_ids)
    where &= visible_stories(viewer, filters, alias="s")
    title = "s.masked_title" if viewer.is_outside else "s.title"
    return store.query(
        f"""
        SELECT l.indicator_id, {title} AS title FROM story_indicator l JOIN story s ON s.id = l.story_id
        WHERE {where.sql}
        ORDER BY l.indicator_id, s.collected_on DESC
        """,
        where.params,
    )


def domains(store: Store, viewer: Viewer, programme_id: str | None) -> list[str]:
    """The domains of change configured for a programme (all the viewer's programmes when None)."""
    where = viewer.programme_scope("id")
    if programme_id:
        where &= Condition("id = $programme", {"programme": programme_id})
    found = store.query(
        f"SELECT DISTINCT unnest(domains) AS domain FROM programme WHERE {where.sql} ORDER BY domain", where.params
    )
    return list(found["domain"])
