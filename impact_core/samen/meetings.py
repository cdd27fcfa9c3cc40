"""Leeratelier meetings: who took part, the agenda, what happened during the meeting
(selection rounds, an Effectenarena round, afspraken, besluiten and open questions) and
the minutes.

Municipality and organisation meet as equals, so both may record; the shared screen
(presentatie) only shows. A meeting with a programme belongs to the viewer's programmes;
one without a programme to the municipality of its leeratelier (the municipality itself,
and the organisations it funds); an old meeting with neither is shared by everyone.

Privacy of participants: a bewoner is recorded by first name or by role alone (the write
refuses more than one word). Nobody outside the organisation sees a bewoner's name, and
the shared screen shows no names at all: roles and how many.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

import pandas as pd
from pydantic import ValidationError

from impact_core.access import audit, policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Role, Viewer
from impact_core.betekenisgeving import selection
from impact_core.betekenisgeving.collection import story_columns, visible_stories
from impact_core.db.ids import new_id
from impact_core.db.store import Cursor, Store
from impact_core.filters import Filters
from impact_core.i18n import Lang, label, t
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
    Record,
    StepLevel,
    Valence,
)
from impact_core.refusal import Invalid, NotAllowed, dutch_errors
from impact_core.render import pdf
from impact_core.render.markup import markdown_text
from impact_core.samen import catalog

ROLES = tuple(ParticipantRole)
RecordT = TypeVar("RecordT", bound=Record)


class MeetingProblem(Invalid):
    """The meeting cannot record or show this; the message says why, in Dutch."""


class InvalidDecision(MeetingProblem):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("De afspraak is niet opgeslagen", *problems)


# --- who may see and write ---------------------------------------------------------------


def meeting_scope(viewer: Viewer, alias: str = "m") -> tuple[str, list[str]]:
    """SQL condition on the meeting table for the meetings this viewer takes part in."""
    return viewer.meeting_scope(alias)


def _may_write(viewer: Viewer) -> None:
    policy.require(viewer, Action.WRITE_MEETING)


def _require_meeting(cur: Cursor, viewer: Viewer, meeting_id: str) -> tuple[str | None]:
    """Inside a write: the meeting's programme, or a refusal when the viewer cannot see the meeting."""
    scope, params = meeting_scope(viewer)
    found = cur.execute(
        f"SELECT m.programme_id FROM meeting m WHERE m.id = ? AND {scope}", [meeting_id, *params]
    ).fetchall()
    if not found:
        raise MeetingProblem(f"Bijeenkomst '{meeting_id}' bestaat niet of valt buiten uw rol.")
    return found[0]


def _validated(model: type[RecordT], values: dict, what: str) -> RecordT:
    try:
        return model.model_validate(values)
    except ValidationError as failure:
        raise MeetingProblem(f"{what} is niet opgeslagen: " + "; ".join(dutch_errors(failure, model))) from failure


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
) -> str:
    """Record a meeting of a leeratelier; return its id. It belongs to the viewer's municipality
    (for the organisation: the municipality the organisation is based in)."""
    _may_write(viewer)
    meeting = _validated(
        Meeting,
        {
            "id": new_id("meeting"),
            "held_on": held_on,
            "leeratelier": leeratelier,
            "title": title,
            "programme_id": programme_id or None,
            "summary": summary,
        },
        "De bijeenkomst",
    )
    programmes, params = viewer.programme_scope("id")

    def insert(cur: Cursor) -> str:
        if (
            meeting.programme_id
            and not cur.execute(
                f"SELECT 1 FROM programme WHERE id = ? AND {programmes}", [meeting.programme_id, *params]
            ).fetchall()
        ):
            raise NotAllowed("Dit programma valt buiten uw rol.")
        if viewer.is_outside:
            municipality = viewer.municipality_code
        else:
            found = cur.execute(
                "SELECT municipality_code FROM organisation WHERE id = ?", [viewer.organisation_id]
            ).fetchall()
            municipality = found[0][0] if found else None
        if municipality is None:
            raise NotAllowed("Uw rol hoort niet bij een gemeente of organisatie.")
        _insert(cur, meeting.model_copy(update={"municipality_code": municipality}))
        audit.record(cur, viewer, "bijeenkomst vastgelegd", "meeting", meeting.id)
        return meeting.id

    return store.write(insert)


def meetings(store: Store, viewer: Viewer) -> pd.DataFrame:
    """The viewer's meetings, newest first, with how many afspraken are still open."""
    scope, params = meeting_scope(viewer)
    return store.query(
        f"""
        SELECT m.id, m.held_on, m.leeratelier, m.title, m.programme_id, p.name AS programme, m.summary,
               (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id AND d.status = 'open') AS open_decisions
        FROM meeting m LEFT JOIN programme p ON p.id = m.programme_id
        WHERE {scope}
        ORDER BY m.held_on DESC, m.id
        """,
        params,
    )


def get_meeting(store: Store, viewer: Viewer, meeting_id: str) -> dict:
    found = meetings(store, viewer)
    found = found[found["id"] == meeting_id]
    if found.empty:
        raise MeetingProblem(f"Bijeenkomst '{meeting_id}' bestaat niet of valt buiten uw rol.")
    return found.iloc[0].to_dict()


# --- participants -------------------------------------------------------------------------


def _participant(meeting_id: str, role: ParticipantRole | str, name: str | None) -> Participant:
    name = " ".join((name or "").split()) or None
    try:
        role = ParticipantRole(role)
    except ValueError:
        raise MeetingProblem(f"Rol '{role}' bestaat niet; kies uit: {', '.join(ROLES)}.") from None
    if name and any(char.isdigit() or char == "@" for char in name):
        raise MeetingProblem("Noteer alleen een naam, geen telefoonnummer of e-mailadres.")
    if role is ParticipantRole.BEWONER and name and " " in name:
        raise MeetingProblem("Noteer een bewoner alleen met de voornaam, of laat de naam leeg.")
    return _validated(
        Participant, {"id": new_id("participant"), "meeting_id": meeting_id, "role": role, "name": name}, "De deelnemer"
    )


def add_participants(
    store: Store, viewer: Viewer, meeting_id: str, people: list[tuple[ParticipantRole | str, str | None]]
) -> list[str]:
    """Record who took part, as (role, name or nothing); all or none. Return the new ids."""
    _may_write(viewer)
    if not people:
        raise MeetingProblem("Vul minstens één deelnemer in.")
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


def participants(store: Store, viewer: Viewer, meeting_id: str) -> pd.DataFrame:
    """Who took part, by role; names as this viewer may see them (None where hidden)."""
    scope, params = meeting_scope(viewer)
    if viewer.role is Role.PRESENTATIE:
        name = "NULL"
    elif viewer.is_outside:
        name = "CASE WHEN pa.role = 'bewoner' THEN NULL ELSE pa.name END"
    else:
        name = "pa.name"
    order = " ".join(f"WHEN '{role.value}' THEN {position}" for position, role in enumerate(ROLES))
    return store.query(
        f"""
        SELECT pa.id, pa.role, {name} AS name
        FROM participant pa JOIN meeting m ON m.id = pa.meeting_id
        WHERE pa.meeting_id = ? AND {scope}
        ORDER BY CASE pa.role {order} END, pa.name NULLS LAST, pa.id
        """,
        [meeting_id, *params],
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
        raise MeetingProblem("Kies bij een koppeling zowel de soort als waar het agendapunt over gaat.")
    item = _validated(
        AgendaItem,
        {
            "id": new_id("agenda_item"),
            "meeting_id": meeting_id,
            "position": 1,
            "title": title,
            "linked_kind": linked_kind or None,
            "linked_id": linked_id or None,
        },
        "Het agendapunt",
    )
    if item.linked_kind:
        assert item.linked_id is not None  # checked above: a kind always comes with an id
        if not link_names(store, viewer, item.linked_kind, [item.linked_id]):
            raise MeetingProblem(
                f"{label('agenda_link', item.linked_kind).capitalize()} '{item.linked_id}' bestaat "
                "niet of valt buiten uw rol."
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
        scope, params = viewer.programme_scope()
        rows = store.query(
            f"SELECT id, description FROM reasoning_step WHERE list_contains(?, id) AND level = ? AND {scope}",
            [ids, StepLevel.UITKOMST.value, *params],
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
        scope, params = viewer.programme_scope()
        which, more = ("programme_id = ?", [programme_id]) if programme_id else ("TRUE", [])
        rows = store.query(
            f"SELECT id, description FROM reasoning_step WHERE level = ? AND {scope} AND {which}"
            " ORDER BY programme_id, position, id",
            [StepLevel.UITKOMST.value, *params, *more],
        )
        return dict(rows.itertuples(index=False))
    if kind is AgendaLink.VERHAAL:
        where, params = visible_stories(viewer, Filters(programme=programme_id))
        rows = store.query(
            f"SELECT id, {story_columns(viewer)} FROM story WHERE {where}"
            " ORDER BY selected_level IS NULL, collected_on DESC, id LIMIT ?",
            [*params, limit],
        )
        return dict(rows[["id", "title"]].itertuples(index=False))
    return dict(store.query("SELECT id, name FROM indicator ORDER BY id").itertuples(index=False))


def agenda(store: Store, viewer: Viewer, meeting_id: str) -> pd.DataFrame:
    """The agenda in order, with the name of what each item is about as this viewer may read it
    (None when the viewer may not see it: a story without consent, another organisation's outcome)."""
    scope, params = meeting_scope(viewer)
    items = store.query(
        f"""
        SELECT a.id, a.position, a.title, a.linked_kind, a.linked_id
        FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.meeting_id = ? AND {scope} ORDER BY a.position, a.id
        """,
        [meeting_id, *params],
    )
    names = {
        kind: link_names(store, viewer, kind, list(items.loc[items["linked_kind"] == kind, "linked_id"]))
        for kind in AgendaLink
    }
    items["linked_name"] = [
        names[AgendaLink(kind)].get(linked) if isinstance(kind, str) else None
        for kind, linked in zip(items["linked_kind"], items["linked_id"], strict=True)
    ]
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
) -> str:
    """Record an open afspraak, besluit or open vraag of a meeting; return its id."""
    _may_write(viewer)
    try:
        decision = Decision.model_validate(
            {
                "id": new_id("decision"),
                "meeting_id": meeting_id,
                "kind": kind,
                "text": text,
                "owner": owner or None,
                "due_on": due_on,
                "status": DecisionStatus.OPEN,
            }
        )
    except ValidationError as failure:
        raise InvalidDecision(dutch_errors(failure, Decision)) from failure
    scope, params = meeting_scope(viewer)

    def insert(cur: Cursor) -> str:
        if not cur.execute(f"SELECT 1 FROM meeting m WHERE m.id = ? AND {scope}", [meeting_id, *params]).fetchall():
            raise InvalidDecision([f"bijeenkomst '{meeting_id}' bestaat niet of valt buiten uw rol"])
        _insert(cur, decision)
        audit.record(cur, viewer, "afspraak vastgelegd", "decision", decision.id)
        return decision.id

    return store.write(insert)


def complete_decision(store: Store, viewer: Viewer, decision_id: str) -> None:
    """Mark an afspraak (or besluit, or open question) as done: status afgerond."""
    _may_write(viewer)
    scope, params = meeting_scope(viewer)

    def update(cur: Cursor) -> None:
        found = cur.execute(
            f"SELECT d.status FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ? AND {scope}",
            [decision_id, *params],
        ).fetchall()
        if not found:
            raise MeetingProblem(f"Afspraak '{decision_id}' bestaat niet of valt buiten uw rol.")
        if found[0][0] == DecisionStatus.AFGEROND:
            raise MeetingProblem("Deze afspraak is al afgerond.")
        cur.execute("UPDATE decision SET status = ? WHERE id = ?", [DecisionStatus.AFGEROND.value, decision_id])
        audit.record(cur, viewer, "afspraak afgerond", "decision", decision_id)

    store.write(update)


def decisions(store: Store, viewer: Viewer, meeting_id: str) -> pd.DataFrame:
    """Everything the meeting agreed, decided or left open, in the order it was recorded."""
    scope, params = meeting_scope(viewer)
    return store.query(
        f"""
        SELECT d.id, d.kind, d.text, d.owner, d.due_on, d.status
        FROM decision d JOIN meeting m ON m.id = d.meeting_id
        WHERE d.meeting_id = ? AND {scope}
        ORDER BY d.id
        """,
        [meeting_id, *params],
    )


def open_decisions(store: Store, viewer: Viewer, *, today: dt.date | None = None) -> pd.DataFrame:
    """Afspraken still open in the viewer's meetings, newest meeting first; ``overdue`` when the
    due date has passed."""
    scope, params = meeting_scope(viewer)
    return store.query(
        f"""
        SELECT d.id, d.meeting_id, m.title AS meeting, m.held_on, d.kind, d.text, d.owner, d.due_on,
               coalesce(d.due_on < ?, false) AS overdue
        FROM decision d JOIN meeting m ON m.id = d.meeting_id
        WHERE d.status = 'open' AND {scope}
        ORDER BY m.held_on DESC, d.due_on NULLS LAST, d.id DESC
        """,
        [today or dt.date.today(), *params],
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
) -> str:
    """Record an effect the group named in an Effectenarena round: for which programme, who
    contributes, who gains (the incasseerder), positive or negative, intended or not."""
    _may_write(viewer)
    effect = _validated(
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
        },
        "Het effect",
    )
    programmes, params = viewer.programme_scope("id")

    def insert(cur: Cursor) -> str:
        (meeting_programme,) = _require_meeting(cur, viewer, meeting_id)
        if not cur.execute(
            f"SELECT 1 FROM programme WHERE id = ? AND {programmes}", [programme_id, *params]
        ).fetchall():
            raise NotAllowed("Dit programma valt buiten uw rol.")
        if meeting_programme and meeting_programme != programme_id:
            raise MeetingProblem("Deze bijeenkomst gaat over een ander programma.")
        known = {
            row[0]
            for row in cur.execute(
                "SELECT id FROM stakeholder WHERE id IN (?, ?)", [contributor_id, beneficiary_id]
            ).fetchall()
        }
        unknown = [party for party in (contributor_id, beneficiary_id) if party not in known]
        if unknown:
            raise MeetingProblem(f"Partij '{unknown[0]}' bestaat niet.")
        _insert(cur, effect)
        audit.record(cur, viewer, "effect vastgelegd", "arena_effect", effect.id)
        return effect.id

    return store.write(insert)


def arena_effects(store: Store, viewer: Viewer, meeting_id: str) -> pd.DataFrame:
    """The effects named in the meeting's Effectenarena round, per contributing party."""
    scope, params = meeting_scope(viewer)
    programmes, programme_params = viewer.programme_scope("e.programme_id")
    return store.query(
        f"""
        SELECT e.id, p.name AS programme, e.description, c.name AS contributor, b.name AS beneficiary,
               e.valence, e.intention
        FROM arena_effect e JOIN meeting m ON m.id = e.meeting_id JOIN programme p ON p.id = e.programme_id
        JOIN stakeholder c ON c.id = e.contributor_id JOIN stakeholder b ON b.id = e.beneficiary_id
        WHERE e.meeting_id = ? AND {scope} AND {programmes}
        ORDER BY c.name, e.id
        """,
        [meeting_id, *params, *programme_params],
    )


# --- minutes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundMinutes:
    title: str
    level: str
    status: str
    chosen: list[str]  # story titles as the viewer may read them (masked outside the organisation)
    reasons: str
    dissent: str


@dataclass(frozen=True)
class Minutes:
    meeting: dict
    participants: list[tuple[str, list[str | None]]]  # (role, names; None where hidden or not given)
    agenda: list[dict]  # position, title, linked_kind, linked_name
    rounds: list[RoundMinutes]
    arena: list[dict]
    decisions: list[dict]  # afspraken and besluiten
    open_questions: list[dict]
    role: str  # whose view the minutes are: outside viewers get masked stories and no bewoner names
    made_on: dt.date = field(default_factory=dt.date.today)


def minutes(store: Store, viewer: Viewer, meeting_id: str) -> Minutes:
    """Everything the meeting recorded, as this viewer may see it."""
    meeting = get_meeting(store, viewer, meeting_id)
    people = participants(store, viewer, meeting_id)
    by_role = [
        (role.value, [None if pd.isna(name) else name for name in people.loc[people["role"] == role, "name"]])
        for role in ROLES
        if (people["role"] == role).any()
    ]
    everything = decisions(store, viewer, meeting_id)
    records = [_plain(row) for row in everything.to_dict("records")]
    return Minutes(
        meeting=_plain(meeting),
        participants=by_role,
        agenda=[_plain(row) for row in agenda(store, viewer, meeting_id).to_dict("records")],
        rounds=_rounds(store, viewer, meeting_id),
        arena=[_plain(row) for row in arena_effects(store, viewer, meeting_id).to_dict("records")],
        decisions=[row for row in records if row["kind"] != DecisionKind.OPEN_VRAAG],
        open_questions=[row for row in records if row["kind"] == DecisionKind.OPEN_VRAAG],
        role=viewer.role.value,
    )


def _plain(row: dict) -> dict:
    """Missing values as None and timestamps as dates, so the writers need not know pandas."""
    plain: dict[str, object] = {}
    for key, value in row.items():
        if not isinstance(value, (list, tuple)) and pd.isna(value):
            plain[key] = None
        elif isinstance(value, pd.Timestamp):
            plain[key] = value.date()
        else:
            plain[key] = value
    return plain


def _rounds(store: Store, viewer: Viewer, meeting_id: str) -> list[RoundMinutes]:
    held = selection.rounds(store, viewer, Filters(), meeting_id=meeting_id)
    found = []
    for round_id in held["id"]:
        chosen = selection.get_round(store, viewer, round_id)
        tally = selection.tally(store, viewer, round_id)
        found.append(
            RoundMinutes(
                title=chosen["title"],
                level=chosen["level"],
                status=chosen["status"],
                chosen=[
                    title
                    for title, selected in zip(tally["title"], tally["selected"], strict=True)
                    if selected and isinstance(title, str)
                ],
                reasons=chosen["reasons"] or "",
                dissent=chosen["dissent"] or "",
            )
        )
    return found


def _date(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "–"


def minutes_markdown(record: Minutes, lang: Lang = "nl") -> str:
    """The minutes as a Markdown file; every piece of user text shows as written, never as markup."""
    meeting, lines = record.meeting, []

    def tr(key: str, **values: object) -> str:
        return t(key, lang, **values)

    def section(key: str, rows: list[str]) -> None:
        lines.extend(["", f"## {tr(key)}", ""])
        lines.extend(rows or [f"_{tr('minutes.none')}_"])

    lines.append(f"# {tr('minutes.title')}: {markdown_text(meeting['title'], one_line=True)}")
    lines.append("")
    lines.append(f"- **{tr('minutes.date')}:** {_date(meeting['held_on'])}")
    lines.append(f"- **{tr('minutes.leeratelier')}:** {markdown_text(meeting['leeratelier'])}")
    if meeting["programme"]:
        lines.append(f"- **{tr('minutes.programme')}:** {markdown_text(meeting['programme'])}")
    if meeting["summary"]:
        lines.extend(["", markdown_text(meeting["summary"])])
    section(
        "minutes.participants",
        [
            f"- **{label('participant_role', role, lang)}** ({len(names)})"
            + (f": {', '.join(markdown_text(name) for name in _participant_names(names, lang))}" if any(names) else "")
            for role, names in record.participants
        ],
    )
    section(
        "minutes.agenda",
        [f"{item['position']}. {markdown_text(item['title'])}" + _link_suffix(item, lang) for item in record.agenda],
    )
    round_lines: list[str] = []
    for held in record.rounds:
        round_lines += [
            "",
            f"### {markdown_text(held.title, one_line=True)}",
            "",
            f"- **{tr('minutes.round.level')}:** {label('panel_level', held.level, lang)}"
            f" · {tr(f'rounds.status.{held.status}')}",
        ]
        round_lines += [f"- **{tr('minutes.round.chosen')}:** {markdown_text(title)}" for title in held.chosen]
        if held.reasons:
            round_lines.append(f"- **{tr('minutes.round.reasons')}:** {markdown_text(held.reasons)}")
        if held.dissent:
            round_lines.append(f"- **{tr('minutes.round.dissent')}:** {markdown_text(held.dissent)}")
    section("minutes.rounds", round_lines[1:])
    section(
        "minutes.arena",
        [
            f"- {markdown_text(_effect_name(effect, meeting))} — "
            + tr(
                "minutes.arena.flow",
                contributor=markdown_text(effect["contributor"]),
                beneficiary=markdown_text(effect["beneficiary"]),
            )
            + f" · {label('valence', effect['valence'], lang)} · {label('intention', effect['intention'], lang)}"
            for effect in record.arena
        ],
    )
    section("minutes.decisions", [_decision_line(decision, lang) for decision in record.decisions])
    section("minutes.open_questions", [_decision_line(question, lang) for question in record.open_questions])
    footer = tr("minutes.footer", role=label("role", record.role, lang), date=_date(record.made_on))
    lines.extend(["", "---", "", f"_{footer}_", ""])
    return "\n".join(lines)


def _participant_names(names: list[str | None], lang: Lang) -> list[str]:
    """The names, then how many took part without a name shown ('2 zonder naam')."""
    named = [name for name in names if name]
    unnamed = len(names) - len(named)
    return named + ([t("minutes.unnamed", lang, count=unnamed)] if unnamed else [])


def _link_suffix(item: dict, lang: Lang) -> str:
    if not item["linked_kind"]:
        return ""
    name = markdown_text(item["linked_name"]) if item["linked_name"] else t("minutes.hidden", lang)
    return f" ({label('agenda_link', item['linked_kind'], lang)}: {name})"


def _decision_line(decision: dict, lang: Lang) -> str:
    """'- **Afspraak** (open): text — eigenaar: X · uiterlijk 01-06-2026'."""
    kind = label("decision_kind", decision["kind"], lang).capitalize()
    line = f"- **{kind}** ({label('decision_status', decision['status'], lang)}): {markdown_text(decision['text'])}"
    details = []
    if decision["owner"]:
        details.append(t("minutes.owner", lang, owner=markdown_text(decision["owner"], one_line=True)))
    if decision["due_on"]:
        details.append(t("minutes.due", lang, date=_date(decision["due_on"])))
    return f"{line} — {' · '.join(details)}" if details else line


def minutes_pdf(record: Minutes, lang: Lang = "nl") -> bytes:
    """The minutes as a PDF on the shared report building blocks: user text printed as written."""
    meeting = record.meeting

    def tr(key: str, **values: object) -> str:
        return t(key, lang, **values)

    def section(key: str, content: list) -> list:
        return [pdf.heading(tr(key)), *(content or [pdf.paragraph(tr("minutes.none"), "small")])]

    facts = [(tr("minutes.date"), _date(meeting["held_on"])), (tr("minutes.leeratelier"), meeting["leeratelier"])]
    if meeting["programme"]:
        facts.append((tr("minutes.programme"), meeting["programme"]))
    flowables = [*pdf.title_block(tr("minutes.title"), meeting["title"], facts)]
    if meeting["summary"]:
        flowables.append(pdf.paragraph(meeting["summary"]))
    flowables += section(
        "minutes.participants",
        [
            pdf.table(
                [tr("meetings.participant.role"), tr("minutes.count"), tr("meetings.participant.name")],
                [
                    [label("participant_role", role, lang), str(len(names)), ", ".join(_participant_names(names, lang))]
                    for role, names in record.participants
                ],
                numeric=[1],
            )
        ]
        if record.participants
        else [],
    )
    flowables += section(
        "minutes.agenda",
        [
            pdf.table(
                ["#", tr("meetings.agenda.title"), tr("meetings.agenda.kind")],
                [[str(item["position"]), item["title"], _link_text(item, lang)] for item in record.agenda],
                numeric=[0],
            )
        ]
        if record.agenda
        else [],
    )
    rounds = []
    for held in record.rounds:
        rounds += [
            pdf.heading(held.title, 2),
            pdf.labelled(
                f"{tr('minutes.round.level')}:",
                f"{label('panel_level', held.level, lang)} · {tr(f'rounds.status.{held.status}')}",
            ),
        ]
        rounds += [pdf.labelled(f"{tr('minutes.round.chosen')}:", title) for title in held.chosen]
        if held.reasons:
            rounds.append(pdf.labelled(f"{tr('minutes.round.reasons')}:", held.reasons))
        if held.dissent:
            rounds.append(pdf.labelled(f"{tr('minutes.round.dissent')}:", held.dissent))
    flowables += section("minutes.rounds", rounds)
    flowables += section(
        "minutes.arena",
        [
            pdf.table(
                [
                    tr("meetings.arena.description"),
                    tr("meetings.arena.contributor"),
                    tr("meetings.arena.beneficiary"),
                    tr("meetings.arena.valence"),
                ],
                [
                    [
                        _effect_name(effect, meeting),
                        effect["contributor"],
                        effect["beneficiary"],
                        f"{label('valence', effect['valence'], lang)}, {label('intention', effect['intention'], lang)}",
                    ]
                    for effect in record.arena
                ],
            )
        ]
        if record.arena
        else [],
    )
    flowables += section("minutes.decisions", [_decision_table(record.decisions, lang)] if record.decisions else [])
    flowables += section(
        "minutes.open_questions",
        [_decision_table(record.open_questions, lang, with_kind=False)] if record.open_questions else [],
    )
    flowables += [
        pdf.spacer(6),
        pdf.caption(tr("minutes.footer", role=label("role", record.role, lang), date=_date(record.made_on))),
    ]
    return pdf.document(
        flowables,
        title=f"{tr('minutes.title')}: {meeting['title']}",
        footer=f"Impactdialoog · {tr('minutes.title')} · {meeting['leeratelier']}",
        date_text=_date(meeting["held_on"]),
        lang=lang,
    )


def _link_text(item: dict, lang: Lang) -> str:
    if not item["linked_kind"]:
        return ""
    return f"{label('agenda_link', item['linked_kind'], lang)}: {item['linked_name'] or t('minutes.hidden', lang)}"


def _decision_table(rows: list[dict], lang: Lang, *, with_kind: bool = True) -> object:
    header = [
        t("minutes.what", lang),
        t("minutes.who", lang),
        t("meetings.decision.due", lang),
        t("minutes.status", lang),
    ]
    cells = [
        [row["text"], row["owner"] or "–", _date(row["due_on"]), label("decision_status", row["status"], lang)]
        for row in rows
    ]
    if with_kind:
        header = [t("meetings.decision.kind", lang), *header]
        cells = [
            [label("decision_kind", row["kind"], lang).capitalize(), *line]
            for row, line in zip(rows, cells, strict=True)
        ]
    return pdf.table(header, cells)


def _effect_name(effect: dict, meeting: dict) -> str:
    """The effect, with its programme when the meeting is not about that one programme."""
    if effect["programme"] == meeting["programme"]:
        return effect["description"]
    return f"{effect['description']} ({effect['programme']})"
