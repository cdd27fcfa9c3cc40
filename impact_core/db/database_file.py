"""Replace a database whole: build the new one aside, then swap it in with ``os.replace`` (a
DuckDB file) or a rename (a PostgreSQL database on the same server).

A failed build leaves the old database as it was, and no reader ever sees half of one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import psycopg

from impact_core.db import postgres
from impact_core.db.store import DatabaseLocked, Store

T = TypeVar("T")


def replace_database(path: Path | str, build: Callable[[Any], T], *, suffix: str = ".building") -> T:
    """Run ``build(aside)`` on a fresh path beside ``path`` (a PostgreSQL address beside an
    address); when it succeeds, swap it in."""
    if postgres.is_address(path):
        return _replace_postgres(str(path), build, suffix)
    path = Path(path)
    if path.exists():
        refuse_when_in_use(path)
    aside = path.with_name(path.name + suffix)
    _remove(aside)
    try:
        result = build(aside)
        if path.exists():
            refuse_when_in_use(path)
    except BaseException:
        _remove(aside)
        raise
    os.replace(aside, path)
    Path(f"{path}.wal").unlink(missing_ok=True)
    return result


def exists(path: Path | str) -> bool:
    return postgres.exists(str(path)) if postgres.is_address(path) else Path(path).exists()


def _replace_postgres(address: str, build: Callable[[Any], T], suffix: str) -> T:
    aside = postgres.beside(address, suffix)
    postgres.drop(aside)
    postgres.create(aside)
    try:
        result = build(aside)
        postgres.swap(aside, address)
    except psycopg.errors.ObjectInUse as error:
        postgres.drop(aside)
        raise DatabaseLocked("store.refusal.locked", path=postgres.database_name(address)) from error
    except BaseException:
        postgres.drop(aside)
        raise
    return result


def refuse_when_in_use(path: Path) -> None:
    """Swapping the file under a running app would strand that app's writes on the old file."""
    Store(path, read_only=True).close()  # raises DatabaseLocked when another process holds it


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}.wal")):
        leftover.unlink(missing_ok=True)
