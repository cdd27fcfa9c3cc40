"""Widgets of the Vakmanschap page: views, the reflection log and the entry form."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from impact_core.access.deidentify import with_masked
from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.i18n import date as date_text
from impact_core.i18n import label
from impact_core.models import AssumptionTest, Record, Reflection, ReflectionKind, TestOutcome, Visibility
from impact_core.refusal import Refused, read
from impact_core.refusal import validated as checked
from impact_core.render import chart_text, charts
from impact_core.ui import figures, safe
from impact_core.ui.options import labelled_by, named_by, required
from impact_core.ui.session import lang, presenting, tr
from impact_core.vakmanschap import reflections as vakmanschap

_CHART_CONFIG = {"displayModeBar": False}
_DRAFT = "reflection_draft"
M = TypeVar("M", bound=Record)


def _value_names(values: list[str]) -> dict[str, str]:
    return {value: label("value", value, lang()) for value in values}


def overview(
    shares: pd.DataFrame, over_time: pd.DataFrame, dilemmas: list[dict[str, Any]], known_values: list[str]
) -> None:
    left, right = st.columns(2, gap="large")
    with left:
        st.header(tr("vakmanschap.radar"), anchor=False)
        st.caption(tr("vakmanschap.radar.note"))
        names = _value_names(known_values)
        figures.chart(
            charts.values_radar(shares, value_names=names, presenting=presenting()),
            chart_text.values_radar(shares, value_names=names, lang=lang()),
            config=_CHART_CONFIG,
        )
    with right:
        st.header(tr("vakmanschap.dilemmas"), anchor=False)
        if not dilemmas:
            st.write(tr("vakmanschap.dilemmas.none"))
        for row in dilemmas:
            with st.container(border=True):
                safe.text(row["theme"] or tr("vakmanschap.no_theme"), bold=True)
                st.write(
                    tr(
                        "vakmanschap.dilemmas.row",
                        times=row["times"],
                        followed=row["followed_up"],
                        latest=date_text(row["latest"]),
                    )
                )
    st.header(tr("vakmanschap.over_time"), anchor=False)
    names = _value_names(sorted(set(over_time["value"])))
    figures.chart(
        charts.values_over_time(over_time, value_names=names, lang=lang(), presenting=presenting()),
        chart_text.values_over_time(over_time, value_names=names, lang=lang()),
        config=_CHART_CONFIG,
    )


def log_filters(known_values: list[str]) -> tuple[str | None, str | None]:
    left, right = st.columns(2)
    kind = left.selectbox(
        tr("vakmanschap.filter.kind"),
        ["", *ReflectionKind],
        key="vakmanschap_kind",
        format_func=lambda value: label("reflection_kind", value, lang()) if value else tr("vakmanschap.filter.all"),
    )
    value = right.selectbox(
        tr("vakmanschap.filter.value"),
        ["", *known_values],
        key="vakmanschap_value",
        format_func=lambda value: label("value", value, lang()) if value else tr("vakmanschap.filter.all"),
    )
    return kind or None, value or None


def reflection_card(reflection: dict, linked: dict[str, str]) -> None:
    with st.container(border=True):
        safe.text(f"{label('reflection_kind', reflection['kind'], lang())} · {reflection['method']}", bold=True)
        date = date_text(reflection["reflected_on"])
        values = ", ".join(label("value", value, lang()) for value in reflection["values"])
        parts = [reflection["professional"], date, values, label("visibility", reflection["visibility"], lang())]
        safe.caption(" · ".join(part for part in parts if part))
        safe.text(reflection["what_happened"])
        if reflection["kind"] == ReflectionKind.MOREEL_BERAAD:
            _labelled("vakmanschap.dilemma", reflection["dilemma"])
            _labelled("vakmanschap.tension", reflection["values_in_tension"])
            _labelled("vakmanschap.options", reflection["options"])
            _labelled("vakmanschap.choice", reflection["choice"])
            _labelled("vakmanschap.parties", reflection["parties"])
            _labelled("vakmanschap.code", reflection["code_article"])
            if reflection["follow_up"]:
                status = (
                    tr("vakmanschap.followed_up") if reflection["followed_up"] else tr("vakmanschap.not_followed_up")
                )
                _labelled("vakmanschap.follow_up", f"{reflection['follow_up']} ({status})")
        _labelled("vakmanschap.learned", reflection["learned"])
        _labelled("vakmanschap.differently", reflection["do_differently"])
        items = [linked[item] for item in [*reflection["story_ids"], *reflection["indicator_ids"]] if item in linked]
        if items:
            safe.caption(tr("vakmanschap.linked", items="; ".join(items)))


def _labelled(key: str, value: str | None) -> None:
    if value:
        safe.labelled(tr(key), value)


def entry_form(
    choices: dict[str, dict[str, str]],
    programmes: dict[str, str],
    programme: str | None,
    stories: dict[str, str],
    indicators: dict[str, str],
) -> dict | None:
    """The form for a reflection or a moral deliberation; returns the fields when submitted."""
    kind = st.radio(
        tr("vakmanschap.form.kind"),
        list(ReflectionKind),
        horizontal=True,
        key="vakmanschap_form_kind",
        format_func=named_by("reflection_kind"),
    )
    with st.form("reflection_form", clear_on_submit=True):
        st.caption(tr("form.required_note"))
        left, right = st.columns(2)
        fields = {
            "kind": kind,
            "professional": left.text_input(required(tr("vakmanschap.form.professional"))),
            "reflected_on": right.date_input(tr("vakmanschap.form.date"), value=dt.date.today(), format="DD-MM-YYYY"),
            "programme_id": left.selectbox(
                tr("vakmanschap.form.programme"),
                list(programmes),
                format_func=labelled_by(programmes),
                index=list(programmes).index(programme) if programme in programmes else 0,
            ),
            "method": right.selectbox(
                tr("vakmanschap.form.method"),
                list(choices["method"]),
                index=None,
                accept_new_options=True,
                placeholder=tr("form.choose"),
            ),
            "values": st.multiselect(
                tr("vakmanschap.form.values"),
                list(choices["value"]),
                accept_new_options=True,
                format_func=named_by("value"),
                placeholder=tr("form.choose"),
            ),
            "what_happened": st.text_area(tr("vakmanschap.form.what_happened")),
        }
        if kind == ReflectionKind.MOREEL_BERAAD:
            left, right = st.columns(2)
            fields |= {
                "dilemma": st.text_area(tr("vakmanschap.form.dilemma"), height=80),
                "dilemma_theme_id": left.selectbox(
                    tr("vakmanschap.form.theme"),
                    list(choices["dilemma_theme"]),
                    format_func=labelled_by(choices["dilemma_theme"]),
                    index=None,
                    placeholder=tr("form.choose"),
                ),
                "code_article_id": right.selectbox(
                    tr("vakmanschap.form.code"),
                    list(choices["code_article"]),
                    format_func=labelled_by(choices["code_article"]),
                    index=None,
                    placeholder=tr("form.choose"),
                ),
                "values_in_tension": st.text_input(tr("vakmanschap.form.tension")),
                "parties": st.text_input(tr("vakmanschap.form.parties")),
                "options": " | ".join(
                    line.strip()
                    for line in st.text_area(tr("vakmanschap.form.options"), height=80).splitlines()
                    if line.strip()
                ),
                "choice": st.text_area(tr("vakmanschap.form.choice"), height=80),
                "follow_up": st.text_input(tr("vakmanschap.form.follow_up")),
                "followed_up": st.checkbox(tr("vakmanschap.form.followed_up")),
            }
        fields |= {
            "learned": st.text_area(tr("vakmanschap.form.learned"), height=80),
            "do_differently": st.text_input(tr("vakmanschap.form.do_differently")),
            "story_ids": st.multiselect(
                tr("vakmanschap.form.stories"),
                list(stories),
                format_func=labelled_by(stories),
                placeholder=tr("form.choose"),
            ),
            "indicator_ids": st.multiselect(
                tr("vakmanschap.form.indicators"),
                list(indicators),
                format_func=labelled_by(indicators),
                placeholder=tr("form.choose"),
            ),
            "visibility": st.radio(
                tr("vakmanschap.form.visibility"), list(Visibility), horizontal=True, format_func=named_by("visibility")
            ),
        }
        submitted = st.form_submit_button(tr("vakmanschap.form.save"), type="primary")
    return fields if submitted else None


def validated(model: type[M], fields: dict, new_id: str) -> M | None:
    """The model for the submitted fields, or None after showing what is wrong, in the reader's language."""
    values = {**{k: v for k, v in fields.items() if v not in (None, "")}, "id": new_id}
    try:
        return checked(model, values, "vakmanschap.form.invalid")
    except Refused as refused:
        problems = "\n".join(f"- {safe.escape_markdown(read(problem, lang()))}" for problem in refused.problems)
        st.error(f"{tr('vakmanschap.form.invalid')}\n\n{problems}")
        return None


def submit(store: Store, viewer: Viewer, reflection: Reflection) -> None:
    """An internal reflection is saved; one the municipality will read is masked first and shown
    for checking, as a story is: nothing is stored before the professional has seen that text."""
    if reflection.visibility != Visibility.GEMEENTE:
        save(store, viewer, reflection)
        return
    st.session_state[_DRAFT] = with_masked(reflection)
    st.rerun()


# The form's label for each text that has a masked twin.
_TEXT_LABELS = {name: f"vakmanschap.form.{name}" for name in Reflection.__masked__} | {
    "values_in_tension": "vakmanschap.form.tension"
}


def review_step(store: Store, viewer: Viewer) -> bool:
    """Step two of a shared reflection: the masked text of each field, to correct before saving.
    True while a draft waits, so the page shows this instead of the form."""
    draft: Reflection | None = st.session_state.get(_DRAFT)
    if draft is None:
        return False
    st.header(tr("stories.review"), anchor=False)
    st.info(tr("vakmanschap.review.note"))
    reviewed = {
        target: st.text_area(tr(_TEXT_LABELS[source]), value=getattr(draft, target), key=f"reflection_{target}")
        for source, target in Reflection.__masked__.items()
        if getattr(draft, source)
    }
    save_button, back = st.columns([1, 4])
    if back.button(tr("stories.review.back")):
        del st.session_state[_DRAFT]
        st.rerun()
    if save_button.button(tr("vakmanschap.form.save"), type="primary"):
        checked = validated(Reflection, {**draft.model_dump(), **reviewed}, draft.id)
        if checked is not None:
            save(store, viewer, checked)
    return True


def methods_list(methods: list[dict[str, Any]]) -> None:
    if not methods:
        st.write(tr("vakmanschap.methods.none"))
    for method in methods:
        with st.container(border=True):
            safe.text(f"{method['name']} · {label('evidence_base', method['evidence_base'], lang())}", bold=True)
            safe.caption(method["programme"])
            if method["description"]:
                safe.text(method["description"])
            if method["step"]:
                safe.caption(tr("vakmanschap.methods.step", step=method["step"]))


def learning_log(tests: list[dict[str, Any]]) -> None:
    if not tests:
        st.write(tr("vakmanschap.learning.none"))
    for test in tests:
        with st.container(border=True):
            safe.text(label("test_outcome", test["outcome"], lang()) + " · " + test["assumption"], bold=True)
            safe.caption(tr("vakmanschap.learning.link", from_step=test["from_step"], to_step=test["to_step"]))
            meeting = test["meeting"] or "–"
            safe.caption(
                tr(
                    "vakmanschap.learning.row",
                    date=date_text(test["tested_on"]),
                    meeting=meeting,
                )
            )
            if test["note"]:
                safe.text(test["note"])


def learning_form(links: list[dict[str, Any]], meetings: pd.DataFrame) -> dict | None:
    """Record that a meeting tested an assumption of the reasoning line."""
    if not links:
        return None
    options = {
        f"{row['from_step']}>{row['to_step']}": f"{row['from_description']} → {row['to_description']}: "
        f"{row['assumption']}"
        for row in links
    }
    meeting_names = {row.id: f"{pd.Timestamp(row.held_on):%d-%m-%Y} · {row.title}" for row in meetings.itertuples()}
    with st.form("learning_form", clear_on_submit=True):
        st.markdown(f"**{tr('vakmanschap.learning.new')}**")
        link = st.selectbox(tr("vakmanschap.learning.assumption"), list(options), format_func=labelled_by(options))
        left, middle, right = st.columns(3)
        fields = {
            "meeting_id": left.selectbox(
                tr("vakmanschap.learning.meeting"),
                list(meeting_names),
                index=None,
                format_func=labelled_by(meeting_names),
                placeholder=tr("form.choose"),
            ),
            "tested_on": middle.date_input(tr("vakmanschap.form.date"), value=dt.date.today(), format="DD-MM-YYYY"),
            "outcome": right.selectbox(
                tr("vakmanschap.learning.outcome"), list(TestOutcome), format_func=named_by("test_outcome")
            ),
            "note": st.text_area(tr("vakmanschap.learning.note"), height=80),
        }
        submitted = st.form_submit_button(tr("vakmanschap.form.save"), type="primary")
    if not submitted:
        return None
    from_step, to_step = link.split(">")
    return fields | {"from_step": from_step, "to_step": to_step}


def save(store: Store, viewer: Viewer, entry: Reflection | AssumptionTest) -> None:
    """Save, then run the page again so the log and the views already show the new entry."""
    try:
        if isinstance(entry, Reflection):
            vakmanschap.add_reflection(store, viewer, entry)
        else:
            vakmanschap.add_assumption_test(store, viewer, entry)
    except Refused as refusal:
        st.error(f"{tr('vakmanschap.form.invalid')} {refusal.text(lang())}")
    else:
        st.session_state.pop(_DRAFT, None)
        st.session_state["vakmanschap_saved"] = True
        st.rerun()


def saved_notice() -> None:
    if st.session_state.pop("vakmanschap_saved", False):
        st.success(tr("vakmanschap.form.saved"))
