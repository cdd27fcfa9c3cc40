"""The outcome instruments panel of the numbers track: a spider web of first against latest
measurement per programme and instrument, and who moved up, stayed or moved down per domain.
Never a person: no score per participant is drawn or listed, and Positieve Gezondheid carries
its caveat (a conversation aid, not a yardstick)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impact_core.doelmatigheid.instruments import DomainChange, InstrumentPanel, summary_text
from impact_core.i18n import label, number
from impact_core.models import Instrument
from impact_core.render import chart_text, charts
from impact_core.ui import figures, safe
from impact_core.ui.session import lang, presenting, tr

_WEB_LEAST_DOMAINS = 3  # fewer axes draw a line or a point, not a web
_ROW_HEIGHT = 35  # of a dataframe row, in pixels: the whole table shows, without a scrollbar


def section(panels: list[InstrumentPanel], min_cell: int) -> None:
    """Every instrument panel the viewer may see for the chosen programme (or all of them)."""
    st.header(tr("instruments.title"), anchor=False)
    st.caption(tr("instruments.intro"))
    if not panels:
        st.write(tr("instruments.none"))
    for shown in panels:
        _panel(shown, min_cell)


def _panel(panel: InstrumentPanel, min_cell: int) -> None:
    name = label("instrument", panel.instrument, lang())
    with st.container(border=True):
        st.subheader(
            safe.escape_markdown(tr("instruments.heading", instrument=name, programme=panel.programme)), anchor=False
        )
        if panel.instrument is Instrument.POSITIEVE_GEZONDHEID:
            st.info(tr("instruments.pg_note"), icon=":material/forum:")
        if panel.suppressed:
            st.caption(tr("instruments.suppressed", threshold=min_cell))
            return
        low, high = panel.scale
        st.caption(tr("instruments.participants", count=panel.participants, low=low, high=high))
        web = [(label("instrument_domain", domain, lang()), first, latest) for domain, first, latest in panel.means()]
        left_out = [label("instrument_domain", domain.domain, lang()) for domain in panel.domains if domain.suppressed]
        # One above the other: side by side the web cut its domain names and the table its last column.
        with st.container():
            if len(web) >= _WEB_LEAST_DOMAINS:
                figures.chart(
                    charts.instrument_web(
                        web,
                        scale=panel.scale,
                        first_name=tr("instruments.first"),
                        latest_name=tr("instruments.latest"),
                        presenting=presenting(),
                    ),
                    chart_text.instrument_web(
                        web,
                        instrument=name,
                        programme=panel.programme,
                        scale=panel.scale,
                        lang=lang(),
                    ),
                    key=f"instrument-{panel.programme_id}-{panel.instrument}",
                )
            else:
                st.caption(tr("instruments.too_few_domains"))
            if left_out:
                st.caption(tr("instruments.left_out", threshold=min_cell, domains=", ".join(left_out)))
        st.markdown(f"**{tr('instruments.moved')}**")
        moved = moved_table(panel.domains, min_cell)
        st.dataframe(moved, hide_index=True, width="stretch", height=_ROW_HEIGHT * (len(moved) + 1) + 3)


def moved_table(domains: tuple[DomainChange, ...], min_cell: int) -> pd.DataFrame:
    """Per domain the share (and number) of participants that moved up, stayed or moved down;
    ``<threshold`` where the group is too small for this viewer."""

    def cell(domain: DomainChange, moved: str) -> str:
        share, count = domain.share(moved), getattr(domain, moved)
        if share is None:
            return f"<{min_cell}" if domain.suppressed else "–"
        return f"{number(100 * share, lang())}% ({count})"

    return pd.DataFrame(
        {
            tr("instruments.col.domain"): [label("instrument_domain", domain.domain, lang()) for domain in domains],
            tr("instruments.col.participants"): [
                f"<{min_cell}" if domain.suppressed else str(domain.participants) for domain in domains
            ],
            tr("instruments.col.up"): [cell(domain, "up") for domain in domains],
            tr("instruments.col.same"): [cell(domain, "same") for domain in domains],
            tr("instruments.col.down"): [cell(domain, "down") for domain in domains],
        }
    )


def summary_lines(panels: list[InstrumentPanel], min_cell: int) -> list[str]:
    """One line per instrument for the dialogue table's numbers column."""
    return [summary_text(panel, min_cell, lang()) for panel in panels]
