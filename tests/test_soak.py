"""A long session: a couple of hundred reruns of the dialogue table do not make the process grow.

The session runs in a process of its own: resident memory belongs to the whole process, and
inside the test run it would also count what a thousand other tests left behind.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# DuckDB's block cache and the allocator fill up over the first reruns (the dialogue table reads
# a dozen tables); measured here, growth levels off after about 80 reruns, so measure after that.
WARM_UP, RERUNS = 80, 150  # one rerun takes about 0.2 s here

SESSION = f"""
import gc, json, sys
from pathlib import Path
from streamlit.testing.v1 import AppTest

def rss_mb():
    gc.collect()  # count what is kept, not garbage waiting for the next collection
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

test = AppTest.from_file({str(ROOT / "app.py")!r}, default_timeout=30).run()
def change(number):
    test.selectbox(key="programma").set_value(("jeugd", "wijk")[number % 2]).run()
    assert not test.exception, test.exception
for number in range({WARM_UP}):
    change(number)
warm = rss_mb()
for number in range({RERUNS}):
    change(number)
print(json.dumps({{"grown": rss_mb() - warm, "title": test.title[0].value}}))
"""


def test_hundreds_of_filter_changes_in_one_session_do_not_grow_memory(demo_db):
    done = subprocess.run(
        [sys.executable, "-c", SESSION],
        cwd=ROOT,
        env={**os.environ, "IMPACT_DB": str(demo_db)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["title"] == "Wijk\\- en buurtgerichte aanpak"  # the last change really ran (title markdown, escaped)
    assert result["grown"] < 30, f"{result['grown']:.1f} MB more after {RERUNS} reruns"
