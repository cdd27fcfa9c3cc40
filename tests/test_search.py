"""Story search: ranked, Dutch stems and compounds, filters, and only what the viewer may read."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import search
from impact_core.filters import Filters

PROFESSIONAL = Viewer.from_seat("professional@wvs")


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("eenzaam", "eenzaamheid"),
        ("eenzaamheid", "eenzaam"),
        ("schulden", "schuld"),
        ("brieven", "brief"),
    ],
)
def test_a_search_finds_other_forms_of_the_word(demo_store, query, word):
    found = search.search(demo_store, PROFESSIONAL, query, Filters(), limit=100)
    assert any(word in search.words(f"{row.title} {row.text}") for row in found.itertuples())


def test_results_are_ranked_best_first(demo_store):
    scores = list(search.search(demo_store, PROFESSIONAL, "eenzaam buurthuis", Filters())["score"])
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]


def test_filters_narrow_the_results_by_programme_domain_and_period(demo_store):
    found = search.search(
        demo_store, PROFESSIONAL, "eenzaam", Filters(programme="ontmoeten"), domain="Sociale contacten", limit=100
    )
    assert not found.empty
    assert set(found["domain"]) == {"Sociale contacten"}
    import datetime as dt

    later = search.search(demo_store, PROFESSIONAL, "eenzaam", Filters(start=dt.date(2026, 1, 1)), limit=100)
    assert all(day.year == 2026 for day in later["collected_on"])


def test_the_municipality_finds_only_consented_stories(demo_store):
    found = search.search(demo_store, Viewer.from_seat("gemeente@GM9901"), "de", Filters(), limit=1000)
    consents = demo_store.query(
        f"SELECT DISTINCT consent FROM story WHERE id IN ({', '.join('?' * len(found))})", list(found["id"])
    )
    assert set(consents["consent"]) <= {"gemeente", "openbaar"}


def test_a_masked_name_cannot_be_found(demo_store):
    hidden = demo_store.query("SELECT text, masked_text FROM story WHERE text LIKE '%Hoogveld%' LIMIT 1")
    assert "kroon" not in {word for text in hidden["masked_text"] for word in search.words(text)}
    assert search.search(demo_store, PROFESSIONAL, "Kroon", Filters()).empty


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=40))
def test_any_query_gives_a_table_never_an_error(demo_store, query):
    assert list(search.search(demo_store, PROFESSIONAL, query, Filters()).columns)[:3] == ["id", "title", "text"]
