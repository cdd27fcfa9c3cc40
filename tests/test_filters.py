"""Filters survive the trip through a URL, and a mangled URL never breaks the page."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from impact_core.filters import Filters, months_between
from impact_core.models import PyramidLevel

months = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 1)).map(lambda d: d.replace(day=1))
filters = st.builds(
    Filters,
    programme=st.one_of(st.none(), st.from_regex(r"\A[a-z][a-z0-9_]{0,15}\Z")),
    neighbourhoods=st.lists(st.from_regex(r"\ABU[0-9]{8}\Z"), max_size=4, unique=True).map(tuple),
    start=st.one_of(st.none(), months),
    end=st.one_of(st.none(), months),
    pyramid_level=st.one_of(st.none(), st.sampled_from(PyramidLevel)),
    outcome=st.one_of(st.none(), st.from_regex(r"\A[a-z][a-z0-9-]{0,15}\Z")),
).filter(lambda f: not (f.start and f.end and f.start > f.end))


@given(filters)
def test_filters_round_trip_through_query_parameters(chosen):
    assert Filters.from_query(chosen.to_query()) == chosen


@given(st.dictionaries(st.sampled_from(Filters.KEYS), st.text(max_size=30)))
def test_any_query_parameters_give_filters_without_error(params):
    Filters.from_query(params)


def test_a_reversed_period_is_put_the_right_way_round():
    chosen = Filters.from_query({"van": "2026-03", "tot": "2025-01"})
    assert (chosen.start, chosen.end) == (dt.date(2025, 1, 1), dt.date(2026, 3, 1))


@given(months, st.integers(min_value=0, max_value=60))
def test_months_between_counts_every_month_once(first, extra):
    last = (first.replace(day=28) + dt.timedelta(days=31 * extra)).replace(day=1)
    found = months_between(first, last)
    assert found[0] == first and found[-1] == last
    assert len(found) == (last.year - first.year) * 12 + last.month - first.month + 1
