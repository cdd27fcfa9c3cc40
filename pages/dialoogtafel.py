"""Dialoogtafel: the three tracks side by side for one programme."""

import streamlit as st

from impact_core.ui import context, dialogue_table, drawn

store, viewer, filters = context.current()
programme = context.chosen_programme(store, viewer, filters)

context.programme_header(store, programme, filters)
view = dialogue_table.view(store, viewer, filters)
drawn.draw(view.coverage)
context.track_heading_style()  # one style element for the three columns
for column, track in zip(st.columns(3, gap="large"), view.tracks, strict=True):
    with column:
        drawn.draw([track])
st.divider()
drawn.draw(view.cards)
