"""The way in: the roadmap's steps for one programme, each with where it stands and where to take it."""

from __future__ import annotations

import streamlit as st

from impact_core.samen.roadmap import Progress, RoadmapStep, next_step, taken
from impact_core.ui import safe
from impact_core.ui.session import presenting, tr

# Shape and word together, never colour alone (WCAG 1.4.1).
_ICONS = {
    Progress.DONE: ":material/check_circle:",
    Progress.BEGUN: ":material/pending:",
    Progress.TO_DO: ":material/radio_button_unchecked:",
}
# The title each step's page has in the navigation, for its link.
_PAGE_TITLES = {
    "pages/redeneerlijn.py": "page.reasoning",
    "pages/indicatoren.py": "page.library",
    "pages/gegevens.py": "page.gegevens",
    "pages/verhalen.py": "page.stories",
    "pages/vakmanschap.py": "page.vakmanschap",
    "pages/bijeenkomsten.py": "page.meetings",
    "pages/selectierondes.py": "page.rounds",
}


def header(programme_name: str, *, outside: bool) -> None:
    st.title(tr("roadmap.heading"), anchor=False)
    st.markdown(f"{tr('roadmap.intro')}\n\n**{tr('roadmap.for', programme=safe.escape_markdown(programme_name))}**")
    if outside:
        st.caption(tr("roadmap.outside_counts"))


def progress(steps: list[RoadmapStep]) -> None:
    """How far along, at a glance, and which step comes next."""
    done = taken(steps)
    st.progress(done / len(steps), text=tr("roadmap.taken", taken=done, total=len(steps)))
    following = next_step(steps)
    if following is None:
        st.success(tr("roadmap.all_done"), icon=":material/celebration:")
    else:
        st.info(tr("roadmap.next", step=tr(f"roadmap.{following.key}.title")), icon=":material/flag:")


def steps(steps: list[RoadmapStep]) -> None:
    """Each step in order: what it asks, what this programme's data shows, and a link to the page
    where it is taken (not on the shared screen, which has no controls)."""
    following = next_step(steps)
    for number, step in enumerate(steps, start=1):
        with st.container(border=True, key=f"roadmap-{step.key}"):
            title = tr(f"roadmap.{step.key}.title")
            st.header(f"{number}. {title}", anchor=False)  # under the page title: heading order (WCAG 1.3.1)
            st.markdown(
                f"{_ICONS[step.progress]} **{tr(f'roadmap.progress.{step.progress}')}** · "
                + tr(f"roadmap.{step.key}.status", **step.counts)
            )
            st.caption(tr(f"roadmap.{step.key}.what"))
            if step is following and not presenting():
                st.page_link(
                    step.page, label=tr("roadmap.go", page=tr(_PAGE_TITLES[step.page])), icon=":material/arrow_forward:"
                )
