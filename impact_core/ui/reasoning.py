"""The reasoning-line page: the drawing, the coverage map, the assumptions and the editor."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.i18n import date as date_text
from impact_core.i18n import label
from impact_core.models import flagged
from impact_core.refusal import Refused
from impact_core.render import charts
from impact_core.samen import reasoning
from impact_core.samen.reasoning import ReasoningLine
from impact_core.ui import figures, safe
from impact_core.ui.options import labelled_by, named_choice
from impact_core.ui.session import lang, presenting, tr, view_choice

_STATIC = {"displayModeBar": False, "staticPlot": True}


def drawing(evidence: pd.DataFrame, line: ReasoningLine) -> None:
    figures.described(
        charts.reasoning_line(evidence, line.links, lang=lang(), presenting=presenting()),
        tr("chart.summary.reasoning"),
        config=_STATIC,
    )


def coverage_map(coverage: pd.DataFrame) -> None:
    st.header(tr("reasoning.coverage_map"), anchor=False)
    st.caption(tr("reasoning.coverage_intro"))
    shown = pd.DataFrame(
        {
            tr("reasoning.column.step"): coverage["description"],
            tr("reasoning.column.level"): [tr(f"reasoning.level.{level}") for level in coverage["level"]],
            tr("reasoning.column.indicators"): coverage["indicators"],
            tr("reasoning.column.stories"): coverage["stories"],
            tr("reasoning.column.reflections"): coverage["reflections"],
            tr("reasoning.column.coverage"): [tr(f"reasoning.coverage.{verdict}") for verdict in coverage["coverage"]],
        }
    )
    st.dataframe(shown, hide_index=True, width="stretch")


def step_evidence(store: Store, viewer: Viewer, filters: Filters, evidence: pd.DataFrame) -> None:
    """Open one step to what backs it, per track: the numbers, the stories and the reflections
    behind the counts in the drawing, as this viewer may read them."""
    st.header(tr("reasoning.open_step"), anchor=False)
    backed = evidence[(evidence["indicators"] + evidence["stories"] + evidence["reflections"]) > 0]
    if backed.empty:
        st.write(tr("reasoning.open_step.none"))
        return
    names = {
        row["id"]: tr(
            "reasoning.open_step.option",
            level=tr(f"reasoning.level.{row['level']}"),
            step=row["description"],
            indicators=row["indicators"],
            stories=row["stories"],
            reflections=row["reflections"],
        )
        for row in backed.to_dict("records")
    }
    chosen = view_choice(
        "reasoning_step",
        list(names),
        lambda: named_choice(tr("reasoning.open_step.choose"), names, "reasoning_step"),
    )
    if chosen is None:
        return
    if presenting():  # no picker on the shared screen: the step chosen before presenting
        st.markdown(f"**{safe.escape_markdown(names[chosen])}**")
    behind = reasoning.step_evidence(store, viewer, filters, chosen)
    numbers, stories, craft = st.columns(3, gap="large")
    with numbers:
        st.markdown(f"**{tr('track.doelmatigheid')}** · {tr('reasoning.column.indicators')}")
        for indicator in behind.indicators:
            safe.text(f"{indicator['name']} ({indicator['unit']})")
        for linked in behind.instruments:
            instrument = label("instrument", linked["instrument"], lang())
            safe.text(f"{instrument}: {label('instrument_domain', linked['domain'], lang())}")
        if not behind.indicators and not behind.instruments:
            st.caption(tr("reasoning.open_step.empty"))
    with stories:
        st.markdown(f"**{tr('track.betekenisgeving')}** · {tr('reasoning.column.stories')}")
        for story in behind.stories:
            mark = "⚠ " if flagged(story["valence"], story["intention"]) else ""
            with st.expander(f"{mark}{safe.escape_markdown(story['title'])} · {date_text(story['collected_on'])}"):
                safe.text(story["text"])
        if not behind.stories:
            st.caption(tr("reasoning.open_step.empty"))
    with craft:
        st.markdown(f"**{tr('track.vakmanschap')}** · {tr('reasoning.column.reflections')}")
        for reflection in behind.reflections:
            kind = label("reflection_kind", reflection["kind"], lang())
            heading = f"{kind} · {date_text(reflection['reflected_on'])}"
            if reflection["professional"]:
                heading += f" · {safe.escape_markdown(reflection['professional'])}"
            with st.expander(heading):
                safe.paragraphs(reflection["what_happened"], reflection["learned"])
        if not behind.reflections:
            st.caption(tr("reasoning.open_step.empty"))


def _step_names(line: ReasoningLine) -> dict[str, str]:
    return {row.id: f"{row.id} · {row.description}" for row in line.steps.itertuples()}


def assumptions(line: ReasoningLine) -> None:
    st.header(tr("reasoning.links"), anchor=False)
    names = dict(zip(line.steps["id"], line.steps["description"], strict=True))
    shown = pd.DataFrame(
        {
            tr("reasoning.column.from"): line.links["from_step"].map(names),
            tr("reasoning.column.to"): line.links["to_step"].map(names),
            tr("reasoning.column.assumption"): line.links["assumption"],
            tr("reasoning.column.confidence"): line.links["confidence"],
            tr("reasoning.column.evidence"): line.links["evidence"],
        }
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={
            tr("reasoning.column.confidence"): st.column_config.ProgressColumn(
                format="%d%%", min_value=0, max_value=100
            )
        },
    )


def editor(store: Store, viewer: Viewer, programme_id: str, line: ReasoningLine, indicators: dict[str, str]) -> None:
    """Steps, links and indicator links, each saved on its own; problems are listed in the reader's language."""
    if not policy.may(viewer, Action.EDIT_REASONING_LINE):
        st.caption(tr("reasoning.read_only"))
        return
    with st.expander(tr("reasoning.edit"), icon=":material/edit:"):
        st.caption(tr("reasoning.edit_help"))
        _steps_editor(store, viewer, programme_id, line)
        _links_editor(store, viewer, programme_id, line)
        _indicator_editor(store, viewer, programme_id, line, indicators)


def _save(action: Callable[..., None], *args: object) -> None:
    try:
        action(*args)
    except Refused as problem:
        st.error(f"{tr('reasoning.not_saved')} {problem.text(lang())}")
        return
    st.session_state["_reasoning_saved"] = True
    st.rerun()


def _steps_editor(store: Store, viewer: Viewer, programme_id: str, line: ReasoningLine) -> None:
    st.markdown(f"**{tr('reasoning.steps')}**")
    levels = list(charts.STEP_LEVELS)
    edited = st.data_editor(
        line.steps[["id", "level", "description", "position"]],
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        key=f"steps-{programme_id}",
        column_config={
            "id": st.column_config.TextColumn(tr("reasoning.column.id"), disabled=True),
            "level": st.column_config.SelectboxColumn(tr("reasoning.column.level"), options=levels, required=True),
            "description": st.column_config.TextColumn(tr("reasoning.column.description"), width="large"),
            "position": st.column_config.NumberColumn(tr("reasoning.column.position"), min_value=1, step=1),
        },
    )
    if st.button(tr("reasoning.save_steps"), key="save-steps"):
        _save(reasoning.save_steps, store, viewer, programme_id, edited.to_dict("records"))


def _links_editor(store: Store, viewer: Viewer, programme_id: str, line: ReasoningLine) -> None:
    st.markdown(f"**{tr('reasoning.links')}**")
    names = _step_names(line)
    shown = line.links.assign(from_step=line.links["from_step"].map(names), to_step=line.links["to_step"].map(names))
    edited = st.data_editor(
        shown,
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        key=f"links-{programme_id}",
        column_config={
            "from_step": st.column_config.SelectboxColumn(tr("reasoning.column.from"), options=list(names.values())),
            "to_step": st.column_config.SelectboxColumn(tr("reasoning.column.to"), options=list(names.values())),
            "assumption": st.column_config.TextColumn(tr("reasoning.column.assumption"), width="large"),
            "confidence": st.column_config.NumberColumn(
                tr("reasoning.column.confidence"), min_value=0, max_value=100, step=5
            ),
            "evidence": st.column_config.TextColumn(tr("reasoning.column.evidence"), width="large"),
        },
    )
    if st.button(tr("reasoning.save_links"), key="save-links"):
        ids = {name: step_id for step_id, name in names.items()}
        rows = edited.assign(from_step=edited["from_step"].map(ids), to_step=edited["to_step"].map(ids))
        _save(reasoning.save_links, store, viewer, programme_id, rows.to_dict("records"))


def _indicator_editor(
    store: Store, viewer: Viewer, programme_id: str, line: ReasoningLine, indicators: dict[str, str]
) -> None:
    st.markdown(f"**{tr('reasoning.indicator_links')}**")
    current = reasoning.indicator_links(store, viewer, programme_id)
    with st.form(f"indicator-links-{programme_id}", border=False):
        chosen = {
            step.id: st.multiselect(
                step.description,
                list(indicators),
                default=[i for i in current.get(step.id, []) if i in indicators],
                format_func=labelled_by(indicators),
                key=f"indicators-{step.id}",
                placeholder=tr("form.choose"),
            )
            for step in line.steps.itertuples()
        }
        if st.form_submit_button(tr("reasoning.save_indicator_links")):
            _save(reasoning.save_indicator_links, store, viewer, programme_id, chosen)


def saved_notice() -> None:
    if st.session_state.pop("_reasoning_saved", False):
        st.success(tr("reasoning.saved"))
