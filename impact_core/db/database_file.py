"""Replace a database file whole: build the new one aside, then swap it in with ``os.replace``.

A failed build leaves the old file as it was, and no reader ever sees half a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from impact_core.db.store import Store

T = TypeVar("T")


def replace_database(path: Path, build: Callable[[Path], T], *, suffix: str = ".building") -> T:
    """Run ``build(aside)`` on a fresh path beside ``path``; when it succeeds, swap it in."""
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


def refuse_when_in_use(path: Path) -> None:
    """Swapping the file under a running app would strand that app's writes on the old file."""
    Store(path, read_only=True).close()  # raises DatabaseLocked when another process holds it


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}.wal")):
        leftover.unlink(missing_ok=True)
