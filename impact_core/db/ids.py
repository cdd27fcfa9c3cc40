"""One id generator: each kind of record has a prefix of its own, so an id says what it names
(a reflection and a selection round both began with ``R-`` before)."""

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
    while True:
        candidate = f"{PREFIXES[table]}-{uuid.uuid4().hex[:10]}"
        # Ten hex digits are now and then nine decimal ones that pass the 11-proof, and no
        # string field may hold what reads as a BSN: draw again.
        if not bsn.contains(candidate):
            return candidate
