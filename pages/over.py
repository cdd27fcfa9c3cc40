"""Over de drie sporen: what each track shows and who may see what."""

import streamlit as st

from impact_core.ui import context
from impact_core.ui.session import tr

context.inside_app()
st.title(tr("page.about"), anchor=False)
st.markdown(tr("about.intro"))
for track in ("doelmatigheid", "betekenisgeving", "vakmanschap"):
    st.header(tr(f"track.{track}"), anchor=False)
    st.markdown(tr(f"about.{track}"))
st.header(tr("about.roles"), anchor=False)
st.markdown(tr("about.roles.text"))
st.header(tr("about.accessibility"), anchor=False)
st.markdown(tr("about.accessibility.text"))
