"""Selection rounds: shortlist, vote, choose with reasons; a chosen story moves up a level."""

import datetime as dt

import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.filters import Filters
from impact_core.refusal import NotAllowed, Refused

PROFESSIONAL = Viewer.from_seat("professional@wvs")
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")
YEAR = {"period_from": dt.date(2026, 1, 1), "period_to": dt.date(2026, 12, 31)}


def _round(store, viewer=PROFESSIONAL, level="team", **changes) -> str:
    return selection.create_round(
        store, viewer, **({"programme_id": "wijk", "level": level, "title": "Ronde"} | YEAR | changes)
    )


def test_a_round_runs_from_shortlist_to_choice_and_the_story_moves_up(writable_store):
    round_id = _round(writable_store, level="organisatie", programme_id="jeugd")
    waiting = selection.candidates(writable_store, PROFESSIONAL, round_id)["id"].iloc[0]
    selection.shortlist(writable_store, PROFESSIONAL, round_id, [waiting])
    for voter, score in (("teamleider", 5), ("bewoner", 4)):
        selection.vote(writable_store, PROFESSIONAL, round_id, waiting, voter=voter, score=score)
    assert selection.tally(writable_store, PROFESSIONAL, round_id).iloc[0][["votes", "total"]].tolist() == [2, 9]
    selection.close_round(
        writable_store,
        PROFESSIONAL,
        round_id,
        selected=[waiting],
        reasons="Raakt de kern.",
        dissent="Eén panellid twijfelde.",
    )
    assert writable_store.scalar("SELECT selected_level FROM story WHERE id = ?", [waiting]) == "organisatie"
    closed = selection.get_round(writable_store, PROFESSIONAL, round_id)
    assert (closed["status"], closed["reasons"], closed["dissent"]) == (
        "afgerond",
        "Raakt de kern.",
        "Eén panellid twijfelde.",
    )


@pytest.mark.parametrize(("level", "below"), [("organisatie", "team"), ("gemeente", "organisatie")])
def test_above_the_team_only_what_the_level_below_chose_can_be_shortlisted(writable_store, level, below):
    viewer = MUNICIPALITY if level == "gemeente" else PROFESSIONAL
    round_id = _round(writable_store, viewer, level=level, period_from=dt.date(2024, 1, 1))
    assert set(selection.candidates(writable_store, viewer, round_id)["selected_level"]) == {below}


def test_voting_again_replaces_the_score(writable_store):
    round_id = _round(writable_store)
    story = selection.candidates(writable_store, PROFESSIONAL, round_id)["id"].iloc[0]
    selection.shortlist(writable_store, PROFESSIONAL, round_id, [story])
    selection.vote(writable_store, PROFESSIONAL, round_id, story, voter="bewoner", score=1)
    selection.vote(writable_store, PROFESSIONAL, round_id, story, voter="bewoner", score=4)
    assert selection.tally(writable_store, PROFESSIONAL, round_id).iloc[0][["votes", "total"]].tolist() == [1, 4]


@pytest.mark.parametrize(
    ("action", "problem"),
    [
        (
            lambda store, rid, story: selection.close_round(store, PROFESSIONAL, rid, selected=[story], reasons=" "),
            "waarom",
        ),
        (
            lambda store, rid, story: selection.close_round(store, PROFESSIONAL, rid, selected=[], reasons="x"),
            "minstens één",
        ),
        (
            lambda store, rid, story: selection.vote(store, PROFESSIONAL, rid, story, voter="a", score=6),
            "0 tot en met 5",
        ),
        (
            lambda store, rid, story: selection.vote(store, PROFESSIONAL, rid, "V-A001", voter="a", score=3),
            "niet op de shortlist",
        ),
    ],
)
def test_a_round_refuses_what_the_method_does_not_allow(writable_store, action, problem):
    round_id = _round(writable_store)
    story = selection.candidates(writable_store, PROFESSIONAL, round_id)["id"].iloc[0]
    selection.shortlist(writable_store, PROFESSIONAL, round_id, [story])
    with pytest.raises(selection.RoundProblem, match=problem):
        action(writable_store, round_id, story)


@pytest.mark.parametrize(
    ("seat", "level"),
    [
        ("gemeente@GM9901", "team"),
        ("presentatie@GM9901", "gemeente"),
        ("professional@rvd", "team"),
    ],
)
def test_only_the_right_seats_open_a_round(writable_store, seat, level):
    with pytest.raises(NotAllowed):
        _round(writable_store, Viewer.from_seat(seat), level=level)


def test_feedback_to_storytellers_is_recorded(writable_store):
    round_id = _round(writable_store)
    selection.mark_fed_back(writable_store, PROFESSIONAL, round_id, dt.date(2026, 11, 20))
    assert selection.get_round(writable_store, PROFESSIONAL, round_id)["fed_back_on"] == dt.date(2026, 11, 20)


def test_the_funnel_narrows_from_collected_to_municipality(demo_store):
    stages = selection.funnel(demo_store, PROFESSIONAL, Filters(programme="wijk"))["stories"].tolist()
    assert stages == sorted(stages, reverse=True) and stages[0] > stages[-1] > 0


def test_the_municipality_sees_no_unconsented_story_on_a_team_shortlist(demo_store):
    for round_id in selection.rounds(demo_store, MUNICIPALITY, Filters())["id"]:
        shown = selection.tally(demo_store, MUNICIPALITY, round_id)["id"].tolist()
        if shown:
            consents = demo_store.query(
                f"SELECT DISTINCT consent FROM story WHERE id IN ({', '.join('?' * len(shown))})", shown
            )
            assert set(consents["consent"]) <= {"gemeente", "openbaar"}


def _shortlisted(store) -> tuple[str, str]:
    round_id = _round(store)
    story_id = selection.candidates(store, PROFESSIONAL, round_id)["id"].iloc[0]
    selection.shortlist(store, PROFESSIONAL, round_id, [story_id])
    return round_id, story_id


def _vote(store, voter: str) -> None:
    round_id, story_id = _shortlisted(store)
    selection.vote(store, PROFESSIONAL, round_id, story_id, voter=voter, score=3)


def _close(store, **texts: str) -> None:
    round_id, story_id = _shortlisted(store)
    selection.close_round(store, PROFESSIONAL, round_id, selected=[story_id], **({"reasons": "Raakt."} | texts))


# Every text a round takes from a person: none may hold a BSN, and the refusal does not repeat it.
ROUND_ENTRIES = {
    "title": lambda store: _round(store, title="Ronde voor BSN 111.222.333"),
    "voter": lambda store: _vote(store, "111 222 333"),
    "reasons": lambda store: _close(store, reasons="Zij (bsn. 111222333) kreeg weer grip."),
    "dissent": lambda store: _close(store, dissent="BSN-111-22-23-33 hoort hier niet."),
}


@pytest.mark.parametrize("entry", ROUND_ENTRIES)
def test_a_citizen_number_in_any_text_of_a_round_is_refused_without_repeating_it(writable_store, entry):
    with pytest.raises(Refused) as refused:
        ROUND_ENTRIES[entry](writable_store)
    assert "BSN" in str(refused.value)
    assert "111222333" not in "".join(character for character in str(refused.value) if character.isdigit())
    for table in ("selection_round", "round_vote"):
        with writable_store.cursor() as cur:
            assert "111" not in str(cur.execute(f"SELECT * FROM {table}").fetchall()), table


def test_outside_the_organisation_the_funnel_shows_no_stage_below_the_municipality(demo_store):
    funnel = selection.funnel(demo_store, MUNICIPALITY, Filters(programme="wijk"))
    assert funnel["stage"].tolist() == ["verzameld", "gemeente"]
    inside = selection.funnel(demo_store, PROFESSIONAL, Filters(programme="wijk"))
    assert inside["stage"].tolist() == ["verzameld", "shortlist", "team", "organisatie", "gemeente"]


SHARED_SCREEN = Viewer.from_seat("presentatie@GM9901")


def _municipality_round(store, count: int = 3) -> tuple[str, list[str]]:
    round_id = _round(store, MUNICIPALITY, level="gemeente", programme_id="jeugd", period_from=dt.date(2024, 1, 1))
    stories = selection.candidates(store, MUNICIPALITY, round_id)["id"].tolist()[:count]
    selection.shortlist(store, MUNICIPALITY, round_id, stories)
    return round_id, stories


def _scores(store, round_id: str) -> dict[tuple[str, str], int]:
    with store.cursor() as cur:
        rows = cur.execute("SELECT voter, story_id, score FROM round_vote WHERE round_id = ?", [round_id]).fetchall()
    return {(voter, story): score for voter, story, score in rows}


def test_the_shared_screen_takes_the_votes_of_a_municipality_round(writable_store):
    round_id, stories = _municipality_round(writable_store)
    ballot = dict(zip(stories, (5, 0, 3), strict=True))
    selection.cast_votes(writable_store, SHARED_SCREEN, round_id, voter="wethouder", scores=ballot)
    assert _scores(writable_store, round_id) == {("wethouder", story): score for story, score in ballot.items()}


def test_the_shared_screen_cannot_vote_in_a_round_of_the_organisation(writable_store):
    round_id, story_id = _shortlisted(writable_store)
    with pytest.raises(selection.RoundProblem, match="bestaat niet"):
        selection.cast_votes(writable_store, SHARED_SCREEN, round_id, voter="wethouder", scores={story_id: 4})
    assert _scores(writable_store, round_id) == {}


@pytest.mark.parametrize(
    ("scores", "problem"),
    [
        ({"V-A001": 3}, "niet op de shortlist"),  # one story of the ballot is not on the list: nothing is stored
        ({}, None),
    ],
)
def test_a_ballot_is_stored_whole_or_not_at_all(writable_store, scores, problem):
    round_id, stories = _municipality_round(writable_store)
    ballot = {stories[0]: 4, **scores}
    if problem:
        with pytest.raises(selection.RoundProblem, match=problem):
            selection.cast_votes(writable_store, SHARED_SCREEN, round_id, voter="wethouder", scores=ballot)
        assert _scores(writable_store, round_id) == {}
    else:
        selection.cast_votes(writable_store, SHARED_SCREEN, round_id, voter="wethouder", scores=ballot)
        assert _scores(writable_store, round_id) == {("wethouder", stories[0]): 4}


def test_a_story_the_voter_may_not_read_cannot_be_scored(writable_store):
    round_id, stories = _municipality_round(writable_store)
    writable_store.write(lambda cur: cur.execute("UPDATE story SET consent = 'organisatie' WHERE id = ?", [stories[0]]))
    with pytest.raises(selection.RoundProblem, match="niet op de shortlist"):
        selection.cast_votes(writable_store, SHARED_SCREEN, round_id, voter="wethouder", scores={stories[0]: 5})
    assert _scores(writable_store, round_id) == {}
