"""Measured speed, printed as a table and written to benchmarks/results.json.

Run with ``make bench`` (or ``python -m benchmarks.run``). Medians over repeated runs in
one process; the machines are shared, so compare numbers from one run only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from benchmarks import server, sessions, soak
from impact_core.access.viewer import Role, Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.betekenisgeving import search
from impact_core.db.store import Store, insert_frame
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.filters import Filters
from impact_core.gegevens import importer, tabular, validation
from impact_core.gegevens.demo import build_demo
from impact_core.gegevens.synthetic import scale_measurements
from impact_core.models import Measurement
from impact_core.vakmanschap import reflections as vakmanschap

RESULTS = Path(__file__).resolve().parent / "results.json"
LARGE = "1M measurements + 100k stories"


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# Common, rare and two-word queries, a stem with compounds, and a filtered one.
SEARCHES = (
    ("eenzaam", Filters()),
    ("schulden brieven", Filters()),
    ("vrijwilliger buurthuis", Filters()),
    ("huiswerkbegeleiding", Filters()),
    ("eenzaamheid", Filters(programme="ouderen")),
)


def search_rows(store: Store) -> list[tuple[str, str, float, str]]:
    """Story search as a professional and as the municipality, median over all queries."""
    rows = []
    for seat in ("professional@wvs", "gemeente@GM9901"):
        viewer = Viewer.from_seat(seat)
        times = []
        for query, filters in SEARCHES:
            search.search(store, viewer, query, filters)  # warm up
            times.append(median_seconds(lambda v=viewer, q=query, f=filters: search.search(store, v, q, f), 9))
        key = "search_100k_ms" if seat.startswith("professional") else "search_100k_gemeente_ms"
        rows.append((key, "100k stories", statistics.median(times) * 1000, "ms"))
    return rows


def timings(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """(median, floor) of ``repeats`` runs: the floor is what the code costs when the shared machine lets it."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def import_rows(base: Path, repeats: int = 3) -> list[tuple[str, str, float, str]]:
    """A CSV of a million measurements: read raw (DuckDB's own read_csv, and pandas), read and
    checked, and imported into a database; the import against the raw read as a ratio, of the
    medians and of the floors, all in one run (the machine is shared)."""
    indicators, measurements = scale_measurements(1_000_000)
    source = base / "metingen.csv"
    measurements.to_csv(source, index=False)
    template = base / "import-base.duckdb"
    build_demo(template)
    store = Store(template)
    store.write(lambda cur: insert_frame(cur, "indicator", indicators))
    store.close()
    steward = Viewer(Role.BEHEER, organisation_id="wvs", actor="benchmark")  # the synthetic programmes are wvs's
    counter = iter(range(100))

    def raw_read() -> None:
        duckdb.connect().read_csv(str(source)).to_arrow_table()

    def pandas_read() -> None:
        pd.read_csv(source, dtype=str, keep_default_na=False, engine="pyarrow")

    def read_and_check() -> None:
        [sheet] = tabular.read_path(source)
        validation.check(Measurement, sheet.frame, source.name, stripped=True)

    def load() -> None:
        target = base / f"import{next(counter)}.duckdb"
        shutil.copyfile(template, target)
        store = Store(target)
        report = importer.import_paths(store, steward, [source])
        store.close()
        target.unlink()
        assert report.written and report.ok, report.summary()

    scale = "1M measurements (CSV)"
    raw, raw_floor = timings(raw_read, repeats)
    checked, checked_floor = timings(read_and_check, repeats)
    imported, imported_floor = timings(load, repeats)
    return [
        ("raw_read_csv_1m_s", scale, raw, "s"),
        ("raw_read_csv_1m_floor_s", scale, raw_floor, "s"),
        ("pandas_read_csv_1m_s", scale, median_seconds(pandas_read, repeats), "s"),
        ("import_checks_1m_s", scale, checked, "s"),
        ("import_checks_1m_floor_s", scale, checked_floor, "s"),
        ("import_1m_s", scale, imported, "s"),
        ("import_1m_floor_s", scale, imported_floor, "s"),
        ("import_vs_read_csv_ratio", scale, imported / raw, "x"),
        ("import_vs_read_csv_floor_ratio", scale, imported_floor / raw_floor, "x"),
    ]


Row = tuple[str, str, float, str]


def server_rows(database: Path, suffix: str, scale: str, **options: Any) -> tuple[list[Row], dict[str, float]]:
    """Filter change, the floors, cold first load, ten sessions at once and memory through real
    servers and one browser; with each browser figure's ratio to the bare floor app measured in
    the same run (keyed by the figure's key)."""
    result = server.measure(database, **options)
    floor = result.floor_app
    rows: list[Row] = []
    ratios: dict[str, float] = {}

    def add(key: str, value: float, unit: str, floor_value: float | None = None) -> None:
        rows.append((key, scale, value, unit))
        if floor_value:
            ratios[key] = value / floor_value

    changes = {"filter_change": result.filter_change, "floor_app": floor, "about_rerun": result.about_rerun}
    if result.stories_change is not None:
        changes["stories_change"] = result.stories_change
    for name, timed in changes.items():
        add(f"{name}{suffix}_ms", timed.playwright_ms, "ms", floor.playwright_ms)
        add(f"{name}{suffix}_in_page_ms", timed.in_page_ms, "ms", floor.in_page_ms)
    add(f"first_load{suffix}_ms", result.first_load_ms, "ms", result.floor_app_first_load_ms)
    add(f"floor_app_first_load{suffix}_ms", result.floor_app_first_load_ms, "ms", result.floor_app_first_load_ms)
    load = result.load
    add(f"load_{load.sessions}_sessions{suffix}_median_ms", load.median_ms, "ms", floor.in_page_ms)
    add(f"load_{load.sessions}_sessions{suffix}_p95_ms", load.p95_ms, "ms", floor.in_page_ms)
    # The target for the load: its 95th percentile against one session's median (in-page).
    add(f"load_p95_vs_single{suffix}_ratio", load.p95_ms / result.filter_change.in_page_ms, "x")
    add(f"rss{suffix}_mb", result.rss_mb, "MB")
    if result.stories_change is not None:
        add(f"rss_with_masking{suffix}_mb", result.rss_with_masking_mb, "MB")
        add(f"masking_worker{suffix}_mb", result.masking_worker_mb, "MB")
    for name, timed in changes.items():
        breakdown, base = timed.breakdown, floor.breakdown
        add(f"{name}{suffix}_server_cpu_ms", breakdown.server_cpu_ms, "ms", base.server_cpu_ms)
        add(f"{name}{suffix}_browser_busy_ms", breakdown.browser_busy_ms, "ms", base.browser_busy_ms)
        add(f"{name}{suffix}_browser_script_ms", breakdown.browser_script_ms, "ms", base.browser_script_ms)
        add(f"{name}{suffix}_messages", breakdown.messages, "", base.messages)
        add(f"{name}{suffix}_kb", breakdown.kilobytes, "KB", base.kilobytes)
    return rows, ratios


def sessions_rows(database: Path, suffix: str, scale: str, **options: Any) -> tuple[list[Row], dict[str, float]]:
    """Ten sessions at once at the server, no browsers (``benchmarks/sessions.py``): one session's
    programme change and ten at once, each timed from the rerun's request to its script_finished;
    the same for the floor app, and each of the app's times as a ratio to the floor's."""
    result, floor = sessions.measure(database, **options)
    count = result.sessions
    rows: list[Row] = []
    ratios: dict[str, float] = {}
    for who, measured in (("", result), ("floor_", floor)):
        single, together = measured.single, measured.together
        times = {
            f"at_server_{who}change{suffix}_ms": (single.median_ms, floor.single.median_ms),
            f"at_server_{who}{count}_sessions{suffix}_median_ms": (together.median_ms, floor.together.median_ms),
            f"at_server_{who}{count}_sessions{suffix}_p95_ms": (together.p95_ms, floor.together.p95_ms),
        }
        for key, (value, floor_value) in times.items():
            rows.append((key, scale, value, "ms"))
            ratios[key] = value / floor_value
        rows += [
            # The target (at most 3x), here without browsers beside the server.
            (f"at_server_{who}p95_vs_single{suffix}_ratio", scale, measured.p95_vs_single, "x"),
            (f"at_server_{who}change{suffix}_server_cpu_ms", scale, single.server_cpu_ms, "ms"),
            (f"at_server_{who}{count}_sessions{suffix}_server_cpu_ms", scale, together.server_cpu_ms, "ms"),
            (f"at_server_{who}{count}_sessions{suffix}_server_cores", scale, together.server_cores, ""),
            (f"at_server_{who}change{suffix}_messages", scale, single.messages, ""),
            (f"at_server_{who}change{suffix}_kb", scale, single.kilobytes, "KB"),
            # What the one client process spent per change beside the server, on the same two cores.
            (f"at_server_{who}{count}_sessions{suffix}_client_cpu_ms", scale, together.client_cpu_ms, "ms"),
        ]
    return rows, ratios


def soak_rows(database: Path, scale: str) -> list[tuple[str, str, float, str]]:
    """Memory growth over 300 reruns of the dialogue table in one session (AppTest, own process)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.soak", str(database)],
        cwd=RESULTS.parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    scale = f"{soak.RERUNS} reruns, {scale}"
    return [
        ("soak_rss_growth_mb", scale, result["end_mb"] - result["warm_mb"], "MB"),
        ("soak_rerun_ms", scale, result["rerun_ms"], "ms"),
    ]


def load_average() -> float:
    """The machine is shared: how busy it was (1-minute load average) belongs with the figures."""
    return os.getloadavg()[0]


# The peak is read from /proc (VmHWM, this process's own memory): getrusage's ru_maxrss keeps the
# parent's peak across fork and exec, and the parent has just built a demo database with deduce.
_PEAK = """
import sys
from pathlib import Path
from impact_core.access.viewer import Role, Viewer
from impact_core.db.store import Store
from impact_core.gegevens import importer
report = importer.import_paths(
    Store(Path(sys.argv[1])), Viewer(Role.BEHEER, organisation_id="wvs", actor="benchmark"), [Path(sys.argv[2])]
)
assert not report.written
status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines() if ":" in line)
print(int(status["VmHWM"].split()[0]) / 1024)
"""


def import_memory_rows(base: Path) -> list[tuple[str, str, float, str]]:
    """Peak memory of importing the worst file within the limits: 2,000,000 rows, every cell wrong
    (a 50 MB CSV of errors took 3.8 GB before the report listed only the first of each kind)."""
    source = base / "metingen-fout.csv"
    with source.open("w") as out:
        out.write("indicator,programma,wijk,maand,waarde,aantal_mensen,streefwaarde\n")
        for number in range(tabular.MAX_ROWS - 10):
            out.write(f"W 01!,x y,BU{number},2025-13-45,drie,-1,veel\n")
    database = base / "import-memory.duckdb"
    build_demo(database)
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, str(database), str(source)],
        cwd=RESULTS.parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    scale = f"{tabular.MAX_ROWS // 1_000_000}M rows of errors (CSV)"
    return [("import_errors_peak_mb", scale, float(done.stdout.strip().splitlines()[-1]), "MB")]


def import_only() -> None:
    """``python -m benchmarks.run import`` (``make bench-import``): only the import measurements,
    printed; results.json keeps the last full run."""
    rows = [("load_average_start", "machine", load_average(), "")]
    with tempfile.TemporaryDirectory() as folder:
        rows += import_rows(Path(folder), repeats=5)
        rows += import_memory_rows(Path(folder))
    rows.append(("load_average_end", "machine", load_average(), ""))
    for key, scale, value, unit in rows:
        print(f"{key:<32} {scale:<24} {value:>8.2f} {unit}")


def print_rows(rows: list[Row], ratios: dict[str, float]) -> None:
    print(f"{'measurement':<44} {'scale':<34} {'median':>10} {'x floor':>8}")
    for key, scale, value, unit in rows:
        ratio = f"{ratios[key]:>7.2f}x" if key in ratios else ""
        print(f"{key:<44} {scale:<34} {value:>8.1f} {unit:<3} {ratio}")


def _build(folder: Path, scale: str) -> tuple[Path, str]:
    """A database at one of the scales, and how the table names that scale."""
    database = folder / "bench.duckdb"
    if scale == "demo":
        build_demo(database)
        return database, "demo"
    build_demo(database, measurements=SCALES[scale], stories=100_000)
    return database, f"{scale} measurements + 100k stories"


def browser_only(arguments: argparse.Namespace) -> None:
    """``python -m benchmarks.run browser``: only the browser figures, at one scale, printed;
    results.json keeps the last full run. For iterating on the speed of a page."""
    rows: list[Row] = [("load_average_start", "machine", load_average(), "")]
    with tempfile.TemporaryDirectory() as folder:
        database, scale = _build(Path(folder), arguments.scale)
        measured, ratios = server_rows(
            database, "", scale, changes=arguments.changes, rounds=arguments.rounds or 5, stories=arguments.stories
        )
    rows += measured
    rows.append(("load_average_end", "machine", load_average(), ""))
    print_rows(rows, ratios)


def sessions_only(arguments: argparse.Namespace) -> None:
    """``python -m benchmarks.run sessions``: only the ten sessions at the server, no browsers,
    at one scale, printed; results.json keeps the last full run."""
    rows: list[Row] = [("load_average_start", "machine", load_average(), "")]
    with tempfile.TemporaryDirectory() as folder:
        database, scale = _build(Path(folder), arguments.scale)
        rows.append(("load_average_built", "machine", load_average(), ""))
        measured, ratios = sessions_rows(
            database, "", scale, changes=arguments.changes, sessions=arguments.sessions, rounds=arguments.rounds or 10
        )
    rows += measured
    rows.append(("load_average_end", "machine", load_average(), ""))
    print_rows(rows, ratios)


SCALES = {"10M": 10_000_000, "1M": 1_000_000, "100k": 100_000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "part",
        nargs="?",
        choices=("all", "import", "browser", "sessions"),
        default="all",
        help="all (make bench, writes results.json), import (make bench-import), browser (the browser figures"
        " only) or sessions (ten sessions at once at the server, no browsers)",
    )
    parser.add_argument(
        "--scale", choices=("demo", *SCALES), default="1M", help="browser, sessions: the database (default 1M)"
    )
    parser.add_argument(
        "--changes", type=int, default=15, help="browser, sessions: timed changes per kind (default 15)"
    )
    parser.add_argument(
        "--rounds", type=int, help="browser, sessions: rounds of ten sessions at once (default 5 and 10)"
    )
    parser.add_argument("--sessions", type=int, default=10, help="sessions: sessions at once (default 10)")
    parser.add_argument(
        "--no-stories", dest="stories", action="store_false", help="browser: leave out the stories page"
    )
    arguments = parser.parse_args()
    if arguments.part == "import":
        import_only()
        return
    if arguments.part == "browser":
        browser_only(arguments)
        return
    if arguments.part == "sessions":
        sessions_only(arguments)
        return
    rows: list[tuple[str, str, float, str]] = [("load_average_start", "machine", load_average(), "")]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        counter = iter(range(100))

        def build_plain() -> None:
            build_demo(base / f"plain{next(counter)}.duckdb")

        scaled = iter(range(100))

        def build_scaled() -> None:
            build_demo(base / f"scaled{next(scaled)}.duckdb", measurements=1_000_000, stories=100_000)

        rows.append(("demo_build_s", "demo", median_seconds(build_plain, 3), "s"))
        # Two builds at 1M keep `make bench` short; the first one is measured on below.
        rows.append(("demo_build_scaled_s", LARGE, median_seconds(build_scaled, 2), "s"))
        large = base / "scaled0.duckdb"
        store = Store(large, read_only=True)
        viewer, filters = Viewer.from_seat("gemeente@GM9901"), Filters(programme="jeugd")

        def dialogue_reads() -> None:
            doelmatigheid.indicator_cards(store, viewer, filters)
            betekenisgeving.significant_stories(store, viewer, filters)
            betekenisgeving.story_counts(store, viewer, filters)
            vakmanschap.recent_reflections(store, viewer, filters)
            vakmanschap.craft_counts(store, viewer, filters)
            vakmanschap.values_touched(store, viewer, filters)

        dialogue_reads()  # warm up
        rows.append(("dialogue_reads_ms", LARGE, median_seconds(dialogue_reads, 15) * 1000, "ms"))
        rows += search_rows(store)
        store.close()

        # A database file is held by one process: the server opens it only after we closed it.
        measured, ratios = server_rows(large, "", LARGE)
        rows += measured
        measured, sessions_ratios = sessions_rows(large, "", LARGE)  # servers of their own, without browsers
        rows += measured
        ratios |= sessions_ratios
        medium = base / "medium.duckdb"
        build_demo(medium, measurements=100_000, stories=100_000)
        measured, medium_ratios = server_rows(medium, "_100k", "100k measurements + 100k stories")
        rows += measured
        ratios |= medium_ratios
        rows += soak_rows(medium, "100k measurements")
        rows.extend(import_rows(base))
        rows.extend(import_memory_rows(base))
    rows.append(("load_average_end", "machine", load_average(), ""))

    print_rows(rows, ratios)
    results: dict[str, dict[str, Any]] = {}
    for key, scale, value, unit in rows:
        results[key] = {"value": round(value, 2), "unit": unit, "scale": scale}
        if key in ratios:
            results[key]["x_floor"] = round(ratios[key], 2)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
