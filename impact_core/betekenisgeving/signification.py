"""Self-signification: the storyteller's own marks on their story, and their patterns beside the
panels' choices.

After telling a story, the storyteller (or the professional with them) marks what it is about,
how it felt, how big the change was and whether it was expected. The marks follow the story:
they are read only through ``visible_stories`` (consent, masking, the viewer's programmes), and
the patterns over a group of stories leave out, for outside viewers, a group smaller than the
small-group threshold. A leeratelier sees whether the panels chose what storytellers themselves
found important.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import pandas as pd

from impact_core.access import audit, policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving.collection import visible_stories
from impact_core.config import min_cell_size
from impact_core.db.store import Cursor, Store, insert_frame, remembered
from impact_core.filters import Filters
from impact_core.i18n import Lang, label, number, t
from impact_core.models import SCALE, Expected, StorySignification
from impact_core.refusal import Invalid, NotAllowed, validated

MARK_FIELDS = ("marked_by", "about", "feeling", "change_size", "expected")
MEASURES = ("feeling", "change_size", "expected", "about")
GROUPS = ("alle", "gekozen")  # every signified story; those a panel chose
# A story a panel chose: in a selection round, or carried up to a level by one.
CHOSEN_SQL = "(s.selected_level IS NOT NULL OR s.id IN (SELECT story_id FROM round_story WHERE selected))"
HIGH = 4  # on a 1-5 scale, 4 and 5 are "groot" and "goed"
# A difference in share smaller than this many percentage points is told as "about as often".
SAME_WITHIN = 10


class InvalidMarks(Invalid):
    """Marks that cannot be saved: a scale outside 1-5, a domain not on the list."""


def marks_given(raw: dict[str, Any]) -> bool:
    """Whether the form holds any mark besides who marked: an untouched section stores nothing."""
    return bool(raw.get("about")) or any(raw.get(name) not in (None, "") for name in MARK_FIELDS[2:])


def validated_marks(story_id: str, raw: dict[str, Any]) -> StorySignification | None:
    """The marks as a checked record, or None when nothing was marked; refused in Dutch per field."""
    if not marks_given(raw):
        return None
    values = {name: raw[name] for name in MARK_FIELDS if raw.get(name) not in (None, "")} | {"story_id": story_id}
    return validated(StorySignification, values, "signification.refusal.not_saved", InvalidMarks)


def record(cur: Cursor, marks: StorySignification) -> None:
    """Store a story's marks inside the transaction that stores (or already holds) the story."""
    cur.execute("DELETE FROM story_signification WHERE story_id = ?", [marks.story_id])
    insert_frame(cur, "story_signification", pd.DataFrame([marks.model_dump()]))


def change_marks(
    store: Store, viewer: Viewer, story_id: str, marks: dict[str, Any] | None
) -> StorySignification | None:
    """Replace a stored story's own marks, or remove them (``None``, or a form left empty), in one
    transaction with its audit entry; return what is stored now.

    Whoever may enter a story for its organisation may correct its marks: its professionals (for a
    story they may read) and its steward. The municipality, the shared screen and another
    organisation are refused, here and not only by the page. Refused marks leave the old ones."""
    policy.require(viewer, Action.RECORD_STORY)
    new = validated_marks(story_id, marks or {})
    where = visible_stories(viewer, Filters(), alias="s")

    def change(cur: Cursor) -> StorySignification | None:
        found = cur.execute(
            f"""
            SELECT p.organisation_id, m.story_id IS NOT NULL AS marked
            FROM story s JOIN programme p ON p.id = s.programme_id
                LEFT JOIN story_signification m ON m.story_id = s.id
            WHERE s.id = $story AND {where.sql}
            """,
            where.params_with(story=story_id),
        ).fetchall()
        if not found:  # not there, or not this viewer's to read: the same answer for both
            raise NotAllowed("signification.refusal.not_yours")
        organisation, marked = found[0]
        policy.require(viewer, Action.RECORD_STORY, organisation=organisation)
        if new is not None:
            record(cur, new)
            audit.record(cur, viewer, "duiding aangepast", "story_signification", story_id)
        elif marked:
            cur.execute("DELETE FROM story_signification WHERE story_id = ?", [story_id])
            audit.record(cur, viewer, "duiding verwijderd", "story_signification", story_id)
        return new

    return store.write(change)


def marks_of(store: Store, viewer: Viewer, story_id: str) -> dict[str, Any] | None:
    """One story's own marks, when this viewer may read the story; None otherwise or when unmarked."""
    where = visible_stories(viewer, Filters(), alias="s")
    found = store.rows(
        f"""
        SELECT m.marked_by, m.about, m.feeling, m.change_size, m.expected
        FROM story_signification m JOIN story s ON s.id = m.story_id
        WHERE s.id = $story AND {where.sql}
        """,
        where.params_with(story=story_id),
    )
    return found[0] if found else None


@dataclass(frozen=True)
class Patterns:
    """The marks of the visible stories, per group: how many stories each group holds (None where
    the group is too small for this viewer) and per measure and value how many stories gave it."""

    stories: dict[str, int | None]
    counts: pd.DataFrame  # group, measure, value, n: only for groups shown
    min_cell: int

    def shown(self, group: str) -> bool:
        return self.stories.get(group) is not None

    @functools.cached_property
    def _tally(self) -> dict[tuple[str, str], dict[str, int]]:
        # Counted out once: a page asks for some thirty shares, and filtering the frame for each
        # cost the stories page 60 ms of server time per rerun.
        tally: dict[tuple[str, str], dict[str, int]] = {}
        for group, measure, value, n in self.counts[["group", "measure", "value", "n"]].itertuples(index=False):
            tally.setdefault((group, measure), {})[value] = int(n)
        return tally

    def answers(self, group: str, measure: str) -> dict[str, int]:
        """Per value given, how many stories of the group gave it."""
        return self._tally.get((group, measure), {})

    def answered(self, group: str, measure: str) -> int:
        """How many stories of the group gave this measure (for ``about``: the group's stories)."""
        if measure == "about":
            return self.stories.get(group) or 0
        return sum(self.answers(group, measure).values())

    def share(self, group: str, measure: str, values: tuple[str, ...]) -> float | None:
        """The share of the group's answers to this measure that is one of ``values``."""
        total = self.answered(group, measure)
        if not self.shown(group) or total == 0:
            return None
        given = self.answers(group, measure)
        return sum(given.get(value, 0) for value in values) / total

    def distribution(self, measure: str) -> pd.DataFrame:
        """group, value, n, share for one measure over the shown groups."""
        rows = self.counts[self.counts["measure"] == measure].copy()
        rows["share"] = [n / max(self.answered(g, measure), 1) for g, n in zip(rows["group"], rows["n"], strict=True)]
        return rows[["group", "value", "n", "share"]].reset_index(drop=True)


@remembered  # every rerun of the stories overview and the dialogue table asks it again
def patterns(store: Store, viewer: Viewer, filters: Filters) -> Patterns:
    """The marks of every visible signified story, and of those a panel chose, counted per value."""
    where = visible_stories(viewer, filters, alias="s")
    found = store.query(
        f"""
        WITH marked AS (
            SELECT {CHOSEN_SQL} AS chosen, m.feeling, m.change_size, m.expected, m.about
            FROM story_signification m JOIN story s ON s.id = m.story_id
            WHERE {where.sql}
        ),
        grouped AS (
            SELECT 'alle' AS "group", * FROM marked
            UNION ALL SELECT 'gekozen', * FROM marked WHERE chosen
        ),
        about AS (SELECT "group", unnest(about) AS value FROM grouped)
        SELECT "group", 'stories' AS measure, '' AS value, count(*) AS n FROM grouped GROUP BY ALL
        UNION ALL SELECT "group", 'feeling', CAST(feeling AS VARCHAR), count(*) FROM grouped
            WHERE feeling IS NOT NULL GROUP BY ALL
        UNION ALL SELECT "group", 'change_size', CAST(change_size AS VARCHAR), count(*) FROM grouped
            WHERE change_size IS NOT NULL GROUP BY ALL
        UNION ALL SELECT "group", 'expected', expected, count(*) FROM grouped WHERE expected IS NOT NULL GROUP BY ALL
        UNION ALL SELECT "group", 'about', value, count(*) FROM about GROUP BY ALL
        ORDER BY ALL  -- one order, so a remembered read equals a fresh one
        """,
        where.params,
    )
    totals = found[found["measure"] == "stories"].set_index("group")["n"]
    stories: dict[str, int | None] = {}
    for group in GROUPS:
        n = int(totals.get(group, 0))
        # Outside the organisation a pattern over fewer stories than the threshold is not shown.
        stories[group] = None if 0 < n < viewer.min_cell else n
    if stories["alle"] is None:  # the panels' choice is part of a group too small to show
        stories["gekozen"] = None
    counts = found[(found["measure"] != "stories") & found["group"].map(lambda g: stories.get(g) is not None)]
    counts = counts.assign(n=counts["n"].astype(int)).reset_index(drop=True)
    return Patterns(stories, counts, viewer.min_cell)


def _percent(share: float, lang: Lang) -> str:
    return f"{number(100 * share, lang)}%"


def _compared(chosen: float, everyone: float) -> str:
    difference = 100 * (chosen - everyone)
    if difference >= SAME_WITHIN:
        return "more"
    if difference <= -SAME_WITHIN:
        return "less"
    return "same"


def sentence(found: Patterns, lang: Lang = "nl") -> str:
    """What the patterns show in one or two plain sentences: the panels' choices against all the
    stories storytellers marked, honest about small groups."""
    everyone, chosen = found.stories["alle"], found.stories["gekozen"]
    if everyone is None:
        return t("signification.sentence.suppressed", lang, threshold=found.min_cell)
    if everyone == 0:
        return t("signification.sentence.none", lang)
    if chosen is None or chosen == 0:
        too_few = "signification.sentence.no_chosen" if chosen == 0 else "signification.sentence.chosen_suppressed"
        return t(too_few, lang, n=everyone, threshold=found.min_cell)
    big = [found.share(group, "change_size", ("4", "5")) for group in GROUPS]
    good = [found.share(group, "feeling", ("4", "5")) for group in GROUPS]
    unexpected = [found.share(group, "expected", (Expected.NEE, Expected.DEELS)) for group in GROUPS]
    parts = [t("signification.sentence.lead", lang, chosen=chosen, n=everyone)]
    for key, (all_share, chosen_share) in (("big", big), ("good", good), ("unexpected", unexpected)):
        if all_share is None or chosen_share is None:
            continue
        parts.append(
            t(
                f"signification.sentence.{key}.{_compared(chosen_share, all_share)}",
                lang,
                chosen=_percent(chosen_share, lang),
                everyone=_percent(all_share, lang),
            )
        )
    if chosen < min_cell_size():
        parts.append(t("signification.sentence.small", lang, n=chosen))
    return " ".join(parts)


def summary_text(found: Patterns, lang: Lang = "nl") -> str:
    """The one line the dialogue table gives the storytellers' own marks."""
    everyone, chosen = found.stories["alle"], found.stories["gekozen"]
    if everyone is None:
        return t("signification.summary_suppressed", lang, threshold=found.min_cell)
    if not everyone:
        return t("signification.summary_none", lang)
    big_all = found.share("alle", "change_size", ("4", "5"))
    big_chosen = found.share("gekozen", "change_size", ("4", "5")) if chosen else None
    if big_all is None:
        return t("signification.summary_none", lang)
    if big_chosen is None:
        return t("signification.summary_all", lang, n=everyone, big=_percent(big_all, lang))
    return t(
        "signification.summary_line",
        lang,
        n=everyone,
        big=_percent(big_all, lang),
        chosen=chosen,
        big_chosen=_percent(big_chosen, lang),
    )


def mark_words(marks: dict[str, Any], lang: Lang = "nl") -> list[tuple[str, str]]:
    """A story's own marks as (question, answer) pairs in plain words, for its page."""
    about = ", ".join(label("life_domain", value, lang) for value in marks.get("about") or [])
    pairs = [
        (t("signification.q.marked_by", lang), label("marked_by", marks["marked_by"], lang)),
        (t("signification.q.about", lang), about or "–"),
    ]
    for name in ("feeling", "change_size"):
        value = marks.get(name)
        shown = "–" if value is None or pd.isna(value) else label(name, str(int(value)), lang)
        pairs.append((t(f"signification.q.{name}", lang), shown))
    expected = marks.get("expected")
    pairs.append((t("signification.q.expected", lang), label("expected", expected, lang) if expected else "–"))
    return pairs


SCALE_VALUES = tuple(str(value) for value in range(SCALE[0], SCALE[1] + 1))
