"""Vakmanschap: reflections, moral deliberation, methods and the learning log."""

import streamlit as st

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.models import AssumptionTest, Reflection
from impact_core.samen import catalog
from impact_core.ui import context, session
from impact_core.ui import vakmanschap as view
from impact_core.ui.session import tr
from impact_core.vakmanschap import reflections as vakmanschap

store, viewer, filters = context.current()
choices = vakmanschap.choices(store, viewer)
known_values = list(choices["value"])

st.title(tr("page.vakmanschap"), anchor=False)
st.markdown(tr("vakmanschap.intro"))
view.saved_notice()
# The shared screen shows the views and the logs; entering a reflection is done at a desk.
tabs = (
    ["overview", "log", "methods", "learning"]
    if session.presenting()
    else ["overview", "log", "new", "methods", "learning"]
)
drawn = dict(zip(tabs, st.tabs([tr(f"vakmanschap.tab.{name}") for name in tabs]), strict=True))
overview, log, methods, learning = drawn["overview"], drawn["log"], drawn["methods"], drawn["learning"]
with overview:
    view.overview(
        vakmanschap.values_by_programme(store, viewer, filters),
        vakmanschap.values_over_time(store, viewer, filters),
        vakmanschap.dilemma_overview(store, viewer, filters),
        known_values,
    )
with log:
    kind, value = (None, None) if session.presenting() else view.log_filters(known_values)
    reflections = vakmanschap.recent_reflections(store, viewer, filters, limit=200, kind=kind, value=value)
    linked = catalog.link_names(store, viewer, vakmanschap.linked_ids(reflections))
    for reflection in reflections:
        view.reflection_card(reflection, linked)
if "new" in drawn:
    with drawn["new"]:
        if not policy.may(viewer, Action.RECORD_REFLECTION):
            st.info(tr("vakmanschap.outside_no_entry"))
        elif not view.review_step(store, viewer):
            programmes = dict(catalog.programmes(store, viewer)[["id", "name"]].itertuples(index=False))
            fields = view.entry_form(
                choices,
                programmes,
                filters.programme,
                stories={
                    story["id"]: story["title"]
                    for story in betekenisgeving.significant_stories(store, viewer, filters, limit=500)
                },
                indicators=dict(
                    doelmatigheid.key_indicators(store, viewer, filters, limit=100)[["id", "name"]].itertuples(
                        index=False
                    )
                ),
            )
            reflection = view.validated(Reflection, fields, vakmanschap.new_reflection_id()) if fields else None
            if reflection is not None:
                view.submit(store, viewer, reflection)
with methods:
    view.methods_list(vakmanschap.methods(store, viewer, filters))
with learning:
    if policy.may(viewer, Action.RECORD_REFLECTION):
        links = vakmanschap.testable_links(store, viewer, filters)
        fields = view.learning_form(links, catalog.meetings(store, viewer))
        test = view.validated(AssumptionTest, fields, vakmanschap.new_test_id()) if fields else None
        if test is not None:
            view.save(store, viewer, test)
    view.learning_log(vakmanschap.learning_log(store, viewer, filters))
