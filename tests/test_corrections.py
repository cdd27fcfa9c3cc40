"""Corrections with history: what a meeting recorded, and a round, can be changed or withdrawn,
never deleted; who changed what, when and why is kept, shown in the minutes, and read outside the
organisation as masked as the record itself."""

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.filters import Filters
from impact_core.refusal import NotAllowed, Refused
from impact_core.samen import meetings
from impact_core.samen.meetings import corrections
from tests.test_meetings import _meeting

PROFESSIONAL = Viewer.from_seat("professional@wvs")
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")
SCREEN = Viewer.from_seat("presentatie@GM9901")
OTHER_ORGANISATION = Viewer.from_seat("professional@rvd")
YEAR = {"period_from": dt.date(2026, 1, 1), "period_to": dt.date(2026, 12, 31)}


def _decision(store, meeting_id: str) -> str:
    return meetings.add_decision(
        store,
        PROFESSIONAL,
        meeting_id=meeting_id,
        kind="afspraak",
        text="Buurtcoach belt de bewonersgroep",
        owner="teamleider",
        due_on=dt.date(2026, 12, 1),
    )


def _records(store) -> dict[str, str]:
    meeting_id = _meeting(store)
    return {
        "meeting": meeting_id,
        "agenda_item": meetings.add_agenda_item(store, PROFESSIONAL, meeting_id=meeting_id, title="Terugblik"),
        "decision": _decision(store, meeting_id),
    }


def _row(store, table: str, record_id: str) -> dict:
    return store.row(f"SELECT * FROM {table} WHERE id = ?", [record_id])


@pytest.mark.parametrize(
    ("table", "changed", "new", "old_text", "new_text"),
    [
        ("meeting", "title", "Wat leren de verhalen ons samen?", "Wat leren de verhalen ons?", None),
        ("meeting", "held_on", dt.date(2026, 11, 19), "2026-11-12", "2026-11-19"),
        ("agenda_item", "title", "Terugblik op de ronde", "Terugblik", None),
        ("decision", "text", "Buurtcoach belt de bewonersgroep vóór kerst", "Buurtcoach belt de bewonersgroep", None),
        ("decision", "owner", "buurtcoach", "teamleider", None),
        ("decision", "due_on", dt.date(2026, 12, 15), "2026-12-01", "2026-12-15"),
        ("decision", "kind", "besluit", "afspraak", "besluit"),
    ],
)
def test_a_correction_changes_the_record_and_keeps_what_it_was_who_changed_it_and_why(
    demo_copy, table, changed, new, old_text, new_text
):
    record_id = _records(demo_copy)[table]
    meetings.correct(demo_copy, PROFESSIONAL, table, record_id, changes={changed: new}, reason="Verkeerd genoteerd")
    assert _row(demo_copy, table, record_id)[changed] == new
    meeting_id = _row(demo_copy, table, record_id).get("meeting_id") or record_id
    (line,) = meetings.history(demo_copy, PROFESSIONAL, meeting_id=meeting_id)
    assert (line.record_id, line.changed, line.old_value, line.new_value, line.reason, line.role) == (
        record_id,
        changed,
        old_text,
        new_text or new,
        "Verkeerd genoteerd",
        "professional",
    )


def test_an_owner_cleared_by_a_correction_leaves_no_masked_owner_behind(demo_copy):
    meeting_id = _meeting(demo_copy)
    decision_id = _decision(demo_copy, meeting_id)
    meetings.correct(demo_copy, PROFESSIONAL, "decision", decision_id, changes={"owner": None}, reason="Nog niemand")
    (row,) = meetings.decisions(demo_copy, MUNICIPALITY, meeting_id)
    assert not row["owner"]
    assert _row(demo_copy, "decision", decision_id)["masked_owner"] is None


@pytest.mark.parametrize(
    ("changes", "reason", "why"),
    [
        ({"title": "Anders"}, "  ", "reden"),
        ({"title": "Wat leren de verhalen ons?"}, "Tikfout", "niets veranderd"),
        ({"leeratelier": "Een ander"}, "Tikfout", "kan niet worden gecorrigeerd"),
        ({"title": "Bel 111222333"}, "Tikfout", "BSN"),
        ({"title": ""}, "Tikfout", "titel"),
    ],
)
def test_a_correction_that_breaks_a_rule_is_refused_and_nothing_changes(demo_copy, changes, reason, why):
    meeting_id = _meeting(demo_copy)
    before = _row(demo_copy, "meeting", meeting_id)
    with pytest.raises(Refused, match=why):
        meetings.correct(demo_copy, PROFESSIONAL, "meeting", meeting_id, changes=changes, reason=reason)
    assert _row(demo_copy, "meeting", meeting_id) == before
    assert demo_copy.scalar("SELECT count(*) FROM correction") == 0


def test_a_withdrawn_afspraak_stays_in_the_meeting_marked_and_leaves_the_open_list(demo_copy):
    meeting_id = _meeting(demo_copy)
    decision_id = _decision(demo_copy, meeting_id)
    meetings.withdraw(demo_copy, PROFESSIONAL, "decision", decision_id, reason="Niet meer nodig")
    kept = {decision["id"]: decision for decision in meetings.decisions(demo_copy, PROFESSIONAL, meeting_id)}
    assert bool(kept[decision_id]["withdrawn"])
    assert decision_id not in {decision["id"] for decision in meetings.open_decisions(demo_copy, PROFESSIONAL)}
    with pytest.raises(Refused, match="vervallen"):
        meetings.complete_decision(demo_copy, PROFESSIONAL, decision_id)


def test_a_cancelled_meeting_takes_no_new_afspraken_and_its_open_ones_leave_the_list(demo_copy):
    meeting_id = _meeting(demo_copy)
    decision_id = _decision(demo_copy, meeting_id)
    meetings.withdraw(demo_copy, PROFESSIONAL, "meeting", meeting_id, reason="Gaat niet door")
    assert decision_id not in {decision["id"] for decision in meetings.open_decisions(demo_copy, PROFESSIONAL)}
    assert bool(meetings.get_meeting(demo_copy, PROFESSIONAL, meeting_id)["withdrawn"])
    with pytest.raises(Refused, match="geannuleerd"):
        _decision(demo_copy, meeting_id)
    with pytest.raises(Refused, match="vervallen of geannuleerd"):
        meetings.correct(demo_copy, PROFESSIONAL, "decision", decision_id, changes={"owner": "x"}, reason="y")


def test_the_minutes_show_what_was_withdrawn_and_every_correction_with_its_reason(demo_copy):
    records = _records(demo_copy)
    meetings.withdraw(demo_copy, PROFESSIONAL, "agenda_item", records["agenda_item"], reason="Geen tijd meer")
    meetings.correct(
        demo_copy,
        PROFESSIONAL,
        "decision",
        records["decision"],
        changes={"due_on": dt.date(2026, 12, 15)},
        reason="De buurtcoach is met vakantie",
    )
    record = meetings.minutes(demo_copy, PROFESSIONAL, records["meeting"])
    text = meetings.minutes_markdown(record)
    assert "1. Terugblik (vervallen)" in text
    assert "deadline van 01-12-2026 naar 15-12-2026. Reden: De buurtcoach is met vakantie" in text
    pdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(meetings.minutes_pdf(record))).pages)
    assert "De buurtcoach is met vakantie" in " ".join(pdf.split())


@pytest.mark.parametrize("viewer", [MUNICIPALITY, SCREEN], ids=lambda viewer: viewer.seat)
def test_outside_the_organisation_a_correction_reads_masked_and_without_the_person(demo_copy, viewer):
    meeting_id = _meeting(demo_copy)
    decision_id = _decision(demo_copy, meeting_id)
    meetings.correct(
        demo_copy,
        dataclasses.replace(PROFESSIONAL, actor="jan.jansen@wvs.example"),
        "decision",
        decision_id,
        changes={"text": "Bel Piet de Vries op 06-12345678"},
        reason="Piet de Vries wilde het zelf",
    )
    (line,) = meetings.history(demo_copy, viewer, meeting_id=meeting_id)
    shown = meetings.describe(line)
    for personal in ("Piet", "Vries", "06-12345678", "jan.jansen"):
        assert personal not in shown
    assert line.actor is None
    inside = meetings.describe(meetings.history(demo_copy, PROFESSIONAL, meeting_id=meeting_id)[0])
    assert "Piet de Vries" in inside and "jan.jansen@wvs.example" in inside


@pytest.mark.parametrize(
    ("viewer", "refusal"),
    [(SCREEN, NotAllowed), (OTHER_ORGANISATION, Refused)],
    ids=["shared screen", "another organisation"],
)
def test_who_may_not_write_the_meeting_cannot_correct_it(demo_copy, viewer, refusal):
    meeting_id = _meeting(demo_copy)
    with pytest.raises(refusal):
        meetings.correct(demo_copy, viewer, "meeting", meeting_id, changes={"title": "Anders"}, reason="Omdat")
    with pytest.raises(refusal):
        meetings.withdraw(demo_copy, viewer, "meeting", meeting_id, reason="Omdat")
    assert demo_copy.scalar("SELECT count(*) FROM correction") == 0


def test_the_municipality_corrects_a_meeting_it_shares(demo_copy):
    meeting_id = _meeting(demo_copy)
    meetings.correct(demo_copy, MUNICIPALITY, "meeting", meeting_id, changes={"title": "Nieuwe titel"}, reason="Zo")
    (line,) = meetings.history(demo_copy, PROFESSIONAL, meeting_id=meeting_id)
    assert line.role == "gemeente"


def _municipality_round(store) -> str:
    return selection.create_round(
        store, MUNICIPALITY, programme_id="wijk", level="gemeente", title="Gemeenteronde najaar", **YEAR
    )


def test_a_round_without_votes_is_withdrawn_gone_from_the_lists_and_kept_with_its_reason(demo_copy):
    round_id = _municipality_round(demo_copy)
    meetings.withdraw(demo_copy, MUNICIPALITY, "selection_round", round_id, reason="Dubbel aangemaakt")
    assert round_id not in set(selection.rounds(demo_copy, MUNICIPALITY, Filters())["id"])
    assert round_id in set(selection.rounds(demo_copy, MUNICIPALITY, Filters(), withdrawn=True)["id"])
    (line,) = meetings.history(demo_copy, MUNICIPALITY, round_id=round_id)
    assert (line.changed, line.reason) == ("withdrawn", "Dubbel aangemaakt")
    with pytest.raises(Refused):
        selection.vote(demo_copy, SCREEN, round_id, "V-x", voter="panel", score=3)


def test_a_withdrawn_round_held_in_a_meeting_leaves_its_minutes_but_its_withdrawal_shows(demo_copy):
    meeting_id = meetings.create_meeting(
        demo_copy, MUNICIPALITY, held_on=dt.date(2026, 11, 12), leeratelier="L", title="Ronde", programme_id="wijk"
    )
    round_id = selection.create_round(
        demo_copy,
        MUNICIPALITY,
        programme_id="wijk",
        level="gemeente",
        title="Lege ronde",
        meeting_id=meeting_id,
        **YEAR,
    )
    meetings.withdraw(demo_copy, MUNICIPALITY, "selection_round", round_id, reason="Geen verhalen")
    record = meetings.minutes(demo_copy, MUNICIPALITY, meeting_id)
    assert record.rounds == []
    assert "Lege ronde — vervallen. Reden: Geen verhalen" in meetings.minutes_markdown(record)


def test_a_round_with_votes_cannot_be_withdrawn(demo_copy):
    round_id = selection.create_round(
        demo_copy, PROFESSIONAL, programme_id="wijk", level="team", title="Teamronde", **YEAR
    )
    story = selection.candidates(demo_copy, PROFESSIONAL, round_id)["id"].iloc[0]
    selection.shortlist(demo_copy, PROFESSIONAL, round_id, [story])
    selection.vote(demo_copy, PROFESSIONAL, round_id, story, voter="teamleider", score=4)
    with pytest.raises(Refused, match="gestemd"):
        meetings.withdraw(demo_copy, PROFESSIONAL, "selection_round", round_id, reason="Toch niet")
    assert round_id in set(selection.rounds(demo_copy, PROFESSIONAL, Filters())["id"])


def test_a_correction_made_on_a_stale_copy_is_refused_rather_than_recording_the_wrong_before(demo_copy, monkeypatch):
    meeting_id = _meeting(demo_copy)
    read = corrections._current

    def read_then_someone_else_writes(store, viewer, table, record_id):
        found = read(store, viewer, table, record_id)
        store.write(lambda cur: cur.execute("UPDATE meeting SET title = 'Tussendoor' WHERE id = ?", [meeting_id]))
        return found

    monkeypatch.setattr(corrections, "_current", read_then_someone_else_writes)
    with pytest.raises(Refused, match="net aangepast"):
        meetings.correct(demo_copy, PROFESSIONAL, "meeting", meeting_id, changes={"title": "Mijn"}, reason="r")
    assert demo_copy.scalar("SELECT title FROM meeting WHERE id = ?", [meeting_id]) == "Tussendoor"
    assert demo_copy.scalar("SELECT count(*) FROM correction") == 0
