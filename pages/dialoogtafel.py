"""Dialoogtafel: the three tracks side by side for one programme."""

import streamlit as st

from impact_core.samen import dialogue
from impact_core.ui import cards, context, tracks
from impact_core.ui import instruments as instrument_panel
from impact_core.ui import peers as peer_panel
from impact_core.ui import signification as own_marks

store, viewer, filters = context.current()
programme = context.chosen_programme(store, viewer, filters)

context.programme_header(store, programme, filters)
table = dialogue.dialogue_table(store, viewer, filters)
cards.outcome_coverage(table.outcome_coverage)
context.track_heading_style()  # one style element for the three columns
numbers, stories, craft = st.columns(3, gap="large")
with numbers:
    tracks.numbers_column(
        table.indicators,
        viewer.min_cell,
        table.stories_behind,
        instrument_panel.summary_lines(table.instruments, viewer.min_cell) + peer_panel.summary_lines(table.peers),
    )
with stories:
    tracks.stories_column(table.stories, table.story_counts, own_marks.summary_line(table.signification))
with craft:
    tracks.craft_column(table.reflections, table.craft_counts, table.values)
st.divider()
cards.conversation_cards(table.cards)
