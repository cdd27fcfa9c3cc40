"""Every page renders on the demo database without an exception (AppTest, no browser)."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"


@pytest.fixture
def app(demo_db, monkeypatch):
    monkeypatch.setenv("IMPACT_DB", str(demo_db))

    def start(**query: str) -> AppTest:
        test = AppTest.from_file(str(APP), default_timeout=30)
        test.query_params.update(query)
        return test.run()

    return start


def _text(test: AppTest) -> str:
    return " ".join(str(element.value) for kind in ("markdown", "header", "title", "caption", "info")
                    for element in getattr(test, kind))


def test_dialogue_table_shows_the_three_tracks(app):
    test = app()
    assert not test.exception
    assert [header.value for header in test.header] == ["Doelmatigheid", "Betekenisgeving", "Vakmanschap"]
    assert len(test.get("plotly_chart")) == 4


def test_dialogue_table_opens_the_programme_named_in_the_url(app):
    test = app(programma="jeugd")
    assert test.title[0].value == "Perspectief voor kinderen en jongeren (0-27 jaar)"
    assert test.query_params["programma"] == "jeugd"


def test_dialogue_table_speaks_english_when_asked(app):
    test = app(taal="en")
    assert [header.value for header in test.header] == ["Effectiveness", "Meaning", "Craft"]


def test_choosing_another_programme_puts_it_in_the_url(app):
    test = app()
    test.selectbox(key="programma").set_value("wijk").run()
    assert test.query_params["programma"] == "wijk"
    assert test.title[0].value == "Wijk- en buurtgerichte aanpak"


def test_the_municipality_sees_no_pseudonym_of_a_professional(app):
    test = app(rol="gemeente", programma="jeugd")
    assert not test.exception
    assert "(" not in " ".join(caption.value for caption in test.caption if "·" in caption.value)


def test_about_page_explains_the_tracks(app):
    test = app()
    test.switch_page("pages/about.py").run()
    assert not test.exception
    assert "Most Significant Change" in _text(test)
