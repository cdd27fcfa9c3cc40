"""Peers on the pages (AppTest on the demo, which has read six fictional peer files): the band on
the Trends page with its sentence, the plain sentence where too few organisations published, the
dialogue table's line, the steward's preview and publication, and no view naming a peer."""

from __future__ import annotations

import json
import os

import pytest
from streamlit.testing.v1 import AppTest

from impact_core.access.viewer import Viewer
from impact_core.config import DEMO_SOURCES
from impact_core.db.store import Store, open_store
from impact_core.doelmatigheid import peers
from tests.page_helpers import page_starter, page_text
from tests.test_peers import peer_zip

DEMO_PUBLISHERS = [
    json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["uitgever"]
    for folder in (DEMO_SOURCES / "vergelijking").iterdir()
]
HOSTILE_PUBLISHER = "stichtingbuurman01"
HOSTILE_NAME = "Stichting Buurman"


def read_hostile_peer_file(store: Store) -> None:
    """One more peer file, read by the demo's wvs steward, whose manifest names its organisation
    (the file should not): whatever reaches a view of it must not."""
    hostile = peer_zip(
        [["W02", "2025-01-01", "50.0", "40"]],
        publisher=HOSTILE_PUBLISHER,
        indicatoren=[
            {
                "id": "W02",
                "naam": f"Schuldsignalen bij {HOSTILE_NAME}",
                "eenheid": "%",
                "aggregatie": "gemiddelde",
                "richting": "hoger_beter",
            }
        ],
    )
    assert peers.read_peer_file(store, Viewer.from_seat("beheer@wvs"), f"{HOSTILE_NAME}.zip", hostile).ok


@pytest.fixture
def app(demo_file, monkeypatch):
    """The demo with the hostile peer file read."""
    store = Store(demo_file)
    try:
        read_hostile_peer_file(store)
    finally:
        store.close()
    return page_starter(demo_file, monkeypatch, timeout=90)


def _everything(test: AppTest) -> str:
    frames = " ".join(frame.value.to_csv() for frame in test.dataframe)
    charts = " ".join(str(chart.proto.spec) for chart in test.get("plotly_chart"))
    code = " ".join(str(block.value) for block in test.code)
    return f"{page_text(test)} {frames} {charts} {code}"


def test_the_trends_page_draws_the_organisation_against_the_band_of_others(app):
    test = app("pages/trends.py", programma="wijk", rol="beheer@wvs")
    assert not test.exception
    text = page_text(test)
    assert "Vergelijking met andere organisaties" in text
    assert "Huishoudens met stabiele financiën na zes maanden: in okt 2026" in text
    assert "de middelste helft van 6 andere organisaties zat tussen" in text
    (table,) = [frame.value for frame in test.dataframe if "Middelste helft" in frame.value.columns]
    assert set(table.columns) == {"Maand", "Uw organisatie", "Mediaan", "Middelste helft", "Andere organisaties"}


def test_an_indicator_too_few_organisations_published_gets_a_sentence_not_a_band(app):
    test = app("pages/trends.py", programma="wijk", rol="beheer@wvs")
    test.selectbox(key="trend_indicator").set_value("W06").run()
    assert not test.exception
    assert "Te weinig andere organisaties publiceerden deze indicator" in page_text(test)
    assert not [frame for frame in test.dataframe if "Middelste helft" in frame.value.columns]


def test_months_with_fewer_than_five_others_are_named_and_left_without_a_band(app):
    test = app("pages/trends.py", programma="wijk", rol="beheer@wvs")
    test.selectbox(key="trend_indicator").set_value("W02").run()
    assert "In 2 maanden publiceerden minder dan 5 andere organisaties: daar staat geen band." in page_text(test)


def test_the_dialogue_table_says_where_the_programme_stands_against_others(app):
    test = app("pages/dialoogtafel.py", programma="wijk", rol="presentatie@GM9901")
    assert not test.exception
    assert (
        "Naast andere organisaties (aug 2026, 6 organisaties): Schuldsignalen binnen twee weken opgepakt"
        in page_text(test)
    )


@pytest.mark.parametrize(
    ("page", "seat"),
    [
        ("pages/trends.py", "beheer@wvs"),
        ("pages/trends.py", "gemeente@GM9901"),
        ("pages/trends.py", "presentatie@GM9901"),
        ("pages/dialoogtafel.py", "presentatie@GM9901"),
        ("pages/dialoogtafel.py", "professional@wvs"),
        ("pages/gegevens.py", "beheer@wvs"),
    ],
)
def test_no_view_names_another_organisation_or_its_publisher_id(app, page, seat):
    test = app(page, programma="wijk", rol=seat)
    assert not test.exception
    shown = _everything(test)
    for secret in [*DEMO_PUBLISHERS, HOSTILE_PUBLISHER, HOSTILE_NAME, "Buurtkracht Rivierdorp", "organisatie-1"]:
        assert secret not in shown


def test_the_steward_sees_exactly_what_will_be_published_then_publishes(app):
    test = app("pages/gegevens.py", rol="beheer@wvs")
    assert "Publiceren voor vergelijking" in page_text(test)
    test.multiselect(key="peers_publish_choice").set_value(["W02", "W03"]).run()
    (preview,) = [frame.value for frame in test.dataframe if list(frame.value.columns) == list(peers.COLUMNS)]
    assert set(preview["indicator"]) == {"W02", "W03"}
    assert (preview["aantal_mensen"] >= 10).all()
    test.button(key="peers_publish").click().run()
    assert not test.exception
    assert "Gepubliceerd en vastgelegd in het logboek." in page_text(test)
    assert len(test.get("download_button")) >= 1
    # The app's own connection: DuckDB lets one process hold the file once.
    store = open_store(os.environ["IMPACT_DB"])
    assert store.scalar("SELECT count(*) FROM audit_log WHERE action = 'publish_for_peers'") == 1


@pytest.mark.parametrize("seat", ["professional@wvs", "gemeente@GM9901"])
def test_only_the_steward_gets_the_publishing_controls(app, seat):
    test = app("pages/gegevens.py", rol=seat)
    assert not test.exception
    assert "Publiceren voor vergelijking" not in page_text(test)
    assert not [widget for widget in test.multiselect if widget.key == "peers_publish_choice"]


def test_the_dossier_says_where_the_programme_stands_against_others_and_names_none(demo_store):
    from impact_core.samen.dossier import content
    from impact_core.samen.dossier.pdf import dossier_pdf
    from tests.test_dossier import pdf_text

    dossier = content.build(demo_store, Viewer.from_seat("professional@wvs"), "wijk")
    assert [compared.indicator_id for compared in dossier.peers] == ["W02", "W03"]  # W06: three peers, no line
    text = pdf_text(dossier_pdf(dossier, "nl"))
    assert peers.summary_text(dossier.peers[0]) in text
    for secret in DEMO_PUBLISHERS:
        assert secret not in text
