"""Speed as a person meets it: a real ``streamlit run`` server driven by headless Chromium.

For one database this measures, on one freshly started server:

- ``filter_change``: on the dialogue table, choose another programme in the sidebar and time
  from the click on the option until the new programme's title (h1) shows and Streamlit
  reports the run finished (``stApp`` ``data-test-script-state="notRunning"``).
- ``floor``: the very same click on the about page (``/over``, static text). That rerun does
  everything a rerun of any page does (websocket round trip, app.py with navigation, role
  switch and the filter bar's catalogue reads, rendering) except the dialogue table's own
  reads and charts; it finishes when the URL carries the new programme and the run is done.
- ``first_load``: a fresh browser context (no cache, new session) opens the dialogue table;
  time from navigation until the three track headers show and the run is finished. The
  server has passed its health check and had one warm-up visit of the main page first
  (Streamlit only learns its pages in the first session; real users meet a warm server).
- ``rss_mb``: the server process's resident memory with ten sessions open, each having
  loaded the dialogue table and changed the programme once.
- ``stories_change``: last, the same click on the stories page (``/verhalen``, its open
  overview tab: tables and characteristic words; the other tabs only run when opened); then
  the entry tab is opened, which starts the masking worker (deduce's model, one per machine),
  and ``rss_with_masking_mb`` is the server's memory once it is idle again, ``masking_worker_mb``
  the worker's once it is ready.

Alongside each timed change (not inside the timing) a breakdown, as medians: the server
process's CPU time, the browser main thread's busy time and how much of it was JavaScript
(Chromium's own counters), and the websocket messages and kilobytes the server sent.

Run alone with ``python -m benchmarks.server DATABASE``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.harness import ROOT, launch_chromium, streamlit_server
from impact_core.access import masking_worker
from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.samen import catalog

FLOOR_APP = ROOT / "benchmarks" / "floor_app.py"
TRACKS = ("Doelmatigheid", "Betekenisgeving", "Vakmanschap")
PROGRAMMES = ("jeugd", "wijk")  # alternated by the filter changes
SEAT = "professional@wvs"  # the app's default seat

# True once the run is over; Streamlit sets the attribute on its root element.
_RUN_DONE = "document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state') === 'notRunning'"
_TITLE_SHOWN_AND_DONE = (
    "(title) => { const h = document.querySelector('h1');"
    f" return h !== null && h.innerText.trim() === title && {_RUN_DONE}; }}"
)


# Times a change inside the page: from the option's click event (its timeStamp, on the same clock
# as performance.now()) to the first animation frame after the mutation that completes it: the
# expected title in the h1 (or the URL's programme, for pages without a programme title) and
# Streamlit's run done. Armed per change by ``_arm``; only in the benchmark's browser, never in the app.
_IN_PAGE = """
(() => {
  const state = window.__inPage = {times: [], target: null, start: null};
  const done = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (app === null || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (state.target.title !== undefined) {
      const h = document.querySelector('h1');
      return h !== null && h.innerText.trim() === state.target.title;
    }
    return location.search.includes(state.target.search);
  };
  let observer = null;
  const check = () => {
    if (state.start === null || !done()) return;
    const start = state.start;
    state.start = null;
    observer.disconnect();
    requestAnimationFrame(() => state.times.push(performance.now() - start));
  };
  window.addEventListener('click', (event) => {
    if (state.target === null || state.start !== null || !event.target.closest?.('[role="option"]')) return;
    state.start = event.timeStamp;
    observer = new MutationObserver(check);
    observer.observe(document.documentElement, {
      subtree: true, childList: true, characterData: true,
      attributes: true, attributeFilter: ['data-test-script-state'],
    });
    // The URL is no part of the DOM: where it changes after the last mutation (the about page),
    // only a check at each frame sees the change end.
    const poll = () => { if (state.start === null) return; check(); requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  }, true);
})();
"""


def _arm(page, target: dict[str, str]) -> int:
    """Tell the in-page timer what the next change ends with; returns how many it has timed so far."""
    return page.evaluate(
        "(target) => { window.__inPage.target = target; return window.__inPage.times.length; }", target
    )


def _in_page_time(page, before: int) -> float:
    """The in-page time of the change armed when ``before`` changes had been timed, in seconds."""
    page.wait_for_function("(n) => window.__inPage.times.length > n", arg=before, polling="raf", timeout=120_000)
    return page.evaluate("(n) => window.__inPage.times[n]", before) / 1000


# Counts what the server sends over the websocket; read by the breakdown, never by the timing.
_COUNT_MESSAGES = """
(() => {
  window.__received = [0, 0];
  const Native = window.WebSocket;
  window.WebSocket = function (...args) {
    const socket = new Native(...args);
    socket.addEventListener('message', (event) => {
      window.__received[0] += 1;
      window.__received[1] += event.data.byteLength ?? event.data.size ?? event.data.length ?? 0;
    });
    return socket;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
})();
"""


@dataclass(frozen=True)
class Breakdown:
    """Medians per change: where the time of one rerun went."""

    server_cpu_ms: float
    browser_busy_ms: float  # the renderer's main thread: script, style, layout, paint
    browser_script_ms: float
    messages: float
    kilobytes: float


@dataclass(frozen=True)
class Timed:
    """Medians of one kind of change: timed around Playwright's click (which adds its own
    round trips), timed inside the page, and where the time went."""

    playwright_ms: float
    in_page_ms: float
    breakdown: Breakdown


@dataclass(frozen=True)
class Load:
    """Ten sessions on one server choosing another programme at the same moment, timed in each page."""

    sessions: int
    samples: int
    median_ms: float
    p95_ms: float


@dataclass(frozen=True)
class ServerResult:
    filter_change: Timed
    floor_app: Timed  # the bare floor app (benchmarks/floor_app.py) on its own server
    about_rerun: Timed  # the same click on the app's about page (/over)
    stories_change: Timed | None  # None when left out (the masking model takes a minute to load)
    first_load_ms: float
    floor_app_first_load_ms: float
    load: Load
    rss_mb: float
    rss_with_masking_mb: float
    masking_worker_mb: float


def cpu_ms(pid: int) -> float:
    """User and system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def programme_names(database: Path) -> dict[str, str]:
    store = Store(database, read_only=True)
    try:
        programmes = catalog.programmes(store, Viewer.from_seat(SEAT))
        return dict(zip(programmes["id"], programmes["name"], strict=True))
    finally:
        store.close()


def _wait_tracks(page, timeout: float = 120_000) -> None:
    for track in TRACKS:
        page.get_by_role("heading", name=track).wait_for(timeout=timeout)
    page.wait_for_function(_RUN_DONE, timeout=timeout, polling="raf")


class _Meter:
    """Counters read just before the click and just after the run is over."""

    def __init__(self, page, pid: int) -> None:
        self.page, self.pid = page, pid
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Performance.enable")
        self.samples: list[dict[str, float]] = []

    def _read(self) -> dict[str, float]:
        metrics = {metric["name"]: metric["value"] for metric in self.cdp.send("Performance.getMetrics")["metrics"]}
        messages, sent = self.page.evaluate("window.__received")
        return {
            "cpu": cpu_ms(self.pid),
            "busy": metrics["TaskDuration"] * 1000,
            "script": metrics["ScriptDuration"] * 1000,
            "messages": messages,
            "bytes": sent,
        }

    def start(self) -> None:
        self._before = self._read()

    def stop(self) -> None:
        after = self._read()
        self.samples.append({key: after[key] - self._before[key] for key in after})

    def breakdown(self) -> Breakdown:
        def median(key: str) -> float:
            return statistics.median(sample[key] for sample in self.samples)

        return Breakdown(
            server_cpu_ms=median("cpu"),
            browser_busy_ms=median("busy"),
            browser_script_ms=median("script"),
            messages=median("messages"),
            kilobytes=median("bytes") / 1024,
        )


def _choose(page, name: str, meter: _Meter | None = None) -> float:
    """Open the sidebar's programme list (untimed), click the option, return the moment of the click."""
    page.get_by_test_id("stSidebar").get_by_label("Programma").click()
    option = page.get_by_role("option", name=name, exact=True)
    option.wait_for()
    if meter is not None:
        meter.start()
    started = time.perf_counter()
    option.click()
    return started


def _timed(playwright: list[float], in_page: list[float], meter: _Meter) -> Timed:
    return Timed(
        playwright_ms=statistics.median(playwright) * 1000,
        in_page_ms=statistics.median(in_page) * 1000,
        breakdown=meter.breakdown(),
    )


def _time_filter_changes(page, names: dict[str, str], repeats: int, meter: _Meter) -> Timed:
    """Alternate the two programmes on a page whose title is the programme's name."""
    times, in_page = [], []
    for index in range(repeats + 1):
        name = names[PROGRAMMES[index % 2]]
        before = _arm(page, {"title": name})
        started = _choose(page, name, meter if index else None)
        page.wait_for_function(_TITLE_SHOWN_AND_DONE, arg=name, polling="raf", timeout=120_000)
        if index:  # the first change warms the caches of the second programme
            times.append(time.perf_counter() - started)
            meter.stop()
        in_page.append(_in_page_time(page, before))
    return _timed(times, in_page[1:], meter)


# At an agreed moment (the machine's clock, shared by every page), click the option that is
# already on screen: so that ten sessions ask the server at once, not one Playwright call apart.
_CLICK_AT = """
([name, at]) => setTimeout(() => {
  const option = [...document.querySelectorAll('[role="option"]')].find((o) => o.innerText.trim() === name);
  option.click();
}, at - Date.now())
"""


def _time_together(pages: list, names: dict[str, str], rounds: int) -> Load:
    """Every page alternates its programme; in each round all choose at the same moment."""
    times = []
    for round_ in range(rounds):
        targets = [names[PROGRAMMES[(index + 1 + round_) % 2]] for index in range(len(pages))]
        befores = []
        for page, name in zip(pages, targets, strict=True):
            befores.append(_arm(page, {"title": name}))
            page.get_by_test_id("stSidebar").get_by_label("Programma").click()
            page.get_by_role("option", name=name, exact=True).wait_for()
        at = time.time() * 1000 + 300
        for page, name in zip(pages, targets, strict=True):
            page.evaluate(_CLICK_AT, [name, at])
        for page, before in zip(pages, befores, strict=True):
            times.append(_in_page_time(page, before))
    times.sort()
    return Load(
        sessions=len(pages),
        samples=len(times),
        median_ms=statistics.median(times) * 1000,
        p95_ms=statistics.quantiles(times, n=20, method="inclusive")[-1] * 1000,
    )


def _masking_worker_ready(place: Path, timeout: float = 300) -> int:
    """The masking worker's pid once it has loaded deduce and listens on its socket."""
    deadline = time.monotonic() + timeout
    while (running := masking_worker.pid(place)) is None or not (place / "socket").exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no masking worker in {place}")
        time.sleep(0.2)
    return running


def _wait_idle(pid: int, timeout: float = 60) -> None:
    """Until the server has used less than a tenth of a core for a second: the entry form starts
    loading the de-identification model in the background, which must not be timed along."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        before = cpu_ms(pid)
        time.sleep(1)
        if cpu_ms(pid) - before < 100:
            return


def _time_page_changes(page, names: dict[str, str], repeats: int, meter: _Meter) -> Timed:
    """Alternate the two programmes on a page without the programme as its title: done when the
    URL carries the new programme and the run is over."""
    times, in_page = [], []
    for index in range(repeats + 1):
        programme = PROGRAMMES[index % 2]
        before = _arm(page, {"search": f"programma={programme}"})
        started = _choose(page, names[programme], meter if index else None)
        page.wait_for_function(
            f"location.search.includes('programma={programme}') && {_RUN_DONE}", polling="raf", timeout=120_000
        )
        if index:
            times.append(time.perf_counter() - started)
            meter.stop()
        in_page.append(_in_page_time(page, before))
    return _timed(times, in_page[1:], meter)


def _context(browser):
    return browser.new_context(viewport={"width": 1600, "height": 1000}, locale="nl-NL")


def _measured_context(browser):
    context = _context(browser)
    context.add_init_script(_COUNT_MESSAGES)
    context.add_init_script(_IN_PAGE)
    return context


def _first_loads(browser, url: str, count: int) -> float:
    """Median seconds from navigation in a fresh browser context until the three tracks show."""
    times = []
    for _ in range(count):
        context = _context(browser)
        page = context.new_page()
        started = time.perf_counter()
        page.goto(url)  # the dialogue table is the default page, served at /
        _wait_tracks(page)
        times.append(time.perf_counter() - started)
        context.close()
    return statistics.median(times)


def floor_app(names: dict[str, str]) -> dict[str, Any]:
    """``streamlit_server``'s arguments for the floor app, showing these programmes' names."""
    return {"script": FLOOR_APP, "FLOOR_PROGRAMMES": json.dumps([names[programme] for programme in PROGRAMMES])}


def measure_floor_app(
    browser, work: Path, names: dict[str, str], *, changes: int, cold_loads: int
) -> tuple[Timed, float]:
    """The floor app on its own server, measured as the dialogue table is: its filter change and first load."""
    with streamlit_server(work / "floor.duckdb", **floor_app(names)) as (url, pid):
        context = _measured_context(browser)
        page = context.new_page()
        page.goto(url)
        _wait_tracks(page)
        meter = _Meter(page, pid)
        timed = _time_filter_changes(page, names, changes, meter)
        context.close()
        return timed, _first_loads(browser, url, cold_loads)


def measure(
    database: Path,
    *,
    changes: int = 15,
    cold_loads: int = 5,
    sessions: int = 10,
    rounds: int = 5,
    stories: bool = True,
) -> ServerResult:
    from playwright.sync_api import sync_playwright

    names = programme_names(database)
    masking = database.parent / "masking"
    with streamlit_server(database, IMPACT_MASKING_DIR=str(masking)) as (url, pid), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            # The floor first, on a server of its own beside the app's (which waits, idle).
            floor_app, floor_app_first_load = measure_floor_app(
                browser, database.parent, names, changes=changes, cold_loads=cold_loads
            )
            # Warm-up: the first session teaches Streamlit its pages and fills the caches.
            context = _measured_context(browser)
            page = context.new_page()
            page.goto(url)
            _wait_tracks(page)
            filter_change = _time_filter_changes(page, names, changes, _Meter(page, pid))
            page.goto(f"{url}/over?programma={PROGRAMMES[1]}")
            page.get_by_role("heading", level=1).wait_for()
            page.wait_for_function(_RUN_DONE, polling="raf")
            about = _time_page_changes(page, names, changes, _Meter(page, pid))
            context.close()

            first_load = _first_loads(browser, url, cold_loads)

            open_sessions, pages = [], []
            for index in range(sessions):
                context = _measured_context(browser)
                page = context.new_page()
                page.goto(url)
                _wait_tracks(page)
                name = names[PROGRAMMES[index % 2]]
                before = _arm(page, {"title": name})
                _choose(page, name)
                page.wait_for_function(_TITLE_SHOWN_AND_DONE, arg=name, polling="raf", timeout=120_000)
                _in_page_time(page, before)
                open_sessions.append(context)
                pages.append(page)
            memory = rss_mb(pid)
            load = _time_together(pages, names, rounds)
            for context in open_sessions:
                context.close()

            stories_change, memory_with_masking, worker_memory = None, float("nan"), float("nan")
            if stories:  # last: the entry form loads the masking model into the server for good
                context = _measured_context(browser)
                page = context.new_page()
                page.goto(f"{url}/verhalen?programma={PROGRAMMES[1]}")
                page.get_by_role("heading", level=1).wait_for()
                page.wait_for_function(_RUN_DONE, polling="raf")
                _wait_idle(pid)
                stories_change = _time_page_changes(page, names, changes, _Meter(page, pid))
                page.get_by_role("tab", name="Nieuw verhaal").click()  # the entry form starts the masking worker
                page.get_by_role("button", name="Controleer privacy").wait_for(timeout=120_000)
                worker = _masking_worker_ready(masking)
                _wait_idle(pid, timeout=300)
                memory_with_masking = rss_mb(pid)
                worker_memory = rss_mb(worker)
                context.close()
        finally:
            browser.close()
    return ServerResult(
        filter_change=filter_change,
        floor_app=floor_app,
        about_rerun=about,
        stories_change=stories_change,
        first_load_ms=first_load * 1000,
        floor_app_first_load_ms=floor_app_first_load * 1000,
        load=load,
        rss_mb=memory,
        rss_with_masking_mb=memory_with_masking,
        masking_worker_mb=worker_memory,
    )


if __name__ == "__main__":
    print(measure(Path(sys.argv[1]), changes=int(sys.argv[2]) if len(sys.argv) > 2 else 15))
