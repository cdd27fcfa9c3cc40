"""Entering a story: masked for review, a BSN never stored, links and index written with it."""

import datetime as dt
import random

import duckdb
import pytest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.betekenisgeving import entry as stories
from impact_core.betekenisgeving import search
from impact_core.bsn import is_valid_bsn
from impact_core.filters import Filters
from impact_core.models import FLAGGED_SQL, Intention, Valence, flagged
from impact_core.refusal import NotAllowed
from tests.conftest import database_bytes

PROFESSIONAL = Viewer.from_seat("professional@wvs")
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")
TEXT = "Jan Jansen belde me op 06-12345678. Zijn BSN is 111222333. Nu voelt hij zich minder eenzaam."


def _draft(**changes) -> dict:
    return {
        "title": "Jan belt weer",
        "text": TEXT,
        "significance": "Hij durft weer te bellen.",
        "storyteller_role": "deelnemer",
        "collected_by": "buurtwerker",
        "collected_on": dt.date(2026, 10, 1),
        "programme_id": "wijk",
        "domain": "Rondkomen en regelzaken",
        "valence": "positief",
        "intention": "bedoeld",
        "directness": "direct",
        "consent": "gemeente",
        "read_back": True,
        "storyteller": "VT-9001",
    } | changes


def _add(store, draft=None, **links) -> str:
    draft = draft or _draft()
    review = stories.review(
        store, PROFESSIONAL, title=draft["title"], text=draft["text"], significance=draft["significance"]
    )
    return stories.add_story(store, PROFESSIONAL, draft, review.masked, **links)


def test_review_shows_name_phone_and_bsn_masked(demo_store):
    review = stories.review(demo_store, PROFESSIONAL, title="t", text=TEXT, significance="")
    assert review.masked["text"] == (
        "[naam] belde me op [telefoon]. Zijn BSN is [BSN]. Nu voelt hij zich minder eenzaam."
    )
    assert {finding.label for finding in review.findings} == {"naam", "telefoon", "BSN"}


def _fresh_bsn() -> str:
    """A valid BSN no other test writes: a PostgreSQL server's log holds every database's changes."""
    while not is_valid_bsn(number := f"{random.randrange(10**8, 10**9)}"):
        pass
    return number


def test_the_database_never_holds_the_bsn(writable_store):
    bsn = _fresh_bsn()
    _add(writable_store, _draft(text=TEXT.replace("111222333", bsn) + " Kenmerk 7741-controle."))
    text_columns = writable_store.query(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE data_type IN ('VARCHAR', 'text', 'character varying') AND table_schema = 'main'"
    )
    for table, column in text_columns.itertuples(index=False):
        assert not writable_store.scalar(f'SELECT count(*) FROM "{table}" WHERE "{column}" LIKE ?', [f"%{bsn}%"])
    stored = database_bytes(writable_store)
    assert b"7741-controle" in stored  # the file holds story text as written, so a BSN would show
    assert bsn.encode() not in stored
    raw = writable_store.scalar("SELECT text FROM story WHERE storyteller = 'VT-9001'")
    assert "[BSN]" in raw and "Jan Jansen" in raw  # the organisation keeps the name, never the BSN


def test_the_check_before_masking_takes_a_story_that_holds_a_bsn_as_the_save_does():
    """The BSN is masked, not refused: a check that refused it kept such a story from its review."""
    stories.check(_draft())


def test_the_check_before_masking_refuses_an_empty_title():
    with pytest.raises(stories.InvalidStory, match="titel"):
        stories.check(_draft(title="   "))


def test_the_municipality_reads_only_the_masked_text(writable_store):
    story_id = _add(writable_store)
    shown = betekenisgeving.story_by_id(writable_store, MUNICIPALITY, story_id)
    assert "Jan" not in shown["text"] and shown["text"].startswith("[naam]")
    assert betekenisgeving.story_by_id(writable_store, PROFESSIONAL, story_id)["text"] == TEXT.replace(
        "111222333", "[BSN]"
    )


def test_a_reviewed_text_that_brings_a_bsn_back_is_refused(writable_store):
    with pytest.raises(stories.InvalidStory, match="BSN"):
        stories.add_story(
            writable_store, PROFESSIONAL, _draft(), {"title": "t", "text": "BSN 111222333", "significance": ""}
        )


def test_a_new_story_is_found_by_search_at_once(writable_store):
    story_id = _add(writable_store)
    found = search.search(writable_store, PROFESSIONAL, "eenzaamheid", Filters(programme="wijk"))
    assert story_id in set(found["id"])


def test_a_story_is_linked_to_indicators_and_steps(writable_store):
    story_id = _add(writable_store, indicator_ids=["W01"], step_ids=["wijk-u1"])
    assert story_id in set(betekenisgeving.stories_behind(writable_store, PROFESSIONAL, indicator_id="W01")["id"])
    assert story_id in set(betekenisgeving.stories_behind(writable_store, PROFESSIONAL, step_id="wijk-u1")["id"])


@pytest.mark.parametrize(
    ("seat", "programme"),
    [
        ("gemeente@GM9901", "wijk"),
        ("presentatie@GM9901", "wijk"),
        ("professional@rvd", "wijk"),
    ],
)
def test_only_the_organisation_that_runs_the_programme_adds_stories(writable_store, seat, programme):
    with pytest.raises(NotAllowed):
        stories.add_story(
            writable_store,
            Viewer.from_seat(seat),
            _draft(programme_id=programme),
            {"title": "t", "text": "x", "significance": ""},
        )


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"title": ""}, "titel"),
        ({"collected_by": ""}, "verzameld door"),
        ({"consent": "iedereen"}, "toestemming"),
    ],
)
def test_an_incomplete_story_gets_a_dutch_reason_and_is_not_stored(writable_store, change, problem):
    before = writable_store.scalar("SELECT count(*) FROM story")
    with pytest.raises(stories.InvalidStory, match=problem):
        stories.add_story(
            writable_store, PROFESSIONAL, _draft(**change), {"title": "t", "text": "x", "significance": ""}
        )
    assert writable_store.scalar("SELECT count(*) FROM story") == before


@pytest.mark.parametrize("intention", list(Intention))
@pytest.mark.parametrize("valence", list(Valence))
def test_the_flagged_rule_is_the_same_in_python_and_in_sql(valence, intention):
    in_sql = duckdb.sql(f"SELECT {FLAGGED_SQL} FROM (SELECT '{valence}' AS valence, '{intention}' AS intention)")
    assert in_sql.fetchall()[0][0] is flagged(valence, intention)
    assert flagged(valence, intention) is (valence == "negatief" or intention == "onbedoeld")


@pytest.mark.parametrize("storyteller", ["Samira B.", "Samira"])
def test_a_first_name_as_pseudonym_is_refused_with_what_is_accepted_and_nothing_is_stored(writable_store, storyteller):
    before = writable_store.scalar("SELECT count(*) FROM story")
    with pytest.raises(stories.InvalidStory, match=r"verteller: lijkt een naam.*zoals VT-0012"):
        _add(writable_store, _draft(storyteller=storyteller))
    assert writable_store.scalar("SELECT count(*) FROM story") == before
