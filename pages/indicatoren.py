"""Indicatoren: the KPI library, and the gaps between ambitions and what is measured."""

import streamlit as st

from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.ui import context, numbers
from impact_core.ui.session import tr

store, viewer, filters = context.current()
library = doelmatigheid.indicator_library(store, viewer)

st.title(tr("page.library"), anchor=False)
st.markdown(tr("library.intro"))
numbers.library_table(library)
left, right = st.columns(2, gap="large")
with left:
    numbers.gap_list(
        tr("library.no_indicator"),
        tr("library.no_indicator.note"),
        list(doelmatigheid.ambitions_without_indicator(store, viewer)["title"]),
    )
with right:
    numbers.gap_list(
        tr("library.no_ambition"), tr("library.no_ambition.note"), doelmatigheid.indicators_without_ambition(library)
    )
