"""Conversation cards: the four problems of DOMAIN.md, each filled with what the data says.

A card holds facts (an i18n key with its numbers) and the names they are about, so the meeting
talks about these indicators, ambitions and outcomes rather than about the problem in general.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.betekenisgeving.collection import visible_stories
from impact_core.db.store import Store, remembered
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.filters import Filters
from impact_core.models import FLAGGED_SQL
from impact_core.samen import reasoning
from impact_core.samen.reasoning import Coverage
from impact_core.vakmanschap.reflections import visible_reflections

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


def cards(store: Store, viewer: Viewer, filters: Filters, mapped: pd.DataFrame | None = None) -> list[Card]:
    """The four cards for what is in view: every filter (programme, level, neighbourhoods, period,
    outcome) narrows the indicators, stories and reflections they count, as it narrows the track
    columns above them, so a card never counts what its column says is not there. ``mapped``: the
    coverage map, when the caller has read it already."""
    return [
        *indicator_cards(store, viewer, filters),
        Card("invisible", invisible(store, viewer, filters, mapped)),
    ]


@remembered
def indicator_cards(store: Store, viewer: Viewer, filters: Filters) -> tuple[Card, ...]:
    """The three cards about the indicators in view: who decides, learning and ambitions. They scan
    the measurements, so they are read once per filters and viewer, and remembered until the next
    write. The reasoning line's tests and the selection rounds are the programme's as a whole."""
    measured = measured_indicators(store, viewer, filters)
    return (
        Card("who_decides", who_decides(store, viewer, filters, measured)),
        Card("learning", learning(store, viewer, filters, measured)),
        Card("ambitions", ambitions(store, viewer, filters, measured)),
    )


def measured_indicators(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """The indicators the numbers column draws from (name, set_by, chain_level, ambition_id), by
    name; three cards count them."""
    found = doelmatigheid.key_indicators(store, viewer, filters, limit=None)
    return found[["name", "set_by", "chain_level", "ambition_id"]].sort_values("name", ignore_index=True)


def who_decides(
    store: Store, viewer: Viewer, filters: Filters, measured: pd.DataFrame | None = None
) -> tuple[Fact, ...]:
    measured = measured_indicators(store, viewer, filters) if measured is None else measured
    names = {by: tuple(group["name"]) for by, group in measured.groupby("set_by", sort=True)}
    split = {by: len(names.get(by, ())) for by in ("gemeente", "organisatie", "samen", "bewoners")}
    facts = [Fact("who_decides.split", {"total": len(measured), **split})]
    for by in ("gemeente", "organisatie"):
        if by in names:
            facts.append(Fact(f"who_decides.alone_{by}", {"count": len(names[by])}, names[by]))
    return tuple(facts)


def learning(store: Store, viewer: Viewer, filters: Filters, measured: pd.DataFrame | None = None) -> tuple[Fact, ...]:
    measured = measured_indicators(store, viewer, filters) if measured is None else measured
    activity = int(measured["chain_level"].isin(("input", "output")).sum())
    change = int(measured["chain_level"].isin(("outcome", "impact")).sum())
    scope = viewer.programme_scope("s.programme_id")
    tested = store.query(
        f"""
        SELECT count(*) AS tests, count(DISTINCT (a.from_step, a.to_step)) AS links, max(a.tested_on) AS last
        FROM assumption_test a JOIN reasoning_step s ON s.id = a.from_step
        WHERE s.programme_id = $programme AND {scope.sql}
        """,
        scope.params_with(programme=filters.programme),
    ).iloc[0]
    untested = store.scalar(
        f"""
        SELECT count(*) FROM reasoning_link l JOIN reasoning_step s ON s.id = l.from_step
        WHERE s.programme_id = $programme AND {scope.sql}
          AND NOT EXISTS (SELECT 1 FROM assumption_test a WHERE a.from_step = l.from_step AND a.to_step = l.to_step)
        """,
        scope.params_with(programme=filters.programme),
    )
    rounds_where = selection.visible_rounds(viewer, "s")
    rounds = store.query(
        f"""
        SELECT count(*) AS rounds, count(fed_back_on) AS fed_back
        FROM selection_round s WHERE s.programme_id = $programme AND s.status = 'afgerond' AND {rounds_where.sql}
        """,
        rounds_where.params_with(programme=filters.programme),
    ).iloc[0]
    return (
        Fact("learning.indicators", {"activity": activity, "change": change}),
        Fact(
            "learning.assumptions",
            {"tests": int(tested["tests"]), "links": int(tested["links"]), "untested": int(untested)},
        ),
        Fact("learning.rounds", {"rounds": int(rounds["rounds"]), "fed_back": int(rounds["fed_back"])}),
    )


def ambitions(store: Store, viewer: Viewer, filters: Filters, measured: pd.DataFrame | None = None) -> tuple[Fact, ...]:
    municipalities = viewer.municipality_scope("a.municipality_code")
    orphans = store.query(
        f"""
        SELECT a.title FROM ambition a
        WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.ambition_id = a.id) AND {municipalities.sql}
        ORDER BY a.title
        """,
        municipalities.params,
    )["title"]
    measured = measured_indicators(store, viewer, filters) if measured is None else measured
    unserved = measured[measured["ambition_id"].isna()]["name"]
    return (
        Fact("ambitions.without_indicator", {"count": len(orphans)}, tuple(orphans)),
        Fact("ambitions.without_ambition", {"count": len(unserved)}, tuple(unserved)),
    )


def invisible(store: Store, viewer: Viewer, filters: Filters, mapped: pd.DataFrame | None = None) -> tuple[Fact, ...]:
    if mapped is None:
        mapped = reasoning.coverage(store, viewer, filters)
    blind = tuple(mapped[mapped["coverage"] == Coverage.BLIND_SPOT]["description"])
    no_numbers = tuple(mapped[(mapped["indicators"] == 0) & (mapped["coverage"] != Coverage.BLIND_SPOT)]["description"])
    where = visible_stories(viewer, filters)
    stories = store.query(
        f"""
        SELECT count(*) AS total,
               count(*) FILTER (WHERE {FLAGGED_SQL}) AS unexpected
        FROM story WHERE {where.sql}
        """,
        where.params,
    ).iloc[0]
    shown = visible_reflections(viewer, filters)
    reflections = store.scalar(f"SELECT count(*) FROM reflection r WHERE {shown.sql}", shown.params)
    return (
        Fact("invisible.blind_spots", {"count": len(blind)}, blind),
        Fact("invisible.without_numbers", {"count": len(no_numbers)}, no_numbers),
        Fact(
            "invisible.beside_numbers",
            {
                "stories": int(stories["total"]),
                "unexpected": int(stories["unexpected"]),
                "reflections": int(reflections),
            },
        ),
    )
