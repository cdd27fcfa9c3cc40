"""Entering a story: mask it for review, then store it with its links and index it.

A BSN never reaches the database: it is masked in the raw text as well, before the
story is validated. Everything else in the raw text stays within the organisation;
outside viewers read the masked version the professional reviewed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from impact_core.access import audit, policy
from impact_core.access.deidentify import Finding, mask, mask_bsns
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import signification
from impact_core.betekenisgeving.search import index_stories
from impact_core.condition import joint_params
from impact_core.db.ids import new_id
from impact_core.db.store import Cursor, Store, insert_frame
from impact_core.models import Story
from impact_core.refusal import Invalid, NotAllowed, Phrase, validated

MASKED_FIELDS = Story.__masked__


class InvalidStory(Invalid):
    """A story that cannot be saved: its fields, or a link to something that does not exist."""


@dataclass(frozen=True)
class Review:
    """The masked title, text and significance to check, and what masking found."""

    masked: dict[str, str]
    findings: tuple[Finding, ...] = field(default_factory=tuple)


def place_names(store: Store, viewer: Viewer) -> list[str]:
    """Neighbourhood and municipality names of the viewer's area: masking leaves them readable."""
    neighbourhoods = viewer.municipality_scope("municipality_code")
    municipalities = viewer.municipality_scope("code")
    names = store.query(
        f"SELECT name FROM neighbourhood WHERE {neighbourhoods.sql}"
        f" UNION SELECT name FROM municipality WHERE {municipalities.sql}",
        joint_params(neighbourhoods, municipalities),
    )
    return list(names["name"])


def review(store: Store, viewer: Viewer, *, title: str, text: str, significance: str) -> Review:
    """Mask a draft story so the professional can check the result before saving."""
    keep = place_names(store, viewer)
    drafts = {"title": title, "text": text, "significance": significance}
    results = {name: mask(value, keep=keep) for name, value in drafts.items()}
    return Review(
        masked={name: result.text for name, result in results.items()},
        findings=tuple(finding for result in results.values() for finding in result.findings),
    )


def check(draft: dict) -> None:
    """Refuse a draft whose fields break the story's rules (an empty title, no collector) before
    the masking, while the form is still open: not after the review, with the form folded away."""
    values = _without_bsns(draft) | {"id": draft.get("id") or "check"}
    validated(Story, values, "stories.refusal.not_saved", InvalidStory)


def _without_bsns(draft: dict) -> dict:
    """The draft with every BSN in its free text masked: a BSN is never stored, not even in the raw
    text the organisation keeps, and a story that holds one is masked, not refused."""
    return {name: mask_bsns(value)[0] if name in MASKED_FIELDS else value for name, value in draft.items()}


def new_story_id() -> str:
    return new_id("story")


def add_story(
    store: Store,
    viewer: Viewer,
    draft: dict,
    masked: dict[str, str],
    *,
    indicator_ids: Sequence[str] = (),
    step_ids: Sequence[str] = (),
    marks: dict[str, Any] | None = None,
) -> str:
    """Store a story with its reviewed masked versions and links; return its id.

    ``draft`` holds the Story fields by their English names; ``marks`` the storyteller's own marks
    (``signification.MARK_FIELDS``), stored with the story or, when refused, neither is. Only professionals and the data
    steward of the organisation that runs the programme add stories.
    """
    policy.require(viewer, Action.RECORD_STORY)
    values = _without_bsns(draft) | {MASKED_FIELDS[name]: value for name, value in masked.items()}
    values.setdefault("id", new_story_id())
    story = validated(Story, values, "stories.refusal.not_saved", InvalidStory)
    self_marks = signification.validated_marks(story.id, marks or {})

    scope = viewer.programme_scope("id")

    def insert(cur: Cursor) -> str:
        own = cur.execute(
            f"SELECT 1 FROM programme WHERE id = $programme AND {scope.sql}",
            scope.params_with(programme=story.programme_id),
        )
        if not own.fetchall():
            raise NotAllowed("stories.refusal.other_organisation")
        insert_frame(cur, "story", pd.DataFrame([story.model_dump()]))
        _link(cur, story.id, "story_indicator", "indicator_id", "indicator", indicator_ids)
        _link(cur, story.id, "story_step", "step_id", "reasoning_step", step_ids)
        if self_marks is not None:  # the storyteller's own marks, in the same transaction as the story
            signification.record(cur, self_marks)
        index_stories(cur, [story.id])
        audit.record(cur, viewer, "toegevoegd", "story", story.id)
        return story.id

    return store.write(insert)


def _link(cur: Cursor, story_id: str, table: str, column: str, target: str, ids: Sequence[str]) -> None:
    for linked in dict.fromkeys(ids):
        if not cur.execute(f"SELECT 1 FROM {target} WHERE id = ?", [linked]).fetchall():
            raise InvalidStory("stories.refusal.not_saved", Phrase("stories.refusal.no_link", linked=linked))
        cur.execute(f"INSERT INTO {table} (story_id, {column}) VALUES (?, ?)", [story_id, linked])
