"""Dossier: one programme's legitimation dossier (PDF and Excel), always as the municipality sees it."""

import streamlit as st

from impact_core.config import min_cell_size
from impact_core.ui import context
from impact_core.ui import dossier as dossier_ui
from impact_core.ui.session import tr

store, viewer, filters = context.current()
programme = context.chosen_programme(store, viewer, filters)

st.title(tr("page.dossier"), anchor=False)
st.markdown(tr("dossier.page.intro"))
st.info(tr("dossier.page.outside", min_cell=min_cell_size()), icon=":material/shield_person:")
dossier_ui.maker(store, viewer, filters, programme["name"])
