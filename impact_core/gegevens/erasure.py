"""Erasure on request: remove everything one storyteller told, and record that it happened.

The record (``erasure_log``) says when, by whom and how many stories; never the pseudonym
nor any text. DuckDB refuses to delete a row in the same transaction as the rows that
referred to it, so the work takes two: the first removes every link and blanks every
text and writes the record (so from then on nothing said is left), the second deletes
the emptied story rows.
"""

from __future__ import annotations

import re

import pandas as pd

from impact_core.access import audit, policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.db.store import Cursor, Store
from impact_core.refusal import Invalid

_LINKED = ("story_indicator", "story_step", "round_story", "round_vote", "story_word")
_PSEUDONYM = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
ERASED = "[gewist]"


class InvalidPseudonym(Invalid):
    pass


def erase_storyteller(store: Store, viewer: Viewer, pseudonym: str) -> int:
    """Erase the stories of the storyteller with this pseudonym in the steward's own organisation
    (a pseudonym names one person within one organisation); return how many there were."""
    policy.require(viewer, Action.STEWARD_DATA)
    pseudonym = pseudonym.strip()
    if not _PSEUDONYM.match(pseudonym):
        raise InvalidPseudonym("Een pseudoniem bestaat uit letters, cijfers, '-', '_' of '.', zoals VT-0012.")

    def scrub(cur: Cursor) -> list[str]:
        ids = [
            row[0]
            for row in cur.execute(
                "SELECT s.id FROM story s JOIN programme p ON p.id = s.programme_id"
                " WHERE s.storyteller = ? AND p.organisation_id = ?",
                [pseudonym, viewer.organisation_id],
            ).fetchall()
        ]
        if ids:
            tables = {
                row[0]
                for row in cur.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
                ).fetchall()
            }
            for table in _LINKED:
                if table in tables:
                    cur.execute(f"DELETE FROM {table} WHERE list_contains(?, story_id)", [ids])
            if "word_stem" in tables:  # the search vocabulary keeps no word that only these stories had
                cur.execute("DELETE FROM word_stem WHERE word NOT IN (SELECT word FROM story_word)")
            _unlink_reflections(cur, ids)
            if "agenda_item" in tables:  # the agenda item stays, without its link to the story
                cur.execute(
                    "UPDATE agenda_item SET linked_kind = NULL, linked_id = NULL"
                    " WHERE linked_kind = 'verhaal' AND list_contains(?, linked_id)",
                    [ids],
                )
            cur.execute(
                "UPDATE story SET title = ?, text = '', significance = '', masked_title = ?, masked_text = '',"
                " masked_significance = '', storyteller = NULL WHERE list_contains(?, id)",
                [ERASED, ERASED, ids],
            )
        cur.execute(
            "INSERT INTO erasure_log (role, actor, stories, organisation_id) VALUES (?, ?, ?, ?)",
            [viewer.role.value, viewer.actor, len(ids), viewer.organisation_id],
        )
        audit.record(cur, viewer, "erase", "story", f"{len(ids)} verhalen")
        return ids

    ids = store.write(scrub)
    if ids:
        store.write(lambda cur: cur.execute("DELETE FROM story WHERE list_contains(?, id)", [ids]).fetchall())
    return len(ids)


def _unlink_reflections(cur: Cursor, ids: list[str]) -> None:
    linked = cur.execute("SELECT id, story_ids FROM reflection WHERE list_has_any(story_ids, ?)", [ids]).fetchall()
    for reflection_id, story_ids in linked:
        kept = [story_id for story_id in story_ids if story_id not in ids]
        cur.execute("UPDATE reflection SET story_ids = ? WHERE id = ?", [kept, reflection_id])


def erasure_log(store: Store, viewer: Viewer) -> pd.DataFrame:
    """When erasures happened, by whom and how many stories; the data steward reads their own
    organisation's, the platform steward all."""
    if not viewer.is_platform:
        policy.require(viewer, Action.STEWARD_DATA)
    return store.query(
        "SELECT erased_at, role, actor, stories FROM erasure_log WHERE ? OR organisation_id = ? ORDER BY id DESC",
        [viewer.is_platform, viewer.organisation_id],
    )
