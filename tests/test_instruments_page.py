"""The outcome instruments on the pages (AppTest on the demo database): the spider web with its
sentence and figures, who moved up, stayed or down, the Positieve Gezondheid caveat, small groups
left out for the municipality, and never a participant's code on screen."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

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
