"""The dossier page's one control: make the dossier on request, then offer PDF and Excel."""

from __future__ import annotations

import time

import streamlit as st

from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.i18n import month_name, number
from impact_core.samen import catalog, dossier
from impact_core.ui import safe
from impact_core.ui.options import labelled_by
from impact_core.ui.session import lang, presenting, tr

_MADE = "_dossier_made"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def maker(store: Store, viewer: Viewer, filters: Filters, programme_name: str) -> None:
    """A button builds both files (not every rerun: a filter change must stay fast); the bytes
    wait in the session until the programme, period, municipality, language or seat changes."""
    if presenting():  # the shared screen draws no controls: the dossier is made at a desk
        st.info(tr("presentation.dossier"), icon=":material/co_present:")
        return
    funders = catalog.funders(store, viewer, filters.programme)
    if funders.empty:
        st.warning(tr("dossier.page.no_funder"))
        return
    assert filters.programme is not None  # without a programme there are no funders (p.id = NULL matches no row)
    names = dict(funders.itertuples(index=False))
    code = next(iter(names))
    if len(names) > 1:
        code = st.selectbox(
            tr("dossier.page.municipality"), list(names), format_func=labelled_by(names), key="dossier_gemeente"
        )
    period = tr("all.period", start=month_name(filters.start, lang()), end=month_name(filters.end, lang()))
    st.caption(tr("dossier.page.scope", programme=safe.escape_markdown(programme_name), period=period))
    wanted = (filters.programme, filters.start, filters.end, code, lang(), viewer.seat)
    if st.button(tr("dossier.page.make"), type="primary", icon=":material/description:", key="dossier_make"):
        started = time.perf_counter()
        with st.spinner(tr("dossier.page.making")):
            found = dossier.build(
                store, viewer, filters.programme, start=filters.start, end=filters.end, municipality_code=code
            )
            pdf, xlsx = dossier.dossier_pdf(found, lang()), dossier.dossier_xlsx(found, lang())
        st.session_state[_MADE] = {
            "for": wanted,
            "pdf": pdf,
            "xlsx": xlsx,
            "seconds": time.perf_counter() - started,
            "name": f"dossier-{filters.programme}-{found.cover.generated_on}",
        }
    made = st.session_state.get(_MADE)
    if not made or made["for"] != wanted:
        return
    st.success(tr("dossier.page.made", seconds=number(made["seconds"], lang(), 1)), icon=":material/check_circle:")
    row = st.container(horizontal=True)
    row.download_button(
        tr("dossier.page.pdf"),
        made["pdf"],
        file_name=f"{made['name']}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        key="dossier_pdf",
    )
    row.download_button(
        tr("dossier.page.xlsx"),
        made["xlsx"],
        file_name=f"{made['name']}.xlsx",
        mime=_XLSX,
        icon=":material/table_view:",
        on_click="ignore",
        key="dossier_xlsx",
    )
