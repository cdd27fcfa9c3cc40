"""Retention: after the configured period only the masked text of a story stays."""

from __future__ import annotations

import datetime as dt

from impact_core import audit
from impact_core.privacy import Viewer, mask_text
from impact_core.store import Cursor, Store


class NotAllowed(PermissionError):
    pass


def apply_retention(store: Store, viewer: Viewer, *, days: int, today: dt.date | None = None) -> int:
    """Mask the text of every story collected more than ``days`` ago; return how many changed.

    Only the data steward runs it, within the steward's own organisation, in one transaction.
    """
    if not viewer.is_steward:
        raise NotAllowed("Alleen beheer kan de bewaartermijn toepassen.")
    cutoff = (today or dt.date.today()) - dt.timedelta(days=days)
    scope, params = viewer.programme_scope()

    def mask(cur: Cursor) -> int:
        due = cur.execute(
            f"SELECT id, text, significance FROM story WHERE collected_on < ? AND masked_on IS NULL AND {scope}",
            [cutoff, *params],
        ).fetchall()
        for story_id, text, significance in due:
            cur.execute(
                "UPDATE story SET text = ?, significance = ?, masked_on = ? WHERE id = ?",
                [mask_text(text), mask_text(significance), today or dt.date.today(), story_id],
            )
            audit.record(cur, viewer, "bewaartermijn verlopen: tekst gemaskeerd", "story", story_id)
        return len(due)

    return store.write(mask)
