"""Redeneerlijn: a programme's theory of change with the evidence of all three tracks."""

import streamlit as st

from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.samen import reasoning
from impact_core.ui import context
from impact_core.ui import reasoning as reasoning_ui
from impact_core.ui.session import tr

store, viewer, filters = context.current()
programme = context.chosen_programme(store, viewer, filters)

context.programme_header(store, programme, filters)
st.markdown(tr("reasoning.intro"))
reasoning_ui.saved_notice()
line = reasoning.line(store, viewer, programme["id"])
if line.steps.empty:
    st.info(tr("reasoning.none"))
else:
    evidence = reasoning.evidence(store, viewer, filters)
    reasoning_ui.drawing(evidence, line)
    reasoning_ui.step_evidence(store, viewer, filters, evidence)
    reasoning_ui.coverage_map(reasoning.outcomes_only(evidence))
    reasoning_ui.assumptions(line)
reasoning_ui.editor(store, viewer, programme["id"], line, doelmatigheid.programme_indicators(store, viewer, filters))
