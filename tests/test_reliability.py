"""Nothing is lost or half-written: a killed writer and a held database file."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from impact_core.__main__ import main
from impact_core.db.store import Store
from tests.conftest import held_by_another_process

ROOT = Path(__file__).resolve().parent.parent

_LARGE_WRITE = """
import sys
from impact_core.db.store import Store
from tests.conftest import held_by_another_process
from impact_core.gegevens.synthetic import add_scale
store = Store(sys.argv[1])
print("writing", flush=True)
add_scale(store, 3_000_000, 0)
print("done", flush=True)
"""


def _counts(path: Path) -> tuple[int, int]:
    store = Store(path)
    try:
        return store.scalar("SELECT count(*) FROM measurement"), store.scalar("SELECT count(*) FROM indicator")
    finally:
        store.close()


def test_a_writer_killed_in_the_middle_of_a_large_write_leaves_the_database_as_it_was(demo_file):
    path = demo_file
    before = _counts(path)
    writer = subprocess.Popen(
        [sys.executable, "-c", _LARGE_WRITE, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline().strip() == "writing"
    time.sleep(1.0)  # inside the insert of three million rows, which takes several seconds here
    assert writer.poll() is None, "the write finished before it could be interrupted"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert _counts(path) == before


def test_the_command_line_says_in_plain_dutch_that_the_database_is_in_use(demo_file, capsys):
    path = demo_file
    with held_by_another_process(path):
        assert main(["demo", "--db", str(path), "--force"]) == 2
    assert "in gebruik door een ander programma" in capsys.readouterr().err
