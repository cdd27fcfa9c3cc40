"""Gegevens: an organisation's steward imports, exports and erases its own data; the platform
steward backs up and restores the whole database. Both read their own part of the audit log."""

import streamlit as st

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.ui import context
from impact_core.ui import gegevens as view
from impact_core.ui import peers as peer_panel
from impact_core.ui.session import tr

store, viewer, _ = context.current()

st.title(tr("page.gegevens"), anchor=False)
stewards_data = policy.may(viewer, Action.STEWARD_DATA)
keeps_platform = policy.may(viewer, Action.STEWARD_PLATFORM)
if not (stewards_data or keeps_platform):
    view.steward_only()
    st.stop()
st.markdown(tr("gegevens.intro"))
view.notice()
if stewards_data:
    load, template, export, compare, erase, log = st.tabs(
        [
            tr("gegevens.tab.import"),
            tr("gegevens.tab.template"),
            tr("gegevens.tab.export"),
            tr("gegevens.tab.peers"),
            tr("gegevens.tab.erase"),
            tr("gegevens.tab.audit"),
        ]
    )
    with load:
        view.import_section(store, viewer)
    with template:
        view.template_section()
    with export:
        view.export_section(store, viewer)
    with compare:
        peer_panel.steward_section(store, viewer)
    with erase:
        view.erasure_section(store, viewer)
else:
    backups, log = st.tabs([tr("gegevens.tab.backup"), tr("gegevens.tab.audit")])
    with backups:
        view.backup_section(store, viewer)
with log:
    view.audit_section(store, viewer)
