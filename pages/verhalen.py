"""Betekenisgeving: the story collection, search, the register and safe entry."""

import streamlit as st

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.betekenisgeving import search
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.filters import Filters
from impact_core.samen import catalog
from impact_core.ui import context, drawn, session
from impact_core.ui import stories as view
from impact_core.ui.session import tr

store, viewer, filters = context.current()

st.title(tr("page.stories"), anchor=False)
st.markdown(tr("stories.intro"))
view.saved_notice()
# The shared screen shows the collection; searching and entering a story are done at a desk.
# Only the open tab runs: the register, the search and the entry form (with its masking model)
# are not drawn behind the overview on every change of a filter.
tabs = ["overview", "register"] if session.presenting() else ["overview", "search", "register", "new"]
tab_bar = st.tabs([tr(f"stories.tab.{name}") for name in tabs], key=view.STORY_TAB, on_change="rerun")
opened, tab = next(((name, tab) for name, tab in zip(tabs, tab_bar, strict=True) if tab.open))
with tab:
    if opened == "overview":
        drawn.draw(view.overview(store, viewer, filters))
    elif opened == "search":
        query, domain = view.search_box(betekenisgeving.domains(store, viewer, filters.programme))
        view.search_results(search.search(store, viewer, query, filters, domain=domain), query)
    elif opened == "register":
        view.register(
            store,
            viewer,
            betekenisgeving.story_register(store, viewer, filters, limit=view.register_limit()),
            betekenisgeving.story_counts(store, viewer, filters)["total"],
        )
    elif not policy.may(viewer, Action.RECORD_STORY):
        st.info(tr("stories.outside_no_entry"))
    else:
        view.prepare_masking()
        programmes = dict(catalog.programmes(store, viewer)[["id", "name"]].itertuples(index=False))
        programme = view.programme_choice(programmes, filters.programme)
        draft = view.entry_form(
            programme,
            betekenisgeving.domains(store, viewer, programme),
            indicators=dict(
                doelmatigheid.key_indicators(store, viewer, Filters(programme=programme), limit=100)[
                    ["id", "name"]
                ].itertuples(index=False)
            ),
            steps=catalog.reasoning_steps(store, viewer, programme),
        )
        if draft:
            view.start_review(store, viewer, draft)
        view.review_step(store, viewer)
