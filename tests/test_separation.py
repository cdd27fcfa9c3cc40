"""Two organisations and two municipalities in one database: each sees only its own work,
and a municipality only the work of the organisations it funds."""

import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.doelmatigheid import value
from impact_core.filters import Filters
from impact_core.samen import catalog
from impact_core.vakmanschap import reflections as vakmanschap

SEATS = {
    # seat: the organisation whose work it may see
    "professional@wvs": "wvs",
    "beheer@wvs": "wvs",
    "gemeente@GM9901": "wvs",
    "presentatie@GM9901": "wvs",
    "professional@rvd": "rvd",
    "beheer@rvd": "rvd",
    "gemeente@GM9902": "rvd",
    "presentatie@GM9902": "rvd",
}


def _programmes_of(store, organisation: str) -> set[str]:
    return set(store.query("SELECT id FROM programme WHERE organisation_id = ?", [organisation])["id"])


def _programme_of(store, table: str, ids) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    marks = ", ".join("?" for _ in ids)
    return set(store.query(f"SELECT DISTINCT programme_id FROM {table} WHERE id IN ({marks})", ids)["programme_id"])


@pytest.fixture(params=sorted(SEATS))
def seat(request):
    return Viewer.from_seat(request.param), SEATS[request.param]


def test_programmes_are_those_of_the_own_or_funded_organisation(demo_store, seat):
    viewer, organisation = seat
    assert set(catalog.programmes(demo_store, viewer)["id"]) == _programmes_of(demo_store, organisation)


def test_stories_come_only_from_visible_programmes(demo_store, seat):
    viewer, organisation = seat
    stories = betekenisgeving.significant_stories(demo_store, viewer, Filters(), limit=10_000)
    assert stories
    ids = [story["id"] for story in stories]
    assert _programme_of(demo_store, "story", ids) <= _programmes_of(demo_store, organisation)


def test_reflections_come_only_from_visible_programmes(demo_store, seat):
    viewer, organisation = seat
    reflections = vakmanschap.recent_reflections(demo_store, viewer, Filters(), limit=10_000)
    assert reflections
    ids = [reflection["id"] for reflection in reflections]
    assert _programme_of(demo_store, "reflection", ids) <= _programmes_of(demo_store, organisation)


def test_indicators_and_neighbourhoods_belong_to_the_visible_work(demo_store, seat):
    viewer, organisation = seat
    measured = set(
        demo_store.query(
            "SELECT DISTINCT indicator_id FROM measurement m JOIN programme p ON p.id = m.programme_id "
            "WHERE p.organisation_id = ?",
            [organisation],
        )["indicator_id"]
    )
    assert set(doelmatigheid.key_indicators(demo_store, viewer, Filters(), limit=100)["id"]) <= measured
    assert set(doelmatigheid.indicator_library(demo_store, viewer)["id"]) == measured
    prefix = "BU9901" if organisation == "wvs" else "BU9902"
    assert all(code.startswith(prefix) for code in catalog.neighbourhoods(demo_store, viewer)["code"])


def test_a_programme_of_another_organisation_has_no_business_case_here(demo_store, seat):
    viewer, organisation = seat
    other = "rvd-dorpen" if organisation == "wvs" else "wijk"
    with pytest.raises(value.NotVisible):
        value.programme_case(demo_store, viewer, other)
    assert value.qualitative_effects(demo_store, viewer, other).empty


@pytest.mark.parametrize("seat_name", ["professional", "gemeente"])
def test_a_viewer_without_an_organisation_or_municipality_sees_nothing(demo_store, seat_name):
    viewer = Viewer.from_seat(f"{seat_name}@")
    assert catalog.programmes(demo_store, viewer).empty
    assert not betekenisgeving.significant_stories(demo_store, viewer, Filters(), limit=10)
