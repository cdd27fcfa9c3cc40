"""The audit log: every write records who made it, of what kind, on which record; never what it said."""

from __future__ import annotations

import pandas as pd

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.db.store import Cursor, Store


def record(cur: Cursor, viewer: Viewer, action: str, table: str, record_id: str) -> None:
    """Called inside the write's own transaction, so the entry and the write stand or fall together."""
    cur.execute(
        "INSERT INTO audit_log (role, actor, action, table_name, record_id, organisation_id, municipality_code)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [viewer.role.value, viewer.actor, action, table, record_id, viewer.organisation_id, viewer.municipality_code],
    )


def entries(store: Store, viewer: Viewer, *, limit: int = 200) -> pd.DataFrame:
    """The latest entries: a data steward reads what was done in their own organisation, the
    platform steward everything; nobody else reads the log."""
    if not (viewer.is_platform or policy.may(viewer, Action.STEWARD_DATA)):
        return pd.DataFrame(columns=["written_at", "role", "actor", "action", "table_name", "record_id"])
    return store.query(
        "SELECT written_at, role, actor, action, table_name, record_id FROM audit_log"
        " WHERE ? OR organisation_id = ? ORDER BY id DESC LIMIT ?",
        [viewer.is_platform, viewer.organisation_id, limit],
    )
