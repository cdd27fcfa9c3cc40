"""Dialoogtafel: the three tracks side by side for one programme."""

import streamlit as st

from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.doelmatigheid import instruments
from impact_core.samen import conversation, reasoning
from impact_core.ui import cards, context, tracks
from impact_core.ui import instruments as instrument_panel
from impact_core.vakmanschap import reflections as vakmanschap

store, viewer, filters = context.current()
programme = context.chosen_programme(store, viewer, filters)

context.programme_header(store, programme, filters)
mapped = reasoning.coverage(store, viewer, filters)
cards.outcome_coverage(reasoning.outcome_coverage(mapped, filters.outcome))
numbers, stories, craft = st.columns(3, gap="large")
with numbers:
    indicators = doelmatigheid.indicator_cards(store, viewer, filters)
    tracks.numbers_column(
        indicators,
        viewer.min_cell,
        betekenisgeving.titles_behind_indicators(store, viewer, filters, [card.indicator["id"] for card in indicators]),
        instrument_panel.summary_lines(instruments.panels(store, viewer, filters), viewer.min_cell),
    )
with stories:
    tracks.stories_column(
        betekenisgeving.significant_stories(store, viewer, filters),
        betekenisgeving.story_counts(store, viewer, filters),
    )
with craft:
    tracks.craft_column(
        vakmanschap.recent_reflections(store, viewer, filters),
        vakmanschap.craft_counts(store, viewer, filters),
        vakmanschap.values_touched(store, viewer, filters),
    )
st.divider()
cards.conversation_cards(conversation.cards(store, viewer, filters, mapped))
