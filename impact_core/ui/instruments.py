"""The outcome instruments panel of the numbers track: a spider web of first against latest
measurement per programme and instrument, and who moved up, stayed or moved down per domain.
Never a person: no score per participant is drawn or listed, and Positieve Gezondheid carries
its caveat (a conversation aid, not a yardstick). Below the panels, the organisation enters one
participant's measurement by form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.doelmatigheid import instruments
from impact_core.doelmatigheid.instruments import DomainChange, InstrumentPanel, summary_text
from impact_core.i18n import label, number
from impact_core.models import INSTRUMENT_DOMAINS, INSTRUMENT_RANGE, Instrument, InstrumentDomain
from impact_core.refusal import Refused, read
from impact_core.render import chart_text, charts
from impact_core.samen import catalog
from impact_core.ui import figures, safe
from impact_core.ui.options import labelled_by, named_by, required
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


# --- entering one measurement ---------------------------------------------------------------

_SAVED = "_instrument_saved"
_COLUMNS = 3  # domains side by side: the ZRM's thirteen fit in five rows


def entry_section(store: Store, viewer: Viewer, programme: str | None) -> None:
    """The form for one participant's scores at one moment, below the panels it feeds; only for
    whom the policy lets record scores, never on the shared screen. ``programme``: the one the
    filter chose, offered first."""
    if presenting() or not policy.may(viewer, Action.RECORD_INSTRUMENT_SCORE):
        return
    st.header(tr("instruments.form.title"), anchor=False)
    saved = st.session_state.pop(_SAVED, None)
    if saved:
        st.success(saved)
        _empty_form()
    programmes = dict(catalog.programmes(store, viewer)[["id", "name"]].itertuples(index=False))
    if not programmes:
        st.write(tr("instruments.form.no_programmes"))
        return
    st.caption(tr("instruments.form.intro"))
    # Outside the form: the domains below change with the instrument at once.
    chosen = st.radio(
        tr("instruments.form.instrument"),
        list(Instrument),
        horizontal=True,
        format_func=named_by("instrument"),
        key="instrument_form_instrument",
    )
    instrument = Instrument(chosen or Instrument.ZRM)  # a radio always has one chosen
    if instrument == Instrument.POSITIEVE_GEZONDHEID:
        st.info(tr("instruments.form.pg_note"), icon=":material/forum:")
    fields = _form(instrument, programmes, programme)
    if fields is None:
        return
    try:
        count = instruments.record_measurement(store, viewer, **fields)
    except Refused as refused:
        problems = "\n".join(f"- {safe.escape_markdown(read(problem, lang()))}" for problem in refused.problems)
        st.error(f"{tr('instruments.form.invalid')}:\n\n{problems}" if problems else refused.text(lang()))
        return
    st.session_state[_SAVED] = tr(
        "instruments.form.saved", count=count, instrument=label("instrument", instrument, lang())
    )
    st.rerun()  # the panels above read the new scores


def _empty_form() -> None:
    """After a save, before the widgets are drawn: an empty form for the next participant (set,
    not dropped, so the browser's copy of each value is replaced too)."""
    st.session_state["instrument_form_participant"] = ""
    for domain in InstrumentDomain:
        st.session_state[f"instrument_form_{domain}"] = None


def _form(instrument: Instrument, programmes: dict[str, str], programme: str | None) -> dict[str, Any] | None:
    """The fields of one measurement when saved, else None. A domain left at 'not measured' is None."""
    low, high = INSTRUMENT_RANGE[instrument]
    levels = list(range(low, high + 1))
    # Not cleared on submit: a refused measurement keeps what was typed, to correct one field.
    with st.form("instrument_form"):
        left, middle, right = st.columns(3)
        fields: dict[str, Any] = {
            "programme_id": left.selectbox(
                tr("instruments.form.programme_id"),
                list(programmes),
                format_func=labelled_by(programmes),
                index=list(programmes).index(programme) if programme in programmes else 0,
                key="instrument_form_programme",
            ),
            "participant": middle.text_input(
                required(tr("instruments.form.participant")),
                placeholder="DN-0042",
                help=tr("instruments.form.participant.help"),
                key="instrument_form_participant",
            ),
            "measured_on": right.date_input(
                tr("instruments.form.measured_on"),
                value=dt.date.today(),
                format="DD-MM-YYYY",
                key="instrument_form_date",
            ),
            "instrument": instrument,
        }
        st.markdown(f"**{tr('instruments.form.domains')}**")
        st.caption(tr(f"instruments.form.scale_{instrument}"))
        columns = st.columns(_COLUMNS)
        fields["scores"] = {
            domain: columns[place % _COLUMNS].selectbox(
                label("instrument_domain", domain, lang()),
                levels,
                index=None,
                format_func=_level_name(instrument),
                placeholder=tr("instruments.form.not_measured"),
                key=f"instrument_form_{domain}",
            )
            for place, domain in enumerate(INSTRUMENT_DOMAINS[instrument])
        }
        submitted = st.form_submit_button(tr("instruments.form.save"), type="primary")
    return fields if submitted else None


def _level_name(instrument: Instrument) -> Callable[[int], str]:
    """A ZRM score with the words of its level; a Positieve Gezondheid score as the number alone."""
    if instrument == Instrument.ZRM:
        return lambda score: tr(f"instruments.form.zrm_level.{score}")
    return str
