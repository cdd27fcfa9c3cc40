"""Several app processes on one PostgreSQL database (issue 23 item 2): what one process writes,
another shows on its next rerun, though it remembered the answer before. Under ``make test`` (no
PostgreSQL server) these are skipped; ``make test-postgres`` runs them."""

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from impact_core.db.store import Store
from tests.conftest import POSTGRES

pytestmark = pytest.mark.skipif(not POSTGRES, reason="needs the PostgreSQL server of make test-postgres")

ROOT = Path(__file__).resolve().parent.parent


def _in_another_process(address: str, statement: str) -> None:
    script = textwrap.dedent(f"""
        from impact_core.db.store import Store
        store = Store({address!r})
        store.write(lambda cur: cur.execute({statement!r}))
        store.close()
    """)
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)


def _municipalities(store: Store) -> int:
    return store.remember(("municipalities",), lambda: store.scalar("SELECT count(*) FROM municipality"))


def _eventually(check, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_a_write_in_another_process_makes_this_one_forget_what_it_remembered(demo_copy):
    before = _municipalities(demo_copy)
    assert _municipalities(demo_copy) == before  # remembered: no write since
    _in_another_process(demo_copy.location, "INSERT INTO municipality VALUES ('GM0999', 'Elders')")
    assert _eventually(lambda: _municipalities(demo_copy) == before + 1)


def test_a_rolled_back_write_in_another_process_changes_nothing_here(demo_copy):
    before = _municipalities(demo_copy)
    script = textwrap.dedent(f"""
        from impact_core.db.store import Store
        store = Store({demo_copy.location!r})
        def half(cur):
            cur.execute("INSERT INTO municipality VALUES ('GM0998', 'Half')")
            raise RuntimeError("stopped halfway")
        try:
            store.write(half)
        except RuntimeError:
            pass
    """)
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)
    assert _municipalities(demo_copy) == before
    assert demo_copy.scalar("SELECT count(*) FROM municipality WHERE code = 'GM0998'") == 0
