"""The measurements' monthly sums: read instead of the measurements, they give every figure the
measurements give, for every viewer, and every write of measurements keeps them counted."""

import datetime as dt

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from impact_core.access.viewer import Role, Viewer
from impact_core.db import measurement_month
from impact_core.db.store import Store
from impact_core.doelmatigheid import indicators, peers
from impact_core.filters import Filters
from impact_core.gegevens import importer
from impact_core.gegevens.synthetic import add_scale

VIEWERS = ["gemeente@GM9901", "presentatie@GM9901", "beheer@wvs", "professional@wvs", "beheer@rvd"]
FILTERS = [
    Filters(programme="jeugd"),
    Filters(programme="wijk", start=dt.date(2024, 3, 1), end=dt.date(2024, 9, 1)),
    Filters(programme="ontmoeten", outcome="ontmoeten-u1"),
    Filters(programme="rvd-dorpen"),
    Filters(),
]


def _from_measurements(monkeypatch, read, *args, **kwargs):
    """``read(*args, **kwargs)`` as it reads without the monthly sums."""
    with monkeypatch.context() as patch:
        patch.setattr(measurement_month, "current", lambda store: False)
        return read(*args, **kwargs)


def _same(summed: pd.DataFrame, counted: pd.DataFrame) -> None:
    # Sums added in another order may differ in the last digits; types may widen (a sum of sums).
    assert_frame_equal(summed.reset_index(drop=True), counted.reset_index(drop=True), check_dtype=False, rtol=1e-9)


def _indicator_ids(store) -> list[str]:
    return list(store.query("SELECT id FROM indicator ORDER BY id")["id"])


@pytest.mark.parametrize("period", ["month", "quarter"])
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: f.programme or "alle")
@pytest.mark.parametrize("seat", VIEWERS)
def test_a_series_from_the_monthly_sums_is_the_series_from_the_measurements(
    demo_store, monkeypatch, seat, filters, period
):
    viewer = Viewer.from_seat(seat)
    ids = _indicator_ids(demo_store)
    summed = indicators.series(demo_store, viewer, filters, ids, period=period)
    _same(summed, _from_measurements(monkeypatch, indicators.series, demo_store, viewer, filters, ids, period=period))


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: f.programme or "alle")
@pytest.mark.parametrize("seat", VIEWERS)
def test_the_key_indicators_from_the_monthly_sums_are_those_measured(demo_store, monkeypatch, seat, filters):
    viewer = Viewer.from_seat(seat)
    summed = indicators.key_indicators(demo_store, viewer, filters, limit=None)
    monkeypatch.setattr(measurement_month, "TABLE", "measurement")
    _same(summed, indicators.key_indicators(demo_store, viewer, filters, limit=None))


def test_the_series_shows_small_groups_left_out_for_the_municipality(demo_store):
    """The sums keep what makes the figures differ: groups under the threshold, left out outside."""
    outside = indicators.series(demo_store, Viewer.from_seat("gemeente@GM9901"), Filters(programme="jeugd"), ["J02"])
    inside = indicators.series(demo_store, Viewer.from_seat("beheer@wvs"), Filters(programme="jeugd"), ["J02"])
    assert outside["left_out"].sum() > 0 and inside["left_out"].sum() == 0
    assert (outside["small_groups"] == inside["small_groups"]).all() and inside["small_groups"].sum() > 0


def test_the_published_aggregates_from_the_monthly_sums_are_those_from_the_measurements(demo_store, monkeypatch):
    ids = _indicator_ids(demo_store)
    summed = peers._own_aggregates(demo_store, "wvs", ids)
    counted = _from_measurements(monkeypatch, peers._own_aggregates, demo_store, "wvs", ids)
    assert len(counted) > 0
    _same(summed, counted)


def _sums(store) -> pd.DataFrame:
    return store.query(f"SELECT * FROM {measurement_month.TABLE} ORDER BY indicator_id, programme_id, month")


def _counted_afresh(store) -> pd.DataFrame:
    store.write(lambda cur: measurement_month.refresh(cur))
    return _sums(store)


def test_an_import_of_measurements_counts_their_months_along(writable_store, tmp_path):
    source = tmp_path / "metingen.csv"
    pd.DataFrame(
        {
            "indicator_id": ["J01", "J01", "W01"],
            "programme_id": ["jeugd", "jeugd", "wijk"],
            "neighbourhood_code": ["BU99010101", "BU99010102", "BU99010101"],
            "month": ["2031-01-01", "2024-01-01", "2031-02-01"],
            "value": [5.0, 7.5, 3.0],
            "people": [4, 40, None],
        }
    ).to_csv(source, index=False)
    steward = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")
    report = importer.import_paths(writable_store, steward, [source])
    assert report.ok, report
    after = _sums(writable_store)
    assert (after["month"] == pd.Timestamp("2031-01-01")).any()
    _same(after, _counted_afresh(writable_store))


def test_measurements_added_at_scale_count_their_months_along(writable_store):
    add_scale(writable_store, measurements=500, stories=0)
    after = _sums(writable_store)
    assert after["measurements"].sum() == writable_store.scalar("SELECT count(*) FROM measurement")
    _same(after, _counted_afresh(writable_store))


def test_under_another_threshold_the_figures_are_counted_from_the_measurements(demo_store, monkeypatch):
    viewer, filters = Viewer.from_seat("gemeente@GM9901"), Filters(programme="jeugd")
    under_ten = indicators.series(demo_store, viewer, filters, ["J02"])
    monkeypatch.setenv("IMPACT_MIN_CELL", "30")
    assert not measurement_month.current(demo_store)
    under_thirty = indicators.series(demo_store, viewer, filters, ["J02"])
    assert under_thirty["left_out"].sum() > under_ten["left_out"].sum()
    _same(under_thirty, _from_measurements(monkeypatch, indicators.series, demo_store, viewer, filters, ["J02"]))


def test_a_store_opened_under_another_threshold_counts_every_month_afresh(demo_file, monkeypatch):
    monkeypatch.setenv("IMPACT_MIN_CELL", "30")
    store = Store(demo_file)
    try:
        sums = _sums(store)
        assert set(sums["threshold"]) == {30}
        assert measurement_month.current(store)
        _same(sums, _counted_afresh(store))
    finally:
        store.close()


def test_a_store_opened_under_the_same_threshold_leaves_the_sums_alone(writable_store):
    assert not measurement_month.recount_if_stale(writable_store)


def test_the_demo_database_holds_its_months_counted(writable_store):
    before = _sums(writable_store)
    assert len(before) > 0
    _same(before, _counted_afresh(writable_store))
