"""Waarde: the programme's business case, with its assumptions in plain view."""

import streamlit as st

from impact_core import impactkaart, value
from impact_core.ui import context, value_case
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
case = value_case.editable_case(value.programme_case(store, viewer, filters.programme), key=filters.programme)
if case is not None:
    result = value.calculate(case)
    with results:
        value_case.key_figures(case, result)
        left, right = st.columns([3, 2], gap="large")
        with left:
            value_case.waterfall(result)
        with right:
            value_case.sensitivity(value.sensitivity(case, result))
        value_case.who_pays_who_gains(case, result)
        value_case.beside_the_money(value.qualitative_effects(store, viewer, filters.programme))
    value_case.download(case)

st.divider()
value_case.quick_estimate(impactkaart.reference_projects())
