"""The dialogue table's parts: the outcome notice, the three track columns and the conversation
cards, built from its view model (``samen.dialogue``) once per viewer, filters, language and
screen and remembered with it until the next write; a rerun only draws them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.samen import dialogue
from impact_core.samen.dialogue import DialogueTable
from impact_core.ui import cards, tracks
from impact_core.ui import instruments as instrument_panel
from impact_core.ui import peers as peer_panel
from impact_core.ui import signification as own_marks
from impact_core.ui.drawn import Part
from impact_core.ui.session import lang, presenting


@dataclass(frozen=True)
class DialogueView:
    coverage: tuple[Part, ...]  # the outcome's notice, when it rests on one track or none
    tracks: tuple[Part, Part, Part]  # doelmatigheid, betekenisgeving, vakmanschap
    cards: tuple[Part, ...]

    def __deepcopy__(self, memo: dict[int, Any]) -> DialogueView:
        return self  # immutable: remembered reads hand out the same parts


def view(store: Store, viewer: Viewer, filters: Filters) -> DialogueView:
    """What the page draws for this viewer and these filters, in this language on this screen."""
    return store.remember_recent(
        (__name__, viewer, filters, lang(), presenting()),
        lambda: _build(dialogue.dialogue_table(store, viewer, filters), viewer.min_cell),
    )


def _build(table: DialogueTable, min_cell: int) -> DialogueView:
    return DialogueView(
        coverage=cards.outcome_coverage(table.outcome_coverage),
        tracks=(
            tracks.numbers_column(
                table.indicators,
                min_cell,
                table.stories_behind,
                instrument_panel.summary_lines(table.instruments, min_cell) + peer_panel.summary_lines(table.peers),
            ),
            tracks.stories_column(table.stories, table.story_counts, own_marks.summary_line(table.signification)),
            tracks.craft_column(table.reflections, table.craft_counts, table.values),
        ),
        cards=cards.conversation_cards(table.cards),
    )
