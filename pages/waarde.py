"""Waarde: the programme's business case, with its assumptions in plain view."""

import streamlit as st

from impact_core.doelmatigheid import impactkaart, value
from impact_core.ui import context, session
from impact_core.ui import value as view
from impact_core.ui.session import tr

store, viewer, filters = context.current()
if not filters.programme:
    st.info(tr("dialogue.choose_programme"))
    st.stop()

st.title(tr("page.value"), anchor=False)
st.markdown(tr("value.intro"))
st.warning(tr("value.caveat"), icon=":material/balance:")
results = st.container()  # filled below, once the assumptions have been read

st.header(tr("value.assumptions"), anchor=False)
st.caption(tr("value.convention"))
stored = value.programme_case(store, viewer, filters.programme)
# The shared screen shows the assumptions; changing them is done at a desk.
case = view.shown_case(stored) if session.presenting() else view.editable_case(stored, key=filters.programme)
if case is not None:
    result = value.calculate(case)
    with results:
        view.key_figures(case, result)
        left, right = st.columns([3, 2], gap="large")
        with left:
            view.waterfall(result)
        with right:
            view.sensitivity(value.sensitivity(case, result))
        view.who_pays_who_gains(case, result)
        view.beside_the_money(value.qualitative_effects(store, viewer, filters.programme))
    if not session.presenting():
        view.download(case)

if not session.presenting():  # an estimate from figures typed in: a desk's tool
    st.divider()
    view.quick_estimate(impactkaart.reference_projects())
