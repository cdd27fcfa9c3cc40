"""Several app processes behind one address (issue 23 item 4): throughput with 1, 2 and 4 processes.

On a throwaway PostgreSQL server (``deploy.postgres_server``) with the demo, for each number of
processes a ``deploy.serve.Cluster`` (N ``streamlit run`` processes behind HAProxy) is started and
``sessions`` protocol sessions (``benchmarks/protocol_client.py``: Streamlit's websocket protocol,
no browser) connect through HAProxy, which spreads them over the processes. For ``seconds`` every
session changes the dialogue table's programme as fast as its answers come (jeugd and wijk in
turn); meanwhile a writer saves a story every ``write_every`` seconds through the library, as the
story form does (masked, in one unit of work). Reported per number of processes: changes per
second, median and 95th percentile of a change, and the stories written, found once each in the
database, and counted on every process's own dialogue table (each process remembers the count
and must have forgotten it at the writes: LISTEN/NOTIFY).

Loopback only, bounded in time. ``python -m benchmarks.scaling [--sessions 8] [--seconds 20]``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import re
import shutil
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.protocol_client import Session
from benchmarks.server import PROGRAMMES, cpu_ms, programme_names
from deploy import postgres_server
from deploy.serve import cluster
from impact_core.access.viewer import Role, Viewer
from impact_core.betekenisgeving import entry
from impact_core.db import postgres
from impact_core.db.store import Store
from impact_core.gegevens.demo import build_demo

ROOT = Path(__file__).resolve().parent.parent
WRITER = Viewer(Role.PROFESSIONAL, organisation_id="wvs", actor="belasting")
_STORIES = re.compile(r"(\d+) verhalen")


@dataclass
class Result:
    processes: int
    sessions: int
    changes: int
    seconds: float
    median_ms: float
    p95_ms: float
    failed: int
    written: int
    stored_once: int
    views_agree: bool
    views: str
    cores: float  # the app processes' CPU over the run's wall time


async def _changing(url: str, names: list[str], until: float, times: list[float], failures: list[int]) -> None:
    session, _ = await Session.open(url)
    try:
        turn = 0
        while time.monotonic() < until:
            programme = names[turn % 2]
            turn += 1
            rerun = await session.choose("Programma", programme)
            if rerun.ok and rerun.title == programme:
                times.append(rerun.seconds)
            else:
                failures.append(1)
    finally:
        await session.close()


def write_story(store: Store, number: int) -> str:
    """A story saved as the story form saves it (checked, masked, one unit of work); its title."""
    title = f"Belasting {number} {time.time_ns()}"
    draft = {
        "title": title,
        "text": "Een bewoner vertelde hoe de buurtkamer haar week veranderde.",
        "significance": "Ze gaat weer de deur uit.",
        "storyteller_role": "bewoner",
        "collected_by": "buurtwerker",
        "collected_on": dt.date.today(),
        "programme_id": "wijk",
        "domain": "Meedoen",
        "valence": "positief",
        "intention": "bedoeld",
        "directness": "direct",
        "consent": "gemeente",
        "read_back": True,
        "storyteller": f"BL-{number:04d}",
    }
    review = entry.review(store, WRITER, title=title, text=draft["text"], significance=draft["significance"])
    entry.add_story(store, WRITER, draft, review.masked)
    return title


def _write_stories(database: str, until: float, every: float, titles: list[str]) -> None:
    store = Store(database)
    try:
        while time.monotonic() < until:
            titles.append(write_story(store, len(titles) + 1))
            time.sleep(every)
    finally:
        store.close()


async def counted_stories(url: str, name: str) -> int | None:
    """The number of stories the dialogue table of the process at ``url`` shows for the programme ``name``."""
    session, _ = await Session.open(url)
    try:
        rerun = await session.choose("Programma", name)
        found = next((m for text in rerun.texts if (m := _STORIES.search(text))), None)
        return int(found.group(1)) if found else None
    finally:
        await session.close()


def measure(database: str, processes: int, sessions: int, seconds: float, write_every: float) -> Result:
    known = programme_names(database)  # type: ignore[arg-type]
    names = [known[programme] for programme in PROGRAMMES]
    with cluster(database, processes, logs=Path(tempfile.mkdtemp(prefix="impact-scaling-"))) as running:
        store = Store(database)
        before = [asyncio.run(counted_stories(url, known["wijk"])) for url in running.app_urls]
        times: list[float] = []
        failures: list[int] = []
        titles: list[str] = []
        until = time.monotonic() + seconds
        writer = threading.Thread(target=_write_stories, args=(database, until, write_every, titles))
        writer.start()

        async def load() -> None:
            await asyncio.gather(*(_changing(running.url, names, until, times, failures) for _ in range(sessions)))

        apps = [child.pid for child in running.apps]
        cpu_before = sum(cpu_ms(pid) for pid in apps)
        started = time.monotonic()
        asyncio.run(load())
        elapsed = time.monotonic() - started
        cores = (sum(cpu_ms(pid) for pid in apps) - cpu_before) / 1000 / elapsed
        writer.join()
        stored_once = sum(store.scalar("SELECT count(*) FROM story WHERE title = ?", [title]) == 1 for title in titles)
        views = [asyncio.run(counted_stories(url, known["wijk"])) for url in running.app_urls]
        expected = [None if count is None else count + len(titles) for count in before]
        store.close()
    ordered = sorted(times)
    return Result(
        processes=processes,
        sessions=sessions,
        changes=len(times),
        seconds=elapsed,
        median_ms=statistics.median(ordered) * 1000 if ordered else float("nan"),
        p95_ms=ordered[int(0.95 * (len(ordered) - 1))] * 1000 if ordered else float("nan"),
        failed=len(failures),
        written=len(titles),
        stored_once=stored_once,
        views_agree=None not in views and views == expected,
        views=f"{views} (expected {expected})",
        cores=cores,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--write-every", type=float, default=0.5)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    folder = ROOT / ".pg-bench"  # under the project: as root, the server's user must reach it
    shutil.rmtree(folder, ignore_errors=True)
    server = postgres_server.start(folder / "postgres", throwaway=True)
    try:
        database = postgres.with_database(server, "impact")
        build_demo(database)
        print(
            "processes  sessions  changes/s  median ms  p95 ms  app cores  failed  stories written / once / seen by all"
        )
        for processes in args.processes:
            result = measure(database, processes, args.sessions, args.seconds, args.write_every)
            print(
                f"{result.processes:>9}  {result.sessions:>8}  {result.changes / result.seconds:>9.1f}"
                f"  {result.median_ms:>9.0f}  {result.p95_ms:>6.0f}  {result.cores:>9.2f}  {result.failed:>6}"
                f"  {result.written} / {result.stored_once} / {'yes' if result.views_agree else 'NO ' + result.views}",
                flush=True,
            )
        return 0
    finally:
        postgres_server.stop(folder / "postgres")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
