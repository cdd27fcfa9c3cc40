"""Dialoogtafel: the three tracks side by side for one programme."""

import streamlit as st

from impact_core import betekenisgeving, catalog, doelmatigheid, vakmanschap
from impact_core.ui import context, tracks
from impact_core.ui.session import tr

store, viewer, filters = context.current()
programme = catalog.programme(store, viewer, filters.programme)
if programme is None:
    st.info(tr("dialogue.choose_programme"))
    st.stop()

context.programme_header(store, programme, filters)
numbers, stories, craft = st.columns(3, gap="large")
with numbers:
    tracks.numbers_column(doelmatigheid.indicator_cards(store, viewer, filters), viewer.min_cell)
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
