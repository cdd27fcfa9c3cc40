"""Gegevens: import, template, export, backup and restore, erasure. For the data steward only."""

import streamlit as st

from impact_core.ui import context, data
from impact_core.ui.session import tr

store, viewer, _ = context.current()

st.title(tr("page.data"), anchor=False)
if not viewer.is_steward:
    data.steward_only()
    st.stop()
st.markdown(tr("data.intro"))
data.notice()
load, template, export, backups, erase = st.tabs(
    [tr("data.tab.import"), tr("data.tab.template"), tr("data.tab.export"), tr("data.tab.backup"),
     tr("data.tab.erase")]
)
with load:
    data.import_section(store, viewer)
with template:
    data.template_section()
with export:
    data.export_section(store, viewer)
with backups:
    data.backup_section(store, viewer)
with erase:
    data.erasure_section(store, viewer)
