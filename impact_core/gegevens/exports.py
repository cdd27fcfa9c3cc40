"""The steward's own organisation out: an Excel workbook the importer reads back, or Parquet files.

The workbook has a sheet per entity, named and headed as the importer expects (the Dutch
names), so an export imports into an empty database with the same content. Text that
starts with '=' stays text: a cell never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from pyarrow import parquet

from impact_core.access import audit, policy, tenancy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.db import postgres
from impact_core.db.store import Cursor, Store
from impact_core.gegevens.validation import rules
from impact_core.models import ENTITIES, Record
from impact_core.refusal import Invalid

EXCEL_ROWS = 1_048_575  # Excel's rows, less the header
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an .xlsx cannot hold


class ExportTooLarge(Invalid):
    pass


def text_cell(sheet: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    """A cell that holds ``value`` as text, whatever it starts with."""
    cell = WriteOnlyCell(sheet, _ILLEGAL.sub("", value))
    cell.data_type = "s"
    return cell


def _cells(sheet: WriteOnlyWorksheet, values: list[Any], kinds: list[str]) -> list[object]:
    row: list[object] = []
    for value, kind in zip(values, kinds, strict=True):
        if kind != "list" and pd.isna(value):
            row.append(None)
        elif kind == "list":
            row.append(text_cell(sheet, "; ".join(str(item) for item in value)) if len(value) else None)
        elif kind == "bool":
            row.append("ja" if value else "nee")
        elif kind == "date":
            cell = WriteOnlyCell(sheet, pd.Timestamp(value).date())
            cell.number_format = "dd-mm-yyyy"
            row.append(cell)
        elif kind == "datetime":
            cell = WriteOnlyCell(sheet, pd.Timestamp(value).to_pydatetime())
            cell.number_format = "dd-mm-yyyy hh:mm"
            row.append(cell)
        elif kind == "int":
            row.append(int(value))
        elif kind == "float":
            row.append(float(value))
        else:
            row.append(text_cell(sheet, str(value)))
    return row


def _select(model: type[Record], columns: str, organisation: str) -> str:
    """The rows of one table that belong to the organisation (or that all share). The organisation
    goes in as a quoted literal, one way for both exports: COPY takes no parameters."""
    owned = tenancy.owned(model.__table__, "t") or "TRUE"
    literal = "'" + organisation.replace("'", "''") + "'"
    return f"SELECT {columns} FROM {model.__table__} t WHERE {owned.replace('$organisation', literal)} ORDER BY ALL"


def _every_column(cur: Cursor, table: str) -> str:
    """Every column of the table by name, not ``t.*``: ORDER BY ALL over a ``*`` has no translation
    into PostgreSQL's words, whose ORDER BY names positions."""
    names = [column[0] for column in cur.execute(f"SELECT * FROM {table} LIMIT 0").description]
    return ", ".join(f't."{name}"' for name in names)


def _table(cur: Cursor, model: type[Record], organisation: str) -> pd.DataFrame:
    return cur.execute(_select(model, ", ".join(f'"{name}"' for name in model.model_fields), organisation)).df()


def _snapshot(store: Store, organisation: str) -> dict[type[Record], pd.DataFrame]:
    """Every table as one transaction saw it, so the export is consistent."""
    with store.cursor() as cur:
        cur.execute("BEGIN TRANSACTION")
        try:
            return {model: _table(cur, model, organisation) for model in ENTITIES}
        finally:
            cur.execute("ROLLBACK")


def export_xlsx(store: Store, viewer: Viewer) -> bytes:
    """The steward's own organisation, a sheet per entity; it imports back as it is."""
    policy.require(viewer, Action.STEWARD_DATA)
    tables = _snapshot(store, str(viewer.organisation_id))
    too_big = [model.__source__ for model, frame in tables.items() if len(frame) > EXCEL_ROWS]
    if too_big:
        raise ExportTooLarge("gegevens.refusal.too_big_for_excel", tables=", ".join(too_big))
    book = Workbook(write_only=True)
    for model, frame in tables.items():
        sheet = book.create_sheet(model.__source__)
        field_rules = rules(model)
        sheet.append([rule.column for rule in field_rules])
        kinds = [rule.kind for rule in field_rules]
        for values in frame.itertuples(index=False, name=None):
            sheet.append(_cells(sheet, list(values), kinds))
    buffer = io.BytesIO()
    book.save(buffer)
    store.write(lambda cur: audit.record(cur, viewer, "export", "database", "xlsx"))
    return buffer.getvalue()


def export_parquet(store: Store, viewer: Viewer, directory: Path) -> list[Path]:
    """One Parquet file per entity in ``directory``, written in one snapshot: the
    steward's own organisation, as in the Excel export."""
    policy.require(viewer, Action.STEWARD_DATA)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    with store.cursor() as cur:
        cur.execute("BEGIN TRANSACTION")
        try:
            for model in ENTITIES:
                target = directory / f"{model.__table__}.parquet"
                quoted = "'" + str(target).replace("'", "''") + "'"
                sql = _select(model, _every_column(cur, model.__table__), str(viewer.organisation_id))
                if isinstance(cur, postgres.Cursor):  # PostgreSQL's COPY writes no Parquet: Arrow does
                    parquet.write_table(pa.Table.from_pandas(cur.execute(sql).df(), preserve_index=False), target)
                else:
                    cur.execute(f"COPY ({sql}) TO {quoted} (FORMAT parquet)")
                written.append(target)
        finally:
            cur.execute("ROLLBACK")
    store.write(lambda cur: audit.record(cur, viewer, "export", "database", "parquet"))
    return written


def export_name(kind: str, today: dt.date | None = None) -> str:
    return f"impactdialoog-{(today or dt.date.today()).isoformat()}.{kind}"


REPORT_HEADER = ["Bestand", "Rij", "Kolom", "Waarde", "Wat is er mis"]


def report_xlsx(errors: pd.DataFrame, summary: str) -> bytes:
    """The import report as a workbook: one line per problem, and what happened."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("fouten")
    sheet.append(REPORT_HEADER)
    shown = errors[["file", "row", "column", "value", "message"]].head(EXCEL_ROWS)
    for file, row, column, value, message in shown.itertuples(index=False, name=None):
        sheet.append(
            [
                text_cell(sheet, str(file)),
                int(row),
                text_cell(sheet, str(column)),
                text_cell(sheet, str(value)),
                text_cell(sheet, str(message)),
            ]
        )
    about = book.create_sheet("samenvatting")
    for line in summary.splitlines():
        about.append([text_cell(about, line)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
