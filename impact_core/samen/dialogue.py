"""The dialogue table as one view model: everything its three columns, the outcome notice and
the conversation cards draw, read together and remembered per viewer, filters and version of
the data.

A filter change reruns the page for a handful of filter combinations in a conversation (two
programmes, a period, a neighbourhood), and each of its reads scanned the measurements or the
stories again: the first visit of a combination reads, the visits after it are handed a copy
until the next write (``Store.remember_recent``: the last few combinations only, so memory stays
bounded however many combinations people try).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.betekenisgeving import signification
from impact_core.betekenisgeving.signification import Patterns
from impact_core.db.store import Store
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.doelmatigheid import instruments, peers
from impact_core.doelmatigheid.indicators import IndicatorCard
from impact_core.doelmatigheid.instruments import InstrumentPanel
from impact_core.doelmatigheid.peers import PeerComparison
from impact_core.filters import Filters
from impact_core.samen import conversation, reasoning
from impact_core.samen.conversation import Card
from impact_core.samen.reasoning import Coverage
from impact_core.vakmanschap import reflections as vakmanschap


@dataclass(frozen=True)
class DialogueTable:
    outcome_coverage: Coverage | None
    indicators: list[IndicatorCard]
    instruments: list[InstrumentPanel]  # the outcome instruments, first against latest
    peers: list[PeerComparison]  # the programme's indicators against other organisations' band
    stories_behind: pd.DataFrame  # the titles of the visible stories linked to each indicator
    stories: list[dict[str, Any]]  # the most significant stories
    story_counts: dict[str, int]
    signification: Patterns  # what storytellers marked themselves, beside the panels' choices
    reflections: list[dict[str, Any]]
    craft_counts: dict[str, int]
    values: pd.DataFrame
    cards: list[Card]


def dialogue_table(store: Store, viewer: Viewer, filters: Filters) -> DialogueTable:
    """What the dialogue table draws for this viewer and these filters; remembered until the next write."""
    return store.remember_recent((__name__, viewer, filters), lambda: read(store, viewer, filters))


def read(store: Store, viewer: Viewer, filters: Filters) -> DialogueTable:
    """The same, read afresh."""
    mapped = reasoning.coverage(store, viewer, filters)
    indicators = doelmatigheid.indicator_cards(store, viewer, filters)
    return DialogueTable(
        outcome_coverage=reasoning.outcome_coverage(mapped, filters.outcome),
        indicators=indicators,
        instruments=instruments.panels(store, viewer, filters),
        peers=peers.programme_comparisons(store, viewer, filters),
        stories_behind=betekenisgeving.titles_behind_indicators(
            store, viewer, filters, [card.indicator["id"] for card in indicators]
        ),
        stories=betekenisgeving.significant_stories(store, viewer, filters),
        story_counts=betekenisgeving.story_counts(store, viewer, filters),
        signification=signification.patterns(store, viewer, filters),
        reflections=vakmanschap.recent_reflections(store, viewer, filters),
        craft_counts=vakmanschap.craft_counts(store, viewer, filters),
        values=vakmanschap.values_touched(store, viewer, filters),
        cards=conversation.cards(store, viewer, filters, mapped),
    )
