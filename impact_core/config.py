"""Settings read from the environment, with the defaults a fresh clone needs."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_SOURCES = PROJECT_ROOT / "data" / "demo"


def database_path() -> Path:
    return Path(os.environ.get("IMPACT_DB") or PROJECT_ROOT / "data" / "impact.duckdb")


def min_cell_size() -> int:
    """Aggregates over fewer people than this are suppressed for outside viewers."""
    return int(os.environ.get("IMPACT_MIN_CELL", "10"))


def retention_days() -> int:
    """How long the raw text of a story is kept before only its masked version stays."""
    return int(os.environ.get("IMPACT_RETENTION_DAYS", str(5 * 365)))


def demo_forced() -> bool:
    """``IMPACT_DEMO=1``: demo mode (no sign-in, a role switch over every seat) on any database,
    not only on one built by ``python -m impact_core demo``. Only the exact value counts."""
    return os.environ.get("IMPACT_DEMO") == "1"
