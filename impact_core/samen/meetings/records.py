"""What a meeting records: participants, agenda, afspraken and besluiten, Effectenarena effects;
who may see and write them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pandas as pd

from impact_core.access import audit, policy
from impact_core.access.deidentify import twins, with_masked
from impact_core.access.policy import Action
from impact_core.access.viewer import Role, Viewer
from impact_core.betekenisgeving.collection import story_columns, visible_stories
from impact_core.condition import Condition
from impact_core.db.ids import new_id
from impact_core.db.store import Cursor, Store
from impact_core.filters import Filters
from impact_core.models import (
    AgendaItem,
    AgendaLink,
    ArenaEffect,
    Decision,
    DecisionKind,
    DecisionStatus,
    Intention,
    Meeting,
    Participant,
    ParticipantRole,
    ReasoningStep,
    Record,
    StepLevel,
    Valence,
)
from impact_core.refusal import Invalid, Label, NotAllowed, Phrase, validated
from impact_core.samen import catalog

ROLES = tuple(ParticipantRole)


class MeetingProblem(Invalid):
    """The meeting cannot record or show this; the message says why."""


class InvalidDecision(MeetingProblem):
    """An afspraak that cannot be saved: its fields, or a meeting the viewer cannot see."""


# --- who may see and write ---------------------------------------------------------------


def meeting_scope(viewer: Viewer, alias: str = "m") -> Condition:
    """SQL condition on the meeting table for the meetings this viewer takes part in."""
    return viewer.meeting_scope(alias)


def _may_write(viewer: Viewer) -> None:
    policy.require(viewer, Action.WRITE_MEETING)


def _require_meeting(cur: Cursor, viewer: Viewer, meeting_id: str) -> tuple[str | None]:
    """Inside a write: the meeting's programme, or a refusal when the viewer cannot see the meeting."""
    scope = meeting_scope(viewer)
    found = cur.execute(
        f"SELECT m.programme_id, coalesce(m.withdrawn, false) FROM meeting m WHERE m.id = $meeting AND {scope.sql}",
        scope.params_with(meeting=meeting_id),
    ).fetchall()
    if not found:
        raise MeetingProblem("meetings.refusal.no_meeting", meeting=meeting_id)
    if found[0][1]:
        raise MeetingProblem("corrections.meeting_cancelled")
    return found[0][:1]


def _insert(cur: Cursor, record: Record) -> None:
    row = record.model_dump()
    cur.execute(
        f"INSERT INTO {record.__table__} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        [value.value if hasattr(value, "value") else value for value in row.values()],
    )


# --- meetings -----------------------------------------------------------------------------


def create_meeting(
    store: Store,
    viewer: Viewer,
    *,
    held_on: dt.date,
    leeratelier: str,
    title: str,
    programme_id: str | None = None,
    summary: str = "",
    masked: Mapping[str, str] | None = None,
) -> str:
    """Record a meeting of a leeratelier; return its id. It belongs to the viewer's municipality
    (for the organisation: the municipality the organisation is based in). ``masked``: the
    reviewed masked summary; left out, it is masked here."""
    _may_write(viewer)
    meeting = validated(
        Meeting,
        {
            "id": new_id("meeting"),
            "held_on": held_on,
            "leeratelier": leeratelier,
            "title": title,
            "programme_id": programme_id or None,
            "summary": summary,
            **twins(Meeting, masked),
        },
        "meetings.refusal.meeting_not_saved",
        MeetingProblem,
    )
    meeting = with_masked(meeting)
    programmes = viewer.programme_scope("id")

    def insert(cur: Cursor) -> str:
        if (
            meeting.programme_id
            and not cur.execute(
                f"SELECT 1 FROM programme WHERE id = $programme AND {programmes.sql}",
                programmes.params_with(programme=meeting.programme_id),
            ).fetchall()
        ):
            raise NotAllowed("meetings.refusal.programme_outside_role")
        if viewer.is_outside:
            municipality = viewer.municipality_code
        else:
            found = cur.execute(
                "SELECT municipality_code FROM organisation WHERE id = ?", [viewer.organisation_id]
            ).fetchall()
            municipality = found[0][0] if found else None
        if municipality is None:
            raise NotAllowed("meetings.refusal.no_municipality")
        _insert(cur, meeting.model_copy(update={"municipality_code": municipality}))
        audit.record(cur, viewer, "bijeenkomst vastgelegd", "meeting", meeting.id)
        return meeting.id

    return store.write(insert)


def meetings(store: Store, viewer: Viewer) -> list[dict[str, Any]]:
    """The viewer's meetings, newest first, with how many afspraken are still open."""
    scope = meeting_scope(viewer)
    return store.rows(
        f"""
        SELECT m.id, m.held_on, m.leeratelier, m.title, m.programme_id, p.name AS programme,
               {viewer.readable(Meeting, "summary", alias="m")}, coalesce(m.withdrawn, false) AS withdrawn,
               (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id AND d.status = 'open'
                AND NOT coalesce(d.withdrawn, false)) AS open_decisions
        FROM meeting m LEFT JOIN programme p ON p.id = m.programme_id
        WHERE {scope.sql}
        ORDER BY m.held_on DESC, m.id
        """,
        scope.params,
    )


def get_meeting(store: Store, viewer: Viewer, meeting_id: str) -> dict[str, Any]:
    for meeting in meetings(store, viewer):
        if meeting["id"] == meeting_id:
            return meeting
    raise MeetingProblem("meetings.refusal.no_meeting", meeting=meeting_id)


# --- participants -------------------------------------------------------------------------


def _participant(meeting_id: str, role: ParticipantRole | str, name: str | None) -> Participant:
    name = " ".join((name or "").split()) or None
    try:
        role = ParticipantRole(role)
    except ValueError:
        raise MeetingProblem("meetings.refusal.no_role", role=role, roles=", ".join(ROLES)) from None
    if name and any(char.isdigit() or char == "@" for char in name):
        raise MeetingProblem("meetings.refusal.name_only")
    if role is ParticipantRole.BEWONER and name and " " in name:
        raise MeetingProblem("meetings.refusal.first_name_only")
    return validated(
        Participant,
        {"id": new_id("participant"), "meeting_id": meeting_id, "role": role, "name": name},
        "meetings.refusal.participant_not_saved",
        MeetingProblem,
    )


def add_participants(
    store: Store, viewer: Viewer, meeting_id: str, people: list[tuple[ParticipantRole | str, str | None]]
) -> list[str]:
    """Record who took part, as (role, name or nothing); all or none. Return the new ids."""
    _may_write(viewer)
    if not people:
        raise MeetingProblem("meetings.refusal.no_participants")
    records = [_participant(meeting_id, role, name) for role, name in people]

    def insert(cur: Cursor) -> list[str]:
        _require_meeting(cur, viewer, meeting_id)
        for record in records:
            _insert(cur, record)
            audit.record(cur, viewer, "deelnemer vastgelegd", "participant", record.id)
        return [record.id for record in records]

    return store.write(insert)


def add_participant(
    store: Store, viewer: Viewer, *, meeting_id: str, role: ParticipantRole | str, name: str | None = None
) -> str:
    return add_participants(store, viewer, meeting_id, [(role, name)])[0]


def participants(store: Store, viewer: Viewer, meeting_id: str) -> list[dict[str, Any]]:
    """Who took part, by role; names as this viewer may see them (None where hidden)."""
    scope = meeting_scope(viewer)
    if viewer.role is Role.PRESENTATIE:
        name = "NULL"
    elif viewer.is_outside:
        name = "CASE WHEN pa.role = 'bewoner' THEN NULL ELSE pa.name END"
    else:
        name = "pa.name"
    order = " ".join(f"WHEN '{role.value}' THEN {position}" for position, role in enumerate(ROLES))
    return store.rows(
        f"""
        SELECT pa.id, pa.role, {name} AS name
        FROM participant pa JOIN meeting m ON m.id = pa.meeting_id
        WHERE pa.meeting_id = $meeting AND {scope.sql}
        ORDER BY CASE pa.role {order} END, pa.name NULLS LAST, pa.id
        """,
        scope.params_with(meeting=meeting_id),
    )


# --- agenda -------------------------------------------------------------------------------


def add_agenda_item(
    store: Store,
    viewer: Viewer,
    *,
    meeting_id: str,
    title: str,
    linked_kind: AgendaLink | str | None = None,
    linked_id: str | None = None,
) -> str:
    """Put an item at the end of the agenda, linked to something the viewer may see (or to nothing)."""
    _may_write(viewer)
    if bool(linked_kind) != bool(linked_id):
        raise MeetingProblem("meetings.refusal.link_half")
    item = validated(
        AgendaItem,
        {
            "id": new_id("agenda_item"),
            "meeting_id": meeting_id,
            "position": 1,
            "title": title,
            "linked_kind": linked_kind or None,
            "linked_id": linked_id or None,
        },
        "meetings.refusal.item_not_saved",
        MeetingProblem,
    )
    if item.linked_kind:
        assert item.linked_id is not None  # checked above: a kind always comes with an id
        if not link_names(store, viewer, item.linked_kind, [item.linked_id]):
            raise MeetingProblem(
                "meetings.refusal.no_linked",
                kind=Label("agenda_link", item.linked_kind, capitalised=True),
                linked=item.linked_id,
            )

    def insert(cur: Cursor) -> str:
        _require_meeting(cur, viewer, meeting_id)
        position = cur.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = ?", [meeting_id]
        ).fetchall()[0][0]
        _insert(cur, item.model_copy(update={"position": position}))
        audit.record(cur, viewer, "agendapunt vastgelegd", "agenda_item", item.id)
        return item.id

    return store.write(insert)


def link_names(store: Store, viewer: Viewer, kind: AgendaLink | str, ids: list[str]) -> dict[str, str]:
    """Names of what agenda items are about, only what this viewer may see: programmes and
    outcomes in the viewer's scope, stories with consent (masked outside the organisation)."""
    kind = AgendaLink(kind)
    if not ids:
        return {}
    if kind is AgendaLink.PROGRAMMA:
        found = catalog.programmes(store, viewer)
        return dict(found.loc[found["id"].isin(ids), ["id", "name"]].itertuples(index=False))
    if kind is AgendaLink.UITKOMST:
        scope = viewer.programme_scope()
        rows = store.query(
            f"SELECT id, {viewer.readable(ReasoningStep, 'description')} FROM reasoning_step"
            f" WHERE list_contains($ids, id) AND level = $level AND {scope.sql}",
            scope.params_with(ids=ids, level=StepLevel.UITKOMST.value),
        )
        return dict(rows.itertuples(index=False))
    table = "story" if kind is AgendaLink.VERHAAL else "indicator"
    known = set(store.query(f"SELECT id FROM {table} WHERE list_contains(?, id)", [ids])["id"])
    return {key: name for key, name in catalog.link_names(store, viewer, ids).items() if key in known and name}


def link_options(
    store: Store, viewer: Viewer, kind: AgendaLink | str, programme_id: str | None = None, *, limit: int = 300
) -> dict[str, str]:
    """What an agenda item of this kind can be about, as id -> name (the meeting's programme
    only, when it has one); stories: those the panels selected first, then the newest."""
    kind = AgendaLink(kind)
    if kind is AgendaLink.PROGRAMMA:
        found = catalog.programmes(store, viewer)
        if programme_id:
            found = found[found["id"] == programme_id]
        return dict(found[["id", "name"]].itertuples(index=False))
    if kind is AgendaLink.UITKOMST:
        where = viewer.programme_scope()
        if programme_id:
            where &= Condition("programme_id = $programme", {"programme": programme_id})
        rows = store.query(
            f"SELECT id, {viewer.readable(ReasoningStep, 'description')} FROM reasoning_step"
            f" WHERE level = $level AND {where.sql}"
            " ORDER BY programme_id, position, id",
            where.params_with(level=StepLevel.UITKOMST.value),
        )
        return dict(rows.itertuples(index=False))
    if kind is AgendaLink.VERHAAL:
        where = visible_stories(viewer, Filters(programme=programme_id))
        rows = store.query(
            f"SELECT id, {story_columns(viewer)} FROM story WHERE {where.sql}"
            " ORDER BY selected_level IS NULL, collected_on DESC, id LIMIT $limit",
            where.params_with(limit=limit),
        )
        return dict(rows[["id", "title"]].itertuples(index=False))
    return dict(store.query("SELECT id, name FROM indicator ORDER BY id").itertuples(index=False))


def agenda(store: Store, viewer: Viewer, meeting_id: str) -> list[dict[str, Any]]:
    """The agenda in order, with the name of what each item is about as this viewer may read it
    (None when the viewer may not see it: a story without consent, another organisation's outcome)."""
    scope = meeting_scope(viewer)
    items = store.rows(
        f"""
        SELECT a.id, a.position, a.title, a.linked_kind, a.linked_id, coalesce(a.withdrawn, false) AS withdrawn
        FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.meeting_id = $meeting AND {scope.sql} ORDER BY a.position, a.id
        """,
        scope.params_with(meeting=meeting_id),
    )
    names = {
        kind: link_names(store, viewer, kind, [item["linked_id"] for item in items if item["linked_kind"] == kind])
        for kind in AgendaLink
    }
    for item in items:
        kind = item["linked_kind"]
        item["linked_name"] = names[AgendaLink(kind)].get(item["linked_id"]) if kind else None
    return items


# --- afspraken, besluiten, open questions ------------------------------------------------


def add_decision(
    store: Store,
    viewer: Viewer,
    *,
    meeting_id: str,
    kind: DecisionKind | str,
    text: str,
    owner: str | None = None,
    due_on: dt.date | None = None,
    masked: Mapping[str, str] | None = None,
) -> str:
    """Record an open afspraak, besluit or open vraag of a meeting; return its id. ``masked``: the
    reviewed masked text and owner (``text``, ``owner``); what is left out is masked here."""
    _may_write(viewer)
    decision = validated(
        Decision,
        {
            "id": new_id("decision"),
            "meeting_id": meeting_id,
            "kind": kind,
            "text": text,
            "owner": owner or None,
            "due_on": due_on,
            "status": DecisionStatus.OPEN,
            **twins(Decision, masked),
        },
        "meetings.refusal.decision_not_saved",
        InvalidDecision,
    )
    decision = with_masked(decision)
    scope = meeting_scope(viewer)

    def insert(cur: Cursor) -> str:
        found = cur.execute(
            f"SELECT coalesce(m.withdrawn, false) FROM meeting m WHERE m.id = $meeting AND {scope.sql}",
            scope.params_with(meeting=meeting_id),
        ).fetchall()
        if not found:
            raise InvalidDecision(
                "meetings.refusal.decision_not_saved", Phrase("meetings.refusal.no_meeting_problem", meeting=meeting_id)
            )
        if found[0][0]:
            raise MeetingProblem("corrections.meeting_cancelled")
        _insert(cur, decision)
        audit.record(cur, viewer, "afspraak vastgelegd", "decision", decision.id)
        return decision.id

    return store.write(insert)


def complete_decision(store: Store, viewer: Viewer, decision_id: str) -> None:
    """Mark an afspraak (or besluit, or open question) as done: status afgerond."""
    _may_write(viewer)
    scope = meeting_scope(viewer)

    def update(cur: Cursor) -> None:
        found = cur.execute(
            "SELECT d.status, coalesce(d.withdrawn, false) OR coalesce(m.withdrawn, false)"
            " FROM decision d JOIN meeting m ON m.id = d.meeting_id"
            f" WHERE d.id = $decision AND {scope.sql}",
            scope.params_with(decision=decision_id),
        ).fetchall()
        if not found:
            raise MeetingProblem("meetings.refusal.no_decision", decision=decision_id)
        if found[0][1]:
            raise MeetingProblem("corrections.already_withdrawn")
        if found[0][0] == DecisionStatus.AFGEROND:
            raise MeetingProblem("meetings.refusal.decision_closed")
        cur.execute("UPDATE decision SET status = ? WHERE id = ?", [DecisionStatus.AFGEROND.value, decision_id])
        audit.record(cur, viewer, "afspraak afgerond", "decision", decision_id)

    store.write(update)


def decisions(store: Store, viewer: Viewer, meeting_id: str) -> list[dict[str, Any]]:
    """Everything the meeting agreed, decided or left open, in the order it was recorded."""
    scope = meeting_scope(viewer)
    return store.rows(
        f"""
        SELECT d.id, d.kind, {viewer.readable(Decision, "text", "owner", alias="d")}, d.due_on, d.status,
               coalesce(d.withdrawn, false) AS withdrawn
        FROM decision d JOIN meeting m ON m.id = d.meeting_id
        WHERE d.meeting_id = $meeting AND {scope.sql}
        ORDER BY d.id
        """,
        scope.params_with(meeting=meeting_id),
    )


def open_decisions(store: Store, viewer: Viewer, *, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Afspraken still open in the viewer's meetings, newest meeting first; ``overdue`` when the
    due date has passed."""
    scope = meeting_scope(viewer)
    return store.rows(
        f"""
        SELECT d.id, d.meeting_id, m.title AS meeting, m.held_on, d.kind,
               {viewer.readable(Decision, "text", "owner", alias="d")}, d.due_on,
               coalesce(d.due_on < $today, false) AS overdue
        FROM decision d JOIN meeting m ON m.id = d.meeting_id
        WHERE d.status = 'open' AND NOT coalesce(d.withdrawn, false) AND NOT coalesce(m.withdrawn, false)
          AND {scope.sql}
        ORDER BY m.held_on DESC, d.due_on NULLS LAST, d.id DESC
        """,
        scope.params_with(today=today or dt.date.today()),
    )


# --- Effectenarena ------------------------------------------------------------------------


def stakeholders(store: Store) -> pd.DataFrame:
    """The parties of the Effectenarena: who can contribute and who can gain."""
    return store.query("SELECT id, name, kind FROM stakeholder ORDER BY kind, name")


def add_arena_effect(
    store: Store,
    viewer: Viewer,
    *,
    meeting_id: str,
    programme_id: str,
    description: str,
    contributor_id: str,
    beneficiary_id: str,
    valence: Valence | str,
    intention: Intention | str = Intention.BEDOELD,
    masked: Mapping[str, str] | None = None,
) -> str:
    """Record an effect the group named in an Effectenarena round: for which programme, who
    contributes, who gains (the incasseerder), positive or negative, intended or not.
    ``masked``: the reviewed masked description; left out, it is masked here."""
    _may_write(viewer)
    effect = validated(
        ArenaEffect,
        {
            "id": new_id("arena_effect"),
            "meeting_id": meeting_id,
            "programme_id": programme_id,
            "description": description,
            "contributor_id": contributor_id,
            "beneficiary_id": beneficiary_id,
            "valence": valence,
            "intention": intention,
            **twins(ArenaEffect, masked),
        },
        "meetings.refusal.effect_not_saved",
        MeetingProblem,
    )
    effect = with_masked(effect)
    programmes = viewer.programme_scope("id")

    def insert(cur: Cursor) -> str:
        (meeting_programme,) = _require_meeting(cur, viewer, meeting_id)
        if not cur.execute(
            f"SELECT 1 FROM programme WHERE id = $programme AND {programmes.sql}",
            programmes.params_with(programme=programme_id),
        ).fetchall():
            raise NotAllowed("meetings.refusal.programme_outside_role")
        if meeting_programme and meeting_programme != programme_id:
            raise MeetingProblem("meetings.refusal.other_programme")
        known = {
            row[0]
            for row in cur.execute(
                "SELECT id FROM stakeholder WHERE id IN (?, ?)", [contributor_id, beneficiary_id]
            ).fetchall()
        }
        unknown = [party for party in (contributor_id, beneficiary_id) if party not in known]
        if unknown:
            raise MeetingProblem("meetings.refusal.no_party", party=unknown[0])
        _insert(cur, effect)
        audit.record(cur, viewer, "effect vastgelegd", "arena_effect", effect.id)
        return effect.id

    return store.write(insert)


def arena_effects(store: Store, viewer: Viewer, meeting_id: str) -> list[dict[str, Any]]:
    """The effects named in the meeting's Effectenarena round, per contributing party."""
    scope = meeting_scope(viewer) & viewer.programme_scope("e.programme_id")
    return store.rows(
        f"""
        SELECT e.id, p.name AS programme, {viewer.readable(ArenaEffect, "description", alias="e")},
               c.name AS contributor, b.name AS beneficiary,
               e.valence, e.intention
        FROM arena_effect e JOIN meeting m ON m.id = e.meeting_id JOIN programme p ON p.id = e.programme_id
        JOIN stakeholder c ON c.id = e.contributor_id JOIN stakeholder b ON b.id = e.beneficiary_id
        WHERE e.meeting_id = $meeting AND {scope.sql}
        ORDER BY c.name, e.id
        """,
        scope.params_with(meeting=meeting_id),
    )
