"""The sidebar filter bar, bound to the URL so that a copied link opens the same view."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

import streamlit as st

from impact_core.db.store import Store
from impact_core.filters import Filters, format_month, months_between, parse_month
from impact_core.i18n import Lang, label, month_name
from impact_core.models import PyramidLevel
from impact_core.samen import catalog
from impact_core.ui.options import held_index, labelled_by, named_choice
from impact_core.ui.session import lang, seed_from_url, tr, url_state, viewer


def filter_bar(store: Store) -> Filters:
    programmes = catalog.programmes(store, viewer())
    neighbourhoods = catalog.neighbourhoods(store, viewer())
    months = _months(store)
    from_url = Filters.from_query(st.query_params.to_dict())
    seed_from_url(
        {
            "niveau": from_url.pyramid_level.value if from_url.pyramid_level else "",
            "programma": from_url.programme or "",
            "uitkomst": from_url.outcome or "",
            "wijk": ",".join(from_url.neighbourhoods),
            "van": format_month(from_url.start or months[0]),
            "tot": format_month(from_url.end or months[-1]),
        }
    )
    sidebar = st.sidebar
    sidebar.header(tr("filter.heading"), anchor=False)  # a section under the page's H1

    levels = ["", *sorted(set(programmes["pyramid_level"]))]
    _keep_valid("niveau", levels, "")
    level = sidebar.selectbox(
        tr("filter.pyramid_level"),
        levels,
        index=held_index("niveau", levels),
        key="niveau",
        format_func=lambda value: label("pyramid_level", value, lang()) if value else tr("filter.all_levels"),
    )

    shown = programmes[programmes["pyramid_level"] == level] if level else programmes
    names = dict(zip(shown["id"], shown["name"], strict=True))
    if not names:
        sidebar.warning(tr("filter.no_programmes"))
    programme = _named_choice("programma", "filter.programme", names, next(iter(names), ""))
    outcomes = {"": tr("filter.all_outcomes"), **catalog.outcomes(store, viewer(), programme)}
    outcome = _named_choice("uitkomst", "filter.outcome", outcomes, "")

    codes = dict(zip(neighbourhoods["code"], neighbourhoods["name"], strict=True))
    held = st.session_state.get("wijk") or []
    kept = [code for code in (held.split(",") if isinstance(held, str) else held) if code in codes]  # a link's list
    if kept != held:
        st.session_state["wijk"] = kept
    selected = sidebar.multiselect(
        tr("filter.neighbourhoods"),
        list(codes),
        default=kept,  # see held_index
        key="wijk",
        format_func=labelled_by(codes),
        placeholder=tr("filter.neighbourhoods_all"),
    )

    labels = [format_month(month) for month in months]
    for key, fallback in (("van", labels[0]), ("tot", labels[-1])):
        _keep_valid(key, labels, fallback)
    start_column, end_column = sidebar.columns(2)
    start, end = (
        column.selectbox(tr(text), labels, index=held_index(key, labels), key=key, format_func=_month_label)
        for column, text, key in ((start_column, "filter.from", "van"), (end_column, "filter.to", "tot"))
    )
    if start > end:
        start, end = end, start

    filters = Filters(
        programme=programme or None,
        neighbourhoods=tuple(selected),
        start=parse_month(start) if start != labels[0] else None,
        end=parse_month(end) if end != labels[-1] else None,
        pyramid_level=PyramidLevel(level) if level else None,
        outcome=outcome or None,
    )
    sidebar.caption(tr("filter.share"))
    st.query_params.from_dict({**filters.to_query(), **url_state()})
    # Reads need the whole period spelled out even when the URL leaves it implicit.
    return replace(filters, start=parse_month(start), end=parse_month(end))


def _named_choice(key: str, text_key: str, names: dict[str, str], fallback: str) -> str:
    """``named_choice`` in the sidebar, held on a valid choice (``fallback`` when the one held is gone)."""
    _keep_valid(key, list(names), fallback)
    return named_choice(tr(text_key), names, key, place=st.sidebar) or fallback


def _keep_valid(key: str, options: list[str], fallback: str) -> None:
    if st.session_state.get(key) not in options:
        st.session_state[key] = fallback


def _months(store: Store) -> list[dt.date]:
    """Every month with data, up to this month so that today's entries are in view."""
    this_month = dt.date.today().replace(day=1)
    bounds = catalog.month_range(store, viewer())
    if bounds is None:
        return [this_month]
    return months_between(bounds[0], max(bounds[1], this_month))


def _month_label(value: str) -> str:
    return _month_name(value, lang())


@functools.lru_cache(maxsize=4096)  # two select boxes name every month with data on every rerun
def _month_name(value: str, language: Lang) -> str:
    return month_name(parse_month(value), language)
