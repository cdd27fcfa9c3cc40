"""The figures agree across pages: for the same viewer and filters the dialogue table's indicator
cards, the trends page's series and the dossier give the same numbers."""

import datetime as dt

import pytest

from impact_core.access.viewer import Viewer
from impact_core.doelmatigheid import indicators
from impact_core.filters import Filters
from impact_core.samen import catalog, dossier
from impact_core.samen.dossier.content import KEY_INDICATORS

MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")
TODAY = dt.date(2026, 12, 1)


def _programmes(store) -> list[str]:
    return list(catalog.programmes(store, MUNICIPALITY)["id"])


def _period(store) -> tuple[dt.date, dt.date]:
    first, last = catalog.month_range(store, MUNICIPALITY)
    return first, max(last, TODAY.replace(day=1))


@pytest.mark.parametrize("seat", ["professional@wvs", "gemeente@GM9901"])
def test_the_trends_page_ends_where_the_dialogue_tables_card_says_the_indicator_is_now(demo_store, seat):
    viewer = Viewer.from_seat(seat)
    compared = 0
    for programme in catalog.programmes(demo_store, viewer)["id"]:
        filters = Filters(programme=programme)
        for card in indicators.indicator_cards(demo_store, viewer, filters):
            trend = indicators.series(demo_store, viewer, filters, [card.indicator["id"]], period="month")
            shown = trend.dropna(subset=["value"]).sort_values("month")
            if card.summary.current is None:
                assert shown.empty
                continue
            assert card.summary.current == pytest.approx(shown["value"].tail(3).mean()), card.indicator["name"]
            compared += 1
    assert compared


def test_the_dossier_shows_the_municipality_the_figures_its_dialogue_table_shows(demo_store):
    start, end = _period(demo_store)
    compared = 0
    for programme in _programmes(demo_store):
        content = dossier.build(demo_store, MUNICIPALITY, programme, today=TODAY)
        cards = indicators.indicator_cards(
            demo_store, MUNICIPALITY, Filters(programme=programme, start=start, end=end), limit=KEY_INDICATORS
        )
        on_table = [(card.indicator["name"], card.summary.current, card.summary.target) for card in cards]
        in_dossier = [(line.name, line.current, line.target) for line in content.indicators]
        assert in_dossier == on_table, programme
        compared += len(on_table)
    assert compared
