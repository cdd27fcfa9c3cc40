"""Trends: one indicator over time against its target, neighbourhoods side by side, the outcome
instruments, and (for the organisation) entry of one instrument measurement below them."""

import streamlit as st

from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.doelmatigheid import instruments
from impact_core.ui import context, numbers, safe, session
from impact_core.ui import instruments as instrument_panel
from impact_core.ui import peers as peer_panel
from impact_core.ui.options import named_choice
from impact_core.ui.session import tr

store, viewer, filters = context.current()
indicators = doelmatigheid.key_indicators(store, viewer, filters, limit=100)

st.title(tr("page.trends"), anchor=False)
st.info(tr("numbers.not_for_accounting"), icon=":material/forum:")
if indicators.empty:
    st.write(tr("trends.none"))
    instrument_panel.section(instruments.panels(store, viewer, filters), viewer.min_cell)
    instrument_panel.entry_section(store, viewer, filters.programme)
    st.stop()
if viewer.min_cell:
    st.caption(tr("trends.small_cells", threshold=viewer.min_cell))

names = dict(zip(indicators["id"], indicators["name"], strict=True))
left, right = st.columns([3, 1])
chosen = session.view_choice(
    "trend_indicator",
    list(names),
    lambda: named_choice(tr("trends.indicator"), names, "trend_indicator", place=left),
)
period = session.view_choice(
    "trend_period",
    ["month", "quarter"],
    lambda: right.segmented_control(
        tr("trends.period"),
        ["month", "quarter"],
        default=st.session_state.get("trend_period", "month"),  # see held_index
        required=True,
        format_func=lambda value: tr(f"trends.{value}"),
        key="trend_period",
    ),
)
if session.presenting():  # the choice is not drawn on the shared screen: its name heads the chart
    st.header(safe.escape_markdown(f"{names[chosen]} · {tr(f'trends.{period}')}"), anchor=False)
unit = indicators.set_index("id").loc[chosen, "unit"]
numbers.trend_chart(doelmatigheid.series(store, viewer, filters, [chosen], period=period), unit, names[chosen])
numbers.neighbourhood_table(
    doelmatigheid.neighbourhood_comparison(store, viewer, filters, chosen), unit, viewer.min_cell
)
peer_panel.trend_section(store, viewer, filters, chosen)
instrument_panel.section(instruments.panels(store, viewer, filters), viewer.min_cell)
instrument_panel.entry_section(store, viewer, filters.programme)
