"""What a filter change reads before anything is remembered: the dialogue table's whole view
model (``dialogue.read``), from the measurements' monthly sums and, in the same run, counted from
the measurements themselves, for the municipality and for the organisation's steward.

``make bench-reads`` (``python -m benchmarks.reads --scale 10M``): builds the database, then
prints one table of medians and the ratio between the two ways. ``--database`` measures an
existing file instead.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from benchmarks.run import SCALES
from impact_core.access.viewer import Viewer
from impact_core.db import measurement_month
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.gegevens.demo import build_demo
from impact_core.samen import dialogue

SEATS = ("gemeente@GM9901", "beheer@wvs")
PROGRAMMES = ("jeugd", "wijk")  # the synthetic measurements are spread over wvs's programmes


@contextmanager
def counted_from_the_measurements() -> Iterator[None]:
    """The readers as they were before the monthly sums: every figure from the measurements."""
    with (
        mock.patch.object(measurement_month, "TABLE", "measurement"),
        mock.patch.object(measurement_month, "current", lambda store: False),
    ):
        yield


def median_ms(action: Callable[[], object], repeats: int) -> float:
    action()  # warm: DuckDB's own caches, the first plan
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def rows(database: Path, repeats: int = 7) -> list[tuple[str, float, float]]:
    """(who, ms from the sums, ms from the measurements) per seat, over the programmes in turn."""
    store = Store(database, read_only=True)
    measured = []
    for seat in SEATS:
        viewer = Viewer.from_seat(seat)

        def reads(viewer: Viewer = viewer) -> None:
            for programme in PROGRAMMES:
                dialogue.read(store, viewer, Filters(programme=programme))

        summed = median_ms(reads, repeats) / len(PROGRAMMES)
        with counted_from_the_measurements():
            counted = median_ms(reads, repeats) / len(PROGRAMMES)
        measured.append((seat, summed, counted))
    store.close()
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=SCALES, default="10M")
    parser.add_argument("--database", type=Path, help="an existing database instead of a fresh build")
    parser.add_argument("--repeats", type=int, default=7)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = arguments.database
        scale = arguments.database.name if database else f"{arguments.scale} measurements + 100k stories"
        if database is None:
            database = Path(folder) / "reads.duckdb"
            build_demo(database, measurements=SCALES[arguments.scale], stories=100_000)
        measured = rows(database, arguments.repeats)
    print(f"dialogue table read per filter change, uncached ({scale}; medians of {arguments.repeats})")
    print(f"{'viewer':<20} {'monthly sums':>14} {'measurements':>14} {'ratio':>7}")
    for seat, summed, counted in measured:
        print(f"{seat:<20} {summed:>11.1f} ms {counted:>11.1f} ms {counted / summed:>6.1f}x")


if __name__ == "__main__":
    main()
