"""Comparison with peers: what a published file may hold (never a row about fewer than ten people,
never a name), who may publish, how another organisation's file is checked and stored, and when a
band of other organisations is shown (never for fewer than five)."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impact_core.access.viewer import Viewer
from impact_core.db import measurement_month
from impact_core.db.store import Store
from impact_core.doelmatigheid import peers
from impact_core.filters import Filters
from impact_core.refusal import NotAllowed
from tests.conftest import every_row

ORGANISATION = "Stichting Geheimnaam"
PROGRAMME = "Project Zwaluw"
NEIGHBOURHOODS = {"BU99010001": "Kersenbuurt", "BU99010002": "Appelhof"}
MUNICIPALITY = "Gemeente Vertrouwelijk"
NAMES = [ORGANISATION, PROGRAMME, MUNICIPALITY, *NEIGHBOURHOODS.values(), *NEIGHBOURHOODS, "geheim", "zwaluw"]
STEWARD = Viewer.from_seat("beheer@geheim")
MONTHS = [dt.date(2025, month, 1) for month in range(1, 7)]


def _setup(cur: Any) -> None:
    cur.execute("INSERT INTO municipality VALUES ('GM9901', ?)", [MUNICIPALITY])
    for code, name in NEIGHBOURHOODS.items():
        cur.execute("INSERT INTO neighbourhood VALUES (?, ?, 'GM9901')", [code, name])
    for organisation, name in (("geheim", ORGANISATION), ("ander", "Buurman Welzijn")):
        cur.execute("INSERT INTO organisation VALUES (?, ?, 'GM9901')", [organisation, name])
        cur.execute("INSERT INTO funding VALUES ('GM9901', ?)", [organisation])
    cur.execute(
        "INSERT INTO programme VALUES ('zwaluw', 'geheim', ?, 'preventie', 'alle_bewoners', 'x', ['a'])", [PROGRAMME]
    )
    cur.execute(
        "INSERT INTO programme VALUES ('buur', 'ander', 'Buurprogramma', 'preventie', 'alle_bewoners', 'x', ['a'])"
    )
    # A hostile indicator name: the organisation and a neighbourhood in it.
    cur.execute(
        "INSERT INTO indicator VALUES ('T1', ?, 'd', 'bezoeken', 'som', 'hoger_beter', 'output', 'samen', NULL)",
        [f"Bezoekers bij {ORGANISATION} in Kersenbuurt"],
    )
    cur.execute(
        "INSERT INTO indicator VALUES ('T2', 'Deel tevreden', 'd', '%', 'gemiddelde', 'hoger_beter', 'outcome',"
        " 'samen', NULL)"
    )


@pytest.fixture
def small(empty_store: Store) -> Store:
    empty_store.write(_setup)
    return empty_store


def _measure(store: Store, rows: list[tuple[str, str, dt.date, float, int | None]], programme: str = "zwaluw") -> None:
    def write(cur: Any) -> None:
        cur.execute("DELETE FROM measurement")
        for indicator, neighbourhood, month, value, people in rows:
            cur.execute(
                "INSERT INTO measurement VALUES (?, ?, ?, ?, ?, ?, NULL)",
                [indicator, programme, neighbourhood, month, value, people],
            )
        measurement_month.refresh(cur)  # rows written past insert_frame and the import count their sums

    store.write(write)


def _unpacked(data: bytes) -> tuple[dict[str, Any], list[dict[str, str]], bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    rows_text = archive.read(peers.ROWS_FILE)
    manifest_text = archive.read(peers.MANIFEST)
    import csv

    rows = list(csv.DictReader(io.StringIO(rows_text.decode())))
    return json.loads(manifest_text), rows, manifest_text + rows_text


# --- publishing --------------------------------------------------------------------------------

measurements = st.dictionaries(
    st.tuples(st.sampled_from(["T1", "T2"]), st.sampled_from(list(NEIGHBOURHOODS)), st.sampled_from(MONTHS)),
    st.tuples(st.floats(0, 100, allow_nan=False).map(lambda v: round(v, 2)), st.none() | st.integers(0, 40)),
    max_size=24,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(measured=measurements)
def test_a_published_file_holds_no_row_about_fewer_than_ten_people(small, measured):
    _measure(small, [(*key, value, people) for key, (value, people) in measured.items()])
    _, rows, _ = _unpacked(peers.publish(small, STEWARD, ["T1", "T2"]).data)
    # What may go out: measurements on ten people or more, summed per indicator and month, and a
    # month only when that sum is ten or more.
    kept: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for (indicator, _, month), (value, people) in measured.items():
        if people is not None and people >= 10:
            kept.setdefault((indicator, month.isoformat()), []).append((value, people))
    expected = {key: cells for key, cells in kept.items() if sum(people for _, people in cells) >= 10}
    assert all(int(row["aantal_mensen"]) >= 10 for row in rows)
    assert {(row["indicator"], row["maand"]) for row in rows} == set(expected)
    for row in rows:
        cells = expected[(row["indicator"], row["maand"])]
        people = sum(count for _, count in cells)
        value = (
            sum(value for value, _ in cells)
            if row["indicator"] == "T1"
            else sum(value * count for value, count in cells) / people
        )
        assert int(row["aantal_mensen"]) == people
        assert float(row["waarde"]) == pytest.approx(value, abs=1e-3)


def test_a_published_file_names_no_organisation_programme_or_neighbourhood_and_leaves_a_tiny_group_out(small):
    _measure(
        small,
        [
            ("T1", "BU99010001", MONTHS[0], 40.0, 25),
            ("T1", "BU99010002", MONTHS[0], 987654.5, 3),  # a tiny group with a value one would recognise
            ("T2", "BU99010001", MONTHS[1], 61.0, 12),
        ],
    )
    manifest, rows, raw = _unpacked(peers.publish(small, STEWARD, ["T1", "T2"]).data)
    text = raw.decode().lower()
    for name in NAMES:
        assert name.lower() not in text
    assert "987654" not in text
    assert [row["waarde"] for row in rows if row["indicator"] == "T1"] == ["40.0"]
    assert manifest["indicatoren"][0]["naam"] == "Bezoekers bij … in …"


def test_a_publication_is_in_the_audit_log_and_keeps_one_opaque_publisher_id(small):
    _measure(small, [("T2", "BU99010001", MONTHS[0], 61.0, 12)])
    first = peers.publish(small, STEWARD, ["T2"])
    second = peers.publish(small, STEWARD, ["T2"])
    assert first.manifest["uitgever"] == second.manifest["uitgever"]
    assert first.file_name == f"vergelijking-{first.manifest['uitgever']}.zip"
    logged = small.query("SELECT action, organisation_id FROM audit_log WHERE action = 'publish_for_peers'")
    assert list(logged["organisation_id"]) == ["geheim", "geheim"]


@pytest.mark.parametrize(
    "seat", ["professional@geheim", "gemeente@GM9901", "presentatie@GM9901", "beheer@ander", "beheer@platform"]
)
def test_only_the_organisations_own_steward_may_publish(small, seat):
    _measure(small, [("T2", "BU99010001", MONTHS[0], 61.0, 12)])
    with pytest.raises(NotAllowed):
        peers.publish(small, Viewer.from_seat(seat), ["T2"], organisation="geheim")
    with pytest.raises(NotAllowed):
        peers.preview(small, Viewer.from_seat(seat), ["T2"], organisation="geheim")
    assert small.scalar("SELECT count(*) FROM peer_publisher") == 0
    assert small.scalar("SELECT count(*) FROM audit_log") == 0


# --- reading -----------------------------------------------------------------------------------

PUBLISHER = "a1b2c3d4e5f60718"
_STAMP = (2026, 11, 1, 0, 0, 0)
GOOD_ROWS = [["T2", "2025-01-01", "55.5", "40"], ["T2", "2025-02-01", "57.0", "35"]]


def peer_zip(
    rows: list[list[str]] | None = None, publisher: str = PUBLISHER, unit: str = "%", **manifest: Any
) -> bytes:
    rows = GOOD_ROWS if rows is None else rows
    written = {
        "formaat": peers.FORMAT,
        "versie": 1,
        "uitgever": publisher,
        "gemaakt_op": "2026-11-01",
        "rijen": len(rows),
        "indicatoren": [
            {
                "id": "T2",
                "naam": "Deel tevreden",
                "eenheid": unit,
                "aggregatie": "gemiddelde",
                "richting": "hoger_beter",
            }
        ],
        **manifest,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # A fixed time in each part, so the same file is the same bytes (pytest-xdist compares test ids).
        archive.writestr(zipfile.ZipInfo(peers.MANIFEST, _STAMP), json.dumps(written))
        archive.writestr(
            zipfile.ZipInfo(peers.ROWS_FILE, _STAMP),
            "\n".join(",".join(row) for row in [list(peers.COLUMNS), *rows]) + "\n",
        )
    return buffer.getvalue()


def _stored(store: Store) -> list[tuple]:
    return [tuple(row) for row in every_row(store, "peer_aggregate").itertuples(index=False)] + [
        tuple(row) for row in store.query("SELECT publisher_id, rows FROM peer_file").itertuples(index=False)
    ]


REFUSALS = [
    (peer_zip([["T2", "2025-01-01", "55.5", "9"]]), "aggregaten.csv", 2, "aantal_mensen", "minder dan 10 mensen"),
    (peer_zip([["T2", "2025-01-15", "55.5", "40"]]), "aggregaten.csv", 2, "maand", "eerste dag van een maand"),
    (peer_zip([["T2", "2025-01-01", "veel", "40"]]), "aggregaten.csv", 2, "waarde", "een getal"),
    (peer_zip([["T2", "2025-01-01", "55.5", "veertig"]]), "aggregaten.csv", 2, "aantal_mensen", "heel getal"),
    (peer_zip([["X9", "2025-01-01", "55.5", "40"]]), "aggregaten.csv", 2, "indicator", "niet in het manifest"),
    (peer_zip([*GOOD_ROWS, GOOD_ROWS[1]]), "aggregaten.csv", 4, "maand", "eerdere rij"),
    (peer_zip(versie=2), "manifest.json", 1, "versie", "versie van het formaat"),
    (peer_zip(formaat="iets"), "manifest.json", 1, "formaat", "geen bestand van het formaat"),
    (peer_zip(publisher="kort"), "manifest.json", 1, "uitgever", "code van 8 tot 64"),
    (peer_zip(rijen=7), "manifest.json", 1, "rijen", "ander aantal rijen"),
    (peer_zip(gemaakt_op="gisteren"), "manifest.json", 1, "gemaakt_op", "Geen geldige datum"),
    (
        peer_zip(indicatoren=[{"id": "T2", "eenheid": "%", "aggregatie": "max", "richting": "hoger_beter"}]),
        "manifest.json",
        1,
        "indicatoren[1].aggregatie",
        "'som' of 'gemiddelde'",
    ),
    (b"geen zip", "buren.zip", 1, "", "geen zip-bestand"),
    (peer_zip()[:30], "buren.zip", 1, "", "geen zip-bestand"),
]


@pytest.mark.parametrize(
    ("data", "file", "row", "column", "words"), REFUSALS, ids=[f"{case[3]}: {case[4]}" for case in REFUSALS]
)
def test_a_wrong_peer_file_is_refused_per_row_and_field_and_nothing_is_stored(small, data, file, row, column, words):
    reading = peers.read_peer_file(small, STEWARD, "buren.zip", data)
    assert not reading.ok
    assert [(error.file, error.row, error.column) for error in reading.errors] == [(file, row, column)]
    assert words in reading.errors[0].message
    assert _stored(small) == []


def test_a_zip_without_its_manifest_is_refused(small):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(peers.ROWS_FILE, "indicator,maand,waarde,aantal_mensen\n")
    (error,) = peers.read_peer_file(small, STEWARD, "buren.zip", buffer.getvalue()).errors
    assert (error.value, error.message) == ("manifest.json", "Het zip-bestand mist een onderdeel.")


def test_reading_the_same_publishers_file_again_replaces_its_rows(small):
    first = peers.read_peer_file(small, STEWARD, "buren.zip", peer_zip())
    again = peers.read_peer_file(small, STEWARD, "buren-nieuw.zip", peer_zip([["T2", "2025-03-01", "60.0", "50"]]))
    assert (first.replaced, again.replaced, again.rows) == (False, True, 1)
    assert small.query("SELECT month, value FROM peer_aggregate")["value"].tolist() == [60.0]
    assert small.scalar("SELECT file_name FROM peer_file") == "buren-nieuw.zip"


def test_a_failed_read_leaves_the_earlier_rows_of_that_publisher_as_they_were(small):
    peers.read_peer_file(small, STEWARD, "buren.zip", peer_zip())
    before = _stored(small)
    failed = peers.read_peer_file(small, STEWARD, "buren.zip", peer_zip([["T2", "2025-03-01", "60.0", "4"]]))
    assert not failed.ok
    assert _stored(small) == before


def test_an_organisations_own_file_is_not_read_as_a_peers(small):
    _measure(small, [("T2", "BU99010001", MONTHS[0], 61.0, 12)])
    own = peers.publish(small, STEWARD, ["T2"])
    (error,) = peers.read_peer_file(small, STEWARD, own.file_name, own.data).errors
    assert error.column == "uitgever"


@pytest.mark.parametrize("seat", ["professional@geheim", "gemeente@GM9901", "presentatie@GM9901"])
def test_only_a_steward_reads_peer_files(small, seat):
    with pytest.raises(NotAllowed):
        peers.read_peer_file(small, Viewer.from_seat(seat), "buren.zip", peer_zip())


def test_a_published_file_reads_in_another_installation(small, tmp_path):
    _measure(small, [("T2", "BU99010001", month, 50.0 + index, 12) for index, month in enumerate(MONTHS)])
    published = peers.publish(small, STEWARD, ["T2"])
    other = Store(tmp_path / "other.duckdb")
    try:
        other.write(_setup)
        reading = peers.read_peer_file(other, Viewer.from_seat("beheer@ander"), published.file_name, published.data)
        assert (reading.ok, reading.rows, reading.months) == (True, 6, 6)
        assert other.scalar("SELECT DISTINCT organisation_id FROM peer_aggregate") == "ander"
    finally:
        other.close()


# --- comparing ---------------------------------------------------------------------------------


def _read_peers(store: Store, values: list[float], *, month: str = "2025-01-01", unit: str = "%") -> None:
    for number, value in enumerate(values):
        data = peer_zip([["T2", month, str(value), "40"]], publisher=f"peer{number:012d}", unit=unit)
        assert peers.read_peer_file(store, STEWARD, "p.zip", data).ok


@pytest.mark.parametrize(("others", "shown"), [(4, False), (5, True)])
def test_a_month_needs_five_other_organisations_before_a_band_shows(small, others, shown):
    _measure(small, [("T2", "BU99010001", MONTHS[0], 61.0, 12)])
    _read_peers(small, [10.0 * (number + 1) for number in range(others)])
    compared = peers.compare(small, STEWARD, Filters(), "T2")
    assert compared is not None
    assert (not compared.shown.empty) is shown
    assert (compared.reason is None) is shown
    if not shown:
        assert compared.reason == "peers.reason.too_few"
        assert compared.months[["median", "p25", "p75"]].isna().all().all()


def test_the_band_is_the_middle_half_and_the_median_of_the_other_organisations(small):
    _measure(small, [("T2", "BU99010001", MONTHS[0], 61.0, 12)])
    _read_peers(small, [10.0, 20.0, 30.0, 40.0, 50.0])
    row = peers.compare(small, STEWARD, Filters(), "T2").shown.iloc[0]
    assert (row["own"], row["p25"], row["median"], row["p75"], row["peers"]) == (61.0, 20.0, 30.0, 40.0, 5)


def test_a_peer_with_the_indicator_in_another_unit_is_not_compared(small):
    _read_peers(small, [10.0, 20.0, 30.0, 40.0, 50.0], unit="score 0-10")
    compared = peers.compare(small, STEWARD, Filters(), "T2")
    assert compared.shown.empty
    assert (compared.reason, compared.other_unit) == ("peers.reason.other_unit", 5)


def test_a_comparison_line_names_no_peer(small):
    _measure(small, [("T2", "BU99010001", MONTHS[0], 61.0, 12)])
    _read_peers(small, [10.0, 20.0, 30.0, 40.0, 50.0])
    (compared,) = peers.programme_comparisons(small, STEWARD, Filters(programme="zwaluw"))
    line = peers.summary_text(compared)
    assert line == (
        "Naast andere organisaties (jan 2025, 5 organisaties): Deel tevreden 61,0% bij de organisatie, "
        "middelste helft 20,0% tot 40,0%, mediaan 30,0%."
    )
    assert "peer0" not in line
