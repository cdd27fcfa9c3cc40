"""After the retention period only the masked text of a story stays; nothing else changes."""

import datetime as dt

import pytest

from impact_core.__main__ import main
from impact_core.access import audit
from impact_core.access.viewer import Viewer
from impact_core.gegevens.retention import apply_retention
from impact_core.refusal import NotAllowed

STEWARD = Viewer.from_seat("beheer@wvs")


def test_retention_replaces_the_raw_text_by_the_reviewed_masked_version(writable_store):
    story_id = writable_store.scalar(
        "SELECT id FROM story WHERE masked_text <> text AND programme_id <> 'rvd-dorpen' ORDER BY id LIMIT 1"
    )
    masked = writable_store.scalar("SELECT masked_text FROM story WHERE id = ?", [story_id])
    apply_retention(writable_store, STEWARD, days=0)
    assert writable_store.scalar("SELECT text FROM story WHERE id = ?", [story_id]) == masked


def test_stories_past_the_retention_period_keep_only_their_masked_text(writable_store):
    story_id = writable_store.scalar("SELECT id FROM story WHERE programme_id = 'wijk' ORDER BY collected_on LIMIT 1")
    writable_store.write(
        lambda cur: cur.execute(
            "UPDATE story SET text = 'Bel mij op 0612345678, mijn BSN is 111222333.', masked_text = NULL,"
            " collected_on = '2020-01-01' "
            "WHERE id = ?",
            [story_id],
        )
    )
    recent = writable_store.scalar("SELECT count(*) FROM story WHERE collected_on >= '2024-01-01'")
    changed = apply_retention(writable_store, STEWARD, days=365, today=dt.date(2021, 6, 1))
    assert changed == 1
    text, masked_on = writable_store.query("SELECT text, masked_on FROM story WHERE id = ?", [story_id]).iloc[0]
    assert text == "Bel mij op [telefoon], mijn BSN is [BSN]."
    assert masked_on.date() == dt.date(2021, 6, 1)
    assert writable_store.scalar("SELECT count(*) FROM story WHERE collected_on >= '2024-01-01'") == recent
    assert audit.entries(writable_store, STEWARD).iloc[0].record_id == story_id


def test_retention_leaves_other_organisations_alone(writable_store):
    apply_retention(writable_store, Viewer.from_seat("beheer@rvd"), days=0)
    masked = "SELECT count(*) FROM story WHERE masked_on IS NOT NULL AND programme_id = ?"
    assert writable_store.scalar(masked, ["wijk"]) == 0
    assert writable_store.scalar(masked, ["rvd-dorpen"]) == 10


@pytest.mark.parametrize("seat", ["professional@wvs", "gemeente@GM9901", "presentatie@GM9901"])
def test_only_the_data_steward_applies_retention(writable_store, seat):
    with pytest.raises(NotAllowed):
        apply_retention(writable_store, Viewer.from_seat(seat), days=0)


def test_the_command_line_applies_retention_for_one_organisation(demo_file, capsys):
    assert main(["retention", "--db", str(demo_file), "--organisation", "rvd", "--days", "0"]) == 0
    assert "10 verhalen gemaskeerd" in capsys.readouterr().out
