"""Corrections on the pages (AppTest): a meeting's records are changed or withdrawn with a reason,
the history and the minutes show it, and the shared screen reads it but cannot correct."""

import datetime as dt

import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.db.store import Store
from tests.test_pages import _labelled, _meetings_page, _starter, _text

NEWEST_MEETING = "SELECT id FROM meeting ORDER BY held_on DESC, id LIMIT 1"


def _first(database, sql: str) -> str:
    store = Store(database)  # its own connection: the app in this process keeps its own
    try:
        return store.scalar(sql)
    finally:
        store.close()


@pytest.fixture
def correcting(demo_file, monkeypatch):
    """The meetings page on a database of this test's own, at the newest meeting's Corrigeren tab."""

    def open_tab(**query: str):
        return _meetings_page(_starter(demo_file, monkeypatch), "Corrigeren", **query)

    return open_tab


def _correction_field(elements, label: str):
    """The field of the correction form: it comes after the new-meeting form, which has a 'Titel' too."""
    return [element for element in elements if element.label.removesuffix(" *") == label][-1]


def _decision_of_newest_meeting(database) -> str:
    return _first(database, f"SELECT id FROM decision WHERE meeting_id = ({NEWEST_MEETING}) ORDER BY id LIMIT 1")


def test_an_owner_corrected_on_the_page_shows_in_the_history_and_the_minutes(correcting, demo_file):
    decision_id = _decision_of_newest_meeting(demo_file)
    test = correcting()
    test.selectbox(key="correction_of").set_value(f"decision:{decision_id}").run()
    _labelled(test.text_input, "Wie pakt het op").input("buurtcoach Noord")
    _labelled(test.text_area, "Reden van de correctie").input("Overgedragen aan de buurtcoach")
    _labelled(test.button, "Correctie opslaan").click().run()
    assert not test.exception
    assert "Vastgelegd." in [success.value for success in test.success]
    assert "naar “buurtcoach Noord”. Reden: Overgedragen aan de buurtcoach" in " ".join(t.value for t in test.text)
    test.session_state["meeting_part"] = "Verslag"
    assert "Overgedragen aan de buurtcoach" in _text(test.run())


def test_a_withdrawn_agenda_item_stays_on_the_agenda_marked(correcting, demo_file):
    item = _first(demo_file, f"SELECT id FROM agenda_item WHERE meeting_id = ({NEWEST_MEETING}) ORDER BY position")
    test = correcting()
    test.selectbox(key="correction_of").set_value(f"agenda_item:{item}").run()
    _labelled(test.checkbox, "Laten vervallen").check()
    _labelled(test.text_area, "Reden van de correctie").input("Schuift door naar januari")
    _labelled(test.button, "Correctie opslaan").click().run()
    assert not test.exception
    test.session_state["meeting_part"] = "Deelnemers en agenda"
    test.run()
    assert any(text.value.endswith("(vervallen)") for text in test.text)


def test_a_correction_without_a_reason_is_refused_in_dutch_and_nothing_is_stored(correcting, demo_file):
    test = correcting()
    _correction_field(test.text_input, "Titel of vraag van de bijeenkomst").input("Een andere titel")
    _labelled(test.button, "Correctie opslaan").click().run()
    assert [error.value for error in test.error] == [
        "Schrijf op waarom u dit corrigeert; de reden komt in het verslag."
    ]
    assert _first(demo_file, "SELECT count(*) FROM correction") == 0


def test_the_shared_screen_reads_the_history_but_is_offered_no_correction(correcting):
    test = correcting()
    _correction_field(test.text_input, "Titel of vraag van de bijeenkomst").input("Wie bepaalt samen wat we meten?")
    _labelled(test.text_area, "Reden van de correctie").input("Zo heette de bijeenkomst in de uitnodiging")
    _labelled(test.button, "Correctie opslaan").click().run()
    screen = correcting(rol="presentatie@GM9901")
    assert not [button for button in screen.button if button.label == "Correctie opslaan"]
    assert "Zo heette de bijeenkomst in de uitnodiging" in " ".join(t.value for t in screen.text)


def test_a_municipality_round_without_votes_is_withdrawn_on_the_rounds_page(demo_file, monkeypatch):
    store = Store(demo_file)
    round_id = selection.create_round(
        store,
        Viewer.from_seat("gemeente@GM9901"),
        programme_id="wijk",
        level="gemeente",
        title="Lege gemeenteronde",
        period_from=dt.date(2026, 1, 1),
        period_to=dt.date(2026, 12, 31),
    )
    store.close()
    test = _starter(demo_file, monkeypatch)(programma="wijk", rol="gemeente@GM9901")
    test.switch_page("pages/selectierondes.py").run()
    test.selectbox(key="round_id").set_value(round_id).run()
    _labelled(test.text_area, "Reden van de correctie").input("Per ongeluk geopend")
    _labelled(test.button, "Ronde intrekken").click().run()
    assert not test.exception
    assert round_id not in test.selectbox(key="round_id").options
    assert any("Per ongeluk geopend" in caption.value for caption in test.caption)
