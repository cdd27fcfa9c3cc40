"""Killing the process in the middle of a large import leaves the database as it was before."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
from pandas.testing import assert_frame_equal

from impact_core.db.store import Store, insert_frame
from impact_core.gegevens.synthetic import scale_measurements
from tests.conftest import copy_demo, every_row

ROOT = Path(__file__).resolve().parent.parent

# The import runs as usual; once the measurements are written inside the transaction it
# says so and waits, so the test kills it at that moment and not before or after.
_CHILD = textwrap.dedent("""
    import sys, time
    from impact_core.gegevens import importer
    from impact_core.db import upsert
    from impact_core.access.viewer import Role, Viewer
    from impact_core.db.store import Store

    original = upsert.upsert

    def upsert_then_wait(cur, table, columns, keys, **options):
        result = original(cur, table, columns, keys, **options)
        if table == "measurement":
            print("halverwege", result, flush=True)
            time.sleep(120)
        return result

    upsert.upsert = upsert_then_wait
    importer.import_paths(Store(sys.argv[1]), Viewer(Role.BEHEER, organisation_id="wvs", actor="test"), [sys.argv[2]])
""")


def _measurements(store: Store) -> pd.DataFrame:
    # Every row, not a sum: PostgreSQL may add a large table up in parallel, in another order, and
    # a float sum then differs in its last digits although no row changed.
    return every_row(store, "measurement")


def test_a_killed_import_changes_nothing(demo_db, tmp_path):
    database = copy_demo(demo_db, tmp_path / "crash.duckdb")
    indicators, measurements = scale_measurements(300_000)
    store = Store(database)
    store.write(lambda cur: insert_frame(cur, "indicator", indicators))
    before = _measurements(store)
    store.close()
    source = tmp_path / "metingen.csv"
    measurements.to_csv(source, index=False)

    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(database), str(source)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("halverwege (300000, 0)"), child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()

    store = Store(database)
    assert_frame_equal(_measurements(store), before)
    assert store.scalar("SELECT count(*) FROM audit_log WHERE action = 'import'") == 0
    store.close()
