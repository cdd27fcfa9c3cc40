"""The minutes of a meeting as one record: what each viewer may read of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.models import (
    DecisionKind,
)
from impact_core.samen.meetings.corrections import CorrectionLine, history
from impact_core.samen.meetings.records import ROLES, agenda, arena_effects, decisions, get_meeting, participants

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
    corrections: list[CorrectionLine] = field(default_factory=list)  # what was changed or withdrawn, and why
    made_on: dt.date = field(default_factory=dt.date.today)


def minutes(store: Store, viewer: Viewer, meeting_id: str) -> Minutes:
    """Everything the meeting recorded, as this viewer may see it."""
    meeting = get_meeting(store, viewer, meeting_id)
    people = participants(store, viewer, meeting_id)
    by_role = [
        (role.value, [person["name"] for person in people if person["role"] == role])
        for role in ROLES
        if any(person["role"] == role for person in people)
    ]
    records = decisions(store, viewer, meeting_id)
    return Minutes(
        meeting=meeting,
        participants=by_role,
        agenda=agenda(store, viewer, meeting_id),
        rounds=_rounds(store, viewer, meeting_id),
        arena=arena_effects(store, viewer, meeting_id),
        decisions=[row for row in records if row["kind"] != DecisionKind.OPEN_VRAAG],
        open_questions=[row for row in records if row["kind"] == DecisionKind.OPEN_VRAAG],
        role=viewer.role.value,
        corrections=history(store, viewer, meeting_id=meeting_id),
    )


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
