"""Gegevens: import, template, export, backup and restore, erasure. For the data steward only."""

import streamlit as st

from impact_core.ui import context
from impact_core.ui import gegevens as view
from impact_core.ui.session import tr

store, viewer, _ = context.current()

st.title(tr("page.gegevens"), anchor=False)
if not viewer.is_steward:
    view.steward_only()
    st.stop()
st.markdown(tr("gegevens.intro"))
view.notice()
load, template, export, backups, erase = st.tabs(
    [
        tr("gegevens.tab.import"),
        tr("gegevens.tab.template"),
        tr("gegevens.tab.export"),
        tr("gegevens.tab.backup"),
        tr("gegevens.tab.erase"),
    ]
)
with load:
    view.import_section(store, viewer)
with template:
    view.template_section()
with export:
    view.export_section(store, viewer)
with backups:
    view.backup_section(store, viewer)
with erase:
    view.erasure_section(store, viewer)
