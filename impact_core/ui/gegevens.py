"""Widgets of the Data page: import with its row report, template, export, backup and restore, erasure
(a storyteller's stories, a participant's instrument scores).

Every action calls the library, which checks the role again; user text (file names,
cell values) only ever reaches the screen inside tables or as plain text.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import pandas as pd
import streamlit as st

from impact_core.access import audit
from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.gegevens import backup, erasure, exports, importer, tabular, templates
from impact_core.gegevens.importer import ImportReport
from impact_core.gegevens.tabular import Note
from impact_core.i18n import label
from impact_core.models import ENTITIES
from impact_core.refusal import Refused
from impact_core.ui import safe, session
from impact_core.ui.session import lang, tr

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_REPORT = "_data_report"
_EXPORT = "_data_export"
_BACKUP = "_data_backup"
_NOTICE = "_data_notice"
_NOTICE_ERROR = "_data_notice_error"
_log = logging.getLogger(__name__)
_SOURCES = {model.__table__: model.__source__ for model in ENTITIES}  # the names the files and sheets use


def steward_only() -> None:
    st.info(tr("gegevens.steward_only"), icon=":material/lock:")


def notice() -> None:
    """What the previous run did (a restore reruns the page), shown once."""
    message = st.session_state.pop(_NOTICE, None)
    if message:
        st.success(message)
    problem = st.session_state.pop(_NOTICE_ERROR, None)
    if problem:
        st.error(problem)


# --- import ----------------------------------------------------------------------------


def import_section(store: Store, viewer: Viewer) -> None:
    uploads = st.file_uploader(
        tr("gegevens.upload"),
        type=["xlsx", "xlsm", "csv", "txt", "tsv"],
        accept_multiple_files=True,
        help=tr("gegevens.upload.help"),
        key="data_upload",
        max_upload_size=tabular.MAX_BYTES // (1024 * 1024),
    )
    valid_rows_only = st.radio(
        tr("gegevens.mode"),
        [False, True],
        key="data_mode",
        horizontal=True,
        format_func=lambda value: tr("gegevens.mode.valid") if value else tr("gegevens.mode.all"),
    )
    check, load = st.columns([1, 1])
    dry_run = check.button(tr("gegevens.check"), key="data_check", disabled=not uploads, width="stretch")
    real = load.button(tr("gegevens.load"), key="data_load", type="primary", disabled=not uploads, width="stretch")
    if uploads and (dry_run or real):
        files = [(upload.name, upload.getvalue()) for upload in uploads]
        try:
            with st.spinner():
                report = importer.import_uploads(
                    store, viewer, files, dry_run=dry_run, valid_rows_only=bool(valid_rows_only)
                )
        except Refused as refused:
            st.session_state.pop(_REPORT, None)
            st.error(tr("gegevens.refused", reason=safe.escape_markdown(refused.text(lang()))))
            return
        except Exception as error:  # a bug of ours: a plain sentence on screen, the traceback in the server log
            _log.exception("import failed")
            st.session_state.pop(_REPORT, None)
            st.error(tr("gegevens.unexpected", kind=type(error).__name__))
            return
        st.session_state[_REPORT] = report
    shown = st.session_state.get(_REPORT)
    if shown is not None:
        show_report(shown)


def _headline(report: ImportReport) -> None:
    rows = report.bad_rows
    if report.dry_run:
        st.info(tr("gegevens.result.dry"))
    elif report.written and report.ok:
        st.success(tr("gegevens.result.loaded"))
    elif report.written:
        st.warning(tr("gegevens.result.partly", rows=rows))
    else:
        st.error(tr("gegevens.result.nothing", errors=report.error_count, rows=rows))
    if report.ok and report.dry_run:
        st.success(tr("gegevens.result.clean"))
    if report.omitted:
        st.caption(tr("gegevens.result.omitted", count=report.omitted))
    for line in report.notices:
        safe.caption(line.text(lang()) if isinstance(line, Note) else line)


def show_report(report: ImportReport) -> None:
    _headline(report)
    if report.tables:
        st.header(tr("gegevens.tables"), anchor=False)
        st.dataframe(
            pd.DataFrame(
                [
                    (_SOURCES.get(result.table, result.table), result.read, result.rejected, result.new, result.changed)
                    for result in report.tables
                ],
                columns=[
                    tr("gegevens.col.table"),
                    tr("gegevens.col.read"),
                    tr("gegevens.col.rejected"),
                    tr("gegevens.col.new"),
                    tr("gegevens.col.changed"),
                ],
            ),
            hide_index=True,
        )
    if not report.ok:
        st.header(tr("gegevens.errors"), anchor=False)
        shown = report.errors.head(5000).rename(
            columns={
                "file": tr("gegevens.col.file"),
                "row": tr("gegevens.col.row"),
                "column": tr("gegevens.col.column"),
                "value": tr("gegevens.col.value"),
                "message": tr("gegevens.col.message"),
            }
        )
        st.dataframe(shown, hide_index=True, key="data_errors")
        st.download_button(
            tr("gegevens.report.download"),
            exports.report_xlsx(report.errors, report.summary()),
            file_name="foutenrapport.xlsx",
            mime=_XLSX,
            icon=":material/download:",
            key="data_report_download",
        )


# --- template and export -----------------------------------------------------------------


@functools.cache
def _template() -> bytes:
    return templates.template_xlsx()


def template_section() -> None:
    st.markdown(tr("gegevens.template.text"))
    st.download_button(
        tr("gegevens.template.download"),
        _template(),
        file_name="impactdialoog-sjabloon.xlsx",
        mime=_XLSX,
        icon=":material/download:",
        key="data_template",
    )


def export_section(store: Store, viewer: Viewer) -> None:
    st.markdown(tr("gegevens.export.text"))
    if st.button(tr("gegevens.export.make"), key="data_export_make"):
        try:
            st.session_state[_EXPORT] = exports.export_xlsx(store, viewer)
        except Refused as error:
            st.error(error.text(lang()))
    if _EXPORT in st.session_state:
        st.download_button(
            tr("gegevens.export.download"),
            st.session_state[_EXPORT],
            mime=_XLSX,
            file_name=exports.export_name("xlsx"),
            icon=":material/download:",
            key="data_export",
        )


# --- backup and restore ------------------------------------------------------------------


def backup_section(store: Store, viewer: Viewer) -> None:
    st.markdown(tr("gegevens.backup.text"))
    directory = backup.backup_directory(store.location)
    if st.button(tr("gegevens.backup.make"), key="data_backup_make"):
        st.session_state[_BACKUP] = str(backup.create_backup(store, viewer, directory))
    made = st.session_state.get(_BACKUP)
    if made and Path(made).exists():
        safe.caption(tr("gegevens.backup.made", name=Path(made).name))
        st.download_button(
            tr("gegevens.backup.download"),
            Path(made).read_bytes(),
            file_name=Path(made).name,
            mime="application/octet-stream",
            icon=":material/download:",
            key="data_backup",
        )
    found = backup.list_backups(directory)
    if not found:
        st.caption(tr("gegevens.backup.none"))
        return
    chosen = st.selectbox(tr("gegevens.backup.choose"), found, format_func=lambda path: path.name, key="data_restore")
    sure = st.checkbox(tr("gegevens.backup.confirm"), key="data_restore_sure")
    if st.button(tr("gegevens.backup.restore"), disabled=not sure, key="data_restore_go", type="primary"):
        try:
            backup.check_backup(chosen)
        except Refused as refusal:
            st.error(refusal.text(lang()))
            return
        session.release_store(store)
        try:
            backup.restore_backup(store.location, chosen, viewer)
        except Refused as refusal:  # the old file stays; the next run reopens it
            st.session_state[_NOTICE_ERROR] = refusal.text(lang())
            st.rerun()
        st.session_state[_NOTICE] = tr("gegevens.backup.restored", name=chosen.name)
        for key in (_BACKUP, _REPORT, _EXPORT, "data_restore_sure"):
            st.session_state.pop(key, None)
        st.rerun()


# --- audit log -----------------------------------------------------------------------------


def audit_section(store: Store, viewer: Viewer) -> None:
    """Who wrote what, and when: never what was written."""
    st.markdown(tr("gegevens.audit.text"))
    entries = audit.entries(store, viewer, limit=200)
    if entries.empty:
        st.caption(tr("gegevens.audit.none"))
        return
    entries = entries.assign(
        actor=entries["actor"].fillna("–"),
        table_name=entries["table_name"].map(lambda table: _SOURCES.get(table, table)),  # the names files use
    )
    st.dataframe(
        entries.rename(
            columns={
                "written_at": tr("gegevens.audit.when"),
                "role": tr("gegevens.audit.role"),
                "actor": tr("gegevens.audit.who"),
                "action": tr("gegevens.audit.action"),
                "table_name": tr("gegevens.audit.table"),
                "record_id": tr("gegevens.audit.record"),
            }
        ),
        hide_index=True,
    )


# --- erasure -------------------------------------------------------------------------------


def erasure_section(store: Store, viewer: Viewer) -> None:
    st.header(tr("gegevens.erase.storyteller.title"), anchor=False)
    st.markdown(tr("gegevens.erase.text"))
    pseudonym = _erasure_form("data_erase", "gegevens.erase.pseudonym", "VT-0012", "gegevens.erase.button")
    if pseudonym:
        try:
            erased = erasure.erase_storyteller(store, viewer, pseudonym)
        except Refused as error:
            st.error(error.text(lang()))
        else:
            st.success(tr("gegevens.erase.done", count=erased.stories))
            if erased.quotes:
                st.write(tr("gegevens.erase.quotes"))
                safe.table(
                    pd.DataFrame(
                        [(quote.kind, quote.record, quote.field) for quote in erased.quotes],
                        columns=[tr("gegevens.erase.kind"), tr("gegevens.erase.record"), tr("gegevens.erase.field")],
                    ).set_index(tr("gegevens.erase.kind"))
                )
    _participant_erasure(store, viewer)
    log = erasure.erasure_log(store, viewer)
    if not log.empty:
        st.header(tr("gegevens.erase.log"), anchor=False)
        log["role"] = [label("role", role, lang()) for role in log["role"]]
        headers = {column: tr(f"gegevens.erase.log.{column}") for column in log}
        st.dataframe(log.rename(columns=headers), hide_index=True)


def _erasure_form(name: str, label_key: str, placeholder: str, button_key: str) -> str | None:
    """A pseudonym and the confirmation; the pseudonym when both were given. One without says what
    is missing (the form clears on submit, so a silent refusal would look like nothing happened)."""
    with st.form(name, clear_on_submit=True):
        pseudonym = st.text_input(tr(label_key), placeholder=placeholder, key=f"{name}_who")
        sure = st.checkbox(tr("gegevens.erase.confirm"), key=f"{name}_sure")
        submitted = st.form_submit_button(tr(button_key), type="primary")
    if not submitted:
        return None
    if not (sure and pseudonym.strip()):
        st.warning(tr("gegevens.erase.incomplete"))
        return None
    return pseudonym


def _participant_erasure(store: Store, viewer: Viewer) -> None:
    """A participant's instrument scores, by their code, with the same confirmation as a storyteller's stories."""
    st.header(tr("gegevens.erase.participant.title"), anchor=False)
    st.markdown(tr("gegevens.erase.participant.text"))
    pseudonym = _erasure_form(
        "data_erase_participant", "gegevens.erase.participant.pseudonym", "DN-0042", "gegevens.erase.participant.button"
    )
    if pseudonym:
        try:
            count = erasure.erase_participant(store, viewer, pseudonym)
        except Refused as error:
            st.error(error.text(lang()))
        else:
            st.success(tr("gegevens.erase.participant.done", count=count))
