"""Twenty people saving at once: every story, vote and afspraak is there afterwards.

DuckDB lets one process write and gives each writer its own transaction; two
transactions that touch the same rows conflict and one fails. ``Store.write`` retries
the failed one, so a conflict costs time, never a write.
"""

import datetime as dt
import threading

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import entry as stories
from impact_core.betekenisgeving import selection
from impact_core.samen import meetings

PROFESSIONAL = Viewer.from_seat("professional@wvs")
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")
WRITERS = 20


def _draft(number: int) -> dict:
    return {
        "title": f"Verhaal {number}",
        "text": f"Bewoner {number} voelt zich minder eenzaam; woordnummer{number}.",
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
        "storyteller": f"VT-8{number:03d}",
    }


def _open_round(store) -> tuple[str, str]:
    round_id = selection.create_round(
        store,
        PROFESSIONAL,
        programme_id="wijk",
        level="team",
        title="Drukte",
        period_from=dt.date(2026, 1, 1),
        period_to=dt.date(2026, 12, 31),
    )
    story_id = selection.candidates(store, PROFESSIONAL, round_id)["id"].iloc[0]
    selection.shortlist(store, PROFESSIONAL, round_id, [story_id])
    return round_id, story_id


def _count_attempts(store, monkeypatch) -> list[int]:
    """Every run of a unit of work: more runs than writes means conflicts were retried."""
    attempts: list[int] = []
    write = store.write

    def counting(work, **options):
        def counted(cur):
            attempts.append(1)
            return work(cur)

        return write(counted, **options)

    monkeypatch.setattr(store, "write", counting)
    return attempts


def test_twenty_writers_at_once_lose_no_story_vote_or_afspraak(writable_store, monkeypatch):
    store = writable_store
    round_id, story_id = _open_round(store)
    attempts = _count_attempts(store, monkeypatch)
    start = threading.Barrier(WRITERS)
    written: dict[int, tuple[str, str]] = {}
    failures: list[BaseException] = []

    def writer(number: int) -> None:
        try:
            draft = _draft(number)
            start.wait()  # everyone at once, not one after the other
            added = stories.add_story(
                store, PROFESSIONAL, draft, {name: draft[name] for name in ("title", "text", "significance")}
            )
            selection.vote(store, PROFESSIONAL, round_id, story_id, voter=f"panellid {number}", score=number % 6)
            decided = meetings.add_decision(
                store, MUNICIPALITY, meeting_id="B1", kind="afspraak", text=f"Afspraak {number}"
            )
            written[number] = (added, decided)
        except BaseException as failure:  # reported below
            failures.append(failure)

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    story_ids = [added for added, _ in written.values()]
    decision_ids = [decided for _, decided in written.values()]
    assert store.scalar("SELECT count(*) FROM story WHERE list_contains(?, id)", [story_ids]) == WRITERS
    assert (
        store.scalar("SELECT count(DISTINCT story_id) FROM story_word WHERE list_contains(?, story_id)", [story_ids])
        == WRITERS
    )
    assert (
        store.scalar("SELECT count(*) FROM round_vote WHERE round_id = ? AND story_id = ?", [round_id, story_id])
        == WRITERS
    )
    assert store.scalar("SELECT count(*) FROM decision WHERE list_contains(?, id)", [decision_ids]) == WRITERS
    assert len(attempts) >= 3 * WRITERS  # every write ran at least once; conflicted ones more often
