"""Memory over a long session: 300 programme changes of the dialogue table in one AppTest session.

Run in a process of its own (``python -m benchmarks.soak DATABASE``) so that nothing else the
benchmark holds counts; prints the resident memory after a warm-up and at the end, as JSON.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP, RERUNS = 30, 300


def rss_mb() -> float:
    gc.collect()  # what is kept, not garbage waiting for the next collection
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main(database: str) -> None:
    os.environ["IMPACT_DB"] = database
    from streamlit.testing.v1 import AppTest

    test = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    for number in range(WARM_UP + RERUNS):
        if number == WARM_UP:
            warm, started = rss_mb(), time.perf_counter()
        test.selectbox(key="programma").set_value(("jeugd", "wijk")[number % 2]).run()
        if test.exception:
            raise RuntimeError(test.exception)
    print(
        json.dumps({"warm_mb": warm, "end_mb": rss_mb(), "rerun_ms": (time.perf_counter() - started) / RERUNS * 1000})
    )


if __name__ == "__main__":
    main(sys.argv[1])
