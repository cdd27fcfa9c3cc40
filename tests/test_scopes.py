"""Who sees what, as one table: for each seat the SQL every read scope gives, its parameters, and
what it lets through in the demo (organisation wvs is funded by GM9901, rvd by GM9902)."""

import datetime as dt

import pytest

from impact_core.access.viewer import Viewer, visible
from impact_core.filters import Filters

# What the scopes say, written out once. Each starts with its column, so ``m.`` + one of them
# is the same condition over an alias.
OWN_PROGRAMMES = "programme_id IN (SELECT id FROM programme WHERE organisation_id = $organisation)"
FUNDED_PROGRAMMES = (
    "programme_id IN (SELECT p.id FROM programme p JOIN funding f ON f.organisation_id = p.organisation_id"
    " WHERE f.municipality_code = $municipality)"
)
FUNDING_MUNICIPALITIES = (
    "municipality_code IN (SELECT municipality_code FROM funding WHERE organisation_id = $organisation)"
)
OWN_MUNICIPALITY = "municipality_code = $municipality"
NOTHING = "FALSE"

# A meeting with a programme follows the programme; one without, its leeratelier's municipality;
# one with neither is everyone's.
INSIDE_MEETINGS = (
    f"((m.programme_id IS NOT NULL AND m.{OWN_PROGRAMMES})"
    f" OR (m.programme_id IS NULL AND (m.municipality_code IS NULL OR m.{FUNDING_MUNICIPALITIES})))"
)
OUTSIDE_MEETINGS = (
    f"((m.programme_id IS NOT NULL AND m.{FUNDED_PROGRAMMES})"
    f" OR (m.programme_id IS NULL AND (m.municipality_code IS NULL OR m.{OWN_MUNICIPALITY})))"
)
SHARED_MEETINGS_ONLY = (
    "((m.programme_id IS NOT NULL AND FALSE) OR (m.programme_id IS NULL AND m.municipality_code IS NULL))"
)

WVS, RVD, PLATFORM = {"organisation": "wvs"}, {"organisation": "rvd"}, {"organisation": "platform"}
GM9901, GM9902 = {"municipality": "GM9901"}, {"municipality": "GM9902"}

SCOPES = [
    # seat                 programme_scope()  municipality_scope()    meeting_scope()       parameters
    ("beheer@wvs",         OWN_PROGRAMMES,    FUNDING_MUNICIPALITIES, INSIDE_MEETINGS,      WVS),
    ("professional@wvs",   OWN_PROGRAMMES,    FUNDING_MUNICIPALITIES, INSIDE_MEETINGS,      WVS),
    ("beheer@rvd",         OWN_PROGRAMMES,    FUNDING_MUNICIPALITIES, INSIDE_MEETINGS,      RVD),
    ("gemeente@GM9901",    FUNDED_PROGRAMMES, OWN_MUNICIPALITY,       OUTSIDE_MEETINGS,     GM9901),
    ("presentatie@GM9901", FUNDED_PROGRAMMES, OWN_MUNICIPALITY,       OUTSIDE_MEETINGS,     GM9901),
    ("gemeente@GM9902",    FUNDED_PROGRAMMES, OWN_MUNICIPALITY,       OUTSIDE_MEETINGS,     GM9902),
    # Without an organisation or municipality: only what belongs to no one.
    ("professional@",      NOTHING,           NOTHING,                SHARED_MEETINGS_ONLY, {}),
    ("gemeente@",          NOTHING,           NOTHING,                SHARED_MEETINGS_ONLY, {}),
    # The server's steward: backups and restores, and no organisation's data.
    ("beheer@platform",    OWN_PROGRAMMES,    FUNDING_MUNICIPALITIES, INSIDE_MEETINGS,      PLATFORM),
]  # fmt: skip

SEATS = [row[0] for row in SCOPES]
ALL_WVS, WVS_MEETINGS = ("jeugd", "ontmoeten", "ouderen", "wijk"), ("B1", "B2", "B3")
ALL_RVD = ("rvd-dorpen", "rvd-taal")

SEEN_IN_THE_DEMO = [
    # seat                 programmes       municipalities  meetings
    ("beheer@wvs",         ALL_WVS,         ("GM9901",),    WVS_MEETINGS),
    ("professional@wvs",   ALL_WVS,         ("GM9901",),    WVS_MEETINGS),
    ("beheer@rvd",         ALL_RVD,         ("GM9902",),    ()),
    ("gemeente@GM9901",    ALL_WVS,         ("GM9901",),    WVS_MEETINGS),
    ("presentatie@GM9901", ALL_WVS,         ("GM9901",),    WVS_MEETINGS),
    ("gemeente@GM9902",    ALL_RVD,         ("GM9902",),    ()),
    ("professional@",      (),              (),             ()),
    ("gemeente@",          (),              (),             ()),
    ("beheer@platform",    (),              (),             ()),
]  # fmt: skip


@pytest.mark.parametrize(("seat", "programmes", "municipalities", "meetings", "params"), SCOPES, ids=SEATS)
def test_each_seat_gets_these_scopes(seat, programmes, municipalities, meetings, params):
    viewer = Viewer.from_seat(seat)
    assert (viewer.programme_scope().sql, viewer.programme_scope().params) == (programmes, params)
    assert (viewer.municipality_scope().sql, viewer.municipality_scope().params) == (municipalities, params)
    assert (viewer.meeting_scope().sql, viewer.meeting_scope().params) == (meetings, params)


@pytest.mark.parametrize(("seat", "programmes", "municipalities", "meetings"), SEEN_IN_THE_DEMO, ids=SEATS)
def test_each_seat_sees_this_in_the_demo(demo_store, seat, programmes, municipalities, meetings):
    viewer = Viewer.from_seat(seat)

    def ids(select, scope):
        return tuple(demo_store.query(f"{select} WHERE {scope.sql} ORDER BY 1", scope.params).iloc[:, 0])

    assert ids("SELECT id FROM programme", viewer.programme_scope("id")) == programmes
    assert ids("SELECT code FROM municipality", viewer.municipality_scope("code")) == municipalities
    assert ids("SELECT m.id FROM meeting m", viewer.meeting_scope()) == meetings


def test_the_tables_name_the_same_seats():
    assert [row[0] for row in SEEN_IN_THE_DEMO] == SEATS


def test_the_filters_come_before_the_scope_each_value_under_its_own_name():
    chosen = Filters(
        programme="jeugd",
        neighbourhoods=("BU99010201", "BU99010202"),
        start=dt.date(2025, 1, 1),
        end=dt.date(2025, 6, 1),
    )
    where = visible(
        Viewer.from_seat("gemeente@GM9901"),
        chosen,
        date_column="month",
        neighbourhood_column="m.neighbourhood_code",
        alias="m",
    )
    assert where.sql == (
        "m.programme_id = $programme AND m.month >= $start AND m.month < $before"
        f" AND m.neighbourhood_code IN ($neighbourhood_0, $neighbourhood_1) AND m.{FUNDED_PROGRAMMES}"
    )
    assert where.params == {
        "programme": "jeugd",
        "start": dt.date(2025, 1, 1),
        "before": dt.date(2025, 7, 1),  # the end month is included
        "neighbourhood_0": "BU99010201",
        "neighbourhood_1": "BU99010202",
        "municipality": "GM9901",
    }


def test_without_filters_only_the_scope_remains():
    where = visible(Viewer.from_seat("beheer@wvs"), Filters(), date_column="month", neighbourhood_column=None)
    assert (where.sql, where.params) == (OWN_PROGRAMMES, {"organisation": "wvs"})
