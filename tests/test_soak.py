"""A long session: a couple of hundred reruns of the dialogue table do not make the process grow."""

import gc
import resource
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"
# DuckDB's block cache and the allocator fill up over the first reruns (the dialogue table reads
# a dozen tables); measured here, growth levels off after about 80 reruns, so measure after that.
WARM_UP, RERUNS = 80, 150  # one rerun takes about 0.2 s here
PROGRAMMES = ("jeugd", "wijk")


def _rss_mb() -> float:
    gc.collect()  # count what is kept, not garbage waiting for the next collection
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # no /proc: the peak will do


def _change_programme(test: AppTest, number: int) -> None:
    test.selectbox(key="programma").set_value(PROGRAMMES[number % 2]).run()
    assert not test.exception


def test_hundreds_of_filter_changes_in_one_session_do_not_grow_memory(demo_db, monkeypatch):
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    test = AppTest.from_file(str(APP), default_timeout=30).run()
    for number in range(WARM_UP):  # caches, imports, plotly templates and DuckDB blocks settle first
        _change_programme(test, number)
    warm = _rss_mb()
    for number in range(RERUNS):
        _change_programme(test, number)
    grown = _rss_mb() - warm
    assert test.title[0].value == "Wijk- en buurtgerichte aanpak"  # the last change really ran
    assert grown < 30, f"{grown:.1f} MB more after {RERUNS} reruns"
