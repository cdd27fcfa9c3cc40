from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import psycopg
import pytest
from psycopg import sql

from impact_core.db import postgres
from impact_core.db.store import Store
from impact_core.gegevens.demo import build_demo

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"
# A PostgreSQL server's address (``make test-postgres``): every test database is a database there.
POSTGRES = os.environ.get("IMPACT_TEST_POSTGRES", "")
# Under PostgreSQL: the demo each copy is made from, never connected to (a template must not be).
_templates: dict[str, str] = {}
# Under PostgreSQL: the databases made so far and the pools opened on them. The test or module that
# made a database drops it when it ends, as pytest deletes a passing test's tmp_path: some 4,000
# copies of the demo are 40 GB, more than a CI machine's disk may have free.
_made: list[str] = []
_kept: set[str] = set()
_pools: list[postgres.Connection] = []


def database_at(path: Path) -> Path | str:
    """A test's database: the DuckDB file ``path``, or under ``make test-postgres`` a database on
    the test server named after that path (fresh: dropped first)."""
    if not POSTGRES:
        return path
    address = postgres.with_database(POSTGRES, "t" + hashlib.sha1(str(path).encode()).hexdigest()[:20])
    postgres.drop(address)
    _made.append(address)
    return address


def _dropping_what_is_made_meanwhile() -> Iterator[None]:
    if not POSTGRES:
        yield
        return
    start = len(_made)
    yield
    made, _made[start:] = [a for a in _made[start:] if a not in _kept], []
    names = {postgres.database_name(address) for address in made}
    for pool in [pool for pool in _pools if postgres.database_name(pool.address) in names]:
        pool.close()  # a store the test left open: its listener would knock on a dropped database
        _pools.remove(pool)
    for address in made:
        postgres.drop(address)


# Autouse fixtures come first within their scope: every database a module's or a test's fixtures
# make is made after these start, and dropped after those fixtures end. (A session fixture comes
# before both.)
@pytest.fixture(autouse=True, scope="module")
def _module_databases_dropped() -> Iterator[None]:
    yield from _dropping_what_is_made_meanwhile()


@pytest.fixture(autouse=True)
def _test_databases_dropped() -> Iterator[None]:
    yield from _dropping_what_is_made_meanwhile()


@pytest.fixture(autouse=True, scope="session")
def _pools_recorded() -> Iterator[None]:
    if not POSTGRES:
        yield
        return
    opened = postgres.Connection.__init__

    def recorded(self: postgres.Connection, *args: object, **kwargs: object) -> None:
        opened(self, *args, **kwargs)
        _pools.append(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(postgres.Connection, "__init__", recorded)
        yield


def pytest_configure(config: pytest.Config) -> None:
    """The tests read the app in Dutch unless they choose otherwise: a Flemish installation's
    ``IMPACT_LANGUAGE`` on the machine that runs them (and the servers they start) is set aside.
    Masking runs in each test process."""
    os.environ.pop("IMPACT_LANGUAGE", None)
    # deduce in each test process, as before the masking worker: the worker's own tests start
    # one, and every browser test's server has one of its own (benchmarks.harness).
    os.environ["IMPACT_MASKING"] = "in-process"


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under xdist (--dist loadgroup) a module's tests run on one worker, so its module-scoped
    fixtures are made once, and every browser test on one worker: one Chromium and one shared
    server instead of one per worker. Under PostgreSQL, a test about the DuckDB file itself is
    skipped, with its reason in the report."""
    for item in items:
        group = "browser" if item.path.is_relative_to(BROWSER_TESTS) else item.path.stem
        item.add_marker(pytest.mark.xdist_group(group))
        only = item.get_closest_marker("duckdb_only")
        if POSTGRES and only is not None:
            item.add_marker(pytest.mark.skip(reason=f"DuckDB only: {only.args[0]}"))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    """A demo database built once per test run; tests must not write to it."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    if not POSTGRES:
        build_demo(path)
        return path
    template = database_at(path.with_name("template"))
    build_demo(template)
    # Nobody may be connected to a template while it is copied, autovacuum included; it skips a
    # database that allows no connections.
    with psycopg.connect(postgres.with_database(POSTGRES, "postgres"), autocommit=True) as connection:
        name = postgres.database_name(template)
        connection.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false").format(sql.Identifier(name)))
    copy = database_at(path)
    postgres.create(copy, template=template)
    _templates[copy] = template
    _kept.update((template, copy))
    return copy


@pytest.fixture(scope="session")
def demo_store(demo_db: Path) -> Store:
    return Store(demo_db)


@pytest.fixture
def empty_store(tmp_path: Path) -> Store:
    location = database_at(tmp_path / "empty.duckdb")
    if POSTGRES:
        postgres.create(location)
    store = Store(location)
    yield store
    store.close()


def copy_demo(demo_db: Path | str, path: Path) -> Path | str:
    """The session's demo database copied to ``path``: the same file as a fresh build, in
    milliseconds instead of seconds (the build masks every story with deduce)."""
    if POSTGRES:
        copy = database_at(path)
        postgres.create(copy, template=_templates[str(demo_db)])
        return copy
    shutil.copyfile(demo_db, path)
    if Path(f"{demo_db}.wal").exists():
        shutil.copyfile(f"{demo_db}.wal", f"{path}.wal")
    return path


@pytest.fixture
def demo_file(demo_db: Path | str, tmp_path: Path) -> Path | str:
    """A demo database file of this test's own, for a test that writes or hands it to a server."""
    return copy_demo(demo_db, tmp_path / "demo-copy.duckdb")


@pytest.fixture
def writable_store(demo_file: Path) -> Iterator[Store]:
    """A demo database of this test's own, for tests that write."""
    store = Store(demo_file)
    yield store
    store.close()


def every_row_in_order(store: Store, table: str) -> str:
    """The query for every row of ``table`` in a fixed order, on either engine (PostgreSQL is not
    told ORDER BY ALL over a ``*``, whose columns the translation cannot know)."""
    columns = ", ".join(f'"{name}"' for name in store.query(f"SELECT * FROM {table} LIMIT 0").columns)
    return f"SELECT {columns} FROM {table} ORDER BY ALL"


def every_row(store: Store, table: str) -> pd.DataFrame:
    return store.query(every_row_in_order(store, table))


def database_bytes(store: Store, *, log: bool = True) -> bytes:
    """Every byte the database keeps on disk after a checkpoint: the DuckDB file (and its log), or
    under PostgreSQL the test server's files of this database (and, with ``log``, the server's
    write-ahead log, which holds every change any database of the server made)."""
    if store.engine == "duckdb":
        store.write(lambda cur: cur.execute("CHECKPOINT").fetchall())
        wal = store.path.with_name(store.path.name + ".wal")
        return store.path.read_bytes() + (wal.read_bytes() if log and wal.exists() else b"")
    oid = store.scalar("SELECT oid FROM pg_database WHERE datname = current_database()")
    store.scalar("CHECKPOINT")
    data = Path(postgres.conninfo_to_dict(store.location)["host"]) / "data"
    folders = [data / "base" / str(oid)] + ([data / "pg_wal"] if log else [])
    return b"".join(path.read_bytes() for folder in folders for path in sorted(folder.rglob("*")) if path.is_file())


@contextmanager
def held_by_another_process(path: Path | str) -> Iterator[None]:
    """Another process opens the database and keeps it, as a second app would."""
    connect = f"psycopg.connect({path!r})" if postgres.is_address(path) else f"duckdb.connect({str(path)!r})"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, psycopg, time; c = {connect}; print('ok', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        yield
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Iterator[Store]:
    """A copy of the session's demo database for a test that writes: faster than building one."""
    store = Store(copy_demo(demo_db, tmp_path / "copy.duckdb"))
    yield store
    store.close()
