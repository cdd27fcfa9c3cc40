"""One id generator: each kind of record has a prefix of its own, so an id says what it names
(a reflection and a selection round both began with ``R-`` before); a reasoning step's id
begins with its programme's."""

from __future__ import annotations

import uuid

from impact_core import bsn

PREFIXES: dict[str, str] = {
    "story": "V",
    "reflection": "R",
    "assumption_test": "T",
    "selection_round": "SR",
    "meeting": "B",
    "participant": "P",
    "agenda_item": "A",
    "decision": "D",
    "arena_effect": "AE",
    "correction": "C",
}


def new_id(table: str) -> str:
    return _drawn(PREFIXES[table], digits=10)


def new_step_id(programme_id: str) -> str:
    """A reasoning step's id begins with its programme's (jeugd-3fa85f64), as the demo's steps do."""
    return _drawn(programme_id, digits=8)


def _drawn(prefix: str, *, digits: int) -> str:
    while True:
        candidate = f"{prefix}-{uuid.uuid4().hex[:digits]}"
        # Ten hex digits are now and then nine decimal ones that pass the 11-proof, and no
        # string field may hold what reads as a BSN: draw again.
        if not bsn.contains(candidate):
            return candidate
