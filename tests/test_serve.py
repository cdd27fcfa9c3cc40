"""One address for several app processes (issue 23 item 3): HAProxy keeps each browser with its
process, and every process shows what any of them wrote. Runs under ``make test-postgres``."""

import asyncio
import re
import shutil
import time
import urllib.request

import pytest

from benchmarks.scaling import counted_stories, write_story
from benchmarks.server import programme_names
from deploy.serve import cluster
from impact_core.db.store import Store
from tests.conftest import POSTGRES, copy_demo

pytestmark = [
    pytest.mark.skipif(not POSTGRES, reason="needs the PostgreSQL server of make test-postgres"),
    pytest.mark.skipif(not shutil.which("haproxy"), reason="needs Debian's haproxy (make haproxy)"),
]


def _process_of(url: str, cookie: str | None = None) -> str:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as answer:
        found = re.search(r"IMPACT_PROCESS=(\w+)", answer.headers.get("Set-Cookie", "") or (cookie or ""))
    assert found, "HAProxy names the process in a cookie"
    return found.group(1)


@pytest.fixture(scope="module")
def two_processes(demo_db, tmp_path_factory):
    database = copy_demo(demo_db, tmp_path_factory.mktemp("serve") / "served.duckdb")
    with cluster(database, 2, logs=tmp_path_factory.mktemp("logs")) as running:
        yield running


def test_new_browsers_are_spread_over_the_processes_and_each_stays_with_its_own(two_processes):
    first = [_process_of(two_processes.url) for _ in range(4)]
    assert set(first) == {"app1", "app2"}
    for process in first:
        assert _process_of(two_processes.url, f"IMPACT_PROCESS={process}") == process


def test_a_story_written_through_one_process_shows_in_every_process(two_processes):
    names = programme_names(two_processes.database)
    before = [asyncio.run(counted_stories(url, names["wijk"])) for url in two_processes.app_urls]
    store = Store(two_processes.database)
    write_story(store, 1)
    store.close()
    assert None not in before
    expected = [count + 1 for count in before]
    # The processes hear of the commit a moment after it (NOTIFY): a rerun soon after shows it.
    for _ in range(50):
        after = [asyncio.run(counted_stories(url, names["wijk"])) for url in two_processes.app_urls]
        if after == expected:
            break
        time.sleep(0.1)
    assert after == expected


def test_a_killed_process_loses_nothing_committed_and_new_browsers_go_to_the_others(two_processes):
    """Last in this module: it kills one of the two processes."""
    names = programme_names(two_processes.database)
    store = Store(two_processes.database)
    titles = [write_story(store, number) for number in (11, 12)]
    two_processes.kill_app(1)
    # HAProxy's health check (every 2 s, down after 2 misses) takes the killed process out.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and {_process_of(two_processes.url) for _ in range(4)} != {"app2"}:
        time.sleep(0.5)
    assert {_process_of(two_processes.url) for _ in range(4)} == {"app2"}
    assert asyncio.run(counted_stories(two_processes.url, names["wijk"])) is not None
    assert [store.scalar("SELECT count(*) FROM story WHERE title = ?", [title]) for title in titles] == [1, 1]
    store.close()
