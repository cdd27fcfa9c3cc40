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

Nothing is deleted: a meeting is cancelled, an item or a round without votes withdrawn, a field
corrected, each kept with who, when and why (``history``); the minutes say so.
"""

from impact_core.samen.meetings.corrections import (
    EDITABLE,
    CorrectionLine,
    CorrectionProblem,
    correct,
    describe,
    history,
    withdraw,
)
from impact_core.samen.meetings.minutes import Minutes, RoundMinutes, minutes
from impact_core.samen.meetings.records import (
    ROLES,
    InvalidDecision,
    MeetingProblem,
    add_agenda_item,
    add_arena_effect,
    add_decision,
    add_participant,
    add_participants,
    agenda,
    arena_effects,
    complete_decision,
    create_meeting,
    decisions,
    get_meeting,
    link_names,
    link_options,
    meeting_scope,
    meetings,
    open_decisions,
    participants,
    stakeholders,
)
from impact_core.samen.meetings.renderers import minutes_markdown, minutes_pdf

__all__ = [
    "EDITABLE",
    "ROLES",
    "CorrectionLine",
    "CorrectionProblem",
    "InvalidDecision",
    "MeetingProblem",
    "Minutes",
    "RoundMinutes",
    "add_agenda_item",
    "add_arena_effect",
    "add_decision",
    "add_participant",
    "add_participants",
    "agenda",
    "arena_effects",
    "complete_decision",
    "correct",
    "create_meeting",
    "decisions",
    "describe",
    "get_meeting",
    "history",
    "link_names",
    "link_options",
    "meeting_scope",
    "meetings",
    "minutes",
    "minutes_markdown",
    "minutes_pdf",
    "open_decisions",
    "participants",
    "stakeholders",
    "withdraw",
]
