"""Impactdialoog: entry point. Page setup, navigation, language, role and filters."""

import streamlit as st

from impact_core.ui import context, session
from impact_core.ui.filter_bar import filter_bar

st.set_page_config(page_title="Impactdialoog", page_icon=":material/forum:", layout="wide")
# Navigation first: the filter bar writes the URL, and the page must be known by then.
navigation = st.navigation(
    [
        st.Page("pages/dialogue_table.py", title=session.tr("page.dialogue"), icon=":material/view_column:",
                url_path="dialoogtafel", default=True),
        st.Page("pages/reasoning.py", title=session.tr("page.reasoning"), icon=":material/account_tree:",
                url_path="redeneerlijn"),
        st.Page("pages/trends.py", title=session.tr("page.trends"), icon=":material/show_chart:", url_path="trends"),
        st.Page("pages/indicators.py", title=session.tr("page.library"), icon=":material/list_alt:",
                url_path="indicatoren"),
        st.Page("pages/value.py", title=session.tr("page.value"), icon=":material/euro:", url_path="waarde"),
        st.Page("pages/stories.py", title=session.tr("page.stories"), icon=":material/auto_stories:",
                url_path="verhalen"),
        st.Page("pages/selection.py", title=session.tr("page.rounds"), icon=":material/how_to_vote:",
                url_path="selectierondes"),
        st.Page("pages/meetings.py", title=session.tr("page.meetings"), icon=":material/groups:",
                url_path="bijeenkomsten"),
        st.Page("pages/craft.py", title=session.tr("page.craft"), icon=":material/handshake:", url_path="vakmanschap"),
        st.Page("pages/dossier.py", title=session.tr("page.dossier"), icon=":material/article:", url_path="dossier"),
        st.Page("pages/data.py", title=session.tr("page.data"), icon=":material/database:", url_path="data"),
        st.Page("pages/about.py", title=session.tr("page.about"), icon=":material/info:", url_path="over"),
    ],
    position="top",  # the pages across the top leave the sidebar to language, role and filters
)
session.language_and_role_bar()
session.presentation_switch()
context.apply_style(presenting=session.presenting())
store = session.store()
context.remember(filter_bar(store))
navigation.run()
