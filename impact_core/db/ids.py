"""One id generator: each kind of record has a prefix of its own, so an id says what it names
(a reflection and a selection round both began with ``R-`` before)."""

from __future__ import annotations

import uuid

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
}


def new_id(table: str) -> str:
    return f"{PREFIXES[table]}-{uuid.uuid4().hex[:10]}"
