"""Erasure on request: remove everything one storyteller told, or every instrument score of one
participant, and record that it happened.

The record (``erasure_log``) says when, by whom and how many stories or scores; never the
pseudonym or code, nor any text. DuckDB refuses to delete a row in the same transaction as the rows that
referred to it, so the work takes two: the first removes every link, blanks every text,
takes quotes of it out of every other record's free text and writes the record (so from
then on nothing said is left), the second deletes the emptied story rows. Then the file is
rewritten from its live rows: DuckDB leaves deleted and overwritten text in the file's
bytes, where ``strings`` reads it.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from impact_core.access import audit, policy
from impact_core.access.deidentify import mask
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.db.store import Cursor, Store
from impact_core.gegevens.quotes import Quoted
from impact_core.models import ENTITIES, Record, Story
from impact_core.refusal import Invalid, dutch_column

_LINKED = ("story_indicator", "story_step", "story_signification", "round_story", "round_vote", "story_word")
_PSEUDONYM = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
ERASED = "[gewist]"


class InvalidPseudonym(Invalid):
    pass


@dataclass(frozen=True)
class QuoteRemoved:
    """Where a quote of an erased story was taken out: the kind of record as the import names it
    (``reflecties``), the record and the field (``wat_gebeurde``). Never the text."""

    kind: str
    record: str
    field: str


@dataclass(frozen=True)
class Erasure:
    stories: int
    quotes: list[QuoteRemoved] = field(default_factory=list)


def erase_storyteller(store: Store, viewer: Viewer, pseudonym: str) -> Erasure:
    """Erase the stories of the storyteller with this pseudonym in the steward's own organisation
    (a pseudonym names one person within one organisation), and their quotes in other records."""
    policy.require(viewer, Action.STEWARD_DATA)
    pseudonym = pseudonym.strip()
    if not _PSEUDONYM.match(pseudonym):
        raise InvalidPseudonym("gegevens.refusal.pseudonym")

    told = (
        f"SELECT s.id, {', '.join(_TOLD)} FROM story s JOIN programme p ON p.id = s.programme_id"
        " WHERE s.storyteller = ? AND p.organisation_id = ?"
    )
    with store.cursor() as cur:  # the masker takes its time: never inside the write
        names = _identifying(row[1:4] for row in cur.execute(told, [pseudonym, viewer.organisation_id]).fetchall())

    def scrub(cur: Cursor) -> tuple[list[str], list[QuoteRemoved]]:
        rows = cur.execute(told, [pseudonym, viewer.organisation_id]).fetchall()
        ids = [row[0] for row in rows]
        quotes: list[QuoteRemoved] = []
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
            quoted = Quoted.of((text for row in rows for text in row[1:]), names=[pseudonym, *names])
            quotes = _remove_quotes(cur, quoted)
        cur.execute(
            "INSERT INTO erasure_log (role, actor, stories, organisation_id) VALUES (?, ?, ?, ?)",
            [viewer.role.value, viewer.actor, len(ids), viewer.organisation_id],
        )
        audit.record(cur, viewer, "erase", "story", f"{len(ids)} verhalen")
        return ids, quotes

    ids, quotes = store.write(scrub)
    if ids:
        store.write(lambda cur: cur.execute("DELETE FROM story WHERE list_contains(?, id)", [ids]).fetchall())
        store.rewrite_file()
    return Erasure(len(ids), quotes)


def erase_participant(store: Store, viewer: Viewer, pseudonym: str) -> int:
    """Erase every instrument score (ZRM, Positieve Gezondheid) of the participant with this code in
    the steward's own organisation; return how many. ``instrument_score`` is the one table that holds
    a participant's code (the migrations have no other). The audit log records how many, never the code."""
    policy.require(viewer, Action.STEWARD_DATA)
    pseudonym = pseudonym.strip()
    if not _PSEUDONYM.match(pseudonym):
        raise InvalidPseudonym("gegevens.refusal.pseudonym")
    own = "programme_id IN (SELECT id FROM programme WHERE organisation_id = $organisation)"
    params = {"participant": pseudonym, "organisation": viewer.organisation_id}

    def delete(cur: Cursor) -> int:
        (count,) = cur.execute(
            f"SELECT count(*) FROM instrument_score WHERE participant = $participant AND {own}", params
        ).fetchall()[0]
        if count:
            cur.execute(f"DELETE FROM instrument_score WHERE participant = $participant AND {own}", params)
        # Recorded when nothing matched too, as a storyteller's: the request was carried out.
        cur.execute(
            "INSERT INTO erasure_log (role, actor, stories, instrument_scores, organisation_id) VALUES (?, ?, 0, ?, ?)",
            [viewer.role.value, viewer.actor, count, viewer.organisation_id],
        )
        audit.record(cur, viewer, "erase", "instrument_score", f"{count} scores")
        return int(count)

    count = store.write(delete)
    if count:
        store.rewrite_file()  # deleted scores stay in the file's bytes until it is rewritten
    return count


# The story's own words, raw and masked: what other records may have quoted.
_TOLD = ("title", "text", "significance", "masked_title", "masked_text", "masked_significance")


def _identifying(raw: Iterable[Iterable[str]]) -> list[str]:
    """What the masker finds in the stories' raw texts: elsewhere too it points at the storyteller.
    A name goes word by word (a reflection may name him by first name alone)."""
    found = []
    for texts in raw:
        for text in texts:
            for finding in mask(text or "").findings:
                found += (
                    [word for word in finding.text.split() if len(word) >= 3]
                    if finding.label == "naam"
                    else [finding.text]
                )
    return found


def _free_text_columns(model: type[Record]) -> list[str]:
    """The fields of a record that hold words (ids and codes hold none): where a quote can be."""

    def is_text(annotation: object) -> bool:
        if typing.get_origin(annotation) in (typing.Union, types.UnionType):
            return any(is_text(member) for member in typing.get_args(annotation))
        if typing.get_origin(annotation) is typing.Annotated:
            return is_text(typing.get_args(annotation)[0])
        return annotation is str

    return [
        name
        for name, info in model.model_fields.items()
        if is_text(info.annotation) and name != "id" and not name.endswith(("_id", "_code", "code", "_step"))
    ]


def _remove_quotes(cur: Cursor, quoted: Quoted) -> list[QuoteRemoved]:
    removed = []
    for model in ENTITIES:
        columns = _free_text_columns(model)
        if model is Story or not columns:
            continue
        key = "id" if "id" in model.model_fields else "rowid"
        for row in cur.execute(f"SELECT {key}, {', '.join(columns)} FROM {model.__table__}").fetchall():
            changed = {
                column: kept
                for column, text in zip(columns, row[1:], strict=True)
                if text and (kept := quoted.removed(text, ERASED)) != text
            }
            if changed:
                assignments = ", ".join(f"{column} = ${column}" for column in changed)
                cur.execute(
                    f"UPDATE {model.__table__} SET {assignments} WHERE {key} = $key", {**changed, "key": row[0]}
                )
                removed += [
                    QuoteRemoved(model.__source__, str(row[0]), dutch_column(model, column)) for column in changed
                ]
    return removed


def _unlink_reflections(cur: Cursor, ids: list[str]) -> None:
    linked = cur.execute("SELECT id, story_ids FROM reflection WHERE list_has_any(story_ids, ?)", [ids]).fetchall()
    for reflection_id, story_ids in linked:
        kept = [story_id for story_id in story_ids if story_id not in ids]
        cur.execute("UPDATE reflection SET story_ids = ? WHERE id = ?", [kept, reflection_id])


def erasure_log(store: Store, viewer: Viewer) -> pd.DataFrame:
    """When erasures happened, by whom, and how many stories and instrument scores went; the data
    steward reads their own organisation's, the platform steward all."""
    if not viewer.is_platform:
        policy.require(viewer, Action.STEWARD_DATA)
    return store.query(
        "SELECT erased_at, role, actor, stories, coalesce(instrument_scores, 0) AS instrument_scores"
        " FROM erasure_log WHERE ? OR organisation_id = ? ORDER BY id DESC",
        [viewer.is_platform, viewer.organisation_id],
    )
