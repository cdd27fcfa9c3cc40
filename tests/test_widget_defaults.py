"""A choice the app sets from Python (from a link, a kept choice) is also the widget's default.

The browser learns such a value only in the run that sets it. When it draws the widget afresh in
a later run, it sends the widget's default back as the user's choice; with the first option as
default, the sidebar's seat, programme and period fell back to their first options in about a
third of the browser runs around a rerun. These tests read the default the browser receives."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"
LINK = {
    "rol": "gemeente@GM9901",
    "niveau": "preventie",
    "programma": "jeugd",
    "uitkomst": "jeugd-u3",
    "wijk": "BU99010102,BU99010201",
    "van": "2024-03",
    "tot": "2024-09",
}


@pytest.fixture
def linked(demo_db, monkeypatch) -> AppTest:
    """The app opened from a colleague's link that sets every choice in the sidebar."""
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    test = AppTest.from_file(str(APP), default_timeout=30)
    test.query_params.update(LINK)
    return test.run()


def _index(widget, value: str) -> int:
    return list(widget.proto.options).index(widget.format_func(value))


@pytest.mark.parametrize("key", ["rol", "niveau", "programma", "uitkomst", "van", "tot"])
def test_a_sidebar_choice_from_a_link_is_also_its_default(linked, key):
    widget = linked.selectbox(key=key)
    assert widget.value == LINK[key]
    assert widget.proto.default == _index(widget, LINK[key]) != 0


def test_the_neighbourhoods_from_a_link_are_also_their_default(linked):
    widget = linked.multiselect(key="wijk")
    assert widget.value == LINK["wijk"].split(",")
    assert list(widget.proto.default) == [_index(widget, code) for code in LINK["wijk"].split(",")]


def test_the_language_from_a_link_is_also_its_default(demo_db, monkeypatch):
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    test = AppTest.from_file(str(APP), default_timeout=30)
    test.query_params["taal"] = "en"
    test.run()
    switch = test.button_group(key="taal")
    assert [switch.proto.options[index].content for index in switch.proto.default] == ["EN"]


def test_a_changed_seat_is_the_default_of_the_next_run(linked):
    linked.selectbox(key="rol").set_value("professional@wvs").run()
    widget = linked.selectbox(key="rol")
    assert widget.proto.default == _index(widget, "professional@wvs")
