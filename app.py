"""Impactdialoog: entry point. Page setup, navigation, language, role and filters."""

import streamlit as st

from impact_core.ui import context, session
from impact_core.ui.filter_bar import filter_bar

st.set_page_config(page_title="Impactdialoog", page_icon=":material/forum:", layout="wide")


def _page(script: str, title: str, icon: str, url_path: str, *, default: bool = False) -> st.Page:
    return st.Page(
        f"pages/{script}.py", title=session.tr(title), icon=f":material/{icon}:", url_path=url_path, default=default
    )


# Navigation first: the filter bar writes the URL, and the page must be known by then; in the
# language the link asks for.
session.language_from_url()
navigation = st.navigation(
    {  # grouped by track, so the bar across the top stays one line on a meeting-room screen
        session.tr("nav.together"): [
            _page("dialoogtafel", "page.dialogue", "view_column", "dialoogtafel", default=True),
            _page("redeneerlijn", "page.reasoning", "account_tree", "redeneerlijn"),
            _page("bijeenkomsten", "page.meetings", "groups", "bijeenkomsten"),
            _page("dossier", "page.dossier", "article", "dossier"),
            _page("start", "page.start", "flag", "start"),
        ],
        session.tr("track.doelmatigheid"): [
            _page("trends", "page.trends", "show_chart", "trends"),
            _page("indicatoren", "page.library", "list_alt", "indicatoren"),
            _page("waarde", "page.value", "euro", "waarde"),
        ],
        session.tr("track.betekenisgeving"): [
            _page("verhalen", "page.stories", "auto_stories", "verhalen"),
            _page("selectierondes", "page.rounds", "how_to_vote", "selectierondes"),
        ],
        session.tr("track.vakmanschap"): [
            _page("vakmanschap", "page.vakmanschap", "handshake", "vakmanschap"),
        ],
        session.tr("nav.more"): [
            _page("gegevens", "page.gegevens", "database", "gegevens"),
            _page("over", "page.about", "info", "over"),
        ],
    },
    position="top",  # the pages across the top leave the sidebar to language, role and filters
)
session.language_and_role_bar()
# Each page its own title, for the browser's tab list and a screen reader's first words (WCAG 2.4.2);
# after the language switch, so the title is in the language chosen in this run.
st.set_page_config(page_title=f"{navigation.title} · {session.tr('app.title')}")
session.presentation_switch()
# The style before the first script frame, so the frame is folded away from the moment it is drawn.
context.apply_style(presenting=session.presenting())
context.page_language(session.lang())
store = session.store()
context.remember(filter_bar(store))
with context.app_shell():
    navigation.run()
context.place_focus()
