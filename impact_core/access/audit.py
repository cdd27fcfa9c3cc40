"""The audit log: every write records who made it, of what kind, on which record; never what it said."""

from __future__ import annotations

import pandas as pd

from impact_core.access.viewer import Viewer
from impact_core.db.store import Cursor, Store


def record(cur: Cursor, viewer: Viewer, action: str, table: str, record_id: str) -> None:
    """Called inside the write's own transaction, so the entry and the write stand or fall together."""
    cur.execute(
        "INSERT INTO audit_log (role, actor, action, table_name, record_id) VALUES (?, ?, ?, ?, ?)",
        [viewer.role.value, viewer.actor, action, table, record_id],
    )


def entries(store: Store, viewer: Viewer, *, limit: int = 200) -> pd.DataFrame:
    """The latest entries; only the data steward reads the log."""
    if not viewer.is_steward:
        return pd.DataFrame(columns=["written_at", "role", "actor", "action", "table_name", "record_id"])
    return store.query(
        "SELECT written_at, role, actor, action, table_name, record_id FROM audit_log ORDER BY id DESC LIMIT ?",
        [limit],
    )
