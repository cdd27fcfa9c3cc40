"""The floor: the least a Streamlit page like the dialogue table can cost, measured beside it.

The same top navigation as app.py (``st.navigation``, the same page titles in Dutch, position
top), a select box "Programma" in the sidebar with two programme names, the chosen name as
the page's title and the three tracks' headings in three columns. Nothing else: no database,
no role, no filters, no styling. It runs with the project's ``.streamlit/config.toml`` (its
server starts in the project folder, as the app's does), so both get the same settings.

``benchmarks/server.py`` starts it on its own server with the two names in
``FLOOR_PROGRAMMES`` (a JSON list) and measures it exactly as it measures the app.
"""

from __future__ import annotations

import json
import os

import streamlit as st

from impact_core.i18n import t

NAMES: list[str] = json.loads(os.environ.get("FLOOR_PROGRAMMES", '["Jeugd", "Wijk"]'))
TRACKS = ("track.doelmatigheid", "track.betekenisgeving", "track.vakmanschap")

st.set_page_config(page_title="Impactdialoog", page_icon=":material/forum:", layout="wide")


def dialogue_table() -> None:
    st.title(st.session_state.get("programma", NAMES[0]), anchor=False)
    for column, track in zip(st.columns(3, gap="large"), TRACKS, strict=True):
        column.header(t(track), anchor=False)


def blank() -> None:
    """Every other page: the navigation needs them, the benchmark never opens them."""


def _page(title: str, icon: str, url_path: str) -> st.Page:
    return st.Page(blank, title=t(title), icon=f":material/{icon}:", url_path=url_path)


navigation = st.navigation(
    {  # app.py's groups and titles, in the default language
        t("nav.together"): [
            st.Page(
                dialogue_table,
                title=t("page.dialogue"),
                icon=":material/view_column:",
                url_path="dialoogtafel",
                default=True,
            ),
            _page("page.reasoning", "account_tree", "redeneerlijn"),
            _page("page.meetings", "groups", "bijeenkomsten"),
            _page("page.dossier", "article", "dossier"),
        ],
        t("track.doelmatigheid"): [
            _page("page.trends", "show_chart", "trends"),
            _page("page.library", "list_alt", "indicatoren"),
            _page("page.value", "euro", "waarde"),
        ],
        t("track.betekenisgeving"): [
            _page("page.stories", "auto_stories", "verhalen"),
            _page("page.rounds", "how_to_vote", "selectierondes"),
        ],
        t("track.vakmanschap"): [_page("page.vakmanschap", "handshake", "vakmanschap")],
        t("nav.more"): [_page("page.gegevens", "database", "gegevens"), _page("page.about", "info", "over")],
    },
    position="top",
)
st.sidebar.selectbox(t("filter.programme"), NAMES, key="programma")
navigation.run()
