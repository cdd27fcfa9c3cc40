"""The shared screen draws no editing controls, but takes the panel's votes in a municipality round (AppTest)."""

from impact_core.db.store import Store
from tests.test_pages import _starter
from tests.test_selection import _municipality_round


def test_the_shared_screen_still_draws_the_ballot_of_an_open_municipality_round(demo_file, monkeypatch):
    store = Store(demo_file)
    try:
        round_id, stories = _municipality_round(store)
    finally:
        store.close()
    test = _starter(demo_file, monkeypatch)(presentatie="1", programma="jeugd")
    test.switch_page("pages/selectierondes.py").run()
    test.selectbox(key="round_id").select(round_id).run()
    assert not test.exception
    assert [button.label for button in test.get("form_submit_button")] == ["Stemmen opslaan"]
    assert len(test.slider) == len(stories)


def test_the_shared_screen_offers_no_new_round(demo_file, monkeypatch):
    test = _starter(demo_file, monkeypatch)(presentatie="1", programma="jeugd", rol="gemeente@GM9901")
    test.switch_page("pages/selectierondes.py").run()
    assert not test.exception
    assert not test.get("form")
