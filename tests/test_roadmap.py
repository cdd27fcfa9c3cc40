"""The way in: the roadmap reads where a programme stands from its own data, through the viewer's scope."""

from __future__ import annotations

import datetime as dt

import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving.collection import story_counts
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.samen import roadmap
from impact_core.samen.roadmap import Progress
from impact_core.ui.safe import escape_markdown
from tests.page_helpers import page_starter

PROFESSIONAL, RVD, MUNICIPALITY = (
    Viewer.from_seat("professional@wvs"),
    Viewer.from_seat("professional@rvd"),
    Viewer.from_seat("gemeente@GM9901"),
)
TODAY = dt.date(2026, 12, 5)


def _progress(store: Store, viewer: Viewer, programme: str) -> dict[str, Progress]:
    return {step.key: step.progress for step in roadmap.roadmap(store, viewer, programme, today=TODAY)}


def test_the_steps_come_in_the_roadmaps_order(demo_store):
    steps = roadmap.roadmap(demo_store, PROFESSIONAL, "wijk", today=TODAY)
    assert [step.key for step in steps] == list(roadmap.STEP_PAGES)


def test_a_programme_just_begun_has_its_line_begun_and_everything_after_it_to_do(demo_store):
    progress = _progress(demo_store, RVD, "rvd-taal")
    assert progress == {
        "programme": Progress.DONE,
        "reasoning_line": Progress.BEGUN,  # two of the four levels
        "indicators": Progress.TO_DO,
        "measurements": Progress.TO_DO,
        "stories": Progress.TO_DO,
        "reflections": Progress.TO_DO,
        "leeratelier": Progress.TO_DO,
        "selection": Progress.TO_DO,
    }


def test_the_next_step_is_the_first_not_yet_taken(demo_store):
    steps = roadmap.roadmap(demo_store, RVD, "rvd-taal", today=TODAY)
    assert roadmap.next_step(steps).key == "reasoning_line"
    assert roadmap.taken(steps) == 1


def _insert(store: Store, sql: str, params: list) -> None:
    store.write(lambda cur: cur.execute(sql, params))


@pytest.mark.parametrize(
    ("key", "sql", "params", "progress"),
    [
        (
            "indicators",
            "INSERT INTO indicator_step VALUES (?, ?)",
            ["RD01", "rvd-taal-r1"],
            Progress.BEGUN,  # an indicator, but none chosen together with the municipality
        ),
        ("indicators", "INSERT INTO indicator_step VALUES (?, ?)", ["RD02", "rvd-taal-r1"], Progress.DONE),
        (
            "leeratelier",
            "INSERT INTO meeting (id, held_on, leeratelier, title, programme_id, summary) VALUES (?, ?, ?, ?, ?, ?)",
            ["B9", TODAY + dt.timedelta(days=30), "Leeratelier Rivierdorp", "Eerste keer", "rvd-taal", ""],
            Progress.BEGUN,  # planned, not yet held
        ),
        (
            "leeratelier",
            "INSERT INTO meeting (id, held_on, leeratelier, title, programme_id, summary) VALUES (?, ?, ?, ?, ?, ?)",
            ["B9", TODAY - dt.timedelta(days=1), "Leeratelier Rivierdorp", "Eerste keer", "rvd-taal", ""],
            Progress.DONE,
        ),
    ],
)
def test_a_step_moves_on_with_the_programmes_own_data(demo_copy, key, sql, params, progress):
    _insert(demo_copy, sql, params)
    assert _progress(demo_copy, RVD, "rvd-taal")[key] is progress


def test_another_organisations_programme_has_no_roadmap_for_this_viewer(demo_store):
    assert roadmap.roadmap(demo_store, PROFESSIONAL, "rvd-taal") == []


def test_the_municipality_counts_only_the_stories_and_reflections_it_may_read(demo_store):
    store = demo_store

    def counts(viewer: Viewer) -> dict[str, int]:
        steps = {step.key: step.counts for step in roadmap.roadmap(store, viewer, "wijk", today=TODAY)}
        return {"stories": steps["stories"]["stories"], "reflections": steps["reflections"]["reflections"]}

    inside, outside = counts(PROFESSIONAL), counts(MUNICIPALITY)
    # the same figure the dialogue table gives the municipality: consented, masked stories only
    assert outside["stories"] == story_counts(store, MUNICIPALITY, Filters(programme="wijk"))["total"]
    assert outside["stories"] < inside["stories"]
    assert outside["reflections"] < inside["reflections"]


@pytest.fixture
def start_page(demo_db, monkeypatch):
    start = page_starter(demo_db, monkeypatch)
    return lambda **query: start("pages/start.py", **query)


def test_the_start_page_shows_every_step_with_where_the_programme_stands(start_page):
    test = start_page(rol="professional@rvd", programma="rvd-taal")
    assert not test.exception
    assert [header.value for header in test.main.header] == [
        "1. Kies een programma",
        "2. Schrijf de redeneerlijn",
        "3. Kies samen met de gemeente een paar indicatoren",
        "4. Verzamel de eerste cijfers",
        "5. Verzamel de eerste verhalen",
        "6. Kijk naar het eigen vakmanschap",
        "7. Houd het eerste leeratelier",
        "8. Laat een panel de belangrijkste verhalen kiezen",
    ]
    shown = " ".join(markdown.value for markdown in test.markdown)
    assert "**Begonnen** · 2 stappen, op 2 van de 4 niveaus" in shown
    assert "Volgende stap: Schrijf de redeneerlijn" in test.info[0].value


def test_the_start_page_links_only_the_next_step_to_its_page(start_page):
    test = start_page(rol="professional@rvd", programma="rvd-taal")
    links = test.get("page_link")
    assert [link.proto.page for link in links] == ["redeneerlijn"]
    assert links[0].proto.label == "Ga naar Redeneerlijn"


def test_the_start_page_names_the_programme_as_text_never_as_markup(demo_copy, monkeypatch):
    hostile = "**Taal** <b>x</b> [a](https://x.invalid)"
    _insert(demo_copy, "UPDATE programme SET name = ? WHERE id = 'rvd-taal'", [hostile])
    test = page_starter(demo_copy.location, monkeypatch)("pages/start.py", rol="professional@rvd", programma="rvd-taal")
    assert f"Programma: {escape_markdown(hostile)}" in test.markdown[0].value
