"""Conversation cards: the four problems of DOMAIN.md, each filled with what the data says.

A card holds facts (an i18n key with its numbers) and the names they are about, so the meeting
talks about these indicators, ambitions and outcomes rather than about the problem in general.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from impact_core import reasoning
from impact_core.betekenisgeving import visible_stories
from impact_core.filters import Filters
from impact_core.privacy import Viewer
from impact_core.reasoning import Coverage
from impact_core.store import Store
from impact_core.vakmanschap import visible_reflections

CARDS = ("who_decides", "learning", "ambitions", "invisible")


@dataclass(frozen=True)
class Fact:
    key: str  # an i18n key under "cards."
    values: dict[str, int | str] = field(default_factory=dict)
    names: tuple[str, ...] = ()  # the indicators, ambitions or outcomes the fact is about


@dataclass(frozen=True)
class Card:
    key: str
    facts: tuple[Fact, ...]


def cards(store: Store, viewer: Viewer, filters: Filters) -> list[Card]:
    """The four cards for the programme in view (the chosen outcome narrows nothing here: the
    questions are about the programme as a whole)."""
    whole = replace(filters, outcome=None)
    return [
        Card("who_decides", who_decides(store, viewer, whole)),
        Card("learning", learning(store, viewer, whole)),
        Card("ambitions", ambitions(store, viewer, whole)),
        Card("invisible", invisible(store, viewer, whole)),
    ]


def _programme_indicators(viewer: Viewer) -> tuple[str, list]:
    scope, params = viewer.programme_scope("m.programme_id")
    return f"SELECT DISTINCT m.indicator_id FROM measurement m WHERE m.programme_id = ? AND {scope}", params


def who_decides(store: Store, viewer: Viewer, filters: Filters) -> tuple[Fact, ...]:
    used, params = _programme_indicators(viewer)
    rows = store.query(
        f"""
        SELECT set_by, count(*) AS n, list(name ORDER BY name) AS names
        FROM indicator WHERE id IN ({used}) GROUP BY set_by ORDER BY set_by
        """,
        [filters.programme, *params],
    )
    counts = {row.set_by: int(row.n) for row in rows.itertuples()}
    split = {by: counts.get(by, 0) for by in ("gemeente", "organisatie", "samen", "bewoners")}
    facts = [Fact("who_decides.split", {"total": sum(counts.values()), **split})]
    for row in rows.itertuples():
        if row.set_by in ("gemeente", "organisatie"):
            facts.append(Fact(f"who_decides.alone_{row.set_by}", {"count": int(row.n)}, tuple(row.names)))
    return tuple(facts)


def learning(store: Store, viewer: Viewer, filters: Filters) -> tuple[Fact, ...]:
    used, params = _programme_indicators(viewer)
    levels = store.query(
        f"""
        SELECT count(*) FILTER (WHERE chain_level IN ('input', 'output')) AS activity,
               count(*) FILTER (WHERE chain_level IN ('outcome', 'impact')) AS change
        FROM indicator WHERE id IN ({used})
        """,
        [filters.programme, *params],
    ).iloc[0]
    scope, scope_params = viewer.programme_scope("s.programme_id")
    tested = store.query(
        f"""
        SELECT count(*) AS tests, count(DISTINCT (a.from_step, a.to_step)) AS links, max(a.tested_on) AS last
        FROM assumption_test a JOIN reasoning_step s ON s.id = a.from_step
        WHERE s.programme_id = ? AND {scope}
        """,
        [filters.programme, *scope_params],
    ).iloc[0]
    untested = store.scalar(
        f"""
        SELECT count(*) FROM reasoning_link l JOIN reasoning_step s ON s.id = l.from_step
        WHERE s.programme_id = ? AND {scope}
          AND NOT EXISTS (SELECT 1 FROM assumption_test a WHERE a.from_step = l.from_step AND a.to_step = l.to_step)
        """,
        [filters.programme, *scope_params],
    )
    rounds = store.query(
        f"""
        SELECT count(*) AS rounds, count(fed_back_on) AS fed_back
        FROM selection_round s WHERE s.programme_id = ? AND s.status = 'afgerond' AND {scope}
        """,
        [filters.programme, *scope_params],
    ).iloc[0]
    return (
        Fact("learning.indicators", {"activity": int(levels["activity"]), "change": int(levels["change"])}),
        Fact("learning.assumptions", {"tests": int(tested["tests"]), "links": int(tested["links"]),
                                      "untested": int(untested)}),
        Fact("learning.rounds", {"rounds": int(rounds["rounds"]), "fed_back": int(rounds["fed_back"])}),
    )


def ambitions(store: Store, viewer: Viewer, filters: Filters) -> tuple[Fact, ...]:
    municipalities, params = viewer.municipality_scope("a.municipality_code")
    orphans = store.query(
        f"""
        SELECT a.title FROM ambition a
        WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.ambition_id = a.id) AND {municipalities}
        ORDER BY a.title
        """,
        params,
    )["title"]
    used, used_params = _programme_indicators(viewer)
    unserved = store.query(
        f"SELECT name FROM indicator WHERE id IN ({used}) AND ambition_id IS NULL ORDER BY name",
        [filters.programme, *used_params],
    )["name"]
    return (
        Fact("ambitions.without_indicator", {"count": len(orphans)}, tuple(orphans)),
        Fact("ambitions.without_ambition", {"count": len(unserved)}, tuple(unserved)),
    )


def invisible(store: Store, viewer: Viewer, filters: Filters) -> tuple[Fact, ...]:
    mapped = reasoning.coverage(store, viewer, filters)
    blind = tuple(mapped[mapped["coverage"] == Coverage.BLIND_SPOT]["description"])
    no_numbers = tuple(mapped[(mapped["indicators"] == 0) & (mapped["coverage"] != Coverage.BLIND_SPOT)]["description"])
    where, params = visible_stories(viewer, filters)
    stories = store.query(
        f"""
        SELECT count(*) AS total,
               count(*) FILTER (WHERE valence = 'negatief' OR intention = 'onbedoeld') AS unexpected
        FROM story WHERE {where}
        """,
        params,
    ).iloc[0]
    reflections_where, reflection_params = visible_reflections(viewer, filters)
    reflections = store.scalar(f"SELECT count(*) FROM reflection r WHERE {reflections_where}", reflection_params)
    return (
        Fact("invisible.blind_spots", {"count": len(blind)}, blind),
        Fact("invisible.without_numbers", {"count": len(no_numbers)}, no_numbers),
        Fact("invisible.beside_numbers", {"stories": int(stories["total"]), "unexpected": int(stories["unexpected"]),
                                          "reflections": int(reflections)}),
    )
