"""Betekenisgeving: Most Significant Change selection rounds, from shortlist to feedback."""

import streamlit as st

from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.betekenisgeving import selection
from impact_core.ui import context, corrections
from impact_core.ui import selection as view
from impact_core.ui.session import tr

store, viewer, filters = context.current()

st.title(tr("page.rounds"), anchor=False)
st.markdown(tr("rounds.intro"))
round_id = view.round_list(selection.rounds(store, viewer, filters))
if view.may_open_round(viewer):
    with st.expander(tr("rounds.new"), expanded=round_id is None):
        view.new_round_form(store, viewer, filters.programme, betekenisgeving.domains(store, viewer, filters.programme))
if round_id:
    view.round_detail(store, viewer, round_id)
corrections.withdrawn_rounds(store, viewer, filters)
