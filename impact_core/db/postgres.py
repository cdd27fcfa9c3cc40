"""PostgreSQL as the store's engine (issue 23): a pool of connections behind a cursor that speaks
as DuckDB's does, so that the store and domain modules keep one way of asking.

Every statement goes through ``dialect.postgres`` (imported at the first one). A cursor holds one
pooled connection for its life (a unit of work is one connection, its temporary tables with it);
connections are in autocommit, and ``Store.write`` opens and ends its transaction itself, as on
DuckDB.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlsplit

import numpy as np
import pandas as pd
import psycopg
import psycopg.errors
import pyarrow as pa
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.numeric import FloatLoader
from psycopg_pool import ConnectionPool

from impact_core.config import POSTGRES_SCHEMES

log = logging.getLogger(__name__)
CHANNEL = "impact_changed"
# What PostgreSQL reports as a lost race (Store.write runs the unit of work again).
RACES = (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected)
_INTEGERS = {"int2", "int4", "int8", "oid"}
_FLOATS = {"float4", "float8", "numeric"}
_TIMES = {"date", "timestamp", "timestamptz"}


def is_address(location: object) -> bool:
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def _configure(connection: psycopg.Connection) -> None:
    # DuckDB hands out sums and averages as floats; PostgreSQL's numeric would come as Decimal,
    # which does not mix with float in the domain modules' arithmetic.
    connection.adapters.register_loader("numeric", FloatLoader)


class Connection:
    """The pool; ``cursor()`` as on a DuckDB connection."""

    def __init__(self, address: str, *, size: int = 8) -> None:
        self.address = address
        # A wrong address fails here, with the server's words, instead of after the pool's wait.
        psycopg.connect(address, connect_timeout=10).close()
        self._pool = ConnectionPool(
            address,
            min_size=0,  # a quiet process holds no connection but its listener's
            max_size=size,
            max_idle=60,  # connections unused for a minute are let go
            kwargs={"autocommit": True, "cursor_factory": psycopg.RawCursor},
            configure=_configure,
            open=False,
        )
        self._pool.open(wait=True, timeout=30)

    def cursor(self) -> Cursor:
        return Cursor(self._pool)

    def watch(self, changed: Callable[[], None]) -> None:
        """Call ``changed`` whenever a unit of work commits, in this process or any other
        (``Store.write`` sends ``NOTIFY impact_changed`` in its transaction): what a process
        remembered about the data is then forgotten, as its own writes make it forget."""
        self._stopping = threading.Event()
        self._watcher = threading.Thread(target=self._listen, args=(changed,), name="impact-changes", daemon=True)
        self._watcher.start()

    def _listen(self, changed: Callable[[], None]) -> None:
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self.address, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    changed()  # whatever happened before listening (or while the link was down)
                    while not self._stopping.is_set():
                        if any(True for _ in connection.notifies(timeout=1.0)):
                            changed()
            except psycopg.Error:
                log.warning("the change notices of %s were interrupted; listening again", database_name(self.address))
                self._stopping.wait(1.0)

    def close(self) -> None:
        if hasattr(self, "_stopping"):
            self._stopping.set()
            self._watcher.join(timeout=5)
        self._pool.close()


class Cursor:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool
        self._connection = pool.getconn()
        self._cursor = self._connection.cursor()
        self._registered: list[str] = []

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> Cursor:
        translated = _translate(sql)
        arguments = [_argument(value) for value in translated.arguments(params)]
        for statement in translated.statements:
            self._cursor.execute(statement, arguments or None)
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[Any] | Mapping[str, Any]]) -> Cursor:
        translated = _translate(sql)
        (statement,) = translated.statements
        self._cursor.executemany(statement, [[_argument(v) for v in translated.arguments(row)] for row in rows])
        return self

    def _counted(self) -> bool:
        """An INSERT, UPDATE or DELETE: DuckDB answers it with one row, the number of rows it changed."""
        return self._cursor.description is None and self._cursor.rowcount >= 0

    def native(self, statement: str, params: Sequence[Any] | None = None) -> Cursor:
        """A statement in PostgreSQL's own words (``$1`` parameters), for what only this engine has."""
        self._cursor.execute(statement, params)
        return self

    @property
    def description(self) -> list[Any]:
        return self._cursor.description or []

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._cursor.description is None:  # a statement without rows (DDL, CHECKPOINT)
            return (self._cursor.rowcount,) if self._counted() else None
        return self._cursor.fetchone()

    def fetchall(self) -> list[tuple[Any, ...]]:
        if self._cursor.description is None:  # a statement without rows (DDL, CHECKPOINT)
            return [(self._cursor.rowcount,)] if self._counted() else []
        return self._cursor.fetchall()

    def df(self) -> pd.DataFrame:
        columns = self.description
        rows = self._cursor.fetchall()
        frame = pd.DataFrame.from_records(rows, columns=[column.name for column in columns])
        types = self._connection.adapters.types
        for column in columns:
            info = types.get(column.type_code)
            name = info.name if info else ""
            if name in _INTEGERS:
                values = pd.array(frame[column.name].tolist(), dtype="Int64")
                frame[column.name] = values.astype("int64") if not values.isna().any() else values
            elif name in _FLOATS:
                frame[column.name] = pd.to_numeric(frame[column.name], errors="coerce").astype("float64")
            elif name in _TIMES:
                times = pd.to_datetime(frame[column.name])
                frame[column.name] = times if times.dt.tz is not None else times.astype("datetime64[us]")
            elif column.type_code in _ARRAY_OIDS:
                frame[column.name] = [None if v is None else np.array(v, dtype=object) for v in frame[column.name]]
        return frame

    fetchdf = df

    def register(self, name: str, frame: pd.DataFrame | pa.Table, types: Mapping[str, str] | None = None) -> None:
        """A data frame as a temporary table of this cursor's connection (DuckDB reads the frame in
        place); its columns' types are ``types``, else guessed from the frame."""
        if isinstance(frame, pa.Table):
            frame = frame.to_pandas()
        types = types or {}
        columns = ", ".join(
            f'"{column}" {types.get(column) or _column_type(frame[column])}' for column in frame.columns
        )
        self._cursor.execute(f'CREATE TEMPORARY TABLE "{name}" ({columns})')
        names = ", ".join(f'"{column}"' for column in frame.columns)
        with self._cursor.copy(f'COPY "{name}" ({names}) FROM STDIN') as copy:
            for row in frame.itertuples(index=False, name=None):
                copy.write_row([_argument(value) for value in row])
        self._registered.append(name)

    def unregister(self, name: str) -> None:
        self._cursor.execute(f'DROP TABLE IF EXISTS "{name}"')
        self._registered.remove(name)

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            for name in self._registered:
                self._cursor.execute(f'DROP TABLE IF EXISTS "{name}"')
        self._cursor.close()
        self._pool.putconn(self._connection)


# text[] and friends: arrays come back as numpy arrays, as DuckDB's lists do in a data frame.
_ARRAY_OIDS = {1009, 1015, 1007, 1016, 1022, 1182}


def _translate(sql: str) -> Any:
    # sqlglot is imported with the first PostgreSQL statement: a DuckDB process never pays its
    # import (some 65 ms at every start of the app and of every command).
    from impact_core.db.dialect import postgres

    return postgres(sql)


def _argument(value: Any) -> Any:
    """Values as DuckDB accepts them (numpy scalars, pandas' missing values), as psycopg adapts them."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, (float, np.floating)):
        return None if np.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_argument(item) for item in value]
    return value


def _column_type(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(series):
        return "BIGINT"
    if pd.api.types.is_float_dtype(series):
        return "DOUBLE PRECISION"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "TIMESTAMP"
    sample = next((value for value in series if value is not None and value is not pd.NA), None)
    if isinstance(sample, dt.datetime):
        return "TIMESTAMP"
    if isinstance(sample, dt.date):
        return "DATE"
    if isinstance(sample, (list, tuple, np.ndarray)):
        return "TEXT[]"
    return "TEXT"


# --- whole databases: the demo build and a restore replace one whole, as a file is swapped ---


def with_database(address: str, name: str) -> str:
    parts = urlsplit(address)  # urlunsplit would drop the // of an address without a host
    return f"{parts.scheme}://{parts.netloc}/{quote(name)}" + (f"?{parts.query}" if parts.query else "")


def database_name(address: str) -> str:
    return str(conninfo_to_dict(address).get("dbname") or "")


def _maintenance(address: str) -> psycopg.Connection:
    return psycopg.connect(with_database(address, "postgres"), autocommit=True)


def exists(address: str) -> bool:
    with _maintenance(address) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database_name(address)])
        return found.fetchone() is not None


def beside(address: str, suffix: str) -> str:
    """The address of a database named as ``address``'s with ``suffix``, on the same server."""
    return with_database(address, database_name(address) + suffix.replace(".", "_"))


def create(address: str, *, template: str | None = None) -> None:
    """A new database at ``address``, empty or as a copy of the database ``template`` (which
    nobody may be connected to meanwhile)."""
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database_name(address)))
    if template:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(database_name(template)))
    with _maintenance(address) as connection:
        connection.execute(statement)


def drop(address: str) -> None:
    with _maintenance(address) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database_name(address)))
        )


def swap(aside: str, address: str) -> None:
    """Put the database ``aside`` in ``address``'s place. Refused (``ObjectInUse``) while an app is
    connected to the old one: its writes would be stranded there."""
    name, building = sql.Identifier(database_name(address)), sql.Identifier(database_name(aside))
    with _maintenance(address) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(name))
        connection.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(building, name))


# --- the catalog, where DuckDB's own tables of it have no PostgreSQL twin ---


def keys(cur: Cursor, table: str) -> list[tuple[str, list[str], str | None, list[str]]]:
    """(kind, columns, referenced table, referenced columns) of a table's primary and foreign keys,
    as ``duckdb_constraints()`` lists them."""
    cur.native(
        "SELECT CASE c.contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'FOREIGN KEY' END,"
        " ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)"
        "  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),"
        " r.relname::text,"
        " ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)"
        "  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)"
        " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_class r ON r.oid = c.confrelid"
        " WHERE t.relname = $1 AND t.relnamespace = current_schema()::regnamespace"
        " AND c.contype IN ('p', 'f') ORDER BY c.contype DESC, c.conname",
        [table],
    )
    return [(kind, columns, referenced, list(referred or [])) for kind, columns, referenced, referred in cur.fetchall()]


def column_types(cur: Cursor, table: str) -> dict[str, str]:
    cur.native(
        "SELECT a.attname::text, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
        " WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        [table],
    )
    return dict(cur.fetchall())
