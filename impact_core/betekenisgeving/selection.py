"""Most Significant Change selection rounds: shortlist, vote, choose with reasons, feed back.

A round belongs to one programme and one panel level. At the team level every visible
story of the period (and domain) can be shortlisted; at a higher level only the stories
the level below selected, so a selected story moves up. Closing a round records why the
panel chose what it chose, and any dissent; the chosen stories take the round's level.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from impact_core.access import audit, policy
from impact_core.access.deidentify import twins, with_masked
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving.collection import story_columns, visible_stories
from impact_core.condition import Condition, joint_params
from impact_core.db.ids import new_id
from impact_core.db.store import Cursor, Store, remembered
from impact_core.filters import Filters
from impact_core.models import PanelLevel, RoundVote, SelectionRound
from impact_core.refusal import Invalid, NotAllowed, validated

LEVELS = tuple(PanelLevel)
_RANK = "CASE {0} WHEN 'team' THEN 1 WHEN 'organisatie' THEN 2 WHEN 'gemeente' THEN 3 ELSE 0 END"


class RoundProblem(Invalid):
    """The round cannot do this now; the message says why."""


def round_action(level: PanelLevel) -> Action:
    """A municipality round is run together with the municipality; the others by the organisation."""
    return Action.RUN_MUNICIPALITY_ROUND if PanelLevel(level) is PanelLevel.GEMEENTE else Action.RUN_TEAM_ROUND


def vote_action(level: PanelLevel) -> Action:
    """The municipality's panel votes in the room, from the shared screen as well; the organisation's
    panels vote where their rounds are run."""
    return Action.VOTE_MUNICIPALITY_ROUND if PanelLevel(level) is PanelLevel.GEMEENTE else Action.RUN_TEAM_ROUND


def _may_run(viewer: Viewer, level: PanelLevel) -> None:
    policy.require(viewer, round_action(level))


def create_round(
    store: Store,
    viewer: Viewer,
    *,
    programme_id: str,
    level: PanelLevel,
    title: str,
    period_from: dt.date,
    period_to: dt.date,
    domain: str | None = None,
    meeting_id: str | None = None,
) -> str:
    level = PanelLevel(level)
    _may_run(viewer, level)
    if not title.strip():
        raise RoundProblem("rounds.refusal.no_title")
    if period_from > period_to:
        raise RoundProblem("rounds.refusal.period_reversed")
    record = validated(
        SelectionRound,
        {
            "id": new_id("selection_round"),
            "programme_id": programme_id,
            "level": level,
            "title": title,
            "period_from": period_from,
            "period_to": period_to,
            "domain": domain or None,
            "meeting_id": meeting_id,
        },
        "rounds.refusal.round_not_saved",
        RoundProblem,
    )
    round_id = record.id
    scope = viewer.programme_scope("id")
    meetings = viewer.meeting_scope("m")

    def insert(cur: Cursor) -> str:
        if not cur.execute(
            f"SELECT 1 FROM programme WHERE id = $programme AND {scope.sql}", scope.params_with(programme=programme_id)
        ).fetchall():
            raise NotAllowed("rounds.refusal.programme_outside_role")
        if meeting_id:
            held = cur.execute(
                f"SELECT m.programme_id FROM meeting m WHERE m.id = $meeting AND {meetings.sql}",
                meetings.params_with(meeting=meeting_id),
            ).fetchall()
            if not held:
                raise RoundProblem("rounds.refusal.no_meeting")
            if held[0][0] not in (None, programme_id):
                raise RoundProblem("rounds.refusal.meeting_other_programme")
        cur.execute(
            "INSERT INTO selection_round (id, programme_id, level, title, period_from, period_to, domain,"
            " meeting_id, status, reasons, dissent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', '', '')",
            [round_id, programme_id, level.value, record.title, period_from, period_to, record.domain, meeting_id],
        )
        audit.record(cur, viewer, "selectieronde geopend", "selection_round", round_id)
        return round_id

    return store.write(insert)


def visible_rounds(viewer: Viewer, alias: str = "r", *, withdrawn: bool | None = False) -> Condition:
    """The rounds of the viewer's programmes. Team and organisation rounds are the organisation's
    own: outside it only the municipality's rounds exist, in lists and counts alike. A withdrawn
    round is gone from lists, counts and votes; ``withdrawn`` True gives only those, None both."""
    scope = viewer.programme_scope(f"{alias}.programme_id")
    if viewer.is_outside:
        scope &= Condition(f"{alias}.level = $round_level", {"round_level": PanelLevel.GEMEENTE.value})
    if withdrawn is not None:
        scope &= Condition(f"coalesce({alias}.withdrawn, false) = $withdrawn", {"withdrawn": withdrawn})
    return scope


def rounds(
    store: Store, viewer: Viewer, filters: Filters, *, meeting_id: str | None = None, withdrawn: bool = False
) -> pd.DataFrame:
    """The viewer's rounds (held in one meeting, when given), newest first, with how far each got:
    counted over the stories the viewer may read. ``withdrawn``: the withdrawn rounds instead."""
    where = visible_rounds(viewer, withdrawn=withdrawn)
    readable = visible_stories(viewer, Filters())
    if filters.programme:
        where &= Condition("r.programme_id = $programme", {"programme": filters.programme})
    if meeting_id:
        where &= Condition("r.meeting_id = $meeting", {"meeting": meeting_id})
    return store.query(
        f"""
        SELECT r.id, r.title, r.level, r.status, r.period_from, r.period_to, r.domain, r.fed_back_on,
               count(rs.story_id) AS shortlisted, count(rs.story_id) FILTER (WHERE rs.selected) AS selected
        FROM selection_round r
        LEFT JOIN round_story rs ON rs.round_id = r.id AND rs.story_id IN (SELECT id FROM story WHERE {readable.sql})
        WHERE {where.sql}
        GROUP BY ALL ORDER BY r.period_to DESC, r.id
        """,
        joint_params(readable, where),
    )


def get_round(store: Store, viewer: Viewer, round_id: str, *, withdrawn: bool | None = False) -> dict:
    scope = visible_rounds(viewer, "selection_round", withdrawn=withdrawn)
    texts = viewer.readable(SelectionRound, *SelectionRound.__masked__)
    columns = ", ".join(name for name in SelectionRound.model_fields if name not in SelectionRound.__masked__)
    found = store.row(
        f"SELECT {columns}, {texts} FROM selection_round WHERE id = $round AND {scope.sql}",
        scope.params_with(round=round_id),
    )
    if found is None:
        raise RoundProblem("rounds.refusal.no_round")
    return found


def candidates(store: Store, viewer: Viewer, round_id: str) -> pd.DataFrame:
    """Stories this round may shortlist: those waiting at the level below, or all at team level."""
    selection = get_round(store, viewer, round_id)
    level = PanelLevel(selection["level"])
    where = visible_stories(viewer, Filters(programme=selection["programme_id"]))
    where &= Condition(
        "collected_on BETWEEN $period_from AND $period_to",
        {"period_from": selection["period_from"], "period_to": selection["period_to"]},
    )
    where &= Condition("id NOT IN (SELECT story_id FROM round_story WHERE round_id = $round)", {"round": round_id})
    if selection["domain"]:
        where &= Condition("domain = $domain", {"domain": selection["domain"]})
    if level is not PanelLevel.TEAM:
        where &= Condition("selected_level = $level_below", {"level_below": LEVELS[LEVELS.index(level) - 1].value})
    return store.query(
        f"""
        SELECT id, {story_columns(viewer)}, domain, collected_on, valence, intention, selected_level
        FROM story WHERE {where.sql}
        ORDER BY collected_on DESC, id
        """,
        where.params,
    )


def shortlist(store: Store, viewer: Viewer, round_id: str, story_ids: list[str]) -> int:
    """Put stories on the round's shortlist; return how many were added."""
    selection = _open_round(store, viewer, round_id)
    allowed = set(candidates(store, viewer, round_id)["id"])
    refused = [story_id for story_id in story_ids if story_id not in allowed]
    if refused:
        raise RoundProblem("rounds.refusal.not_shortlistable", stories=", ".join(refused))

    def insert(cur: Cursor) -> int:
        for story_id in dict.fromkeys(story_ids):
            cur.execute(
                "INSERT INTO round_story (round_id, story_id, selected) VALUES (?, ?, false)", [round_id, story_id]
            )
        audit.record(cur, viewer, f"{len(story_ids)} verhalen op de shortlist", "selection_round", selection["id"])
        return len(story_ids)

    return store.write(insert)


def vote(store: Store, viewer: Viewer, round_id: str, story_id: str, *, voter: str, score: int) -> None:
    """Record (or change) one panel member's score, 0 to 5, for a shortlisted story."""
    cast_votes(store, viewer, round_id, voter=voter, scores={story_id: score})


def cast_votes(store: Store, viewer: Viewer, round_id: str, *, voter: str, scores: Mapping[str, int]) -> None:
    """Record (or change) one panel member's scores, keyed by story: all of them or, refused, none.
    Only stories on the shortlist that this viewer may read can be scored."""
    selection = get_round(store, viewer, round_id)
    policy.require(viewer, vote_action(PanelLevel(selection["level"])))
    if selection["status"] != "open":
        raise RoundProblem("rounds.refusal.closed")
    if not voter.strip():
        raise RoundProblem("rounds.refusal.no_voter")
    if any(not 0 <= score <= 5 for score in scores.values()):
        raise RoundProblem("rounds.refusal.score_range")
    ballots = [
        validated(
            RoundVote,
            {"round_id": round_id, "story_id": story_id, "voter": voter, "score": score},
            "rounds.refusal.vote_not_saved",
            RoundProblem,
        )
        for story_id, score in scores.items()
    ]
    readable = visible_stories(viewer, Filters())

    def upsert(cur: Cursor) -> None:
        on_list = {
            row[0]
            for row in cur.execute(
                f"SELECT story_id FROM round_story WHERE round_id = $round"
                f" AND story_id IN (SELECT id FROM story WHERE {readable.sql})",
                readable.params_with(round=round_id),
            ).fetchall()
        }
        if not set(scores) <= on_list:
            raise RoundProblem("rounds.refusal.not_on_shortlist")
        for ballot in ballots:
            cur.execute(
                "INSERT INTO round_vote VALUES (?, ?, ?, ?)"
                " ON CONFLICT (round_id, story_id, voter) DO UPDATE SET score = excluded.score",
                [round_id, ballot.story_id, ballot.voter, ballot.score],
            )
            # who scored what is the round's
            audit.record(cur, viewer, "stem", "round_vote", f"{round_id}/{ballot.story_id}")

    store.write(upsert)


def tally(store: Store, viewer: Viewer, round_id: str) -> pd.DataFrame:
    """The shortlist with votes and total score, highest first; stories the viewer may not read are left out."""
    get_round(store, viewer, round_id)
    where = visible_stories(viewer, Filters(), alias="s")
    return store.query(
        f"""
        SELECT s.id, {story_columns(viewer, "s")}, s.domain, s.valence, s.intention, rs.selected,
               count(v.voter) AS votes, coalesce(sum(v.score), 0)::INTEGER AS total
        FROM round_story rs JOIN story s ON s.id = rs.story_id
        LEFT JOIN round_vote v ON v.round_id = rs.round_id AND v.story_id = rs.story_id
        WHERE rs.round_id = $round AND {where.sql}
        GROUP BY ALL ORDER BY total DESC, votes DESC, s.id
        """,
        where.params_with(round=round_id),
    )


def close_round(
    store: Store,
    viewer: Viewer,
    round_id: str,
    *,
    selected: list[str],
    reasons: str,
    dissent: str = "",
    masked: Mapping[str, str] | None = None,
) -> None:
    """Record the panel's choice and why; the chosen stories move up to this round's level.
    ``masked``: the reviewed masked reasons and dissent; what is left out is masked here."""
    selection = _open_round(store, viewer, round_id)
    if not selected:
        raise RoundProblem("rounds.refusal.none_chosen")
    if not reasons.strip():
        raise RoundProblem("rounds.refusal.no_reasons")
    # The twins of the new reasons are made afresh, never kept from the open round (empty).
    closed = with_masked(
        validated(
            SelectionRound,
            {
                **selection,
                "reasons": reasons,
                "dissent": dissent,
                "masked_reasons": None,
                "masked_dissent": None,
                **twins(SelectionRound, masked),
            },
            "rounds.refusal.choice_not_saved",
            RoundProblem,
        )
    )

    def close(cur: Cursor) -> None:
        on_list = {
            row[0] for row in cur.execute("SELECT story_id FROM round_story WHERE round_id = ?", [round_id]).fetchall()
        }
        if not set(selected) <= on_list:
            raise RoundProblem("rounds.refusal.only_shortlist")
        for story_id in selected:
            cur.execute(
                "UPDATE round_story SET selected = true WHERE round_id = ? AND story_id = ?", [round_id, story_id]
            )
            cur.execute(
                f"UPDATE story SET selected_level = ? WHERE id = ? AND {_RANK.format('selected_level')} < "
                f"{_RANK.format('?')}",
                [selection["level"], story_id, selection["level"]],
            )
        cur.execute(
            "UPDATE selection_round SET status = 'afgerond', reasons = ?, dissent = ?, masked_reasons = ?,"
            " masked_dissent = ? WHERE id = ?",
            [closed.reasons, closed.dissent, closed.masked_reasons, closed.masked_dissent, round_id],
        )
        audit.record(cur, viewer, "selectieronde afgerond", "selection_round", round_id)

    store.write(close)


def mark_fed_back(store: Store, viewer: Viewer, round_id: str, on: dt.date) -> None:
    """Record the day the choice and its reasons went back to the storytellers."""
    selection = get_round(store, viewer, round_id)
    _may_run(viewer, PanelLevel(selection["level"]))

    def update(cur: Cursor) -> None:
        cur.execute("UPDATE selection_round SET fed_back_on = ? WHERE id = ?", [on, round_id])
        audit.record(cur, viewer, "uitkomst teruggekoppeld", "selection_round", round_id)

    store.write(update)


@remembered  # the stories overview asks again on every rerun
def funnel(store: Store, viewer: Viewer, filters: Filters) -> pd.DataFrame:
    """Collected, shortlisted and selected at each level: how the collection narrows. Outside the
    organisation: collected and chosen by the municipality's panel only."""
    where = visible_stories(viewer, filters)
    row = store.query(
        f"""
        SELECT count(*) AS verzameld,
               count(*) FILTER (WHERE id IN (SELECT story_id FROM round_story WHERE round_id IN
                   (SELECT id FROM selection_round WHERE NOT coalesce(withdrawn, false)))) AS shortlist,
               count(*) FILTER (WHERE {_RANK.format("selected_level")} >= 1) AS team,
               count(*) FILTER (WHERE {_RANK.format("selected_level")} >= 2) AS organisatie,
               count(*) FILTER (WHERE {_RANK.format("selected_level")} >= 3) AS gemeente
        FROM story WHERE {where.sql}
        """,
        where.params,
    ).iloc[0]
    # The shortlists and the team's and organisation's choices are the organisation's own.
    stages = ["verzameld", "gemeente"] if viewer.is_outside else list(row.index)
    return pd.DataFrame({"stage": stages, "stories": [int(row[stage]) for stage in stages]})


def _open_round(store: Store, viewer: Viewer, round_id: str) -> dict:
    selection = get_round(store, viewer, round_id)
    _may_run(viewer, PanelLevel(selection["level"]))
    if selection["status"] != "open":
        raise RoundProblem("rounds.refusal.closed")
    return selection
