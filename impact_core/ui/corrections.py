"""Corrections on the page: change or withdraw what a meeting recorded, withdraw a round without
votes, and read the history. Nothing is deleted; every change asks why."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from impact_core.access import policy
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.i18n import date as date_text
from impact_core.i18n import label
from impact_core.models import CorrectedTable, DecisionKind
from impact_core.samen import meetings
from impact_core.ui import review, safe
from impact_core.ui.meetings import save, saved_notice
from impact_core.ui.options import labelled_by, required
from impact_core.ui.session import lang, tr


def history(lines: list[meetings.CorrectionLine]) -> None:
    st.markdown(f"**{tr('corrections.history')}**")
    if not lines:
        st.caption(tr("corrections.history.none"))
    for line in reversed(lines):  # the latest first: it is what someone just did
        safe.text(meetings.describe(line, lang()))


def meeting_corrections(store: Store, viewer: Viewer, meeting: dict) -> None:
    """The Corrigeren tab of a meeting: what to correct, its fields and why; then the history."""
    st.caption(tr("corrections.intro"))
    if policy.may(viewer, policy.Action.WRITE_MEETING) and not meeting["withdrawn"]:
        _correction_form(store, viewer, meeting)
    history(meetings.history(store, viewer, meeting_id=meeting["id"]))


def _targets(store: Store, viewer: Viewer, meeting: dict) -> dict[str, tuple[CorrectedTable, dict]]:
    """Everything of the meeting that can still be corrected, as 'table:id' -> (table, record)."""
    found: dict[str, tuple[CorrectedTable, dict]] = {f"meeting:{meeting['id']}": (CorrectedTable.MEETING, meeting)}
    for item in meetings.agenda(store, viewer, meeting["id"]):
        if not item["withdrawn"]:
            found[f"agenda_item:{item['id']}"] = (CorrectedTable.AGENDA_ITEM, item)
    for decision in meetings.decisions(store, viewer, meeting["id"]):
        if not decision["withdrawn"]:
            found[f"decision:{decision['id']}"] = (CorrectedTable.DECISION, decision)
    return found


def _target_name(table: CorrectedTable, record: dict) -> str:
    if table is CorrectedTable.MEETING:
        return f"{label('corrected_table', table, lang()).capitalize()}: {record['title']}"
    if table is CorrectedTable.AGENDA_ITEM:
        return f"{label('corrected_table', table, lang()).capitalize()} {record['position']}: {record['title']}"
    kind = label("decision_kind", record["kind"], lang()).capitalize()
    return f"{kind}: {record['text'][:80]}"


def _correction_form(store: Store, viewer: Viewer, meeting: dict) -> None:
    targets = _targets(store, viewer, meeting)
    names = {key: _target_name(*target) for key, target in targets.items()}
    chosen = st.selectbox(tr("corrections.what"), list(names), format_func=labelled_by(names), key="correction_of")
    table, record = targets[chosen]

    def record_it(values: dict[str, Any], masked: dict[str, str]) -> bool:
        reason, target = values["reason"], (store, viewer, table, record["id"])
        if values["withdraw"]:
            return save(meetings.withdraw, *target, reason=reason, masked=masked) is not None
        changes = {field: value for field, value in values.items() if field not in ("reason", "withdraw")}
        return save(meetings.correct, *target, changes=changes, reason=reason, masked=masked) is not None

    name = f"correct_{chosen}"
    labels = {
        "summary": tr("meetings.summary"),
        "text": tr("meetings.decision.text"),
        "owner": tr("meetings.decision.owner"),
        "reason": tr("corrections.reason"),
    }
    if review.pending(name, labels, record_it):
        return
    with st.form(name):
        st.caption(tr("form.required_note"))
        values = _fields(table, record)
        withdraw_label = "corrections.cancel_meeting" if table is CorrectedTable.MEETING else "corrections.withdraw"
        values["withdraw"] = st.checkbox(tr(withdraw_label))
        values["reason"] = st.text_area(required(labels["reason"]), height=70)
        submitted = st.form_submit_button(tr("corrections.save"), type="primary")
    if submitted:
        # Only changed free texts (and the reason) go through the masked-text check.
        texts = [field for field in ("summary", "text", "owner") if field in values]
        changed = [field for field in texts if values[field] != record[field]]
        review.check(name, values, [*changed, "reason"], record_it)


def _fields(table: CorrectedTable, record: dict) -> dict[str, Any]:
    """The editable fields of the record, filled with what it holds now."""
    if table is CorrectedTable.MEETING:
        return {
            "held_on": st.date_input(tr("meetings.date"), value=record["held_on"], format="DD-MM-YYYY"),
            "title": st.text_input(required(tr("meetings.title")), value=record["title"]),
            "summary": st.text_area(tr("meetings.summary"), value=record["summary"] or "", height=80),
        }
    if table is CorrectedTable.AGENDA_ITEM:
        return {"title": st.text_input(required(tr("meetings.agenda.title")), value=record["title"])}
    kinds = list(DecisionKind)
    left, right = st.columns([2, 1])
    return {
        "kind": st.selectbox(
            tr("meetings.decision.kind"),
            kinds,
            index=kinds.index(DecisionKind(record["kind"])),
            format_func=lambda value: label("decision_kind", value, lang()).capitalize(),
        ),
        "text": st.text_area(tr("meetings.decision.text"), value=record["text"], height=80),
        "owner": left.text_input(tr("meetings.decision.owner"), value=record["owner"] or "") or None,
        "due_on": right.date_input(
            tr("meetings.decision.due"),
            value=record["due_on"],
            format="DD-MM-YYYY",
        ),
    }


# --- rounds ------------------------------------------------------------------------------------


def withdraw_round(store: Store, viewer: Viewer, chosen: dict, tally: pd.DataFrame) -> None:
    """A round nobody voted in yet can be withdrawn, with a reason; one with votes is closed instead."""
    if chosen["status"] != "open" or int(tally["votes"].sum()) > 0:
        return
    if not policy.may(viewer, selection.round_action(chosen["level"])):
        return
    with st.expander(tr("corrections.round.withdraw")):
        st.caption(tr("corrections.round.withdraw.note"))
        with st.form(f"withdraw_{chosen['id']}"):
            st.caption(tr("form.required_note"))
            reason = st.text_area(required(tr("corrections.reason")), height=70)
            submitted = st.form_submit_button(tr("corrections.round.withdraw"))
        if submitted:
            save(meetings.withdraw, store, viewer, CorrectedTable.SELECTION_ROUND, chosen["id"], reason=reason)


def withdrawn_rounds(store: Store, viewer: Viewer, filters: Filters) -> None:
    """The rounds that were withdrawn, each with when, by whom and why: gone from the lists, not erased."""
    saved_notice()
    gone = selection.rounds(store, viewer, filters, withdrawn=True)
    if gone.empty:
        return
    with st.expander(f"{tr('corrections.round.withdrawn_list')} ({len(gone)})"):
        for held in gone.to_dict("records"):
            safe.text(f"{held['title']} · {date_text(held['period_from'])} – {date_text(held['period_to'])}", bold=True)
            for line in meetings.history(store, viewer, round_id=held["id"]):
                safe.caption(meetings.describe(line, lang()))
