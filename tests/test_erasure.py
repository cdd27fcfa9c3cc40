"""Erasure on request: everything one storyteller told goes, and only the fact that it happened stays."""

import datetime as dt

import pytest

from impact_core.__main__ import main
from impact_core.access.viewer import Role, Viewer
from impact_core.db.store import open_store
from impact_core.gegevens import erasure as erasure_module
from impact_core.gegevens.erasure import InvalidPseudonym, erase_storyteller, erasure_log
from impact_core.refusal import NotAllowed
from tests.conftest import copy_demo, database_bytes

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
    assert erase_storyteller(store, STEWARD, "VT-0012").stories == told == 3
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
            "INSERT INTO agenda_item (id, meeting_id, position, title, linked_kind, linked_id)"
            " VALUES ('A-T', 'B1', 9, 'Verhaal bespreken', 'verhaal', ?)",
            [story],
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
    assert erase_storyteller(demo_copy, STEWARD, "VT-9999").stories == 0
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
    db = copy_demo(demo_db, tmp_path / "copy.duckdb")
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


# --- erasure reaches every copy of the words: quotes, search words, exports, the file's bytes ----

TOLD = (
    "Sinds Jaydeniel Hoekstra-Vermeulen bij de voetbalclub van de Zwanenbuurt traint, komt hij elke dinsdag"
    " trots thuis en helpt hij zijn kleine zus met rekenen."
)
QUOTE = "voetbalclub van de Zwanenbuurt traint, komt hij elke dinsdag trots thuis"
# Words no other text of the demo has: wherever one of them is left, the story is.
TRACES = ["Jaydeniel", "Hoekstra-Vermeulen", "Zwanenbuurt"]


@pytest.fixture
def quoted(demo_copy):
    """VT-0012 told TOLD (saved as a professional saves a story); a reflection, a meeting summary,
    an afspraak and a step of the reasoning line quote it; another reflection shares a few words only."""
    from impact_core.betekenisgeving import entry
    from impact_core.models import Reflection
    from impact_core.samen import meetings
    from impact_core.vakmanschap import reflections

    store, professional = demo_copy, Viewer(Role.PROFESSIONAL, organisation_id="wvs")
    story = {
        "title": "Trots op de voetbalclub",
        "text": TOLD,
        "storyteller_role": "deelnemer",
        "collected_by": "jongerenwerker",
        "collected_on": "2026-10-01",
        "programme_id": "jeugd",
        "domain": "Meedoen",
        "significance": "",
        "valence": "positief",
        "intention": "bedoeld",
        "directness": "direct",
        "consent": "gemeente",
        "storyteller": "VT-0012",
    }
    entry.add_story(store, professional, story, {"title": story["title"], "text": TOLD, "significance": ""})
    reflection = {
        "professional": "jongerenwerker",
        "reflected_on": "2026-10-02",
        "programme_id": "jeugd",
        "kind": "reflectie",
        "method": "Intervisie",
        "visibility": "gemeente",
    }
    reflections.add_reflection(
        store, professional, Reflection(id="R-QUOTE", what_happened=f"Hij vertelde: '{QUOTE}'.", **reflection)
    )
    reflections.add_reflection(
        store, professional, Reflection(id="R-OTHER", what_happened="Hij helpt zijn zus met rekenen.", **reflection)
    )
    meeting = meetings.create_meeting(
        store,
        professional,
        held_on=dt.date(2026, 10, 3),
        leeratelier="Leeratelier Voorbeeldstad",
        title="Jeugd",
        programme_id="jeugd",
        summary=f"Het verhaal '{QUOTE}' raakte iedereen.",
    )
    meetings.add_decision(store, professional, meeting_id=meeting, kind="afspraak", text=f"Deel: {QUOTE}")
    store.write(
        lambda cur: cur.execute(
            "UPDATE reasoning_step SET description = ? WHERE id = (SELECT min(id) FROM reasoning_step"
            " WHERE programme_id = 'jeugd')",
            [f"Jongeren als Jaydeniel: {QUOTE}"],
        ).fetchall()
    )
    return store, meeting


def _file_bytes(store) -> bytes:
    # PostgreSQL's write-ahead log keeps every change until the server recycles it (README).
    return database_bytes(store, log=False)


def _exports(store, meeting_id: str, tmp_path) -> dict[str, str]:
    """Every file that takes the organisation's words out, as text."""
    import io

    import duckdb
    from openpyxl import load_workbook

    from impact_core.gegevens import exports
    from impact_core.samen import dossier, meetings

    workbook = load_workbook(io.BytesIO(exports.export_xlsx(store, STEWARD)))
    parquet = exports.export_parquet(store, STEWARD, tmp_path / "parquet")
    professional = Viewer(Role.PROFESSIONAL, organisation_id="wvs")
    return {
        "export xlsx": " ".join(
            str(cell) for sheet in workbook for row in sheet.iter_rows(values_only=True) for cell in row
        ),
        "export parquet": " ".join(str(duckdb.read_parquet(str(path)).fetchall()) for path in parquet),
        "minutes": meetings.minutes_markdown(meetings.minutes(store, professional, meeting_id)),
        "dossier": str(dossier.build(store, professional, "jeugd")),
    }


def test_before_erasure_every_road_holds_the_story(quoted, tmp_path):
    """The guard of the tests below: the traces are there to be found."""
    store, meeting = quoted
    assert all(trace.encode() in _file_bytes(store) for trace in TRACES)
    assert "Zwanenbuurt" in " ".join(_exports(store, meeting, tmp_path).values())


@pytest.mark.duckdb_only(
    "reads the DuckDB file's bytes (on PostgreSQL the server's files and WAL are the operator's: README)"
)
def test_after_erasure_the_database_file_holds_no_byte_of_the_story(quoted):
    store, _ = quoted
    erase_storyteller(store, STEWARD, "VT-0012")
    found = _file_bytes(store)
    assert [trace for trace in TRACES if trace.encode() in found] == []


def test_after_erasure_no_export_holds_the_story(quoted, tmp_path):
    store, meeting = quoted
    erase_storyteller(store, STEWARD, "VT-0012")
    for road, text in _exports(store, meeting, tmp_path).items():
        assert [trace for trace in TRACES if trace in text] == [], road


def test_after_erasure_the_search_tables_hold_no_word_of_the_story(quoted):
    store, _ = quoted
    erase_storyteller(store, STEWARD, "VT-0012")
    words = set(store.query("SELECT word FROM story_word UNION SELECT word FROM word_stem")["word"])
    assert not {"jaydeniel", "zwanenbuurt"} & words


def test_quotes_in_other_records_are_replaced_and_listed_without_their_text(quoted):
    store, meeting = quoted
    erased = erase_storyteller(store, STEWARD, "VT-0012")
    assert store.scalar("SELECT what_happened FROM reflection WHERE id = 'R-QUOTE'") == "Hij vertelde: '[gewist]'."
    assert store.scalar("SELECT masked_what_happened FROM reflection WHERE id = 'R-QUOTE'") == (
        "Hij vertelde: '[gewist]'."
    )
    assert (
        store.scalar("SELECT summary FROM meeting WHERE id = ?", [meeting]) == "Het verhaal '[gewist]' raakte iedereen."
    )
    listed = {(quote.kind, quote.field) for quote in erased.quotes}
    assert {
        ("reflecties", "wat_gebeurde"),
        ("reflecties", "wat_gebeurde_gemaskeerd"),
        ("bijeenkomsten", "samenvatting"),
        ("besluiten", "tekst"),
        ("redeneerlijn_stappen", "omschrijving"),
    } <= listed
    assert "R-QUOTE" in {quote.record for quote in erased.quotes}
    assert "R-OTHER" not in {quote.record for quote in erased.quotes}  # a few shared words are no quote


def test_a_text_sharing_a_few_words_with_the_story_keeps_them(quoted):
    store, _ = quoted
    erase_storyteller(store, STEWARD, "VT-0012")
    assert (
        store.scalar("SELECT what_happened FROM reflection WHERE id = 'R-OTHER'") == "Hij helpt zijn zus met rekenen."
    )


def test_the_rewritten_database_keeps_every_other_row(quoted):
    store, _ = quoted
    tables = store.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")["table_name"]
    before = {table: store.scalar(f"SELECT count(*) FROM {table}") for table in tables}
    erase_storyteller(store, STEWARD, "VT-0012")
    after = {table: store.scalar(f"SELECT count(*) FROM {table}") for table in tables}
    changed = {table for table in tables if before[table] != after[table]}
    assert changed <= {
        "story",
        "story_word",
        "word_stem",
        "round_story",
        "round_vote",
        "story_step",
        "story_indicator",
        "story_signification",
        "audit_log",
        "erasure_log",
    }
    assert after["story"] == before["story"] - 4
    assert erase_storyteller(store, STEWARD, "VT-0038").stories == 3  # the new file takes the next erasure


# --- a participant's instrument scores (ZRM, Positieve Gezondheid) ---------------------------------


def _scores(store, code: str) -> int:
    return store.scalar("SELECT count(*) FROM instrument_score WHERE participant = ?", [code])


def test_a_participants_code_is_held_by_instrument_scores_alone(demo_copy):
    """erase_participant empties one table; were a participant's code kept in another column, that
    would hold it still. Every text column of every table is searched for a demo participant's code."""
    found = []
    for row in demo_copy.rows(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'main' AND data_type IN ('VARCHAR', 'text')"
    ):
        table, column = row["table_name"], row["column_name"]
        if demo_copy.scalar(f'SELECT count(*) FROM "{table}" WHERE "{column}" = \'WB-0001\''):
            found.append((table, column))
    assert found == [("instrument_score", "participant")]


@pytest.mark.duckdb_only(
    "reads the DuckDB file's bytes (on PostgreSQL the server's files and WAL are the operator's: README)"
)
def test_after_a_participants_erasure_the_database_file_holds_no_byte_of_the_code(demo_copy):
    assert b"WB-0001" in _file_bytes(demo_copy)  # the guard: the code is there to be found
    erased = erasure_module.erase_participant(demo_copy, STEWARD, "WB-0001")
    assert erased and _scores(demo_copy, "WB-0001") == 0
    found = _file_bytes(demo_copy)
    assert b"WB-0001" not in found and b"WB-0002" in found  # another participant keeps theirs


def test_a_participants_erasure_is_logged_with_how_many_never_the_code(demo_copy):
    erased = erasure_module.erase_participant(demo_copy, STEWARD, "WB-0001")
    erasure_module.erase_participant(demo_copy, STEWARD, "WB-9999")  # unknown: the request is recorded too
    logged = demo_copy.rows(
        "SELECT role, actor, action, table_name, record_id FROM audit_log WHERE action = 'erase' ORDER BY id"
    )
    assert logged == [
        {"role": "beheer", "actor": "k.beheer", "action": "erase", "table_name": "instrument_score",
         "record_id": f"{erased} scores"},
        {"role": "beheer", "actor": "k.beheer", "action": "erase", "table_name": "instrument_score",
         "record_id": "0 scores"},
    ]  # fmt: skip
    everything = " ".join(str(value) for row in demo_copy.rows("SELECT * FROM audit_log") for value in row.values())
    assert "WB-0001" not in everything and "WB-9999" not in everything


def test_a_participants_erasure_is_in_the_erasure_log_with_how_many_scores_never_the_code(demo_copy):
    erased = erasure_module.erase_participant(demo_copy, STEWARD, "WB-0001")
    log = erasure_log(demo_copy, STEWARD)
    assert log[["role", "actor", "stories", "instrument_scores"]].values.tolist() == [["beheer", "k.beheer", 0, erased]]
    everything = " ".join(str(value) for row in demo_copy.rows("SELECT * FROM erasure_log") for value in row.values())
    assert "WB-0001" not in everything


@pytest.mark.parametrize(
    "viewer",
    [
        Viewer(Role.PROFESSIONAL, organisation_id="wvs"),
        Viewer(Role.GEMEENTE, municipality_code="GM9901"),
        Viewer(Role.PRESENTATIE, municipality_code="GM9901"),
        Viewer.from_seat("beheer@platform"),
    ],
)
def test_only_the_organisations_data_steward_may_erase_a_participant(demo_copy, viewer):
    before = _scores(demo_copy, "WB-0001")
    with pytest.raises(NotAllowed):
        erasure_module.erase_participant(demo_copy, viewer, "WB-0001")
    assert _scores(demo_copy, "WB-0001") == before


def test_another_organisations_steward_erases_none_of_a_participants_scores(demo_copy):
    before = _scores(demo_copy, "WB-0001")
    assert erasure_module.erase_participant(demo_copy, Viewer.from_seat("beheer@rvd"), "WB-0001") == 0
    assert _scores(demo_copy, "WB-0001") == before


def test_the_command_line_erases_a_participant_and_says_what_went(demo_db, tmp_path, capsys):
    db = copy_demo(demo_db, tmp_path / "copy.duckdb")
    before = open_store(db).scalar("SELECT count(*) FROM instrument_score WHERE participant = 'WB-0001'")
    open_store(db).close()
    assert main(["erase", "--db", str(db), "--organisation", "wvs", "--participant", "WB-0001"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{before} instrumentscore(s) van de deelnemer gewist (Zelfredzaamheid-Matrix")
    assert "WB-0001" not in out
    assert open_store(db).scalar("SELECT count(*) FROM instrument_score WHERE participant = 'WB-0001'") == 0


@pytest.mark.parametrize(
    "whom",
    [["--storyteller", "VT-0012", "--participant", "WB-0001"], []],
    ids=["both", "neither"],
)
def test_the_command_line_erases_a_storyteller_or_a_participant_never_both_or_neither(demo_db, whom, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["erase", "--db", str(demo_db), "--organisation", "wvs", *whom])
    assert stopped.value.code == 2
    assert "--storyteller" in capsys.readouterr().err


def test_the_command_line_refuses_another_organisations_participant_without_erasing(demo_db, tmp_path, capsys):
    db = copy_demo(demo_db, tmp_path / "copy.duckdb")
    assert main(["erase", "--db", str(db), "--organisation", "rvd", "--participant", "WB-0001"]) == 0
    assert capsys.readouterr().out.startswith("0 instrumentscore(s)")
    assert open_store(db).scalar("SELECT count(*) FROM instrument_score WHERE participant = 'WB-0001'")
