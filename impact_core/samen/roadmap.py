"""The way in: the roadmap of impact-oriented work, step by step, and where a programme stands.

The steps follow the roadmap the SAM research network drew for organisations starting out:
a programme with its reasoning line, a few indicators chosen with the municipality and their
first figures, the first stories and reflections, the first leeratelier, and a panel that
chooses among the stories. Where a programme stands is read from its own data, through the
viewer's scope (a municipality counts only the stories and reflections it may read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving.collection import visible_stories
from impact_core.condition import joint_params
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.i18n import Lang, t
from impact_core.vakmanschap.reflections import visible_reflections


class Progress(StrEnum):
    TO_DO = "te_doen"
    BEGUN = "begonnen"
    DONE = "gezet"


@dataclass(frozen=True)
class RoadmapStep:
    key: str  # names the step's texts in i18n (roadmap.<key>.*)
    progress: Progress
    counts: dict[str, int]  # what the data shows, filled into the step's sentence
    page: str  # the page where the step is taken


# In roadmap order; each step's page is where it is taken.
STEP_PAGES = {
    "programme": "pages/redeneerlijn.py",
    "reasoning_line": "pages/redeneerlijn.py",
    "indicators": "pages/indicatoren.py",
    "measurements": "pages/gegevens.py",
    "stories": "pages/verhalen.py",
    "reflections": "pages/vakmanschap.py",
    "leeratelier": "pages/bijeenkomsten.py",
    "selection": "pages/selectierondes.py",
}
REASONING_LEVELS = 4  # interventie, resultaat, uitkomst, impact: a line is written when it has all four


def roadmap(store: Store, viewer: Viewer, programme_id: str, *, today: dt.date | None = None) -> list[RoadmapStep]:
    """Each step of the roadmap for this programme, with what its data shows. Empty when the
    viewer may not see the programme."""
    filters = Filters(programme=programme_id)
    scope = viewer.programme_scope("p.id")
    stories = visible_stories(viewer, filters, alias="s")
    reflections = visible_reflections(viewer, filters, alias="r")
    meetings = viewer.meeting_scope("m")
    found = store.rows(
        f"""
        WITH linked AS (  -- the programme's indicators: measured for it, or measuring a step of its line
            SELECT indicator_id FROM measurement WHERE programme_id = $programme
            UNION SELECT indicator_id FROM indicator_step
                  JOIN reasoning_step rs ON rs.id = step_id WHERE rs.programme_id = $programme
        )
        SELECT
            (SELECT count(*) FROM reasoning_step WHERE programme_id = p.id) AS steps,
            (SELECT count(DISTINCT level) FROM reasoning_step WHERE programme_id = p.id) AS levels,
            (SELECT count(*) FROM indicator WHERE id IN (FROM linked)) AS indicators,
            (SELECT count(*) FROM indicator WHERE id IN (FROM linked) AND set_by = 'samen') AS together,
            (SELECT count(DISTINCT month) FROM measurement WHERE programme_id = p.id) AS months,
            (SELECT count(*) FROM story s WHERE {stories.sql}) AS stories,
            (SELECT count(*) FROM reflection r WHERE {reflections.sql}) AS reflections,
            (SELECT count(*) FILTER (WHERE m.held_on <= $today) FROM meeting m
                WHERE (m.programme_id = p.id OR m.programme_id IS NULL) AND {meetings.sql}) AS held,
            (SELECT count(*) FILTER (WHERE m.held_on > $today) FROM meeting m
                WHERE (m.programme_id = p.id OR m.programme_id IS NULL) AND {meetings.sql}) AS planned,
            (SELECT count(*) FILTER (WHERE status = 'afgerond') FROM selection_round
                WHERE programme_id = p.id) AS chosen,
            (SELECT count(*) FILTER (WHERE status = 'open') FROM selection_round
                WHERE programme_id = p.id) AS open_rounds
        FROM programme p
        WHERE p.id = $programme AND {scope.sql}
        """,
        joint_params(scope, stories, reflections, meetings, programme=programme_id, today=today or dt.date.today()),
    )
    if not found:
        return []
    data = {name: int(value or 0) for name, value in found[0].items()}

    def step(key: str, done: bool, begun: bool, **counts: int) -> RoadmapStep:
        progress = Progress.DONE if done else Progress.BEGUN if begun else Progress.TO_DO
        return RoadmapStep(key, progress, counts, STEP_PAGES[key])

    return [
        step("programme", True, True),
        step(
            "reasoning_line",
            data["levels"] == REASONING_LEVELS,
            data["steps"] > 0,
            steps=data["steps"],
            levels=data["levels"],
        ),
        step(
            "indicators",
            data["together"] > 0,
            data["indicators"] > 0,
            indicators=data["indicators"],
            together=data["together"],
        ),
        step("measurements", data["months"] > 0, False, months=data["months"]),
        step("stories", data["stories"] > 0, False, stories=data["stories"]),
        step("reflections", data["reflections"] > 0, False, reflections=data["reflections"]),
        step("leeratelier", data["held"] > 0, data["planned"] > 0, held=data["held"], planned=data["planned"]),
        step("selection", data["chosen"] > 0, data["open_rounds"] > 0, chosen=data["chosen"], open=data["open_rounds"]),
    ]


def next_step(steps: list[RoadmapStep]) -> RoadmapStep | None:
    """The first step not yet taken: where to go on."""
    return next((step for step in steps if step.progress is not Progress.DONE), None)


def taken(steps: list[RoadmapStep]) -> int:
    return sum(step.progress is Progress.DONE for step in steps)


def summary_text(steps: list[RoadmapStep], lang: Lang = "nl") -> str:
    """One line for the dossier's cover: how many steps are taken, and the next one."""
    line = t("roadmap.taken", lang, taken=taken(steps), total=len(steps))
    following = next_step(steps)
    return f"{line}. " + (
        t("roadmap.next", lang, step=t(f"roadmap.{following.key}.title", lang))
        if following
        else t("roadmap.all_taken", lang)
    )
