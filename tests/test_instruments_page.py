"""The outcome instruments on the pages (AppTest on the demo database): the spider web with its
sentence and figures, who moved up, stayed or down, the Positieve Gezondheid caveat, small groups
left out for the municipality, and never a participant's code on screen."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from impact_core.models import Instrument
from tests.page_helpers import page_starter, page_text, shown

PARTICIPANT_CODE = r"\b(WB|GO|RD)-\d{4}\b"


@pytest.fixture
def app(demo_db, monkeypatch):
    return page_starter(demo_db, monkeypatch)


def _moved_tables(test: AppTest) -> list[pd.DataFrame]:
    return [frame.value for frame in test.dataframe if "▲ vooruit" in frame.value.columns]


def _caption_lines(test: AppTest) -> list[str]:
    """Each line of the page's captions: the dialogue table sums its instruments up in one caption."""
    return [line.strip() for caption in test.caption for line in shown(caption.value).split("\n")]


def _all_text(test: AppTest) -> str:
    frames = " ".join(frame.value.to_csv() for frame in test.dataframe)
    return page_text(test) + " " + frames + " " + " ".join(str(chart.proto.spec) for chart in test.get("plotly_chart"))


@pytest.mark.parametrize("seat", ["professional@wvs", "gemeente@GM9901"])
def test_the_trends_page_draws_the_zrm_web_and_who_moved(app, seat):
    test = app("pages/trends.py", programma="wijk", rol=seat)
    assert not test.exception
    text = page_text(test)
    assert "Uitkomstinstrumenten" in text
    assert "Zelfredzaamheid-Matrix · Wijk- en buurtgerichte aanpak" in text
    assert "Spinnenweb van de Zelfredzaamheid-Matrix bij Wijk- en buurtgerichte aanpak" in text
    (moved,) = _moved_tables(test)
    assert len(moved) == 13
    justitie = moved[moved["Domein"] == "justitie"].iloc[0]
    outside = seat.startswith("gemeente")
    # Six participants are scored on justitie: the municipality sees <10, the organisation the figures.
    assert (justitie["Deelnemers"] == "<10") is outside
    assert ("Weggelaten, want minder dan 10 deelnemers: justitie." in text) is outside
    financien = moved[moved["Domein"] == "financiën"].iloc[0]
    assert financien["▲ vooruit"] == "79% (11)" and financien["▼ achteruit"] == "0% (0)"
    assert test.get("plotly_chart")
    assert "Positieve Gezondheid is een hulpmiddel" not in text  # the caveat belongs to PG


def test_positieve_gezondheid_carries_its_caveat_and_no_person(app):
    test = app("pages/trends.py", programma="ouderen", rol="professional@wvs")
    assert not test.exception
    text = page_text(test)
    assert "Positieve Gezondheid is een hulpmiddel voor het gesprek met een bewoner, geen meetlat." in text
    assert "nooit met elkaar vergeleken of gerangschikt" in text
    (moved,) = _moved_tables(test)
    assert list(moved["Domein"]) == [
        "lichaamsfuncties",
        "mentaal welbevinden",
        "zingeving",
        "kwaliteit van leven",
        "meedoen",
        "dagelijks functioneren",
    ]


@pytest.mark.parametrize(
    ("page", "programme", "seat"),
    [
        ("pages/trends.py", "ouderen", "professional@wvs"),
        ("pages/trends.py", "wijk", "beheer@wvs"),
        ("pages/trends.py", "wijk", "gemeente@GM9901"),
        ("pages/dialoogtafel.py", "wijk", "professional@wvs"),
    ],
)
def test_no_participant_code_is_ever_on_screen(app, page, programme, seat):
    test = app(page, programma=programme, rol=seat)
    assert not test.exception
    assert not re.search(PARTICIPANT_CODE, _all_text(test))


def test_a_small_group_shows_no_figures_to_its_municipality(app):
    test = app("pages/trends.py", programma="rvd-dorpen", rol="gemeente@GM9902")
    assert not test.exception
    assert "Minder dan 10 deelnemers: de cijfers blijven weg" in page_text(test)
    assert not _moved_tables(test)


def test_the_summary_line_speaks_english(app):
    # AppTest loses the language when it switches page; the dialogue table is the first page.
    test = app("pages/dialoogtafel.py", programma="ouderen", rol="professional@wvs", taal="en")
    assert not test.exception
    lines = [line for line in _caption_lines(test) if "Positive Health:" in line]
    assert lines == ["Positive Health: 12 participants; on 6 domains 29× up, 24× same, 19× down."]


def test_the_dialogue_table_sums_the_instruments_up_in_one_line(app):
    test = app("pages/dialoogtafel.py", programma="wijk", rol="gemeente@GM9901")
    assert not test.exception
    lines = [line for line in _caption_lines(test) if "Zelfredzaamheid-Matrix:" in line]
    assert lines == ["Zelfredzaamheid-Matrix: 14 deelnemers; op 12 domeinen 103× vooruit, 51× gelijk, 14× achteruit."]


def test_an_outcome_chosen_narrows_the_summary_to_the_domains_linked_to_it(app):
    test = app("pages/dialoogtafel.py", programma="wijk", uitkomst="wijk-u1", rol="gemeente@GM9901")
    assert not test.exception
    lines = [line for line in _caption_lines(test) if "Zelfredzaamheid-Matrix:" in line]
    assert lines == ["Zelfredzaamheid-Matrix: 14 deelnemers; op 1 domein 11× vooruit, 3× gelijk, 0× achteruit."]


# --- one measurement entered by form, below the panels ---------------------------------------------


@pytest.fixture
def own_app(demo_copy, monkeypatch):
    """The app on a database of this test's own: the form writes to it."""
    path = demo_copy.location
    demo_copy.close()
    start = page_starter(path, monkeypatch)
    start.path = path  # type: ignore[attr-defined]
    return start


def _save(test: AppTest) -> AppTest:
    return next(button for button in test.button if button.label == "Meting opslaan").click().run()


def _scores_of(path, participant: str) -> list[tuple]:
    """What the database holds, read through the app's own connection to the file."""
    from impact_core.db.store import open_store

    rows = open_store(path).rows(
        "SELECT CAST(measured_on AS VARCHAR) AS day, domain, score FROM instrument_score WHERE participant = ?"
        " ORDER BY ALL",
        [participant],
    )
    return [(row["day"], row["domain"], row["score"]) for row in rows]


def test_a_saved_measurement_is_confirmed_and_the_panel_counts_the_participant(own_app):
    import datetime as dt

    test = own_app("pages/trends.py", programma="wijk", rol="professional@wvs")
    assert "14 deelnemers met twee metingen of meer" in page_text(test)
    for day, score in ((dt.date(2025, 2, 3), 2), (dt.date(2025, 9, 1), 4)):
        test.text_input(key="instrument_form_participant").input("DN-0042")
        test.date_input(key="instrument_form_date").set_value(day)
        test.selectbox(key="instrument_form_financien").set_value(score)
        _save(test)
        assert not test.exception and not test.error
        assert "Opgeslagen: 1 score op de Zelfredzaamheid-Matrix." in page_text(test)
    assert "15 deelnemers met twee metingen of meer" in page_text(test)
    assert test.text_input(key="instrument_form_participant").value == ""  # ready for the next participant
    assert _scores_of(own_app.path, "DN-0042") == [("2025-02-03", "financien", 2), ("2025-09-01", "financien", 4)]


def test_a_wrong_measurement_names_each_field_in_dutch_keeps_what_was_typed_and_saves_nothing(own_app):
    test = own_app("pages/trends.py", programma="wijk", rol="professional@wvs")
    test.text_input(key="instrument_form_participant").input("111222333")  # a BSN
    _save(test)
    assert not test.exception and not test.success
    (error,) = [shown(element.value) for element in test.error]
    assert error.startswith("De meting is niet opgeslagen:")
    assert "- Code van de deelnemer: bevat een BSN of rijksregisternummer" in error
    assert "- geen enkel domein is ingevuld; geef minstens één score" in error
    assert "111222333" not in error
    assert test.text_input(key="instrument_form_participant").value == "111222333"
    assert _scores_of(own_app.path, "111222333") == []


def test_the_positieve_gezondheid_form_says_it_is_a_conversation_aid(app):
    test = app("pages/trends.py", programma="ouderen", rol="professional@wvs")
    assert "hulpmiddel voor het gesprek met de deelnemer" not in page_text(test)  # the ZRM's form has no such note
    test.radio(key="instrument_form_instrument").set_value(Instrument.POSITIEVE_GEZONDHEID).run()
    assert not test.exception
    assert "Positieve Gezondheid is een hulpmiddel voor het gesprek met de deelnemer, geen meetlat." in page_text(test)
    domains = {box.label for box in test.selectbox if box.key and box.key.startswith("instrument_form_")}
    assert domains == {"Programma van de meting", "lichaamsfuncties", "mentaal welbevinden", "zingeving",
                       "kwaliteit van leven", "meedoen", "dagelijks functioneren"}  # fmt: skip
    assert test.selectbox(key="instrument_form_meedoen").options == [str(score) for score in range(11)]


@pytest.mark.parametrize(
    "query",
    [
        {"rol": "gemeente@GM9901"},
        {"rol": "presentatie@GM9901"},
        {"rol": "professional@wvs", "presentatie": "1"},  # the organisation's own seat on the shared screen
    ],
)
def test_whoever_may_not_record_scores_sees_no_form(app, query):
    test = app("pages/trends.py", programma="wijk", **query)
    assert not test.exception
    assert "Een meting invoeren" not in page_text(test)
    assert not [element for element in test.text_input if element.key == "instrument_form_participant"]
    assert not [button for button in test.button if button.label == "Meting opslaan"]
