"""Load a staged frame into its table on natural keys, inside the caller's transaction.

Only rows that are new or differ in some column are written, so loading the same file
twice changes nothing; this also keeps DuckDB from rewriting rows that other tables
reference (it refuses to update those in some cases).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from impact_core.db import measurement_month, postgres
from impact_core.db.store import Cursor, DatabaseError

STAGING = "import_staging"


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    referenced: tuple[str, ...]


@dataclass(frozen=True)
class Keys:
    primary: tuple[str, ...]
    foreign: tuple[ForeignKey, ...]


def _quoted(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


# Keys the importer keeps instead of the database (migration 016): DuckDB maintains an index for a
# primary key and for each foreign key on every insert and at every checkpoint, and for the
# measurement table, the one that grows to millions of rows, that cost most of an import. The
# importer refuses a key repeated within the load (``_twice``) and every reference that points at
# nothing (``missing_references``), and updates a stored row with the same key instead of adding
# one (``upsert``); imports run one at a time (``LOADING``), since no index stops two of them from
# adding the same key. No code deletes an indicator, programme or neighbourhood.
KEPT_BY_IMPORTER: dict[str, Keys] = {
    "measurement": Keys(
        primary=("indicator_id", "programme_id", "neighbourhood_code", "month"),
        foreign=(
            ForeignKey(("indicator_id",), "indicator", ("id",)),
            ForeignKey(("programme_id",), "programme", ("id",)),
            ForeignKey(("neighbourhood_code",), "neighbourhood", ("code",)),
        ),
    )
}

# One load at a time in this process; DuckDB lets one process write a file, so that is every load.
LOADING = threading.Lock()


def table_keys(cur: Cursor, table: str) -> Keys:
    """The table's natural key and references: the database's constraints, or those the importer keeps."""
    if table in KEPT_BY_IMPORTER:
        return KEPT_BY_IMPORTER[table]
    rows = (
        postgres.keys(cur, table)
        if isinstance(cur, postgres.Cursor)
        else cur.execute(
            "SELECT constraint_type, constraint_column_names, referenced_table, referenced_column_names"
            " FROM duckdb_constraints() WHERE table_name = ? AND schema_name = 'main'"
            " AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') ORDER BY constraint_index",
            [table],
        ).fetchall()
    )
    primary: tuple[str, ...] = ()
    foreign = []
    for kind, columns, referenced_table, referenced in rows:
        if kind == "PRIMARY KEY":
            primary = tuple(columns)
        else:
            foreign.append(ForeignKey(tuple(columns), referenced_table, tuple(referenced)))
    return Keys(primary, tuple(foreign))


def column_types(cur: Cursor, table: str) -> dict[str, str]:
    if isinstance(cur, postgres.Cursor):
        return postgres.column_types(cur, table)
    return dict(
        cur.execute(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position",
            [table],
        ).fetchall()
    )


def stage(cur: Cursor, frame: pd.DataFrame, repeated: tuple[str, ...] = ()) -> None:
    """Hand the frame to DuckDB as Arrow: scanned natively, without Python objects per cell.

    Text columns in ``repeated`` (references, the file name: a few values over many rows) go as a
    dictionary, so DuckDB joins and stores each distinct value once (a million measurements went
    into the table about a third faster)."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    for name in repeated:
        position = table.schema.get_field_index(name)
        kind = table.schema.field(position).type if position >= 0 else None
        if kind is not None and (pa.types.is_large_string(kind) or pa.types.is_string(kind)):
            table = table.set_column(position, name, pc.dictionary_encode(table.column(position)))
    cur.register(STAGING, table)


def unstage(cur: Cursor) -> None:
    with contextlib.suppress(*DatabaseError):  # keep the first error, not a complaint about the aborted transaction
        cur.unregister(STAGING)


def missing_references(cur: Cursor, keys: Keys) -> list[tuple[ForeignKey, pd.DataFrame]]:
    """Per foreign key: the staged rows (``_row``, ``_source``, ``_seq``, values) that point at nothing."""
    found = []
    for key in keys.foreign:
        filled = " AND ".join(f's."{column}" IS NOT NULL' for column in key.columns)
        match = " AND ".join(
            f'r."{ref}" = s."{column}"' for column, ref in zip(key.columns, key.referenced, strict=True)
        )
        rows = cur.execute(
            f"SELECT s._row, s._source, s._seq, {', '.join(f's.{chr(34)}{c}{chr(34)}' for c in key.columns)}"
            f" FROM {STAGING} s WHERE {filled} AND NOT EXISTS (SELECT 1 FROM {key.table} r WHERE {match})"
            " ORDER BY s._seq"
        ).df()
        if not rows.empty:
            found.append((key, rows))
    return found


def upsert(
    cur: Cursor, table: str, columns: list[str], keys: Keys, *, kept: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """Write staged rows that are new or changed; (new, changed).

    Columns in ``kept`` were not in the file: a row already stored keeps its value there,
    so a file with fewer columns never blanks what it did not mention. Measurements' monthly
    sums are counted afresh for the programmes the rows belong to.
    """
    written = _upsert(cur, table, columns, keys, kept=kept)
    if table == "measurement" and any(written):
        programmes = cur.execute(f"SELECT DISTINCT programme_id FROM {STAGING}").fetchall()
        measurement_month.refresh(cur, [programme for (programme,) in programmes])
    return written


def _upsert(cur: Cursor, table: str, columns: list[str], keys: Keys, *, kept: frozenset[str]) -> tuple[int, int]:
    types = column_types(cur, table)
    kept = kept & set(columns) if keys.primary else frozenset()
    names = _quoted(columns)
    source = f"{STAGING} s"
    if kept:
        match = " AND ".join(f't."{key}" = s."{key}"' for key in keys.primary)
        source = f"{STAGING} s LEFT JOIN {table} t ON {match}"
    cast = ", ".join(
        f'CASE WHEN t."{keys.primary[0]}" IS NULL THEN CAST(s."{column}" AS {types[column]}) ELSE t."{column}" END'
        f' AS "{column}"'
        if column in kept
        else f'CAST(s."{column}" AS {types[column]}) AS "{column}"'
        for column in columns
    )
    if cur.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {table})").fetchall()[0][0]:
        # First load of this table: no comparison needed.
        cur.execute(f"INSERT INTO {table} ({names}) SELECT {cast} FROM {source}")
        return cur.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0], 0
    if not keys.primary:
        return _insert_unseen_rows(cur, table, names, cast, source), 0
    if not _any_key_stored(cur, table, keys.primary, types):
        # No staged key is stored (a new period, a new indicator): nothing to compare or keep.
        plain = ", ".join(f'CAST(s."{column}" AS {types[column]}) AS "{column}"' for column in columns)
        return cur.execute(f"INSERT INTO {table} ({names}) SELECT {plain} FROM {STAGING} s").fetchall()[0][0], 0
    # Only rows whose key is stored already can be unchanged or changed; comparing every
    # column of the others (a million new measurements) cost most of a second for nothing.
    stored = " AND ".join(f'stored."{key}" = s."{key}"' for key in keys.primary)
    cur.execute(
        f"CREATE OR REPLACE TEMP TABLE import_diff AS SELECT {cast} FROM {source}"
        f" WHERE EXISTS (SELECT 1 FROM {table} stored WHERE {stored})"
        f" EXCEPT SELECT {names} FROM {table}"
    )
    try:
        changed = cur.execute("SELECT count(*) FROM import_diff").fetchall()[0][0]
        if changed:
            _update_changed(cur, table, columns, keys.primary)
        new = cur.execute(
            f"INSERT INTO {table} ({names}) SELECT {cast} FROM {source}"
            f" WHERE NOT EXISTS (SELECT 1 FROM {table} stored WHERE {stored})"
        ).fetchall()[0][0]
        return new, changed
    finally:
        with contextlib.suppress(*DatabaseError):  # after a failed statement the rollback drops it
            cur.execute("DROP TABLE IF EXISTS import_diff")


def _any_key_stored(cur: Cursor, table: str, primary: tuple[str, ...], types: dict[str, str]) -> bool:
    """Whether a stored row may share a staged key, decided one key column at a time on its few
    distinct values: a key is stored only when each of its parts is. Joining a million staged keys
    with the stored rows cost seconds when none matched (a new indicator, a new month)."""
    for column in primary:
        found = cur.execute(
            f'SELECT EXISTS (SELECT 1 FROM {table} t WHERE t."{column}" IN'
            f' (SELECT DISTINCT CAST(s."{column}" AS {types[column]}) FROM {STAGING} s))'
        ).fetchall()[0][0]
        if not found:
            return False
    return True


def _insert_unseen_rows(cur: Cursor, table: str, names: str, cast: str, source: str) -> int:
    """A table without a key: add the rows it does not hold yet (loading a file twice adds nothing)."""
    return cur.execute(
        f"INSERT INTO {table} ({names}) SELECT {cast} FROM {source} EXCEPT SELECT {names} FROM {table}"
    ).fetchall()[0][0]


def _update_changed(cur: Cursor, table: str, columns: list[str], primary: tuple[str, ...]) -> None:
    """Change stored rows column by column, and only the columns that differ.

    DuckDB cannot replace a row other tables refer to, nor change a list column of one;
    changing plain columns in place works, so a renamed programme keeps its measurements.
    """
    match = " AND ".join(f't."{key}" = d."{key}"' for key in primary)
    for column in columns:
        if column in primary:
            continue
        cur.execute(
            f'UPDATE {table} AS t SET "{column}" = d."{column}" FROM import_diff d'
            f' WHERE {match} AND t."{column}" IS DISTINCT FROM d."{column}"'
        )
