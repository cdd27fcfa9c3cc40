"""Who may do what: one table of named actions, asked by the library before every write and
by the UI before it offers a control.

``may(viewer, action, organisation=...)`` answers; ``require`` refuses with ``NotAllowed``.
``organisation`` is the organisation the thing acted on belongs to (a programme's owner, the
organisation whose data is imported or exported); left out, the rule is about the role alone.
What a viewer may *read* is not here: the scopes in ``access.viewer`` apply it in SQL.
"""

from __future__ import annotations

from enum import StrEnum

from impact_core.access.viewer import PLATFORM, Role, Viewer
from impact_core.refusal import NotAllowed


class Action(StrEnum):
    RECORD_STORY = "record_story"
    RECORD_REFLECTION = "record_reflection"  # reflections, moral deliberation, the learning log
    RECORD_INSTRUMENT_SCORE = "record_instrument_score"  # ZRM and Positieve Gezondheid scores, under a pseudonym
    WRITE_MEETING = "write_meeting"  # meetings, agenda, afspraken, Effectenarena
    RUN_TEAM_ROUND = "run_team_round"  # a selection round of the team or the organisation, and its votes
    RUN_MUNICIPALITY_ROUND = "run_municipality_round"
    VOTE_MUNICIPALITY_ROUND = "vote_municipality_round"  # panel members' scores, from the shared screen too
    EDIT_REASONING_LINE = "edit_reasoning_line"
    STEWARD_DATA = "steward_data"  # import, export, erasure, retention, audit and erasure log of one organisation
    STEWARD_PLATFORM = "steward_platform"  # backup and restore of the whole database
    PUBLISH_FOR_PEERS = "publish_for_peers"  # suppressed monthly aggregates, for other organisations to compare


_INSIDE = {Role.BEHEER, Role.PROFESSIONAL}
_WRITERS = {Role.BEHEER, Role.PROFESSIONAL, Role.GEMEENTE}  # the shared screen only shows, and takes votes

# Roles per action; the organisation rule below comes on top for actions inside one organisation.
_ROLES: dict[Action, set[Role]] = {
    Action.RECORD_STORY: _INSIDE,
    Action.RECORD_REFLECTION: _INSIDE,
    # Scores are about a person: only the organisation that works with them enters them.
    Action.RECORD_INSTRUMENT_SCORE: _INSIDE,
    Action.WRITE_MEETING: _WRITERS,
    Action.RUN_TEAM_ROUND: _INSIDE,
    Action.RUN_MUNICIPALITY_ROUND: _WRITERS,
    # The panel votes in the room: on the shared screen, which shows only masked stories.
    Action.VOTE_MUNICIPALITY_ROUND: _WRITERS | {Role.PRESENTATIE},
    Action.EDIT_REASONING_LINE: _WRITERS,
    Action.STEWARD_DATA: {Role.BEHEER},
    Action.STEWARD_PLATFORM: {Role.BEHEER},
    # What leaves for other organisations leaves by the organisation's own steward, never the funder.
    Action.PUBLISH_FOR_PEERS: {Role.BEHEER},
}

_REFUSAL_KEYS: dict[Action, str] = {
    Action.RECORD_STORY: "policy.record_story",
    Action.RECORD_REFLECTION: "policy.record_reflection",
    Action.RECORD_INSTRUMENT_SCORE: "policy.record_instrument_score",
    Action.WRITE_MEETING: "policy.write_meeting",
    Action.RUN_TEAM_ROUND: "policy.run_team_round",
    Action.RUN_MUNICIPALITY_ROUND: "policy.run_municipality_round",
    Action.VOTE_MUNICIPALITY_ROUND: "policy.vote_municipality_round",
    Action.EDIT_REASONING_LINE: "policy.edit_reasoning_line",
    Action.STEWARD_DATA: "policy.steward_data",
    Action.STEWARD_PLATFORM: "policy.steward_platform",
    Action.PUBLISH_FOR_PEERS: "policy.publish_for_peers",
}


def may(viewer: Viewer, action: Action, *, organisation: str | None = None) -> bool:
    """Whether this viewer may do this, to something of this organisation."""
    if viewer.role not in _ROLES[action]:
        return False
    if action is Action.STEWARD_PLATFORM:
        return viewer.is_platform
    if viewer.is_platform:  # the platform's steward keeps the server, not an organisation's data
        return False
    if viewer.is_outside:
        return True  # which programmes a municipality may touch, its funding scope says
    if not viewer.organisation_id:
        return False
    return organisation is None or organisation == viewer.organisation_id


def require(viewer: Viewer, action: Action, *, organisation: str | None = None) -> None:
    """Refuse, with the reason in the viewer's words, what ``may`` does not allow."""
    if not may(viewer, action, organisation=organisation):
        if organisation is not None and viewer.role in _ROLES[action] and not viewer.is_platform:
            raise NotAllowed("policy.other_organisation")
        raise NotAllowed(_REFUSAL_KEYS[action], role=viewer.role.value)


def platform_steward(actor: str | None = None) -> Viewer:
    """The seat that keeps the whole server (backups, restores): ``beheer@platform``."""
    return Viewer(Role.BEHEER, organisation_id=PLATFORM, actor=actor)
