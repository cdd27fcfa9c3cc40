"""Widgets of the Bijeenkomsten page: choose or record a meeting, its participants and agenda,
what happens during the meeting, the minutes, and the open afspraken across meetings."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import streamlit as st

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.i18n import date as date_text
from impact_core.i18n import label
from impact_core.models import AgendaLink, DecisionKind, Intention, ParticipantRole, Valence, flagged
from impact_core.refusal import Refused
from impact_core.render import charts
from impact_core.samen import meetings
from impact_core.ui import figures, review, safe
from impact_core.ui import selection as rounds_view
from impact_core.ui.options import labelled_by, named_by, named_choice, required
from impact_core.ui.session import lang, presenting, tr, view_choice

_SAVED = "meeting_saved"
_CHOSEN = "meeting_id"
VIEW_TAB, PART_TAB = "meeting_view", "meeting_part"  # keys of the page's tabs: they keep their place
_CHART_CONFIG = {"displayModeBar": False}


def save(action: Callable[..., object], *args: object, **kwargs: object) -> object | None:
    """Run a write; on success note it and run the page again so it shows at once, on refusal
    show the reason in the reader's language."""
    try:
        result = action(*args, **kwargs)
    except Refused as problem:
        st.error(problem.text(lang()))
        return None
    st.session_state[_SAVED] = True
    st.rerun()
    return result


def saved_notice() -> None:
    if st.session_state.pop(_SAVED, False):
        st.success(tr("meetings.saved"), icon=":material/check:")


def may_write(viewer: Viewer) -> bool:
    return policy.may(viewer, Action.WRITE_MEETING)


# --- choose or record a meeting --------------------------------------------------------------


def meeting_picker(found: list[dict[str, Any]]) -> str | None:
    """The meeting to work on, newest first."""
    if not found:
        st.info(tr("meetings.none"))
        return None
    names = {row["id"]: f"{date_text(row['held_on'])} · {row['title']}" for row in found}
    if st.session_state.get("open_meeting") in names:  # just recorded: work on it at once
        st.session_state[_CHOSEN] = st.session_state.pop("open_meeting")

    def picker() -> str | None:
        if st.session_state.get(_CHOSEN) not in names:
            st.session_state[_CHOSEN] = next(iter(names))
        return named_choice(tr("meetings.choose"), names, _CHOSEN)

    # On the shared screen no picker: the meeting chosen before presenting, else the newest.
    return view_choice(_CHOSEN, list(names), picker)


def new_meeting_form(store: Store, viewer: Viewer, programmes: dict[str, str], default_programme: str | None) -> None:
    def create(values: dict[str, Any], masked: dict[str, str]) -> bool:
        try:
            meeting_id = meetings.create_meeting(store, viewer, masked=masked, **values)
        except Refused as problem:
            st.error(problem.text(lang()))
            return False
        st.session_state["open_meeting"] = meeting_id
        st.session_state[_SAVED] = True
        st.rerun()
        return True

    labels = {"summary": tr("meetings.summary")}
    if review.pending("new_meeting", labels, create):
        return
    with st.form("new_meeting", clear_on_submit=True):
        st.caption(tr("form.required_note"))
        left, middle, right = st.columns([1, 2, 2])
        held_on = left.date_input(tr("meetings.date"), value=dt.date.today(), format="DD-MM-YYYY")
        leeratelier = middle.text_input(required(tr("meetings.leeratelier")), value="Leeratelier Impact")
        options = ["", *programmes]
        programme = right.selectbox(
            tr("meetings.programme"),
            options,
            index=options.index(default_programme) if default_programme in options else 0,
            format_func=lambda value: programmes.get(value, tr("meetings.programme.none")),
        )
        title = st.text_input(required(tr("meetings.title")))
        summary = st.text_area(labels["summary"], height=80)
        submitted = st.form_submit_button(tr("meetings.create"), type="primary")
    if submitted:
        values = {
            "held_on": held_on,
            "leeratelier": leeratelier,
            "title": title,
            "programme_id": programme or None,
            "summary": summary,
        }
        review.check("new_meeting", values, list(labels), create)


def meeting_header(meeting: dict) -> None:
    st.header(safe.escape_markdown(meeting["title"]), anchor=False)
    facts = [
        tr(
            "meetings.heading",
            date=date_text(meeting["held_on"]),
            leeratelier=safe.escape_markdown(meeting["leeratelier"]),
        )
    ]
    if meeting["programme"]:
        facts.append(safe.escape_markdown(meeting["programme"]))
    st.markdown(" · ".join(facts))
    if meeting["withdrawn"]:
        st.warning(tr("minutes.cancelled"), icon=":material/event_busy:")
    if meeting["summary"]:
        safe.text(meeting["summary"])


# --- participants and agenda -------------------------------------------------------------------


def participants(store: Store, viewer: Viewer, meeting: dict) -> None:
    st.subheader(tr("meetings.participants"), anchor=False)
    people = meetings.participants(store, viewer, meeting["id"])
    if not people:
        st.write(tr("meetings.participants.none"))
    else:
        st.caption(tr("meetings.participant.count", count=len(people)))
        for role in meetings.ROLES:
            names = [person["name"] for person in people if person["role"] == role]
            if not names:
                continue
            named = [name for name in names if name]
            unnamed = len(names) - len(named)
            listed = named + ([tr("minutes.unnamed", count=unnamed)] if unnamed else [])
            safe.labelled(f"{label('participant_role', role, lang())} ({len(names)})", ", ".join(listed))
    if not may_write(viewer):
        return
    with st.form(f"participant_{meeting['id']}", clear_on_submit=True):
        left, right = st.columns([1, 2])
        chosen_role = left.selectbox(
            tr("meetings.participant.role"), list(ParticipantRole), format_func=named_by("participant_role")
        )
        name = right.text_input(tr("meetings.participant.name"), help=tr("meetings.participant.name.help"))
        submitted = st.form_submit_button(tr("meetings.participant.add"))
    if submitted:
        save(meetings.add_participant, store, viewer, meeting_id=meeting["id"], role=chosen_role, name=name)


def agenda(store: Store, viewer: Viewer, meeting: dict) -> None:
    st.subheader(tr("meetings.agenda"), anchor=False)
    items = meetings.agenda(store, viewer, meeting["id"])
    if not items:
        st.write(tr("meetings.agenda.none"))
    for item in items:
        line = f"{item['position']}. {item['title']}"
        if item["linked_kind"]:
            name = item["linked_name"] or tr("meetings.agenda.hidden")
            line += f" ({label('agenda_link', item['linked_kind'], lang())}: {name})"
        if item["withdrawn"]:
            line += f" ({tr('corrections.withdrawn')})"
        safe.text(line)
    if may_write(viewer):
        _agenda_form(store, viewer, meeting)


def _agenda_form(store: Store, viewer: Viewer, meeting: dict) -> None:
    """One list of everything an item can be about ('uitkomst: ...'), searchable, so the form is one form."""
    programme = meeting["programme_id"]
    options = {"": tr("meetings.agenda.nothing")}
    for kind in AgendaLink:
        for linked_id, name in meetings.link_options(store, viewer, kind, programme).items():
            options[f"{kind.value}:{linked_id}"] = f"{label('agenda_link', kind, lang())}: {name}"
    with st.form(f"agenda_{meeting['id']}", clear_on_submit=True):
        st.caption(tr("form.required_note"))
        title = st.text_input(required(tr("meetings.agenda.title")))
        linked = st.selectbox(tr("meetings.agenda.kind"), list(options), format_func=labelled_by(options))
        submitted = st.form_submit_button(tr("meetings.agenda.add"))
    if submitted:
        linked_kind, _, linked_id = linked.partition(":")
        save(
            meetings.add_agenda_item,
            store,
            viewer,
            meeting_id=meeting["id"],
            title=title,
            linked_kind=linked_kind or None,
            linked_id=linked_id or None,
        )


# --- during the meeting ----------------------------------------------------------------------------


def selection_round(
    store: Store, viewer: Viewer, meeting: dict, programme: str | None, programme_name: str, domains: list[str]
) -> None:
    """A Most Significant Change round held in this meeting: the round pieces of the Selectierondes page."""
    st.subheader(tr("meetings.round"), anchor=False)
    st.caption(tr("meetings.round.note"))
    held = selection.rounds(store, viewer, Filters(), meeting_id=meeting["id"])
    round_id = rounds_view.round_list(held, key=f"meeting_round_{meeting['id']}")
    if may_write(viewer):
        with st.expander(tr("rounds.new"), expanded=round_id is None):
            if programme:
                st.caption(tr("meetings.round.programme", programme=safe.escape_markdown(programme_name)))
                rounds_view.new_round_form(store, viewer, programme, domains, meeting_id=meeting["id"])
            else:
                st.info(tr("meetings.round.choose_programme"))
    if round_id:
        rounds_view.round_detail(store, viewer, round_id, within_section=True)


def arena(store: Store, viewer: Viewer, meeting: dict, programmes: dict[str, str], programme: str | None) -> None:
    """Effectenarena: per effect, who contributes and who gains; a flow picture and the list."""
    st.subheader(tr("meetings.arena"), anchor=False)
    st.caption(tr("meetings.arena.note"))
    effects = meetings.arena_effects(store, viewer, meeting["id"])
    if not effects:
        st.write(tr("meetings.arena.none"))
    else:
        figures.described(
            charts.who_pays_who_gains(
                dict(Counter(effect["contributor"] for effect in effects)),
                dict(Counter(effect["beneficiary"] for effect in effects)),
                middle=" · ".join(sorted({effect["programme"] for effect in effects})),
                height=320,
                presenting=presenting(),
            ),
            tr("chart.summary.flows"),
            config=_CHART_CONFIG,
            key=f"arena_chart_{meeting['id']}",
        )
        for effect in effects:
            marked = flagged(effect["valence"], effect["intention"])
            tags = [label("valence", effect["valence"], lang()), label("intention", effect["intention"], lang())]
            with st.container(border=True):
                safe.text(("⚠ " if marked else "") + effect["description"], bold=True)
                safe.caption(
                    tr("meetings.arena.flow", contributor=effect["contributor"], beneficiary=effect["beneficiary"])
                    + " · "
                    + " · ".join(tags)
                )
    if may_write(viewer):
        _arena_form(store, viewer, meeting, programmes, programme)


def _arena_form(store: Store, viewer: Viewer, meeting: dict, programmes: dict[str, str], programme: str | None) -> None:
    parties = meetings.stakeholders(store)
    names = dict(zip(parties["id"], parties["name"], strict=True))
    fixed = meeting["programme_id"]
    options = [fixed] if fixed else list(programmes)

    def record(values: dict[str, Any], masked: dict[str, str]) -> bool:
        saved = save(meetings.add_arena_effect, store, viewer, meeting_id=meeting["id"], masked=masked, **values)
        return saved is not None

    name = f"arena_{meeting['id']}"
    labels = {"description": tr("meetings.arena.description")}
    if review.pending(name, labels, record):
        return
    with st.form(name, clear_on_submit=True):
        st.caption(tr("form.required_note"))
        description = st.text_input(required(labels["description"]))
        first, second, third = st.columns(3)
        chosen = first.selectbox(
            tr("meetings.arena.programme"),
            options,
            format_func=lambda value: programmes.get(value, value),
            index=options.index(programme) if programme in options else 0,
            disabled=bool(fixed),
        )
        contributor = second.selectbox(tr("meetings.arena.contributor"), list(names), format_func=labelled_by(names))
        beneficiary = third.selectbox(tr("meetings.arena.beneficiary"), list(names), format_func=labelled_by(names))
        left, right = st.columns(2)
        valence = left.radio(
            tr("meetings.arena.valence"), list(Valence), horizontal=True, format_func=named_by("valence")
        )
        intention = right.radio(
            tr("meetings.arena.intention"), list(Intention), horizontal=True, format_func=named_by("intention")
        )
        submitted = st.form_submit_button(tr("meetings.arena.add"))
    if submitted:
        values = {
            "programme_id": chosen,
            "description": description,
            "contributor_id": contributor,
            "beneficiary_id": beneficiary,
            "valence": valence,
            "intention": intention,
        }
        review.check(name, values, list(labels), record)


def decisions(store: Store, viewer: Viewer, meeting: dict) -> None:
    """Afspraken, besluiten and open questions as they happen: recorded, then listed at once."""
    st.subheader(tr("meetings.record"), anchor=False)
    if may_write(viewer):
        _decision_form(store, viewer, meeting)
    recorded = meetings.decisions(store, viewer, meeting["id"])
    if not recorded:
        st.write(tr("meetings.decision.none"))
    for decision in reversed(recorded):  # the newest first: it was just said
        _decision_card(decision)


def _decision_form(store: Store, viewer: Viewer, meeting: dict) -> None:
    def record(values: dict[str, Any], masked: dict[str, str]) -> bool:
        saved = save(meetings.add_decision, store, viewer, meeting_id=meeting["id"], masked=masked, **values)
        return saved is not None

    name = f"decision_{meeting['id']}"
    labels = {"text": tr("meetings.decision.text"), "owner": tr("meetings.decision.owner")}
    if review.pending(name, labels, record):
        return
    with st.form(name, clear_on_submit=True):
        kind = st.segmented_control(
            tr("meetings.decision.kind"),
            list(DecisionKind),
            default=DecisionKind.AFSPRAAK,
            format_func=lambda value: label("decision_kind", value, lang()).capitalize(),
            required=True,
        )
        text = st.text_area(labels["text"], height=80)
        left, right = st.columns([2, 1])
        owner = left.text_input(labels["owner"])
        due_on = right.date_input(tr("meetings.decision.due"), value=None, format="DD-MM-YYYY")
        submitted = st.form_submit_button(tr("meetings.decision.add"), type="primary")
    if submitted:
        review.check(name, {"kind": kind, "text": text, "owner": owner, "due_on": due_on}, list(labels), record)


def _decision_card(decision: dict) -> None:
    with st.container(border=True):
        kind = label("decision_kind", decision["kind"], lang()).capitalize()
        status = label("decision_status", decision["status"], lang())
        if decision["withdrawn"]:
            status = tr("corrections.withdrawn")
        st.markdown(f"**{kind}** · {status}")
        safe.text(decision["text"])
        details = []
        if decision["owner"]:
            details.append(tr("minutes.owner", owner=decision["owner"]))
        if decision["due_on"] is not None:
            details.append(tr("minutes.due", date=date_text(decision["due_on"])))
        if details:
            safe.caption(" · ".join(details))


# --- minutes --------------------------------------------------------------------------------------


def minutes_downloads(record: meetings.Minutes, pdf: bytes | None) -> None:
    st.caption(tr("meetings.minutes.note"))
    if presenting():  # the shared screen reads the minutes; downloading is done at a desk
        st.markdown(meetings.minutes_markdown(record, lang()))  # user text in it is escaped for Markdown
        return
    name = _file_name(record)
    left, right = st.columns(2)
    # A download changes nothing: no rerun (which would build the PDF again and move the page).
    left.download_button(
        tr("meetings.download.markdown"),
        meetings.minutes_markdown(record, lang()),
        file_name=f"{name}.md",
        mime="text/markdown",
        icon=":material/description:",
        width="stretch",
        on_click="ignore",
    )
    if pdf is not None:
        right.download_button(
            tr("meetings.download.pdf"),
            pdf,
            file_name=f"{name}.pdf",
            mime="application/pdf",
            icon=":material/picture_as_pdf:",
            width="stretch",
            on_click="ignore",
        )
    with st.expander(tr("meetings.tab.minutes"), expanded=True):
        st.markdown(meetings.minutes_markdown(record, lang()))  # user text in it is escaped for Markdown


def _file_name(record: meetings.Minutes) -> str:
    held_on = record.meeting["held_on"]
    slug = re.sub(r"[^a-z0-9]+", "-", str(record.meeting["title"]).lower()).strip("-")[:40] or "bijeenkomst"
    return f"verslag-{held_on:%Y-%m-%d}-{slug}" if held_on else f"verslag-{slug}"


# --- open afspraken across meetings --------------------------------------------------------------


def open_afspraken(store: Store, viewer: Viewer) -> None:
    found = meetings.open_decisions(store, viewer)
    if not found:
        st.info(tr("meetings.open.none"))
        return
    overdue = sum(decision["overdue"] for decision in found)
    st.markdown(tr("meetings.open.count", count=len(found), overdue=overdue))
    for decision in found:
        with st.container(border=True):
            text, action = st.columns([5, 1], vertical_alignment="center")
            with text:
                kind = label("decision_kind", decision["kind"], lang()).capitalize()
                due = tr("minutes.due", date=date_text(decision["due_on"])) if decision["due_on"] else ""
                overdue = f" · **{tr('meetings.open.overdue')}**" if decision["overdue"] else ""
                st.markdown(f"**{kind}**" + (f" · {due}" if due else "") + overdue)
                safe.text(decision["text"])
                owner = decision["owner"] or tr("meetings.open.no_owner")
                safe.caption(
                    f"{tr('minutes.owner', owner=owner)} · {tr('meetings.open.meeting')}: "
                    f"{date_text(decision['held_on'])} · {decision['meeting']}"
                )
            if may_write(viewer) and action.button(
                tr("meetings.open.mark_done"), key=f"done_{decision['id']}", icon=":material/check:", width="stretch"
            ):
                save(meetings.complete_decision, store, viewer, decision["id"])
