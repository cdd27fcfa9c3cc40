"""The database: migrations, one connection per process, transactions with retry.

A DuckDB file (the embedded default) or a PostgreSQL server (``postgresql://`` address; see
``impact_core.db.postgres``). DuckDB lets one process write to a file. Each process therefore
opens the database once (``open_store``) and every unit of work takes its own cursor from that
connection (on PostgreSQL: a pooled connection); cursors are safe to use from different threads.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib
import itertools
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pandas as pd
import psycopg

from impact_core.config import min_cell_size
from impact_core.db import postgres
from impact_core.refusal import Refused

T = TypeVar("T")
Cursor = duckdb.DuckDBPyConnection  # or postgres.Cursor, which answers the same calls
# What either engine raises, for the few modules that turn a database's refusal into words.
DatabaseUnreachable = psycopg.OperationalError
DatabaseError: tuple[type[Exception], ...] = (duckdb.Error, psycopg.Error)
ConstraintError: tuple[type[Exception], ...] = (duckdb.ConstraintException, psycopg.errors.IntegrityError)

# A migration is SQL, or a module with ``migrate(cur)`` for what SQL cannot say (DuckDB has no
# dynamic DDL: a table rebuilt with every table that refers to it, whatever those are).
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.(sql|py)$")
# Versions of the data, unique within the process: a reopened or restored file never meets
# what was remembered about another Store.
_versions = itertools.count(1)
# View models kept by ``Store.remember_recent``, for all sessions of a process together: each is
# some tens of kilobytes (the dialogue table's is about 60 KB at 1M measurements).
RECENT = 64


class DatabaseLocked(Refused, RuntimeError):
    """Another process holds the database file."""


class WriteConflict(Refused, RuntimeError):
    """A write kept conflicting with other writers and was given up."""


class ConcurrentWrite(RuntimeError):
    """Raised inside a unit of work that lost a race with another writer; ``Store.write`` runs it again."""


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) for every numbered migration, in order."""
    found = []
    for entry in resources.files("impact_core.db.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def _apply(cur: Cursor, name: str, text: str) -> None:
    if name.endswith(".py"):
        importlib.import_module(f"impact_core.db.migrations.{name.removesuffix('.py')}").migrate(cur)
    else:
        cur.execute(text)


class Store:
    def __init__(self, path: str | Path, *, read_only: bool = False, migrate_to: int | None = None) -> None:
        self.engine = "postgres" if postgres.is_address(path) else "duckdb"
        self.location = str(path)
        self._con: Any
        if self.engine == "postgres":
            # No file: the database's name stands in, for what is named after it (backups).
            self.path = Path(postgres.database_name(str(path)) or "impact")
            self._con = postgres.Connection(str(path))
        else:
            self.path = Path(path)
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._con = duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as error:
                if "lock" in str(error).lower():
                    raise DatabaseLocked("store.refusal.locked", path=self.path) from error
                raise
        self._remembered: OrderedDict[Hashable, Any] = OrderedDict()
        self._recent: OrderedDict[Hashable, Any] = OrderedDict()
        self._remembered_lock = threading.Lock()
        self.version = next(_versions)
        if isinstance(self._con, postgres.Connection):
            self._con.watch(self._changed)  # other processes' writes, too, make this one forget
        if not read_only:
            self.migrate(migrate_to)
            if migrate_to is None:
                from impact_core.db import measurement_month  # here: that module imports this one

                measurement_month.recount_if_stale(self)

    # --- units of work ----------------------------------------------------------------

    @contextmanager
    def cursor(self) -> Iterator[Cursor]:
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def query(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        with self.cursor() as cur:
            return cur.execute(sql, params).df()

    # scalar and row read only the first row with fetchone: safe here because the cursor is
    # closed straight after. Inside a unit of work (Store.write) read with fetchall, since a
    # half-read result makes DuckDB refuse the cursor's next register, append or query.
    def scalar(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> Any:
        with self.cursor() as cur:
            row = cur.execute(sql, params).fetchone()
            return None if row is None else row[0]

    def row(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> dict[str, Any] | None:
        """The first row as plain Python values (None, never NaN), or None when there is none."""
        with self.cursor() as cur:
            result = cur.execute(sql, params)
            found = result.fetchone()
            names = [column[0] for column in result.description]
            return None if found is None else dict(zip(names, found, strict=True))

    def rows(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Every row as plain Python values (None, never NaN): for a dataclass, not a DataFrame."""
        with self.cursor() as cur:
            result = cur.execute(sql, params)
            found = result.fetchall()
            names = [column[0] for column in result.description]
            return [dict(zip(names, row, strict=True)) for row in found]

    def write(self, work: Callable[[Cursor], T], *, attempts: int = 8) -> T:
        """Run ``work`` in one transaction; retry it when another writer conflicts.

        Either everything ``work`` did is committed, or nothing is.
        """
        for attempt in range(attempts):
            with self.cursor() as cur:
                cur.execute("BEGIN TRANSACTION")
                try:
                    result = work(cur)
                    if isinstance(cur, postgres.Cursor):
                        cur.native(f"NOTIFY {postgres.CHANNEL}")  # delivered at the commit, to every process
                    cur.execute("COMMIT")
                    self._changed()
                    return result
                except (duckdb.TransactionException, ConcurrentWrite, *postgres.RACES) as error:
                    _rollback(cur)
                    if isinstance(error, duckdb.TransactionException) and not _is_conflict(error):
                        raise
                except BaseException:
                    _rollback(cur)
                    raise
            time.sleep(0.005 * 2**attempt)
        raise WriteConflict("store.refusal.conflict", attempts=attempts)

    # --- remembered reads ---------------------------------------------------------------

    def remember(self, key: Hashable, read: Callable[[], T]) -> T:
        """What ``read`` returns, computed once per version of the data and handed out as a copy.

        For small reads every rerun repeats (the programmes a viewer may choose, the months
        with data): ``key`` must hold everything the answer depends on, the viewer above all,
        so that no viewer is ever handed what was read for another. Every write forgets it all.
        """
        return self._remember(self._remembered, key, read, None)

    def remember_recent(self, key: Hashable, read: Callable[[], T]) -> T:
        """Like ``remember``, for a page's whole view model per viewer and filters: only the
        ``RECENT`` keys asked for last are kept, so memory stays bounded however many filter
        combinations people try."""
        return self._remember(self._recent, key, read, RECENT)

    def _remember(
        self, memory: OrderedDict[Hashable, Any], key: Hashable, read: Callable[[], T], keep: int | None
    ) -> T:
        # The small-cell threshold is read from the environment at each read (a viewer's min_cell):
        # an answer remembered under one threshold is never handed out under another.
        key = (min_cell_size(), key)
        with self._remembered_lock:
            version = self.version
            if key in memory:
                memory.move_to_end(key)
                return copy.deepcopy(memory[key])
        value = read()
        with self._remembered_lock:
            if self.version == version:  # a write that landed meanwhile may have changed the answer
                memory[key] = copy.deepcopy(value)
                while keep is not None and len(memory) > keep:
                    memory.popitem(last=False)
        return value

    def _changed(self) -> None:
        with self._remembered_lock:
            self.version = next(_versions)
            self._remembered.clear()
            self._recent.clear()

    # --- schema -----------------------------------------------------------------------

    def migrate(self, up_to: int | None = None) -> int:
        """Apply the migrations this file has not seen yet (up to ``up_to``); return the version."""

        def apply(cur: Cursor) -> int:
            if isinstance(cur, postgres.Cursor):
                cur.native("CREATE EXTENSION IF NOT EXISTS unaccent")  # DuckDB's strip_accents
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
            )
            done = {row[0] for row in cur.execute("SELECT version FROM schema_version").fetchall()}
            for version, name, sql in migrations():
                if version not in done and (up_to is None or version <= up_to):
                    _apply(cur, name, sql)
                    cur.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
            # fetchall: a half-read result would keep the cursor busy for the COMMIT that follows.
            return cur.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]

        return self.write(apply)

    def copy_to(self, target: Path) -> None:
        """The whole DuckDB database, as one snapshot, into a new file at ``target``; nothing there
        when it fails. (A PostgreSQL store's copy: ``transfer.copy_to_file``.)"""
        with self.cursor() as cur:
            catalog = cur.execute("SELECT current_database()").fetchall()[0][0]
            cur.execute("ATTACH '" + str(target).replace("'", "''") + "' AS impact_copy")
            try:
                cur.execute(f'COPY FROM DATABASE "{catalog}" TO impact_copy')
            except BaseException:
                cur.execute("DETACH impact_copy")
                for leftover in (target, Path(f"{target}.wal")):
                    leftover.unlink(missing_ok=True)
                raise
            cur.execute("DETACH impact_copy")

    def rewrite_file(self) -> None:
        """Rewrite the database file from its live rows and swap it in: DuckDB keeps deleted and
        overwritten values in the file's free blocks, and an erasure must leave none behind.

        The connection is reopened on the new file; a query running meanwhile in another thread
        fails (and is rerun by the page). A failed copy leaves the file as it was.

        PostgreSQL keeps dead rows in its tables' pages until they are vacuumed; a full vacuum
        writes every table anew from its live rows."""
        if isinstance(self._con, postgres.Connection):
            cur = self._con.cursor()
            try:
                cur.native("VACUUM FULL")
            finally:
                cur.close()
            self._changed()
            return
        aside = self.path.with_name(self.path.name + ".rewriting")
        for leftover in (aside, Path(f"{aside}.wal")):
            leftover.unlink(missing_ok=True)
        self.copy_to(aside)
        try:
            self._con.close()  # checkpoints: the old file's write-ahead log, raw text and all, goes with it
            os.replace(aside, self.path)
            Path(f"{self.path}.wal").unlink(missing_ok=True)
        finally:
            self._con = duckdb.connect(str(self.path))
            self._changed()

    @property
    def schema_version(self) -> int:
        return self.scalar("SELECT coalesce(max(version), 0) FROM schema_version")

    def close(self) -> None:
        self._con.close()
        with _lock:
            if _stores.get(_key(self.location)) is self:
                del _stores[_key(self.location)]


def remembered(read: Callable[..., T]) -> Callable[..., T]:
    """Decorate a read ``read(store, *args)`` whose answer depends only on the data and on its
    (hashable) arguments, the viewer among them: see ``Store.remember``."""

    @functools.wraps(read)
    def remembered_read(store: Store, *args: Hashable) -> T:
        return store.remember((read.__module__, read.__qualname__, *args), lambda: read(store, *args))

    return remembered_read


def _is_conflict(error: BaseException) -> bool:
    """Did this transaction lose a race with another writer (so that running it again helps)?

    DuckDB says "conflict" when two transactions change the same row. When two insert the
    same new key (two stories bringing the same new word to the search index), the second
    fails at commit with a constraint violation: run again, it finds the key already there.
    A clean-up statement after the conflict may raise "transaction is aborted" instead, with
    the conflict as its context, so the whole chain is read.
    """
    current: BaseException | None = error
    while current is not None:
        text = str(current).lower()
        if "conflict" in text or ("failed to commit" in text and "constraint violation" in text):
            return True
        current = current.__cause__ or current.__context__
    return False


def _rollback(cur: Cursor) -> None:
    with contextlib.suppress(*DatabaseError):  # DuckDB already rolled back a failed commit
        cur.execute("ROLLBACK")


def insert_frame(cur: Cursor, table: str, frame: pd.DataFrame) -> int:
    """Append a data frame whose columns are (a subset of) the table's columns."""
    columns = ", ".join(f'"{name}"' for name in frame.columns)
    if isinstance(cur, postgres.Cursor):  # the table's types: a column of missing values says none of its own
        cur.register("incoming_frame", frame, postgres.column_types(cur, table))
    else:
        cur.register("incoming_frame", frame)
    try:
        cur.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming_frame")
    except duckdb.Error:
        # In an aborted transaction unregister fails too; keep the error that says why.
        with contextlib.suppress(duckdb.Error):
            cur.unregister("incoming_frame")
        raise
    cur.unregister("incoming_frame")
    return len(frame)


_stores: dict[str, Store] = {}
_lock = threading.Lock()


def _key(path: str | Path) -> str:
    return str(path) if postgres.is_address(path) else str(Path(path).resolve())


def open_store(path: str | Path) -> Store:
    """The one connection of this process to the database at ``path``."""
    key = _key(path)
    with _lock:
        if key not in _stores:
            _stores[key] = Store(path)
        return _stores[key]
