"""The demo database: realistic in shape, deterministic, and never built twice over."""

import pytest

from impact_core.__main__ import main
from impact_core.config import DEMO_SOURCES
from impact_core.db.store import Store
from impact_core.gegevens.demo import DatabaseExists, build_demo, is_demo
from impact_core.gegevens.synthetic import demo_measurements
from tests.conftest import copy_demo, database_at


@pytest.mark.parametrize(
    ("sql", "minimum"),
    [
        ("SELECT count(*) FROM neighbourhood", 8),
        ("SELECT count(*) FROM programme", 4),
        ("SELECT count(*) FROM indicator", 25),
        ("SELECT count(DISTINCT month) FROM measurement", 36),
        ("SELECT count(*) FROM story", 120),
        ("SELECT count(DISTINCT storyteller_role) FROM story", 6),
        ("SELECT count(DISTINCT consent) FROM story", 4),
        ("SELECT count(*) FROM reflection", 40),
        ("SELECT count(*) FROM reflection WHERE kind = 'moreel_beraad'", 10),
        ("SELECT count(*) FROM effect", 8),
        ("SELECT count(DISTINCT programme_id) FROM reasoning_step", 4),
        ("SELECT count(*) FROM meeting", 3),
        ("SELECT count(DISTINCT meeting_id) FROM decision", 3),
    ],
)
def test_demo_has_at_least(demo_store, sql, minimum):
    assert demo_store.scalar(sql) >= minimum


def test_at_least_fifteen_percent_of_stories_are_negative_or_unexpected(demo_store):
    share = demo_store.scalar(
        "SELECT avg(CASE WHEN valence = 'negatief' OR intention = 'onbedoeld' THEN 1 ELSE 0 END) FROM story"
    )
    assert share >= 0.15


def test_no_two_stories_share_an_opening(demo_store):
    openings = demo_store.query("SELECT left(text, 40) AS opening FROM story")["opening"]
    assert openings.is_unique


NEWCOMER = "rvd-taal"  # has just begun: half a reasoning line and nothing else, for the Op weg page


def _per_programme(demo_store):
    return demo_store.query(
        """
        SELECT p.id,
               (SELECT count(*) FROM story s WHERE s.programme_id = p.id) AS stories,
               (SELECT count(*) FROM reflection r WHERE r.programme_id = p.id) AS reflections,
               (SELECT count(*) FROM reasoning_step r WHERE r.programme_id = p.id) AS steps
        FROM programme p
        """
    ).set_index("id")


def test_every_programme_but_the_newcomer_has_stories_reflections_and_a_reasoning_line(demo_store):
    established = _per_programme(demo_store).drop(index=NEWCOMER)
    assert (established[["stories", "reflections", "steps"]] > 0).all().all()


def test_the_newcomer_has_begun_its_reasoning_line_and_nothing_more(demo_store):
    newcomer = _per_programme(demo_store).loc[NEWCOMER]
    assert (newcomer["steps"], newcomer["stories"], newcomer["reflections"]) == (2, 0, 0)


def test_the_committed_measurements_are_what_the_generator_makes():
    committed = (DEMO_SOURCES / "metingen.csv").read_text(encoding="utf-8")
    assert demo_measurements().to_csv(index=False) == committed


def test_a_built_demo_is_marked_as_one(demo_store):
    assert is_demo(demo_store)


def test_any_other_database_is_not_a_demo(empty_store):
    assert not is_demo(empty_store)


def test_building_again_on_the_same_file_is_refused(demo_db):
    with pytest.raises(DatabaseExists, match="--force"):
        build_demo(demo_db)


def test_forcing_a_rebuild_gives_the_same_rows_not_twice_as_many(tmp_path):
    path = tmp_path / "twice.duckdb"
    first = build_demo(path)
    second = build_demo(path, force=True)
    assert first == second


def test_scale_adds_exactly_the_asked_synthetic_rows(tmp_path):
    path = tmp_path / "scaled.duckdb"
    plain = build_demo(tmp_path / "plain.duckdb")
    scaled = build_demo(path, measurements=5_000, stories=700)
    assert scaled["measurement"] == plain["measurement"] + 5_000
    assert scaled["story"] == plain["story"] + 700
    store = Store(path)
    try:
        assert store.scalar("SELECT count(*) FROM story WHERE text = '' OR text IS NULL") == 0
    finally:
        store.close()


@pytest.mark.parametrize(
    ("arguments", "exit_code"),
    [([], 0), (["--if-missing"], 0), ([], 2), (["--force"], 0)],
)
def test_the_command_line_builds_refuses_or_rebuilds(demo_db, tmp_path, capsys, arguments, exit_code):
    path = database_at(tmp_path / "cli.duckdb")
    if exit_code == 2 or "--if-missing" in arguments:
        path = copy_demo(demo_db, tmp_path / "cli.duckdb")  # a demo database already there
    assert main(["demo", "--db", str(path), *arguments]) == exit_code
    if exit_code == 2:
        assert "bestaat al" in capsys.readouterr().err


def test_a_failed_rebuild_keeps_the_old_database_and_leaves_no_half_file(tmp_path, monkeypatch):
    path = tmp_path / "keep.duckdb"
    first = build_demo(path)

    def broken(*_args, **_kwargs):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr("impact_core.gegevens.demo.load_directory", broken)
    with pytest.raises(RuntimeError, match="schijf vol"):
        build_demo(path, force=True)
    assert sorted(file.name for file in tmp_path.iterdir()) == ["keep.duckdb"]
    store = Store(path)
    try:
        assert store.scalar("SELECT count(*) FROM measurement") == first["measurement"]
    finally:
        store.close()
