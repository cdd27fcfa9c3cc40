"""Afspraken of a leeratelier: recorded by the organisation or the municipality, never by the shared screen."""

import datetime as dt

import pytest

from impact_core import meetings
from impact_core.privacy import NotAllowed, Viewer

PROFESSIONAL = Viewer.from_seat("professional@wvs")
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")


@pytest.mark.parametrize("seat", ["professional@wvs", "beheer@wvs", "gemeente@GM9901"])
def test_the_organisation_and_the_municipality_record_an_open_afspraak(demo_copy, seat):
    decision_id = meetings.add_decision(demo_copy, Viewer.from_seat(seat), meeting_id="B1", kind="afspraak",
                                        text="Verhalen terugkoppelen", owner="teamleider", due_on=dt.date(2026, 12, 1))
    found = meetings.open_decisions(demo_copy, PROFESSIONAL).set_index("id").loc[decision_id]
    assert (found.meeting_id, found.kind, found.text, found.owner) == ("B1", "afspraak", "Verhalen terugkoppelen",
                                                                       "teamleider")


def test_the_shared_screen_may_not_record_an_afspraak(demo_copy):
    with pytest.raises(NotAllowed, match="gedeelde scherm"):
        meetings.add_decision(demo_copy, Viewer.from_seat("presentatie@GM9901"), meeting_id="B1", kind="afspraak",
                              text="Mag niet")


def test_an_afspraak_needs_a_meeting_that_exists(demo_copy):
    with pytest.raises(meetings.InvalidDecision, match="bestaat niet"):
        meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id="B999", kind="afspraak", text="Nergens")


def test_an_afspraak_of_an_unknown_kind_is_refused_in_dutch(demo_copy):
    with pytest.raises(meetings.InvalidDecision, match="niet opgeslagen"):
        meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id="B1", kind="wens", text="Iets")


def test_an_afspraak_is_written_in_the_audit_log(demo_copy):
    decision_id = meetings.add_decision(demo_copy, MUNICIPALITY, meeting_id="B1", kind="open_vraag",
                                        text="Wie betaalt?")
    assert demo_copy.scalar("SELECT action FROM audit_log WHERE record_id = ?", [decision_id]) == "afspraak vastgelegd"


def test_open_decisions_leave_out_what_was_done_and_put_the_newest_meeting_first(demo_copy):
    older = meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id="B1", kind="afspraak", text="Maart")
    newer = meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id="B2", kind="afspraak", text="Juni")
    found = meetings.open_decisions(demo_copy, PROFESSIONAL)
    assert {"D01", "D02"}.isdisjoint(found["id"])  # afgerond in the demo
    assert list(found["held_on"]) == sorted(found["held_on"], reverse=True)
    assert list(found["id"]).index(newer) < list(found["id"]).index(older)
