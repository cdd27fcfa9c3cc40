"""Reads every rerun repeats are remembered per viewer until the next write, never across viewers."""

import dataclasses

import pandas as pd
import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.betekenisgeving import selection, signification
from impact_core.db import store as store_module
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.samen import catalog, conversation, dialogue

SEATS = (
    "professional@wvs",
    "beheer@wvs",
    "gemeente@GM9901",
    "presentatie@GM9901",
    "gemeente@GM9902",
    "professional@rvd",
)


@pytest.mark.parametrize("remember", ["remember", "remember_recent"])
def test_a_remembered_read_runs_once_until_the_next_write(empty_store, remember):
    """A programme-wide read (``remember``) and a page's view model (``remember_recent``) alike."""
    reads = []
    for _ in range(3):
        getattr(empty_store, remember)("key", lambda: reads.append(1) or len(reads))
    empty_store.write(lambda cur: cur.execute("INSERT INTO municipality VALUES ('GM0001', 'Eerstestad')"))
    assert getattr(empty_store, remember)("key", lambda: reads.append(1) or len(reads)) == 2


@pytest.mark.parametrize("order", [SEATS, tuple(reversed(SEATS))], ids=["forwards", "backwards"])
def test_every_seat_gets_what_it_would_read_itself_whoever_asked_before(demo_copy, order):
    for seat in order:
        viewer = Viewer.from_seat(seat)
        for read in (catalog.programmes, catalog.neighbourhoods):
            assert read(demo_copy, viewer).equals(read.__wrapped__(demo_copy, viewer)), (seat, read.__name__)
        for programme in ("wijk", "rvd-dorpen"):
            assert catalog.outcomes(demo_copy, viewer, programme) == catalog.outcomes.__wrapped__(
                demo_copy, viewer, programme
            ), (seat, programme)
            filters = Filters(programme=programme)
            assert conversation.indicator_cards(demo_copy, viewer, filters) == (
                conversation.indicator_cards.__wrapped__(demo_copy, viewer, filters)
            ), (seat, programme)
            assert betekenisgeving.characteristic_words(demo_copy, viewer, filters).equals(
                betekenisgeving.characteristic_words.__wrapped__(demo_copy, viewer, filters)
            ), (seat, programme)
            for table in (betekenisgeving.by_domain_and_impact, betekenisgeving.by_storyteller_role, selection.funnel):
                assert table(demo_copy, viewer, filters).equals(table.__wrapped__(demo_copy, viewer, filters)), (
                    seat,
                    table.__name__,
                )
            patterns = signification.patterns
            remembered, fresh = (read(demo_copy, viewer, filters) for read in (patterns, patterns.__wrapped__))
            assert remembered.stories == fresh.stories and remembered.counts.equals(fresh.counts), (seat, programme)


def test_the_municipality_is_not_handed_the_organisations_programme_list(demo_copy):
    organisation = set(catalog.programmes(demo_copy, Viewer.from_seat("professional@wvs"))["id"])
    municipality = set(catalog.programmes(demo_copy, Viewer.from_seat("gemeente@GM9902"))["id"])
    assert municipality and municipality != organisation


def test_a_new_programme_shows_in_the_list_right_after_it_is_written(demo_copy):
    viewer = Viewer.from_seat("professional@wvs")
    before = set(catalog.programmes(demo_copy, viewer)["id"])
    demo_copy.write(
        lambda cur: cur.execute(
            "INSERT INTO programme VALUES ('nieuw', 'wvs', 'Nieuw programma', 'preventie', 'ouderen', '', [])"
        )
    )
    assert set(catalog.programmes(demo_copy, viewer)["id"]) == before | {"nieuw"}


def test_a_read_overtaken_by_a_write_is_not_kept(empty_store):
    def read_while_someone_writes() -> str:
        empty_store.write(lambda cur: cur.execute("INSERT INTO municipality VALUES ('GM0001', 'Eerstestad')"))
        return "before the write"

    empty_store.remember("key", read_while_someone_writes)
    assert empty_store.remember("key", lambda: "after the write") == "after the write"


def test_changing_what_was_handed_out_changes_nothing_remembered(demo_copy):
    viewer = Viewer.from_seat("professional@wvs")
    handed_out = catalog.programmes(demo_copy, viewer)
    handed_out.loc[0, "name"] = "overschreven"
    assert "overschreven" not in set(catalog.programmes(demo_copy, viewer)["name"])


def test_a_reopened_database_file_starts_with_nothing_remembered(tmp_path):
    path = tmp_path / "reopened.duckdb"
    first = Store(path)
    first.remember("key", lambda: "old file")
    first.close()
    second = Store(path)
    try:
        assert second.remember("key", lambda: "new file") == "new file"
    finally:
        second.close()


def _same_view(one: object, other: object) -> bool:
    """Deep equality for a view model: it holds data frames and series (which do not compare with
    ==) inside dataclasses, lists and dicts."""
    if isinstance(one, pd.DataFrame | pd.Series):
        return type(one) is type(other) and one.equals(other)
    if dataclasses.is_dataclass(one) and not isinstance(one, type):
        return type(one) is type(other) and all(
            _same_view(getattr(one, field.name), getattr(other, field.name)) for field in dataclasses.fields(one)
        )
    if isinstance(one, list | tuple):
        return isinstance(other, list | tuple) and len(one) == len(other) and all(map(_same_view, one, other))
    if isinstance(one, dict):
        return isinstance(other, dict) and one.keys() == other.keys() and all(_same_view(one[k], other[k]) for k in one)
    return one == other


@pytest.mark.parametrize("order", [SEATS, tuple(reversed(SEATS))], ids=["forwards", "backwards"])
def test_every_seat_gets_the_dialogue_table_it_would_read_itself_whoever_asked_before(demo_copy, order):
    for seat in order:
        viewer = Viewer.from_seat(seat)
        for programme in ("wijk", "rvd-dorpen"):
            filters = Filters(programme=programme)
            assert _same_view(
                dialogue.dialogue_table(demo_copy, viewer, filters), dialogue.read(demo_copy, viewer, filters)
            ), (seat, programme)


def test_only_the_view_models_asked_for_last_are_kept(empty_store):
    for number in range(store_module.RECENT + 1):
        empty_store.remember_recent(number, lambda n=number: n)
    assert empty_store.remember_recent(0, lambda: "read again") == "read again"
    assert empty_store.remember_recent(store_module.RECENT, lambda: "read again") == store_module.RECENT


def test_a_read_remembered_under_one_small_cell_threshold_is_not_handed_out_under_another(demo_copy, monkeypatch):
    """The municipality's dialogue table with a threshold of 10, then of 100,000: the second is read
    afresh, with every figure suppressed, not the first handed out again."""
    municipality, filters = Viewer.from_seat("gemeente@GM9901"), Filters(programme="wijk")
    monkeypatch.setenv("IMPACT_MIN_CELL", "10")

    def summaries(table: dialogue.DialogueTable) -> list[object]:
        return [card.summary for card in table.indicators]

    at_ten = summaries(dialogue.dialogue_table(demo_copy, municipality, filters))
    monkeypatch.setenv("IMPACT_MIN_CELL", "100000")
    at_most = summaries(dialogue.dialogue_table(demo_copy, municipality, filters))
    assert at_most == summaries(dialogue.read(demo_copy, municipality, filters))
    assert at_most != at_ten
