"""Ten sessions at once, measured at the server: no browsers (issue 21, item 4).

The browser figure (``server._time_together``) runs ten Chromium pages beside the server on
this two-core machine, so it measures the browsers fighting the server for the cores as much as
the server. Here each session is a ``protocol_client.Session``: Streamlit's own websocket
protocol spoken from one Python process, which asks for exactly the reruns a browser asks for
and draws nothing.

On one freshly started ``streamlit run`` server over the database:

- **one session**: open the dialogue table, change the programme once (warming the caches of
  the second programme), then ``changes`` times choose the other programme in the sidebar's
  "Programma" (jeugd and wijk in turn, as the browser benchmark does); each timed from sending
  the rerun to receiving ``script_finished``. Its median is the single-session median.
- **ten sessions at once**: ten sessions open the dialogue table and change the programme once;
  then in each of ``rounds`` rounds all ten send their change in the same moment (one event
  loop, ``asyncio.gather``), each timed to its own ``script_finished``: median and 95th
  percentile of all, and the 95th percentile against the single-session median (the issue's
  target: at most 3x).

Then the same on a server of its own running the floor app (``benchmarks/floor_app.py``: the
same navigation, a "Programma" select box and the three headings, nothing else), so that the
ten sessions have a floor as the browser figures do: what any Streamlit page costs under this
load on this machine.

Every timed rerun must end successfully with the new programme's title as its h1: a rerun that
stops with an error would otherwise be timed as a fast one. Alongside (outside the timing):
messages and kilobytes the server sent per change, the server process's CPU per change, and this
client's own CPU per change (it shares the machine with the server).

Run alone with ``python -m benchmarks.sessions DATABASE``, or ``python -m benchmarks.run sessions``.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import streamlit_server
from benchmarks.protocol_client import Rerun, Session
from benchmarks.server import PROGRAMMES, cpu_ms, floor_app, programme_names

LABEL = "Programma"  # the sidebar's select box


@dataclass(frozen=True)
class Changes:
    """Programme changes timed from the rerun's request to its ``script_finished``; per change
    where not a time."""

    samples: int
    median_ms: float
    p95_ms: float
    messages: float  # median ForwardMsgs received
    kilobytes: float  # median
    server_cpu_ms: float  # the server process's CPU over the timed changes, divided by their number
    client_cpu_ms: float  # this process's CPU over the same, divided likewise
    # The server's CPU over the wall-clock time of the timed changes: about 1 when one interpreter
    # (one GIL) is the limit, well below 1 when the machine's other work takes the cores.
    server_cores: float


@dataclass(frozen=True)
class SessionsResult:
    single: Changes
    together: Changes
    sessions: int
    rounds: int

    @property
    def p95_vs_single(self) -> float:
        """The issue's target: ten sessions' 95th percentile against one session's median."""
        return self.together.p95_ms / self.single.median_ms


def _p95(seconds: list[float]) -> float:
    return statistics.quantiles(seconds, n=20, method="inclusive")[-1]


def _changes(reruns: list[Rerun], server_cpu: float, client_cpu: float, wall: float) -> Changes:
    seconds = [rerun.seconds for rerun in reruns]
    return Changes(
        samples=len(reruns),
        median_ms=statistics.median(seconds) * 1000,
        p95_ms=_p95(seconds) * 1000,
        messages=statistics.median(rerun.messages for rerun in reruns),
        kilobytes=statistics.median(rerun.bytes for rerun in reruns) / 1024,
        server_cpu_ms=server_cpu / len(reruns),
        client_cpu_ms=client_cpu / len(reruns),
        server_cores=server_cpu / 1000 / wall,
    )


def _checked(rerun: Rerun, name: str) -> Rerun:
    """A rerun only counts when it drew the programme asked for."""
    if not rerun.ok or rerun.title != name:
        raise RuntimeError(f"the rerun for {name!r} ended with title {rerun.title!r}: {rerun.exceptions}")
    return rerun


async def _change(session: Session, name: str) -> Rerun:
    return _checked(await session.choose(LABEL, name), name)


async def _open(url: str, name: str) -> Session:
    """A session on the dialogue table that has changed to ``name`` once."""
    session, first = await Session.open(url)
    if not first.ok:
        raise RuntimeError(f"the dialogue table did not open: {first.exceptions}")
    await _change(session, name)
    return session


async def _measure(
    url: str, pid: int, names: dict[str, str], *, changes: int, sessions: int, rounds: int
) -> SessionsResult:
    shown = [names[programme] for programme in PROGRAMMES]
    # The first session teaches Streamlit its pages; its first change warms the second programme.
    single = await _open(url, shown[1])
    reruns = []
    server_before, client_before, started = cpu_ms(pid), time.process_time(), time.perf_counter()
    for index in range(changes):
        reruns.append(await _change(single, shown[index % 2]))
    alone = _changes(
        reruns,
        cpu_ms(pid) - server_before,
        (time.process_time() - client_before) * 1000,
        time.perf_counter() - started,
    )
    await single.close()

    opened = [await _open(url, shown[index % 2]) for index in range(sessions)]
    reruns, server_cpu, client_cpu, wall = [], 0.0, 0.0, 0.0
    for round_ in range(rounds):
        targets = [shown[(index + 1 + round_) % 2] for index in range(sessions)]
        server_before, client_before, started = cpu_ms(pid), time.process_time(), time.perf_counter()
        reruns += await asyncio.gather(*(_change(s, name) for s, name in zip(opened, targets, strict=True)))
        wall += time.perf_counter() - started
        server_cpu += cpu_ms(pid) - server_before
        client_cpu += (time.process_time() - client_before) * 1000
    for session in opened:
        await session.close()
    return SessionsResult(
        single=alone, together=_changes(reruns, server_cpu, client_cpu, wall), sessions=sessions, rounds=rounds
    )


def measure(
    database: Path, *, changes: int = 15, sessions: int = 10, rounds: int = 10
) -> tuple[SessionsResult, SessionsResult]:
    """One session's changes, then ``sessions`` sessions changing at once, on a fresh server: for
    the app, then for the floor app."""
    names = programme_names(database)  # read before the server holds the file
    options = {"changes": changes, "sessions": sessions, "rounds": rounds}
    with streamlit_server(database) as (url, pid):
        app = asyncio.run(_measure(url, pid, names, **options))
    # The floor opens no database; the server's own files go beside the app's.
    with streamlit_server(database, **floor_app(names)) as (url, pid):
        floor = asyncio.run(_measure(url, pid, names, **options))
    return app, floor


if __name__ == "__main__":
    print(*measure(Path(sys.argv[1])), sep="\n")
