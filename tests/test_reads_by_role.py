"""What each role may see is decided in the library's reads, not by the pages."""

import pandas as pd
import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.filters import Filters
from impact_core.vakmanschap import reflections as vakmanschap

OUTSIDE = [Viewer.from_seat("gemeente@GM9901"), Viewer.from_seat("presentatie@GM9901")]
INSIDE = [Viewer.from_seat("beheer@wvs"), Viewer.from_seat("professional@wvs")]
WVS = "programme_id IN (SELECT id FROM programme WHERE organisation_id = 'wvs')"
EVERYONE = INSIDE + OUTSIDE
ALL_PROGRAMMES = ["wijk", "ontmoeten", "jeugd", "ouderen"]


@pytest.mark.parametrize("viewer", OUTSIDE, ids=lambda v: v.role)
@pytest.mark.parametrize("programme", ALL_PROGRAMMES)
def test_outside_viewers_see_only_stories_consented_for_the_municipality(demo_store, viewer, programme):
    stories = betekenisgeving.significant_stories(demo_store, viewer, Filters(programme=programme), limit=1000)
    ids = [story["id"] for story in stories]
    consents = (
        demo_store.query(f"SELECT DISTINCT consent FROM story WHERE id IN ({', '.join('?' for _ in ids)})", ids)[
            "consent"
        ]
        if ids
        else []
    )
    assert set(consents) <= {"gemeente", "openbaar"}


@pytest.mark.parametrize(
    ("viewer", "hidden"),
    [
        (Viewer.from_seat("professional@wvs"), {"geen"}),
        (Viewer.from_seat("gemeente@GM9901"), {"geen", "organisatie"}),
        (Viewer.from_seat("beheer@wvs"), set()),
    ],
    ids=lambda value: getattr(value, "role", ""),
)
def test_story_counts_leave_out_exactly_the_unconsented_scopes(demo_store, viewer, hidden):
    counted = betekenisgeving.story_counts(demo_store, viewer, Filters())["total"]
    expected = demo_store.scalar(
        f"SELECT count(*) FROM story WHERE NOT list_contains(?, consent) AND {WVS}", [sorted(hidden)]
    )
    assert counted == expected


@pytest.mark.parametrize("viewer", OUTSIDE, ids=lambda v: v.role)
def test_outside_viewers_never_get_internal_reflections_or_pseudonyms(demo_store, viewer):
    shown = vakmanschap.recent_reflections(demo_store, viewer, Filters(), limit=1000)
    internal = set(demo_store.query("SELECT id FROM reflection WHERE visibility = 'intern'")["id"])
    assert not {reflection["id"] for reflection in shown} & internal
    assert not any("(" in reflection["professional"] for reflection in shown)
    assert len(shown) == demo_store.scalar(f"SELECT count(*) FROM reflection WHERE visibility = 'gemeente' AND {WVS}")


@pytest.mark.parametrize("viewer", INSIDE, ids=lambda v: v.role)
def test_inside_viewers_get_every_reflection_with_its_author(demo_store, viewer):
    shown = vakmanschap.recent_reflections(demo_store, viewer, Filters(), limit=1000)
    assert len(shown) == demo_store.scalar(f"SELECT count(*) FROM reflection WHERE {WVS}")


@pytest.mark.parametrize("viewer", EVERYONE, ids=lambda v: v.role)
@pytest.mark.parametrize("neighbourhood", ["BU99010301", "BU99010302"])
def test_months_resting_on_few_people_carry_no_number_for_outside_viewers(demo_store, viewer, neighbourhood):
    filters = Filters(programme="jeugd", neighbourhoods=(neighbourhood,))
    ids = list(doelmatigheid.key_indicators(demo_store, viewer, filters, limit=10)["id"])
    series = doelmatigheid.monthly_series(demo_store, viewer, filters, ids)
    small = series["suppressed"]
    if viewer.is_outside:
        assert small.any(), "the demo should contain small cells here"
        assert series.loc[small, ["value", "people"]].isna().all().all()
        assert (series.loc[~small, "people"].dropna() >= viewer.min_cell).all()
    else:
        assert not small.any() and series["value"].notna().all()


def test_rates_are_averaged_weighted_by_people_and_counts_summed(demo_store):
    viewer, filters = Viewer.from_seat("beheer@wvs"), Filters(programme="wijk")
    series = doelmatigheid.monthly_series(demo_store, viewer, filters, ["W01", "W03"]).set_index(
        ["indicator_id", "month"]
    )
    raw = demo_store.query(
        "SELECT indicator_id, month, sum(value) AS total, sum(value * people) / sum(people) AS weighted "
        "FROM measurement WHERE indicator_id IN ('W01', 'W03') GROUP BY ALL"
    ).set_index(["indicator_id", "month"])
    assert series.loc["W01", "value"].tolist() == pytest.approx(raw.loc["W01"].sort_index()["total"].tolist())
    assert series.loc["W03", "value"].tolist() == pytest.approx(raw.loc["W03"].sort_index()["weighted"].tolist())


@pytest.mark.parametrize(
    ("direction", "current", "target", "on_track"),
    [
        ("hoger_beter", 60, 50, True),
        ("hoger_beter", 40, 50, False),
        ("lager_beter", 40, 50, True),
        ("lager_beter", 60, 50, False),
        ("lager_beter", 50, 50, True),  # on the target meets it
        ("neutraal", 60, 50, None),
    ],
)
def test_on_track_follows_the_indicator_direction(direction, current, target, on_track):
    series = pd.DataFrame(
        {
            "month": pd.date_range("2025-01-01", periods=3, freq="MS"),
            "value": [current] * 3,
            "target": [target] * 3,
            "suppressed": [False] * 3,
        }
    )
    assert doelmatigheid.summarise(series, direction).on_track is on_track


@pytest.mark.parametrize("viewer", OUTSIDE, ids=lambda v: v.role)
def test_small_cells_are_left_out_of_totals_for_outside_viewers(demo_store, viewer):
    series = doelmatigheid.monthly_series(demo_store, viewer, Filters(programme="jeugd"), ["J01"]).set_index("month")
    expected = demo_store.query(
        "SELECT month, sum(value) AS total FROM measurement WHERE indicator_id = 'J01' AND people >= 10 GROUP BY month"
    ).set_index("month")["total"]
    shown = series["value"].dropna()
    assert shown.tolist() == pytest.approx(expected.loc[shown.index].tolist())


@pytest.mark.parametrize("viewer", OUTSIDE, ids=lambda v: v.role)
def test_a_summed_target_counts_the_same_groups_as_its_value_for_outside_viewers(demo_store, viewer):
    """O02 counts volunteers: 76 of them in the groups the municipality sees, against a target of
    75 for those groups, not the 98 of all groups (which read as 'worse than the target')."""
    series = doelmatigheid.monthly_series(demo_store, viewer, Filters(programme="ontmoeten"), ["O02"])
    shown = series.dropna(subset=["value"]).set_index("month")
    expected = demo_store.query(
        "SELECT month, sum(target) AS target FROM measurement WHERE indicator_id = 'O02' AND people >= 10"
        " GROUP BY month"
    ).set_index("month")["target"]
    assert shown["target"].tolist() == pytest.approx(expected.loc[shown.index].tolist())


@pytest.mark.parametrize("viewer", EVERYONE, ids=lambda v: v.role)
def test_a_quarter_of_a_count_is_the_sum_of_its_months(demo_store, viewer):
    filters = Filters(programme="wijk")
    monthly = doelmatigheid.series(demo_store, viewer, filters, ["W05"], period="month")
    quarterly = doelmatigheid.series(demo_store, viewer, filters, ["W05"], period="quarter")
    assert quarterly["value"].sum() == pytest.approx(monthly["value"].sum())
    assert len(quarterly) == 13  # nov 2023 .. okt 2026, the first and last quarters partly


@pytest.mark.parametrize("viewer", OUTSIDE, ids=lambda v: v.role)
def test_per_neighbourhood_cells_below_the_threshold_carry_no_number(demo_store, viewer):
    cells = doelmatigheid.series(demo_store, viewer, Filters(programme="ouderen"), ["OU05"], by_neighbourhood=True)
    assert cells["suppressed"].any()
    assert cells.loc[cells["suppressed"], "value"].isna().all()
    assert (cells.loc[~cells["suppressed"], "people"] >= viewer.min_cell).all()


def _reads():
    """Every public function of the domain modules that reads the store."""
    import inspect

    from impact_core.access import audit
    from impact_core.doelmatigheid import value
    from impact_core.samen import catalog

    for module in (audit, betekenisgeving, catalog, doelmatigheid, vakmanschap, value):
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                parameters = list(inspect.signature(function).parameters)
                if parameters[:1] == ["store"]:
                    yield pytest.param(function, parameters, id=f"{module.__name__.split('.')[-1]}.{name}")


@pytest.mark.parametrize(("function", "parameters"), list(_reads()))
def test_every_read_of_the_library_takes_the_viewer(function, parameters):
    assert parameters[1] == "viewer", f"{function.__qualname__} reads the store without knowing who is looking"
