"""Leeratelier meetings: who took part, the agenda, what the meeting recorded, and the minutes.

The organisation and the municipality record; the shared screen (presentatie) only shows.
Outside the organisation stories are masked and bewoners have no name; the shared screen
shows no names at all.
"""

import datetime as dt
import io
import re

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.filters import Filters
from impact_core.refusal import NotAllowed
from impact_core.samen import catalog, meetings

PROFESSIONAL = Viewer.from_seat("professional@wvs")
STEWARD = Viewer.from_seat("beheer@wvs")
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")
SCREEN = Viewer.from_seat("presentatie@GM9901")
OTHER_MUNICIPALITY = Viewer.from_seat("gemeente@GM9902")
OTHER_ORGANISATION = Viewer.from_seat("professional@rvd")
MARKUP = "Titel <b>vet</b> [link](https://voorbeeld.invalid) **sterk** _schuin_ `code` # kop"


def _by_id(rows: list[dict]) -> dict[str, dict]:
    return {row["id"]: row for row in rows}


def _meeting(store, viewer=PROFESSIONAL, **values) -> str:
    fields = {
        "held_on": dt.date(2026, 11, 12),
        "leeratelier": "Leeratelier Impact Voorbeeldstad",
        "title": "Wat leren de verhalen ons?",
        "programme_id": "ontmoeten",
    } | values
    return meetings.create_meeting(store, viewer, **fields)


def _story(store, story_id: str, *, title: str, masked_title: str, consent: str) -> None:
    """A story of ontmoeten whose organisation version names someone and whose masked version does not."""
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO story (id, title, text, storyteller_role, collected_by, collected_on, programme_id, domain,"
            " significance, valence, intention, directness, consent, read_back, masked_title, masked_text,"
            " masked_significance) VALUES (?, ?, 'Tekst', 'bewoner', 'test', DATE '2026-10-01', 'ontmoeten',"
            " 'Sociale contacten', '', 'positief', 'bedoeld', 'direct', ?, TRUE, ?, 'Tekst', '')",
            [story_id, title, consent, masked_title],
        ).fetchall()
    )


# --- meetings -------------------------------------------------------------------------------


@pytest.mark.parametrize("viewer", [PROFESSIONAL, STEWARD, MUNICIPALITY], ids=lambda viewer: viewer.seat)
def test_the_organisation_and_the_municipality_create_a_meeting(demo_copy, viewer):
    meeting_id = _meeting(demo_copy, viewer)
    found = meetings.get_meeting(demo_copy, viewer, meeting_id)
    assert (found["title"], found["programme"]) == ("Wat leren de verhalen ons?", "Ontmoeten & ontwikkelen")


def test_a_meeting_is_written_in_the_audit_log(demo_copy):
    meeting_id = _meeting(demo_copy)
    action = demo_copy.scalar("SELECT action FROM audit_log WHERE record_id = ?", [meeting_id])
    assert action == "bijeenkomst vastgelegd"


def test_a_meeting_without_a_title_is_refused_in_dutch(demo_copy):
    with pytest.raises(meetings.MeetingProblem, match="De bijeenkomst is niet opgeslagen: titel"):
        _meeting(demo_copy, title="  ")


def test_a_meeting_about_another_organisations_programme_is_refused(demo_copy):
    with pytest.raises(NotAllowed, match="buiten uw rol"):
        _meeting(demo_copy, OTHER_MUNICIPALITY)


@pytest.mark.parametrize(
    ("viewer", "sees"),
    [
        (PROFESSIONAL, True),
        (MUNICIPALITY, True),
        (SCREEN, True),
        (OTHER_MUNICIPALITY, False),
        (OTHER_ORGANISATION, False),
    ],
    ids=lambda value: value.seat if isinstance(value, Viewer) else str(value),
)
def test_a_meeting_without_a_programme_belongs_to_the_municipality_of_its_leeratelier(demo_copy, viewer, sees):
    meeting_id = _meeting(demo_copy, MUNICIPALITY, programme_id=None)
    assert (meeting_id in {meeting["id"] for meeting in meetings.meetings(demo_copy, viewer)}) is sees
    assert (meeting_id in set(catalog.meetings(demo_copy, viewer)["id"])) is sees


def test_meetings_are_listed_newest_first_with_their_open_afspraken(demo_store):
    found = meetings.meetings(demo_store, PROFESSIONAL)
    assert [meeting["id"] for meeting in found] == ["B3", "B2", "B1"]
    assert {meeting["id"]: meeting["open_decisions"] for meeting in found} == {"B1": 2, "B2": 2, "B3": 5}


# --- who may write ---------------------------------------------------------------------------

WRITES = {
    "bijeenkomst": lambda store, viewer: _meeting(store, viewer),
    "deelnemer": lambda store, viewer: meetings.add_participant(
        store, viewer, meeting_id="B1", role="beleid", name="Marieke"
    ),
    "agendapunt": lambda store, viewer: meetings.add_agenda_item(store, viewer, meeting_id="B1", title="Rondvraag"),
    "afspraak": lambda store, viewer: meetings.add_decision(
        store, viewer, meeting_id="B1", kind="afspraak", text="Bellen"
    ),
    "afspraak afronden": lambda store, viewer: meetings.complete_decision(store, viewer, "D05"),
    "effect": lambda store, viewer: meetings.add_arena_effect(
        store,
        viewer,
        meeting_id="B2",
        programme_id="ouderen",
        description="Minder valpartijen",
        contributor_id="gemeente",
        beneficiary_id="zorgverzekeraar",
        valence="positief",
    ),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_the_shared_screen_records_nothing(demo_copy, write):
    with pytest.raises(NotAllowed, match="gedeelde scherm"):
        write(demo_copy, SCREEN)


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_the_municipality_records_in_its_own_meetings(demo_copy, write):
    write(demo_copy, MUNICIPALITY)


@pytest.mark.parametrize(
    "write",
    [write for name, write in WRITES.items() if name != "bijeenkomst"],
    ids=[name for name in WRITES if name != "bijeenkomst"],
)
def test_nobody_records_in_a_meeting_of_another_municipality(demo_copy, write):
    with pytest.raises((meetings.MeetingProblem, NotAllowed), match="buiten uw rol"):
        write(demo_copy, OTHER_MUNICIPALITY)


@pytest.mark.parametrize(
    ("write", "action"),
    [
        (WRITES["deelnemer"], "deelnemer vastgelegd"),
        (WRITES["agendapunt"], "agendapunt vastgelegd"),
        (WRITES["afspraak afronden"], "afspraak afgerond"),
        (WRITES["effect"], "effect vastgelegd"),
    ],
    ids=["deelnemer", "agendapunt", "afspraak afronden", "effect"],
)
def test_every_write_is_in_the_audit_log(demo_copy, write, action):
    write(demo_copy, PROFESSIONAL)
    assert demo_copy.scalar("SELECT count(*) FROM audit_log WHERE action = ?", [action]) == 1


# --- participants ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "name"), [("bewoner", "Truus"), ("bewoner", None), ("professional", "Sanne de Wit"), ("student", "")]
)
def test_a_participant_is_recorded_by_role_with_or_without_a_name(demo_copy, role, name):
    participant_id = meetings.add_participant(demo_copy, PROFESSIONAL, meeting_id="B3", role=role, name=name)
    found = _by_id(meetings.participants(demo_copy, PROFESSIONAL, "B3"))[participant_id]
    assert (found["role"], found["name"]) == (role, name or None)


@pytest.mark.parametrize(
    ("role", "name", "message"),
    [
        ("bewoner", "Truus de Vries", "alleen met de voornaam"),
        ("professional", "06-12345678", "geen telefoonnummer of e-mailadres"),
        ("beleid", "m.verhoef@voorbeeldstad.nl", "geen telefoonnummer of e-mailadres"),
        ("wethouder", "Jan", "Rol 'wethouder' bestaat niet"),
    ],
)
def test_a_participant_that_says_too_much_is_refused_in_dutch(demo_copy, role, name, message):
    with pytest.raises(meetings.MeetingProblem, match=message):
        meetings.add_participant(demo_copy, PROFESSIONAL, meeting_id="B3", role=role, name=name)


def test_participants_are_saved_all_or_none(demo_copy):
    before = len(meetings.participants(demo_copy, PROFESSIONAL, "B3"))
    with pytest.raises(meetings.MeetingProblem):
        meetings.add_participants(demo_copy, PROFESSIONAL, "B3", [("student", "Daan"), ("bewoner", "Truus de Vries")])
    assert len(meetings.participants(demo_copy, PROFESSIONAL, "B3")) == before


@pytest.mark.parametrize(
    ("viewer", "shown"),
    [
        (PROFESSIONAL, {"Truus", "Sanne de Wit"}),
        (MUNICIPALITY, {"Sanne de Wit"}),  # a bewoner's name stays inside the organisation
        (SCREEN, set()),  # the shared screen shows roles, no names
    ],
    ids=lambda value: value.seat if isinstance(value, Viewer) else "",
)
def test_names_of_participants_as_each_role_may_see_them(demo_store, viewer, shown):
    found = meetings.participants(demo_store, viewer, "B1")
    assert len(found) == 7  # everyone counts, named or not
    assert {"Truus", "Sanne de Wit"} & {person["name"] for person in found} == shown


# --- agenda ----------------------------------------------------------------------------------


def test_agenda_items_follow_each_other_in_the_order_they_were_added(demo_copy):
    meeting_id = _meeting(demo_copy)
    for title in ("Opening", "Verhalen", "Afspraken"):
        meetings.add_agenda_item(demo_copy, PROFESSIONAL, meeting_id=meeting_id, title=title)
    found = meetings.agenda(demo_copy, PROFESSIONAL, meeting_id)
    assert [(item["position"], item["title"]) for item in found] == [
        (1, "Opening"),
        (2, "Verhalen"),
        (3, "Afspraken"),
    ]


@pytest.mark.parametrize(
    ("kind", "linked_id", "name"),
    [
        ("programma", "ontmoeten", "Ontmoeten & ontwikkelen"),
        ("uitkomst", "ontmoeten-u1", "Bewoners hebben meer contacten en voelen zich minder alleen"),
        ("verhaal", "V-A036", "Het taalcafé hielp vooral mij"),
        ("indicator", "OU06", "Ouderen die na een jaar nog zelfstandig wonen"),
    ],
)
def test_an_agenda_item_links_to_a_programme_an_outcome_a_story_or_an_indicator(demo_copy, kind, linked_id, name):
    item = meetings.add_agenda_item(
        demo_copy, PROFESSIONAL, meeting_id="B1", title="Bespreken", linked_kind=kind, linked_id=linked_id
    )
    found = _by_id(meetings.agenda(demo_copy, PROFESSIONAL, "B1"))[item]
    assert (found["linked_kind"], found["linked_name"]) == (kind, name)


@pytest.mark.parametrize(
    ("kind", "linked_id", "message"),
    [
        ("uitkomst", "ontmoeten-r1", "Uitkomst 'ontmoeten-r1' bestaat niet"),  # a result, not an outcome
        ("programma", "rvd-dorpen", "Programma 'rvd-dorpen' bestaat niet of valt buiten uw rol"),
        ("verhaal", "V-BESTAAT-NIET", "Verhaal 'V-BESTAAT-NIET' bestaat niet"),
        ("indicator", None, "zowel de soort als"),
        ("thema", "x", "Het agendapunt is niet opgeslagen: gekoppeld soort"),
    ],
)
def test_an_agenda_link_to_something_unknown_or_out_of_sight_is_refused_in_dutch(demo_copy, kind, linked_id, message):
    with pytest.raises(meetings.MeetingProblem, match=message):
        meetings.add_agenda_item(
            demo_copy, PROFESSIONAL, meeting_id="B1", title="Bespreken", linked_kind=kind, linked_id=linked_id
        )


@pytest.mark.parametrize(
    ("viewer", "consent", "shown"),
    [
        (PROFESSIONAL, "gemeente", "Het verhaal van Fatima"),
        (MUNICIPALITY, "gemeente", "Het verhaal van [NAAM]"),
        (MUNICIPALITY, "organisatie", None),  # no consent to travel to the municipality: not even its title
    ],
    ids=["organisation reads the title", "municipality reads the masked title", "municipality without consent"],
)
def test_a_linked_story_is_named_as_the_viewer_may_read_it(demo_copy, viewer, consent, shown):
    _story(demo_copy, "V-TEST", title="Het verhaal van Fatima", masked_title="Het verhaal van [NAAM]", consent=consent)
    meetings.add_agenda_item(
        demo_copy, PROFESSIONAL, meeting_id="B1", title="Bespreken", linked_kind="verhaal", linked_id="V-TEST"
    )
    [name] = [item["linked_name"] for item in meetings.agenda(demo_copy, viewer, "B1") if item["linked_id"] == "V-TEST"]
    assert name == shown


def test_the_municipality_cannot_link_a_story_it_may_not_read(demo_copy):
    _story(demo_copy, "V-TEST", title="Intern", masked_title="Intern", consent="organisatie")
    with pytest.raises(meetings.MeetingProblem, match="valt buiten uw rol"):
        meetings.add_agenda_item(
            demo_copy, MUNICIPALITY, meeting_id="B1", title="Bespreken", linked_kind="verhaal", linked_id="V-TEST"
        )


def test_link_options_offer_only_the_meetings_programme_and_its_outcomes(demo_store):
    assert meetings.link_options(demo_store, PROFESSIONAL, "programma", "ouderen") == {
        "ouderen": "Gezond en gelukkig oud"
    }
    assert set(meetings.link_options(demo_store, PROFESSIONAL, "uitkomst", "ouderen")) == {"ouderen-u1", "ouderen-u2"}


# --- afspraken, besluiten, open questions ---------------------------------------------------


@pytest.mark.parametrize("viewer", [PROFESSIONAL, STEWARD, MUNICIPALITY], ids=lambda viewer: viewer.seat)
def test_the_organisation_and_the_municipality_record_an_open_afspraak(demo_copy, viewer):
    decision_id = meetings.add_decision(
        demo_copy,
        viewer,
        meeting_id="B1",
        kind="afspraak",
        text="Verhalen terugkoppelen",
        owner="teamleider",
        due_on=dt.date(2026, 12, 1),
    )
    found = _by_id(meetings.open_decisions(demo_copy, PROFESSIONAL))[decision_id]
    assert (found["meeting_id"], found["kind"], found["text"], found["owner"]) == (
        "B1",
        "afspraak",
        "Verhalen terugkoppelen",
        "teamleider",
    )


def test_an_afspraak_needs_a_meeting_that_exists(demo_copy):
    with pytest.raises(meetings.InvalidDecision, match="bestaat niet"):
        meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id="B999", kind="afspraak", text="Nergens")


def test_an_afspraak_of_an_unknown_kind_is_refused_in_dutch(demo_copy):
    with pytest.raises(meetings.InvalidDecision, match="niet opgeslagen"):
        meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id="B1", kind="wens", text="Iets")


def test_an_afspraak_is_written_in_the_audit_log(demo_copy):
    decision_id = meetings.add_decision(
        demo_copy, MUNICIPALITY, meeting_id="B1", kind="open_vraag", text="Wie betaalt?"
    )
    assert demo_copy.scalar("SELECT action FROM audit_log WHERE record_id = ?", [decision_id]) == "afspraak vastgelegd"


def test_open_decisions_leave_out_what_was_done_and_put_the_newest_meeting_first(demo_copy):
    older = meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id="B1", kind="afspraak", text="Maart")
    newer = meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id="B2", kind="afspraak", text="Juni")
    found = meetings.open_decisions(demo_copy, PROFESSIONAL)
    ids = [decision["id"] for decision in found]
    held_on = [decision["held_on"] for decision in found]
    assert {"D01", "D02"}.isdisjoint(ids)  # afgerond in the demo
    assert held_on == sorted(held_on, reverse=True)
    assert ids.index(newer) < ids.index(older)


@pytest.mark.parametrize(
    ("today", "overdue"), [(dt.date(2026, 5, 31), False), (dt.date(2026, 6, 1), False), (dt.date(2026, 6, 2), True)]
)
def test_an_open_afspraak_past_its_due_date_is_overdue(demo_store, today, overdue):
    found = _by_id(meetings.open_decisions(demo_store, PROFESSIONAL, today=today))
    assert found["D05"]["overdue"] == overdue  # due 01-06-2026
    assert not found["D04"]["overdue"]  # an open question without a date is never overdue


def test_a_done_afspraak_leaves_the_open_list_and_stays_in_the_meeting(demo_copy):
    meetings.complete_decision(demo_copy, MUNICIPALITY, "D05")
    assert "D05" not in _by_id(meetings.open_decisions(demo_copy, PROFESSIONAL))
    assert _by_id(meetings.decisions(demo_copy, PROFESSIONAL, "B1"))["D05"]["status"] == "afgerond"


@pytest.mark.parametrize(("decision_id", "message"), [("D01", "al afgerond"), ("D999", "bestaat niet")])
def test_completing_a_done_or_unknown_afspraak_is_refused_in_dutch(demo_copy, decision_id, message):
    with pytest.raises(meetings.MeetingProblem, match=message):
        meetings.complete_decision(demo_copy, PROFESSIONAL, decision_id)


# --- Effectenarena ---------------------------------------------------------------------------


def test_an_effect_named_in_the_arena_shows_who_contributes_and_who_gains(demo_copy):
    effect_id = meetings.add_arena_effect(
        demo_copy,
        MUNICIPALITY,
        meeting_id="B2",
        programme_id="ouderen",
        description="Minder valpartijen thuis",
        contributor_id="gemeente",
        beneficiary_id="zorgverzekeraar",
        valence="positief",
        intention="onbedoeld",
    )
    found = _by_id(meetings.arena_effects(demo_copy, PROFESSIONAL, "B2"))[effect_id]
    assert tuple(found[key] for key in ("description", "contributor", "beneficiary", "valence", "intention")) == (
        "Minder valpartijen thuis",
        "Gemeente Voorbeeldstad",
        "Zorgverzekeraar (regio)",
        "positief",
        "onbedoeld",
    )


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"programme_id": "jeugd"}, "ander programma"),
        ({"programme_id": "rvd-dorpen"}, "buiten uw rol"),
        ({"beneficiary_id": "huisarts"}, "Partij 'huisarts' bestaat niet"),
        ({"valence": "neutraal"}, "Het effect is niet opgeslagen: richting"),
        ({"description": " "}, "Het effect is niet opgeslagen: omschrijving"),
    ],
)
def test_an_arena_effect_that_does_not_fit_the_meeting_is_refused_in_dutch(demo_copy, values, message):
    fields = {
        "meeting_id": "B2",
        "programme_id": "ouderen",
        "description": "Minder valpartijen",
        "contributor_id": "gemeente",
        "beneficiary_id": "zorgverzekeraar",
        "valence": "positief",
    } | values
    with pytest.raises((meetings.MeetingProblem, NotAllowed), match=message):
        meetings.add_arena_effect(demo_copy, PROFESSIONAL, **fields)


# --- selection rounds in a meeting ------------------------------------------------------------


def test_a_selection_round_opened_in_a_meeting_is_listed_with_that_meeting(demo_copy):
    meeting_id = _meeting(demo_copy)
    round_id = selection.create_round(
        demo_copy,
        PROFESSIONAL,
        programme_id="ontmoeten",
        level="team",
        title="Ronde in de zaal",
        period_from=dt.date(2026, 1, 1),
        period_to=dt.date(2026, 12, 31),
        meeting_id=meeting_id,
    )
    assert list(selection.rounds(demo_copy, PROFESSIONAL, Filters(), meeting_id=meeting_id)["id"]) == [round_id]


@pytest.mark.parametrize(
    ("viewer", "programme", "meeting", "message"),
    [
        (PROFESSIONAL, "jeugd", "B1", "ander programma"),
        (PROFESSIONAL, "ontmoeten", "B999", "bestaat niet of valt buiten uw rol"),
        (OTHER_ORGANISATION, "rvd-dorpen", "B3", "bestaat niet of valt buiten uw rol"),
    ],
)
def test_a_round_cannot_be_opened_in_a_meeting_it_does_not_belong_to(demo_copy, viewer, programme, meeting, message):
    with pytest.raises(selection.RoundProblem, match=message):
        selection.create_round(
            demo_copy,
            viewer,
            programme_id=programme,
            level="team",
            title="Ronde",
            period_from=dt.date(2026, 1, 1),
            period_to=dt.date(2026, 12, 31),
            meeting_id=meeting,
        )


# --- minutes ---------------------------------------------------------------------------------


@pytest.fixture
def held(demo_copy):
    """A meeting that ran: two participants, an agenda item about a story, a round that chose that
    story (named in the organisation's version, masked in the municipality's), an effect,
    an afspraak and an open question."""
    store = demo_copy
    _story(store, "V-TEST", title="Het verhaal van Fatima", masked_title="Het verhaal van [NAAM]", consent="gemeente")
    meeting_id = _meeting(store)
    meetings.add_participants(
        store, PROFESSIONAL, meeting_id, [("beleid", "Marieke Verhoef"), ("bewoner", "Truus"), ("bewoner", None)]
    )
    meetings.add_agenda_item(
        store, PROFESSIONAL, meeting_id=meeting_id, title="Verhalen lezen", linked_kind="verhaal", linked_id="V-TEST"
    )
    round_id = selection.create_round(
        store,
        PROFESSIONAL,
        programme_id="ontmoeten",
        level="team",
        title="Ronde in de zaal",
        period_from=dt.date(2026, 10, 1),
        period_to=dt.date(2026, 10, 1),
        meeting_id=meeting_id,
    )
    selection.shortlist(store, PROFESSIONAL, round_id, ["V-TEST"])
    selection.vote(store, PROFESSIONAL, round_id, "V-TEST", voter="beleid", score=5)
    selection.close_round(
        store,
        PROFESSIONAL,
        round_id,
        selected=["V-TEST"],
        reasons="Zij vond zelf de weg terug.",
        dissent="Eén lid twijfelde.",
    )
    meetings.add_arena_effect(
        store,
        PROFESSIONAL,
        meeting_id=meeting_id,
        programme_id="ontmoeten",
        description="Minder eenzaamheid",
        contributor_id="wvs",
        beneficiary_id="bewoners",
        valence="positief",
    )
    meetings.add_decision(
        store,
        PROFESSIONAL,
        meeting_id=meeting_id,
        kind="afspraak",
        text="Vertellers bellen",
        owner="teamleider ontmoeten",
        due_on=dt.date(2026, 12, 1),
    )
    meetings.add_decision(store, PROFESSIONAL, meeting_id=meeting_id, kind="open_vraag", text="Wie betaalt mee?")
    return store, meeting_id


def test_the_minutes_hold_everything_the_meeting_recorded(held):
    store, meeting_id = held
    record = meetings.minutes(store, PROFESSIONAL, meeting_id)
    assert record.meeting["title"] == "Wat leren de verhalen ons?"
    assert record.participants == [("beleid", ["Marieke Verhoef"]), ("bewoner", ["Truus", None])]
    assert [(item["title"], item["linked_name"]) for item in record.agenda] == [
        ("Verhalen lezen", "Het verhaal van Fatima")
    ]
    assert [(held.title, held.chosen, held.reasons, held.dissent) for held in record.rounds] == [
        ("Ronde in de zaal", ["Het verhaal van Fatima"], "Zij vond zelf de weg terug.", "Eén lid twijfelde.")
    ]
    assert [(effect["contributor"], effect["beneficiary"]) for effect in record.arena] == [
        ("Welzijn Voorbeeldstad", "Bewoners en hun netwerk")
    ]
    assert [(row["text"], row["owner"], row["due_on"]) for row in record.decisions] == [
        ("Vertellers bellen", "teamleider ontmoeten", dt.date(2026, 12, 1))
    ]
    assert [row["text"] for row in record.open_questions] == ["Wie betaalt mee?"]


def test_minutes_of_a_meeting_out_of_sight_are_refused_in_dutch(held):
    store, meeting_id = held
    with pytest.raises(meetings.MeetingProblem, match="valt buiten uw rol"):
        meetings.minutes(store, OTHER_MUNICIPALITY, meeting_id)


@pytest.mark.parametrize(
    ("viewer", "present", "absent"),
    [
        (PROFESSIONAL, ["Het verhaal van Fatima", "Truus", "Marieke Verhoef", "1 zonder naam"], ["[NAAM]"]),
        (MUNICIPALITY, ["Het verhaal van \\[NAAM\\]", "Marieke Verhoef"], ["Fatima", "Truus"]),
        (SCREEN, ["Het verhaal van \\[NAAM\\]", "**Bewoner** (2)"], ["Fatima", "Truus", "Marieke"]),
    ],
    ids=lambda value: value.seat if isinstance(value, Viewer) else "",
)
def test_the_markdown_minutes_show_what_the_role_may_see(held, viewer, present, absent):
    store, meeting_id = held
    text = meetings.minutes_markdown(meetings.minutes(store, viewer, meeting_id))
    for expected in ["Vertellers bellen", "teamleider ontmoeten", "01-12-2026", "Wie betaalt mee?", *present]:
        assert expected in text
    for hidden in absent:
        assert hidden not in text


def test_the_markdown_minutes_are_in_english_when_asked(held):
    store, meeting_id = held
    text = meetings.minutes_markdown(meetings.minutes(store, PROFESSIONAL, meeting_id), "en")
    assert "## Agreements and decisions" in text and "**Agreement** (open): Vertellers bellen" in text


def test_user_text_full_of_markup_shows_literally_in_the_markdown_minutes(demo_copy):
    meeting_id = _meeting(demo_copy, title=MARKUP, summary=f"{MARKUP}\n# geen kop\n- geen lijst")
    meetings.add_participant(
        demo_copy, PROFESSIONAL, meeting_id=meeting_id, role="professional", name="<img src=x onerror=alert(x)>"
    )
    meetings.add_decision(
        demo_copy,
        PROFESSIONAL,
        meeting_id=meeting_id,
        kind="afspraak",
        text=MARKUP,
        owner="[iemand](https://voorbeeld.invalid)",
    )
    text = meetings.minutes_markdown(meetings.minutes(demo_copy, PROFESSIONAL, meeting_id))
    rendered = MarkdownIt("gfm-like").render(text)
    tags = set(re.findall(r"<(\w+)", rendered))
    assert tags <= {"h1", "h2", "ul", "ol", "li", "p", "strong", "em", "br", "hr"}  # our own layout only
    assert rendered.count("<h1>") == 1 and "<code>" not in rendered and "<a " not in rendered
    shown = rendered.replace("\u2060", "")
    assert "Titel &lt;b&gt;vet&lt;/b&gt; [link](https://voorbeeld.invalid) **sterk** _schuin_ `code` # kop" in shown
    assert "&lt;img src=x onerror=alert(x)&gt;" in shown and "# geen kop" in shown


def _pdf_text(data: bytes) -> str:
    """The text a reader of the PDF sees, on one line (table cells wrap)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


TEAM_REASON = "Zij vond zelf de weg terug."


@pytest.mark.parametrize(
    ("viewer", "present", "absent"),
    [
        (PROFESSIONAL, ["Het verhaal van Fatima", "Truus, 1 zonder naam", "Marieke Verhoef", TEAM_REASON], ["[NAAM]"]),
        # A team round is the organisation's own: its reasons stay inside.
        (MUNICIPALITY, ["Het verhaal van [NAAM]", "Marieke Verhoef"], ["Fatima", "Truus", TEAM_REASON]),
        (SCREEN, ["Het verhaal van [NAAM]", "Bewoner 2"], ["Fatima", "Truus", "Marieke", TEAM_REASON]),
    ],
    ids=lambda value: value.seat if isinstance(value, Viewer) else "",
)
def test_the_pdf_minutes_show_what_the_role_may_see(held, viewer, present, absent):
    store, meeting_id = held
    text = _pdf_text(meetings.minutes_pdf(meetings.minutes(store, viewer, meeting_id)))
    for expected in [
        "Verslag",
        "Wat leren de verhalen ons?",
        "Deelnemers",
        "Beleid",
        "Bewoner",
        "Vertellers bellen",
        "teamleider ontmoeten",
        "01-12-2026",
        "Wie betaalt mee?",
        "Welzijn Voorbeeldstad",
        "Bewoners en hun netwerk",
        *present,
    ]:
        assert expected in text
    for hidden in absent:
        assert hidden not in text


def test_the_pdf_minutes_are_in_english_when_asked(held):
    store, meeting_id = held
    text = _pdf_text(meetings.minutes_pdf(meetings.minutes(store, PROFESSIONAL, meeting_id), "en"))
    assert "Agreements and decisions" in text and "Agreement Vertellers bellen" in text


def test_user_text_full_of_markup_prints_literally_in_the_pdf_minutes(demo_copy):
    meeting_id = _meeting(demo_copy, title=MARKUP)
    meetings.add_decision(demo_copy, PROFESSIONAL, meeting_id=meeting_id, kind="afspraak", text="<b>vet</b> &amp; <i>")
    data = meetings.minutes_pdf(meetings.minutes(demo_copy, PROFESSIONAL, meeting_id))
    text = _pdf_text(data)
    assert "Titel <b>vet</b> [link](https://voorbeeld.invalid)" in text and "<b>vet</b> &amp; <i>" in text
    assert not any("/Annots" in page for page in PdfReader(io.BytesIO(data)).pages)  # no link was made
