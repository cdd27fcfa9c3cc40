"""Erasure on request: everything one storyteller told goes, and only the fact that it happened stays."""

import pytest

from impact_core.__main__ import main
from impact_core.access.viewer import Role, Viewer
from impact_core.db.store import open_store
from impact_core.gegevens.erasure import InvalidPseudonym, erase_storyteller, erasure_log
from impact_core.refusal import NotAllowed

STEWARD = Viewer(Role.BEHEER, organisation_id="wvs", actor="k.beheer")


@pytest.fixture
def linked(demo_copy):
    """VT-0012's first story is on a shortlist, voted on, evidence for a step, behind a number and in a reflection."""
    store = demo_copy
    story, other = (
        store.query("SELECT id FROM story WHERE storyteller = 'VT-0012' ORDER BY id LIMIT 1")["id"][0],
        store.query("SELECT id FROM story WHERE storyteller <> 'VT-0012' ORDER BY id LIMIT 1")["id"][0],
    )

    def link(cur):
        programme = cur.execute("SELECT programme_id FROM story WHERE id = ?", [story]).fetchall()[0][0]
        cur.execute(
            "INSERT INTO selection_round (id, programme_id, level, title, period_from, period_to, status, reasons,"
            " dissent) VALUES ('R1', ?, 'team', 'Ronde', DATE '2025-01-01', DATE '2025-03-01', 'open', '', '')",
            [programme],
        )
        for linked_story in (story, other):
            cur.execute("INSERT INTO round_story VALUES ('R1', ?, TRUE)", [linked_story])
            cur.execute("INSERT INTO round_vote VALUES ('R1', ?, 'panellid', 4)", [linked_story])
            cur.execute("INSERT INTO story_word VALUES (?, 'buurt', 2, 10)", [linked_story])
        cur.execute("INSERT INTO story_step SELECT ?, id FROM reasoning_step LIMIT 1", [story])
        cur.execute("INSERT INTO story_indicator SELECT ?, id FROM indicator LIMIT 1", [story])
        cur.execute(
            "UPDATE reflection SET story_ids = [?, ?] WHERE id = (SELECT min(id) FROM reflection)", [story, other]
        )

    store.write(link)
    return store, story, other


def test_every_story_of_the_storyteller_is_gone(linked):
    store, _, _ = linked
    told = store.scalar("SELECT count(*) FROM story WHERE storyteller = 'VT-0012'")
    assert erase_storyteller(store, STEWARD, "VT-0012") == told == 3
    assert store.scalar("SELECT count(*) FROM story WHERE storyteller = 'VT-0012'") == 0


@pytest.mark.parametrize("table", ["round_story", "round_vote", "story_step", "story_indicator", "story_word"])
def test_everything_hanging_off_the_stories_is_gone_and_other_stories_keep_theirs(linked, table):
    store, story, other = linked
    erase_storyteller(store, STEWARD, "VT-0012")
    assert store.scalar(f"SELECT count(*) FROM {table} WHERE story_id = ?", [story]) == 0
    if table not in ("story_step", "story_indicator"):
        assert store.scalar(f"SELECT count(*) FROM {table} WHERE story_id = ?", [other]) >= 1


def test_reflections_lose_the_link_but_keep_their_other_stories(linked):
    store, _, other = linked
    erase_storyteller(store, STEWARD, "VT-0012")
    assert store.scalar("SELECT story_ids FROM reflection WHERE id = (SELECT min(id) FROM reflection)") == [other]


def test_an_agenda_item_about_an_erased_story_stays_without_its_link(linked):
    store, story, _ = linked
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO agenda_item VALUES ('A-T', 'B1', 9, 'Verhaal bespreken', 'verhaal', ?)", [story]
        ).fetchall()
    )
    erase_storyteller(store, STEWARD, "VT-0012")
    assert store.query("SELECT title, linked_kind, linked_id FROM agenda_item WHERE id = 'A-T'").values.tolist() == [
        ["Verhaal bespreken", None, None]
    ]


def test_the_erasure_is_recorded_without_pseudonym_or_text(linked):
    store, story, _ = linked
    erase_storyteller(store, STEWARD, "VT-0012")
    log = erasure_log(store, STEWARD)
    assert log[["role", "actor", "stories"]].values.tolist() == [["beheer", "k.beheer", 3]]
    everything = " ".join(str(value) for value in store.query("SELECT * FROM erasure_log").iloc[0])
    assert "VT-0012" not in everything and story not in everything


def test_an_unknown_pseudonym_erases_nothing_but_the_request_is_recorded(demo_copy):
    assert erase_storyteller(demo_copy, STEWARD, "VT-9999") == 0
    assert erasure_log(demo_copy, STEWARD)["stories"].tolist() == [0]


@pytest.mark.parametrize(
    "viewer", [Viewer(Role.PROFESSIONAL, organisation_id="wvs"), Viewer(Role.GEMEENTE, municipality_code="GM9901")]
)
def test_only_the_data_steward_may_erase(demo_copy, viewer):
    with pytest.raises(NotAllowed):
        erase_storyteller(demo_copy, viewer, "VT-0012")
    assert demo_copy.scalar("SELECT count(*) FROM story WHERE storyteller = 'VT-0012'") == 3


def test_a_pseudonym_that_is_no_pseudonym_is_refused(demo_copy):
    with pytest.raises(InvalidPseudonym):
        erase_storyteller(demo_copy, STEWARD, "'; DROP TABLE story; --")


def test_the_command_line_erases_by_pseudonym(demo_db, tmp_path, capsys):
    db = tmp_path / "copy.duckdb"
    db.write_bytes(demo_db.read_bytes())
    assert main(["erase", "--db", str(db), "--organisation", "wvs", "--storyteller", "VT-0038"]) == 0
    assert "3 verhaal/verhalen gewist" in capsys.readouterr().out
    assert open_store(db).scalar("SELECT count(*) FROM story WHERE storyteller = 'VT-0038'") == 0


def test_no_word_only_the_erased_stories_had_stays_in_the_search_vocabulary(linked):
    store, _, _ = linked
    only_theirs = set(
        store.query(
            "SELECT word FROM story_word WHERE story_id IN (SELECT id FROM story WHERE storyteller = 'VT-0012')"
            " EXCEPT SELECT word FROM story_word"
            " WHERE story_id IN (SELECT id FROM story WHERE storyteller IS DISTINCT FROM 'VT-0012')"
        )["word"]
    )
    assert only_theirs and only_theirs <= set(store.query("SELECT word FROM word_stem")["word"])
    erase_storyteller(store, STEWARD, "VT-0012")
    assert not only_theirs & set(store.query("SELECT word FROM word_stem")["word"])
    assert "buurt" in set(store.query("SELECT word FROM word_stem")["word"])  # another story still has it
