"""Vakmanschap: reflections, moral deliberation, methods and the learning log."""

import streamlit as st

from impact_core import betekenisgeving, catalog, doelmatigheid, vakmanschap
from impact_core.models import AssumptionTest, Reflection
from impact_core.ui import context, craft
from impact_core.ui.session import tr

store, viewer, filters = context.current()
choices = vakmanschap.choices(store, viewer)
known_values = list(choices["value"])

st.title(tr("page.craft"), anchor=False)
st.markdown(tr("craft.intro"))
craft.saved_notice()
overview, log, new, methods, learning = st.tabs(
    [tr("craft.tab.overview"), tr("craft.tab.log"), tr("craft.tab.new"), tr("craft.tab.methods"),
     tr("craft.tab.learning")]
)
with overview:
    craft.overview(
        vakmanschap.values_by_programme(store, viewer, filters),
        vakmanschap.values_over_time(store, viewer, filters),
        vakmanschap.dilemma_overview(store, viewer, filters),
        known_values,
    )
with log:
    kind, value = craft.log_filters(known_values)
    reflections = vakmanschap.recent_reflections(store, viewer, filters, limit=200, kind=kind, value=value)
    linked = catalog.link_names(store, viewer, vakmanschap.linked_ids(reflections))
    for reflection in reflections.to_dict("records"):
        craft.reflection_card(reflection, linked)
with new:
    if viewer.is_outside:
        st.info(tr("craft.outside_no_entry"))
    else:
        programmes = dict(catalog.programmes(store, viewer)[["id", "name"]].itertuples(index=False))
        fields = craft.entry_form(
            choices, programmes, filters.programme,
            stories=dict(betekenisgeving.significant_stories(store, viewer, filters, limit=500)[["id", "title"]]
                         .itertuples(index=False)),
            indicators=dict(doelmatigheid.key_indicators(store, viewer, filters, limit=100)[["id", "name"]]
                            .itertuples(index=False)),
        )
        reflection = craft.validated(Reflection, fields, vakmanschap.new_reflection_id()) if fields else None
        if reflection is not None:
            craft.save(store, viewer, reflection)
with methods:
    craft.methods_list(vakmanschap.methods(store, viewer, filters))
with learning:
    if not viewer.is_outside:
        links = vakmanschap.testable_links(store, viewer, filters)
        fields = craft.learning_form(links, catalog.meetings(store, viewer))
        test = craft.validated(AssumptionTest, fields, vakmanschap.new_test_id()) if fields else None
        if test is not None:
            craft.save(store, viewer, test)
    craft.learning_log(vakmanschap.learning_log(store, viewer, filters))
