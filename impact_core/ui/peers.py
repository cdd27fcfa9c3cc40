"""Comparison with peers: the own line against other organisations' band on the Trends page, and
the steward's publishing and reading on the Gegevens page. No view shows a peer's name or
publisher id: the library hands none out."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.config import min_cell_size
from impact_core.db.store import Store
from impact_core.doelmatigheid import peers
from impact_core.doelmatigheid.peers import PeerComparison, RowError
from impact_core.filters import Filters
from impact_core.refusal import Refused
from impact_core.render import chart_text, charts
from impact_core.ui import figures, safe
from impact_core.ui.session import lang, presenting, tr

_PUBLISHED = "_peers_published"
_READINGS = "_peers_readings"


def trend_section(store: Store, viewer: Viewer, filters: Filters, indicator_id: str) -> None:
    """The chosen indicator against its peers, when the organisation looked at has read peer files."""
    organisation = peers.comparison_organisation(store, viewer, filters)
    if viewer.is_outside and organisation is None:
        return  # a municipality without a chosen programme looks at no one organisation
    if not peers.compared_indicators(store, organisation):
        return  # no peer files read: nothing to say, no empty panel
    st.header(tr("peers.title"), anchor=False)
    st.caption(tr("peers.intro", peers=peers.MIN_PEERS, threshold=min_cell_size()))
    compared = peers.compare(store, viewer, filters, indicator_id)
    if compared is None:
        st.write(tr("peers.no_organisation"))
        return
    band(compared)


def band(compared: PeerComparison) -> None:
    if compared.reason:
        st.write(tr(compared.reason, peers=peers.MIN_PEERS))
        return
    figures.chart(
        charts.peer_band(compared.months, unit=compared.unit, lang=lang(), presenting=presenting()),
        chart_text.peer_band(compared.months, name=compared.name, unit=compared.unit, lang=lang()),
        key=f"peers-{compared.indicator_id}",
    )
    few = int((compared.months["peers"] > 0).sum() - len(compared.shown))
    if few:
        st.caption(tr("peers.too_few_months", months=few, peers=peers.MIN_PEERS))
    if compared.other_unit:
        st.caption(tr("peers.other_unit", count=compared.other_unit))


def summary_lines(comparisons: list[PeerComparison]) -> list[str]:
    """One line per compared indicator for the dialogue table's numbers column; none on the shared
    screen, whose compact table must fit two screens (the Trends page shows the band there)."""
    if presenting():
        return []
    return [peers.summary_text(compared, lang()) for compared in comparisons]


# --- the steward's side -----------------------------------------------------------------------


def steward_section(store: Store, viewer: Viewer) -> None:
    if policy.may(viewer, Action.PUBLISH_FOR_PEERS):
        publish_section(store, viewer)
    read_section(store, viewer)


def publish_section(store: Store, viewer: Viewer) -> None:
    """Choose indicators, see exactly what goes out, publish, download."""
    st.header(tr("peers.publish.title"), anchor=False)
    st.markdown(tr("peers.publish.intro", threshold=min_cell_size()))
    names = peers.publishable(store, viewer)
    chosen = st.multiselect(
        tr("peers.publish.choose"),
        list(names),
        format_func=lambda indicator_id: f"{indicator_id} · {names[indicator_id]}",
        key="peers_publish_choice",
        placeholder=tr("form.choose"),
    )
    if not chosen:
        return
    try:
        shown = peers.preview(store, viewer, chosen)
    except Refused as refused:
        st.error(safe.escape_markdown(refused.text(lang())))
        return
    st.caption(tr("peers.publish.counts", rows=len(shown.rows), left_out=shown.left_out, threshold=min_cell_size()))
    st.dataframe(shown.rows, hide_index=True, width="stretch", key="peers_preview")
    with st.expander(tr("peers.publish.manifest")):
        st.code(json.dumps(shown.manifest, ensure_ascii=False, indent=2), language="json")
    if st.button(tr("peers.publish.button"), type="primary", key="peers_publish"):
        try:
            st.session_state[_PUBLISHED] = peers.publish(store, viewer, chosen)
        except Refused as refused:
            st.error(safe.escape_markdown(refused.text(lang())))
            return
    published = st.session_state.get(_PUBLISHED)
    if published is not None:
        st.success(tr("peers.publish.done"))
        st.download_button(
            tr("peers.publish.download"),
            published.data,
            file_name=published.file_name,
            mime="application/zip",
            icon=":material/download:",
            key="peers_download",
        )


def read_section(store: Store, viewer: Viewer) -> None:
    """Upload other organisations' files; every error per file, row and field."""
    st.header(tr("peers.read.title"), anchor=False)
    st.markdown(tr("peers.read.intro"))
    uploads = st.file_uploader(tr("peers.read.upload"), type=["zip"], accept_multiple_files=True, key="peers_upload")
    if st.button(tr("peers.read.button"), disabled=not uploads, key="peers_read") and uploads:
        readings = []
        for upload in uploads:
            try:
                readings.append((upload.name, peers.read_peer_file(store, viewer, upload.name, upload.getvalue())))
            except Refused as refused:
                st.error(safe.escape_markdown(refused.text(lang())))
                return
        st.session_state[_READINGS] = readings
    for name, reading in st.session_state.get(_READINGS, []):
        if reading.ok:
            st.success(
                safe.escape_markdown(tr("peers.read.done", name=name, rows=reading.rows, indicators=reading.indicators))
            )
            if reading.replaced:
                st.caption(tr("peers.read.replaced"))
        else:
            st.error(safe.escape_markdown(tr("peers.read.failed", name=name, count=len(reading.errors))))
            st.dataframe(_errors(reading.errors), hide_index=True, width="stretch")
    st.caption(tr("peers.read.files", count=peers.files_read(store, viewer)))


def _errors(errors: list[RowError]) -> pd.DataFrame:
    return pd.DataFrame(
        [(error.file, error.row, error.column, error.value, error.message) for error in errors],
        columns=[
            tr("gegevens.col.file"),
            tr("gegevens.col.row"),
            tr("gegevens.col.column"),
            tr("gegevens.col.value"),
            tr("gegevens.col.message"),
        ],
    )
