from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from impact_core.db.store import Store
from impact_core.gegevens.demo import build_demo

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


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
    server instead of one per worker."""
    for item in items:
        group = "browser" if item.path.is_relative_to(BROWSER_TESTS) else item.path.stem
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once per test run; tests must not write to it."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    build_demo(path)
    return path


@pytest.fixture(scope="session")
def demo_store(demo_db: Path) -> Store:
    return Store(demo_db)


@pytest.fixture
def empty_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "empty.duckdb")
    yield store
    store.close()


def copy_demo(demo_db: Path, path: Path) -> Path:
    """The session's demo database copied to ``path``: the same file as a fresh build, in
    milliseconds instead of seconds (the build masks every story with deduce)."""
    shutil.copyfile(demo_db, path)
    if Path(f"{demo_db}.wal").exists():
        shutil.copyfile(f"{demo_db}.wal", f"{path}.wal")
    return path


@pytest.fixture
def demo_file(demo_db: Path, tmp_path: Path) -> Path:
    """A demo database file of this test's own, for a test that writes or hands it to a server."""
    return copy_demo(demo_db, tmp_path / "demo-copy.duckdb")


@pytest.fixture
def writable_store(demo_file: Path) -> Iterator[Store]:
    """A demo database of this test's own, for tests that write."""
    store = Store(demo_file)
    yield store
    store.close()


@contextmanager
def held_by_another_process(path: Path) -> Iterator[None]:
    """Another process opens the database file and keeps it, as a second app would."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True); time.sleep(60)",
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
