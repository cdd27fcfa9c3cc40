"""Retention: after the configured period only the masked text of a story stays."""

from __future__ import annotations

import datetime as dt

from impact_core.access import audit, policy
from impact_core.access.deidentify import mask
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.db.store import Cursor, Store


def apply_retention(store: Store, viewer: Viewer, *, days: int, today: dt.date | None = None) -> int:
    """Mask the text of every story collected more than ``days`` ago; return how many changed.

    Only the data steward runs it, within the steward's own organisation, in one transaction.
    """
    policy.require(viewer, Action.STEWARD_DATA)
    cutoff = (today or dt.date.today()) - dt.timedelta(days=days)
    scope = viewer.programme_scope()

    def forget_raw_text(cur: Cursor) -> int:
        due = cur.execute(
            f"""SELECT id, coalesce(masked_title, title), coalesce(masked_text, text),
                       coalesce(masked_significance, significance), masked_text IS NULL
                FROM story WHERE collected_on < $cutoff AND masked_on IS NULL AND {scope.sql}""",
            scope.params_with(cutoff=cutoff),
        ).fetchall()
        for story_id, title, text, significance, unmasked in due:
            if unmasked:  # a story from before masking existed: mask it now
                title, text, significance = (mask(value).text for value in (title, text, significance))
            cur.execute(
                "UPDATE story SET title = ?, text = ?, significance = ?, masked_title = ?, masked_text = ?,"
                " masked_significance = ?, masked_on = ? WHERE id = ?",
                [title, text, significance, title, text, significance, today or dt.date.today(), story_id],
            )
            audit.record(cur, viewer, "bewaartermijn verlopen: tekst gemaskeerd", "story", story_id)
        return len(due)

    return store.write(forget_raw_text)
