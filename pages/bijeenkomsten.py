"""Bijeenkomsten: a leeratelier meeting from agenda to minutes, and the afspraken still open."""

import streamlit as st

from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.samen import catalog, meetings
from impact_core.ui import context
from impact_core.ui import corrections as corrections_view
from impact_core.ui import meetings as view
from impact_core.ui.session import lang, tr

store, viewer, filters = context.current()
programmes = dict(catalog.programmes(store, viewer)[["id", "name"]].itertuples(index=False))

st.title(tr("page.meetings"), anchor=False)
st.markdown(tr("meetings.intro"))
if not view.may_write(viewer):
    st.info(tr("meetings.shared_screen"), icon=":material/co_present:")
view.saved_notice()
# Tabs with a key keep their place when a recording reruns the page, and only the open one runs.
meeting_tab, open_tab = st.tabs([tr("meetings.choose"), tr("meetings.tab.open")], key=view.VIEW_TAB, on_change="rerun")
if meeting_tab.open:
    with meeting_tab:
        meeting_id = view.meeting_picker(meetings.meetings(store, viewer))
        if view.may_write(viewer):
            with st.expander(tr("meetings.new"), expanded=meeting_id is None):
                view.new_meeting_form(store, viewer, programmes, filters.programme)
        if meeting_id:
            meeting = meetings.get_meeting(store, viewer, meeting_id)
            programme = meeting["programme_id"] or filters.programme
            view.meeting_header(meeting)
            prepare, during, minutes, corrections = st.tabs(
                [
                    tr("meetings.tab.prepare"),
                    tr("meetings.tab.during"),
                    tr("meetings.tab.minutes"),
                    tr("corrections.heading"),
                ],
                key=view.PART_TAB,
                on_change="rerun",
            )
            if prepare.open:
                with prepare:
                    left, right = st.columns(2, gap="large")
                    with left:
                        view.participants(store, viewer, meeting)
                    with right:
                        view.agenda(store, viewer, meeting)
            if during.open:
                with during:  # afspraken first: they come up all through the meeting
                    view.decisions(store, viewer, meeting)
                    st.divider()
                    view.selection_round(
                        store,
                        viewer,
                        meeting,
                        programme,
                        programmes.get(programme, ""),
                        betekenisgeving.domains(store, viewer, programme),
                    )
                    st.divider()
                    view.arena(store, viewer, meeting, programmes, programme)
            if minutes.open:
                with minutes:
                    record = meetings.minutes(store, viewer, meeting_id)
                    view.minutes_downloads(record, meetings.minutes_pdf(record, lang()))
            if corrections.open:
                with corrections:
                    corrections_view.meeting_corrections(store, viewer, meeting)
if open_tab.open:
    with open_tab:
        view.open_afspraken(store, viewer)
