"""Settings read from the environment, with the defaults a fresh clone needs."""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

from impact_core.i18n import LANGUAGES, Lang

log = logging.getLogger(__name__)
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_SOURCES = PROJECT_ROOT / "data" / "demo"


def masking_in_process() -> bool:
    """``IMPACT_MASKING=in-process``: deduce loaded in each process that masks, instead of in the
    machine's one masking worker (the default where Unix sockets exist)."""
    return os.environ.get("IMPACT_MASKING", "worker") == "in-process" or not hasattr(os, "getuid")


POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def database_path() -> Path | str:
    """``IMPACT_DB``: a DuckDB file, or a PostgreSQL server's ``postgresql://`` address."""
    return database_location(os.environ.get("IMPACT_DB") or str(PROJECT_ROOT / "data" / "impact.duckdb"))


def database_location(text: str) -> Path | str:
    """A DuckDB file's path, or a PostgreSQL server's address as it is."""
    return text if text.startswith(POSTGRES_SCHEMES) else Path(text)


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


def default_language() -> Lang:
    """``IMPACT_LANGUAGE``: the language every session, dossier and command starts in (``nl-BE`` for
    a Flemish installation); ``?taal=`` and the language bar still choose per session. Unset means
    Dutch; an unknown value too, with a warning in the log rather than a server that will not start."""
    return _language(os.environ.get("IMPACT_LANGUAGE", ""))


@functools.cache  # asked on every rerun: warn once per value, not on every click
def _language(setting: str) -> Lang:
    known = {code.lower(): code for code in LANGUAGES}  # NL-BE as the language bar writes it, too
    chosen = known.get(setting.strip().lower())
    if chosen is None and setting.strip():
        log.warning("IMPACT_LANGUAGE=%r is geen bekende taal (%s); de app gebruikt nl.", setting, ", ".join(LANGUAGES))
    return chosen or "nl"
