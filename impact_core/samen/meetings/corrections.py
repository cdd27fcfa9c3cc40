"""Corrections with history: what a meeting recorded, and a selection round, can be changed or
withdrawn, never deleted. Each changed field is kept as a correction (from what, to what, by
whom, when and why) and the minutes show it.

A free text keeps its masked twin through a correction, and so do its old and new values in the
history: outside the organisation both read masked, as the record itself does. The masker runs
before the write, so other writers never wait on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from impact_core.access import audit, policy
from impact_core.access.deidentify import mask
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.condition import Condition, joint_params
from impact_core.db.ids import new_id
from impact_core.db.store import Cursor, Store
from impact_core.i18n import Lang, label, t
from impact_core.i18n import date as date_text
from impact_core.models import (
    AgendaItem,
    CorrectedTable,
    Correction,
    Decision,
    Meeting,
    PanelLevel,
    Record,
    SelectionRound,
)
from impact_core.refusal import Invalid, validated

WITHDRAWN = "withdrawn"

# What can be corrected per kind of record. A round's period and shortlist are its votes' ground:
# a round is withdrawn (while it has no votes) and opened anew rather than changed under the panel.
EDITABLE: dict[CorrectedTable, tuple[type[Record], tuple[str, ...]]] = {
    CorrectedTable.MEETING: (Meeting, ("held_on", "title", "summary")),
    CorrectedTable.AGENDA_ITEM: (AgendaItem, ("title",)),
    CorrectedTable.DECISION: (Decision, ("kind", "text", "owner", "due_on")),
    CorrectedTable.SELECTION_ROUND: (SelectionRound, ("title",)),
}


class CorrectionProblem(Invalid):
    """The correction cannot be made; the message says why."""


@dataclass(frozen=True)
class CorrectionLine:
    """One correction as this viewer may read it: masked texts outside the organisation, and the
    seat rather than the person."""

    record_table: str
    record_id: str
    subject: str | None  # what was corrected: the agenda item's title, the afspraak's text, ...
    changed: str
    old_value: str | None
    new_value: str | None
    reason: str
    role: str
    actor: str | None
    corrected_at: dt.datetime


def correct(
    store: Store,
    viewer: Viewer,
    table: CorrectedTable | str,
    record_id: str,
    *,
    changes: Mapping[str, Any],
    reason: str,
    masked: Mapping[str, str] | None = None,
) -> list[str]:
    """Change fields of a record and keep each change with its reason; return the corrections'
    ids. A field given its current value is no change; no change at all is refused. ``masked``:
    reviewed masked texts of changed free texts and of the reason, by field name."""
    table = CorrectedTable(table)
    model, editable = EDITABLE[table]
    unknown = sorted(set(changes) - set(editable))
    if unknown:
        raise CorrectionProblem("corrections.not_editable", field=", ".join(unknown))
    current = _current(store, viewer, table, record_id)
    changed = {name: value for name, value in changes.items() if _stored(value) != _stored(current[name])}
    if not changed:
        raise CorrectionProblem("corrections.nothing_changed")
    given = dict(masked or {})
    # The record as it will be: its rules (and the BSN rule) hold for corrected values too, and a
    # changed free text gets a new twin (the reviewed one, or masked here).
    updated = validated(
        model,
        {
            **current,
            **changed,
            **{model.__masked__[name]: given.get(name) for name in changed if name in model.__masked__},
        },
        "corrections.record",
        CorrectionProblem,
    )
    # A free text emptied empties its twin too: the old masked text must not outlive it.
    twins = {
        name: (given.get(name) or mask(text).text) if (text := getattr(updated, name)) else text
        for name in changed
        if name in model.__masked__
    }
    updated = updated.model_copy(update={model.__masked__[name]: text for name, text in twins.items()})
    entries = [
        _entry(
            viewer,
            table,
            current,
            name,
            old=_stored(current[name]),
            new=_stored(getattr(updated, name)),
            masked_old=_old_twin(model, current, name),
            masked_new=twins.get(name),
            reason=reason,
            masked_reason=given.get("reason"),
        )
        for name in changed
    ]
    columns = {name: getattr(updated, name) for name in changed}
    columns |= {model.__masked__[name]: getattr(updated, model.__masked__[name]) for name in twins}
    return _write(store, viewer, table, record_id, current, columns, entries, action="gecorrigeerd")


def withdraw(
    store: Store,
    viewer: Viewer,
    table: CorrectedTable | str,
    record_id: str,
    *,
    reason: str,
    masked: Mapping[str, str] | None = None,
) -> str:
    """Cancel a meeting, or withdraw an agenda item, an afspraak or a round without votes: it
    stays, marked, with why; return the correction's id."""
    table = CorrectedTable(table)
    current = _current(store, viewer, table, record_id)
    if table is CorrectedTable.SELECTION_ROUND and current["status"] != "open":
        raise CorrectionProblem("corrections.round_closed")
    entry = _entry(
        viewer,
        table,
        current,
        WITHDRAWN,
        old=None,
        new=None,
        masked_old=None,
        masked_new=None,
        reason=reason,
        masked_reason=(masked or {}).get("reason"),
    )
    return _write(store, viewer, table, record_id, current, {WITHDRAWN: True}, [entry], action="vervallen")[0]


def history(
    store: Store, viewer: Viewer, *, meeting_id: str | None = None, round_id: str | None = None
) -> list[CorrectionLine]:
    """The corrections of a meeting (its own records and the rounds held in it) or of one round,
    oldest first, as this viewer may read them; nothing of what the viewer may not see."""
    meetings = viewer.meeting_scope("m")
    rounds = selection.visible_rounds(viewer, "r", withdrawn=None)
    if meeting_id is not None:
        where = Condition(
            f"(c.meeting_id = $meeting AND c.round_id IS NULL AND c.meeting_id IN (SELECT m.id FROM meeting m"
            f" WHERE {meetings.sql})) OR (c.meeting_id = $meeting AND c.round_id IN (SELECT r.id FROM"
            f" selection_round r WHERE {rounds.sql}))",
            {"meeting": meeting_id, **joint_params(meetings, rounds)},
        )
    else:
        where = Condition(
            f"c.round_id = $round AND c.round_id IN (SELECT r.id FROM selection_round r WHERE {rounds.sql})",
            {"round": round_id, **rounds.params},
        )
    texts = viewer.readable(Correction, "old_value", "new_value", "reason", alias="c")
    actor = "NULL" if viewer.is_outside else "c.actor"
    found = store.rows(
        f"""
        SELECT c.record_table, c.record_id,
               CASE c.record_table WHEN 'meeting' THEN mm.title WHEN 'agenda_item' THEN a.title
                    WHEN 'decision' THEN {viewer.text(Decision, "text", "d")} ELSE r.title END AS subject,
               c.changed, {texts}, c.role, {actor} AS actor, c.corrected_at
        FROM correction c
        LEFT JOIN meeting mm ON mm.id = c.record_id LEFT JOIN agenda_item a ON a.id = c.record_id
        LEFT JOIN decision d ON d.id = c.record_id LEFT JOIN selection_round r ON r.id = c.record_id
        WHERE {where.sql} ORDER BY c.corrected_at, c.id
        """,
        where.params,
    )
    return [CorrectionLine(**row) for row in found]


def describe(line: CorrectionLine, lang: Lang = "nl") -> str:
    """'12-11-2026 14:05 · Professional · Bel de buurtcoach — deadline van 01-12-2026 naar
    15-12-2026. Reden: …' — user text as written; the writer escapes it for its format."""
    who = label("role", line.role, lang) + (f" ({line.actor})" if line.actor else "")
    subject = _short(line.subject) or label("corrected_table", line.record_table, lang)
    if line.changed == WITHDRAWN:
        change = t("corrections.change.withdrawn", lang)
    else:
        change = t(
            "corrections.change",
            lang,
            field=t(f"corrections.field.{line.changed}", lang),
            old=_shown(line.old_value, line.changed, lang),
            new=_shown(line.new_value, line.changed, lang),
        )
    when = f"{date_text(line.corrected_at.date())} {line.corrected_at:%H:%M}"
    return t("corrections.line", lang, when=when, who=who, subject=subject, change=change, reason=line.reason)


def _short(text: str | None, limit: int = 70) -> str:
    """What a correction was about, in a few words: a long afspraak is cut at a word."""
    text = " ".join((text or "").split()).rstrip(".:;, ")
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _shown(value: str | None, changed: str, lang: Lang) -> str:
    if not value:
        return t("corrections.empty", lang)
    if changed in ("held_on", "due_on"):
        return date_text(dt.date.fromisoformat(value))
    if changed == "kind":
        return label("decision_kind", value, lang)
    return f"“{value}”"


# --- inside ------------------------------------------------------------------------------------


def _current(store: Store, viewer: Viewer, table: CorrectedTable, record_id: str) -> dict[str, Any]:
    """The record as stored, when the viewer may change it; refused when it is gone from the
    viewer's sight, already withdrawn, or belongs to a cancelled meeting."""
    if table is CorrectedTable.SELECTION_ROUND:
        held = selection.get_round(store, viewer, record_id, withdrawn=None)
        policy.require(viewer, selection.round_action(PanelLevel(held["level"])))
        if held["withdrawn"]:
            raise CorrectionProblem("corrections.already_withdrawn")
        return held
    policy.require(viewer, Action.WRITE_MEETING)
    scope = viewer.meeting_scope("m")
    if table is CorrectedTable.MEETING:
        sql = f"SELECT m.*, false AS meeting_withdrawn FROM meeting m WHERE m.id = $record AND {scope.sql}"
    else:
        sql = (
            f"SELECT x.*, coalesce(m.withdrawn, false) AS meeting_withdrawn FROM {table.value} x"
            f" JOIN meeting m ON m.id = x.meeting_id WHERE x.id = $record AND {scope.sql}"
        )
    current = store.row(sql, scope.params_with(record=record_id))
    if current is None:
        raise CorrectionProblem("corrections.not_found")
    if current.pop("meeting_withdrawn") or current["withdrawn"]:
        raise CorrectionProblem("corrections.already_withdrawn")
    return current


def _old_twin(model: type[Record], current: Mapping[str, Any], name: str) -> str | None:
    """The masked form of a free text's old value: its twin, or (a row from before twins, not yet
    masked) the old value masked now; never the raw text. None for a field without a twin."""
    if name not in model.__masked__:
        return None
    twin = _stored(current[model.__masked__[name]])
    old = _stored(current[name])
    return twin if twin is not None or old is None else mask(old).text


def _stored(value: Any) -> str | None:
    """A value as the history keeps it: text, dates as jjjj-mm-dd, nothing as None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def _entry(
    viewer: Viewer,
    table: CorrectedTable,
    current: Mapping[str, Any],
    changed: str,
    *,
    old: str | None,
    new: str | None,
    masked_old: str | None,
    masked_new: str | None,
    reason: str,
    masked_reason: str | None,
) -> Correction:
    if not reason.strip():
        raise CorrectionProblem("corrections.reason_missing")
    in_round = table is CorrectedTable.SELECTION_ROUND
    entry = validated(
        Correction,
        {
            "id": new_id("correction"),
            "record_table": table,
            "record_id": current["id"],
            "meeting_id": current["meeting_id"] if table is not CorrectedTable.MEETING else current["id"],
            "round_id": current["id"] if in_round else None,
            "changed": changed,
            "old_value": old,
            "new_value": new,
            "reason": reason,
            "role": viewer.role.value,
            "actor": viewer.actor,
            "corrected_at": dt.datetime.now(),
            # A value without a free-text twin (a date, a title) reads the same everywhere.
            "masked_old_value": masked_old if masked_old is not None else old,
            "masked_new_value": masked_new if masked_new is not None else new,
            "masked_reason": masked_reason,
        },
        "corrections.record",
        CorrectionProblem,
    )
    return entry if entry.masked_reason else entry.model_copy(update={"masked_reason": mask(entry.reason).text})


def _write(
    store: Store,
    viewer: Viewer,
    table: CorrectedTable,
    record_id: str,
    before: Mapping[str, Any],
    columns: Mapping[str, Any],
    entries: list[Correction],
    *,
    action: str,
) -> list[str]:
    """Apply the change and keep its history in one transaction; refused when someone else
    changed the record since it was read (the history would say the wrong 'from')."""
    watched = [name for name in columns if name in before]

    def apply(cur: Cursor) -> list[str]:
        now = cur.execute(f"SELECT {', '.join(watched)} FROM {table.value} WHERE id = ?", [record_id]).fetchall()
        if not now or [_stored(value) for value in now[0]] != [_stored(before[name]) for name in watched]:
            raise CorrectionProblem("corrections.changed_meanwhile")
        if table is CorrectedTable.SELECTION_ROUND and WITHDRAWN in columns:
            votes = cur.execute("SELECT count(*) FROM round_vote WHERE round_id = ?", [record_id]).fetchall()
            if votes[0][0]:
                raise CorrectionProblem("corrections.round_has_votes")
        assignments = ", ".join(f"{name} = ${name}" for name in columns)
        cur.execute(
            f"UPDATE {table.value} SET {assignments} WHERE id = $record_id",
            {**{name: getattr(value, "value", value) for name, value in columns.items()}, "record_id": record_id},
        )
        for entry in entries:
            row = entry.model_dump(mode="python")
            cur.execute(
                f"INSERT INTO correction ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                [getattr(value, "value", value) for value in row.values()],
            )
        audit.record(cur, viewer, action, table.value, record_id)
        return [entry.id for entry in entries]

    return store.write(apply)
