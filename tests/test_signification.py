"""Self-signification: the storyteller marks their own story (what it is about, how it felt, how big
the change was, whether it was expected). The marks are optional, stored with the story, erased with
it, read only where the story may be read, and counted beside the panels' choices with small groups
left out for viewers outside the organisation."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from streamlit.testing.v1 import AppTest

from impact_core.access import audit
from impact_core.access.policy import platform_steward
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import entry as stories
from impact_core.betekenisgeving import signification
from impact_core.db.store import open_store
from impact_core.filters import Filters
from impact_core.gegevens import validation
from impact_core.gegevens.erasure import erase_storyteller
from impact_core.i18n import t
from impact_core.models import Expected, LifeDomain, MarkedBy, Story, StorySignification
from impact_core.refusal import NotAllowed, Refused
from impact_core.ui.stories import STORY_TAB
from tests.page_helpers import page_starter

PROFESSIONAL = Viewer.from_seat("professional@wvs")
STEWARD = Viewer.from_seat("beheer@wvs")
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")
SHARED_SCREEN = Viewer.from_seat("presentatie@GM9901")
APP = Path(__file__).resolve().parent.parent / "app.py"
MARKS = {
    "marked_by": "verteller",
    "about": ["contact", "gezondheid"],
    "feeling": 4,
    "change_size": 5,
    "expected": "nee",
}


def _draft(**changes) -> dict:
    return {
        "title": "Weer naar de markt",
        "text": "Ze gaat weer elke week naar de markt, samen met de buurvrouw.",
        "significance": "Ik ben niet meer alleen.",
        "storyteller_role": "deelnemer",
        "collected_by": "buurtwerker",
        "collected_on": dt.date(2026, 10, 1),
        "programme_id": "wijk",
        "domain": "Sociale contacten",
        "valence": "positief",
        "intention": "bedoeld",
        "directness": "direct",
        "consent": "gemeente",
        "read_back": True,
        "storyteller": "VT-9002",
    } | changes


def _add(store, marks: dict | None, **changes) -> str:
    draft = _draft(**changes)
    masked = {"title": draft["title"], "text": draft["text"], "significance": draft["significance"]}
    return stories.add_story(store, PROFESSIONAL, draft, masked, marks=marks)


# --- the model -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"feeling": 6}, "gevoel", "mag hoogstens 5 zijn"),
        ({"feeling": 0}, "gevoel", "moet minstens 1 zijn"),
        ({"change_size": 9}, "verandering", "mag hoogstens 5 zijn"),
        ({"expected": "misschien"}, "verwacht", "is geen toegestane waarde; kies uit: 'ja', 'deels', 'nee'"),
        ({"about": ["armoede"]}, "gaat_over", "is geen toegestane waarde; kies uit: 'geld_regelzaken'"),
        ({"marked_by": "buurman"}, "gemarkeerd_door", "is geen toegestane waarde; kies uit: 'verteller'"),
        ({"marked_by": None}, "gemarkeerd_door", "ontbreekt"),
    ],
)
def test_a_mark_outside_its_scale_or_list_is_refused_under_its_own_field_in_dutch(values, field, message):
    with pytest.raises(Refused) as refused:
        signification.validated_marks("V-1", MARKS | values)
    said = refused.value.text("nl")
    assert said.startswith(t("signification.refusal.not_saved"))
    assert f"{field.replace('_', ' ')}:" in said or f"{field}:" in said
    assert message in said


@pytest.mark.parametrize(
    ("values", "stored"),
    [
        ({}, MARKS | {"story_id": "V-1"}),
        ({"about": "contact; gezondheid; contact"}, MARKS | {"story_id": "V-1"}),  # a list as a file writes it
        ({"feeling": None, "expected": None}, MARKS | {"story_id": "V-1", "feeling": None, "expected": None}),
    ],
)
def test_marks_are_stored_as_chosen_and_a_question_may_stay_open(values, stored):
    marks = signification.validated_marks("V-1", MARKS | values)
    assert marks is not None
    assert marks.model_dump(mode="json") == stored


def test_an_untouched_section_is_no_marks_at_all_and_the_story_stays_valid():
    assert signification.validated_marks("V-1", {"marked_by": "verteller", "about": []}) is None
    assert signification.validated_marks("V-1", {}) is None
    Story.model_validate(_draft(id="V-1"))  # a story needs no marks


# --- stored with the story, erased with it ---------------------------------------------------


def test_a_story_and_its_marks_are_stored_together(demo_copy):
    story = _add(demo_copy, MARKS)
    assert signification.marks_of(demo_copy, PROFESSIONAL, story) == {
        key: MARKS[key] for key in signification.MARK_FIELDS
    }


def test_refused_marks_keep_the_story_out_too(demo_copy):
    before = demo_copy.scalar("SELECT count(*) FROM story")
    with pytest.raises(Refused):
        _add(demo_copy, MARKS | {"change_size": 7})
    assert demo_copy.scalar("SELECT count(*) FROM story") == before


def test_a_story_without_marks_is_stored_without_a_row_of_marks(demo_copy):
    story = _add(demo_copy, None)
    assert demo_copy.scalar("SELECT count(*) FROM story_signification WHERE story_id = ?", [story]) == 0
    assert signification.marks_of(demo_copy, PROFESSIONAL, story) is None


def test_erasing_a_storyteller_erases_the_marks_of_their_stories_and_no_others(demo_copy):
    story = _add(demo_copy, MARKS, storyteller="VT-9003")
    other = _add(demo_copy, MARKS, storyteller="VT-9004")
    erase_storyteller(demo_copy, STEWARD, "VT-9003")
    assert demo_copy.scalar("SELECT count(*) FROM story_signification WHERE story_id = ?", [story]) == 0
    assert demo_copy.scalar("SELECT count(*) FROM story_signification WHERE story_id = ?", [other]) == 1


# --- who sees the marks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("consent", "viewer", "seen"),
    [
        ("gemeente", MUNICIPALITY, True),
        ("openbaar", SHARED_SCREEN, True),
        ("organisatie", MUNICIPALITY, False),
        ("organisatie", SHARED_SCREEN, False),
        ("geen", MUNICIPALITY, False),
        ("organisatie", PROFESSIONAL, True),
        ("gemeente", Viewer.from_seat("gemeente@GM9902"), False),  # another municipality
        ("gemeente", Viewer.from_seat("beheer@rvd"), False),  # another organisation
    ],
)
def test_the_marks_follow_the_storys_consent_and_scope(demo_copy, consent, viewer, seen):
    story = _add(demo_copy, MARKS, consent=consent)
    assert (signification.marks_of(demo_copy, viewer, story) is not None) is seen


def test_the_register_carries_a_storys_marks_only_where_the_story_shows(demo_copy):
    from impact_core.betekenisgeving import collection

    story = _add(demo_copy, MARKS, consent="organisatie", collected_on=dt.date(2027, 1, 1))
    inside = collection.story_register(demo_copy, PROFESSIONAL, Filters(programme="wijk"), limit=500)
    outside = collection.story_register(demo_copy, MUNICIPALITY, Filters(programme="wijk"), limit=500)
    assert next(row for row in inside if row["id"] == story)["change_size"] == 5
    assert story not in {row["id"] for row in outside}


def _only_these_marked(store, count: int, *, chosen: bool | None = None) -> None:
    """Leave marks on ``count`` of the municipality's visible wijk stories only."""
    where = "" if chosen is None else f"AND {'' if chosen else 'NOT '}{signification.CHOSEN_SQL}"

    def keep(cur):
        cur.execute(
            f"""
            DELETE FROM story_signification WHERE story_id NOT IN (
                SELECT s.id FROM story s JOIN story_signification m ON m.story_id = s.id
                WHERE s.programme_id = 'wijk' AND s.consent IN ('gemeente', 'openbaar') {where}
                ORDER BY s.id LIMIT ?)
            """,
            [count],
        )

    store.write(keep)


@pytest.mark.parametrize("viewer", [MUNICIPALITY, SHARED_SCREEN])
def test_outside_the_organisation_no_pattern_rests_on_fewer_than_ten_stories(demo_copy, viewer):
    _only_these_marked(demo_copy, 9)
    found = signification.patterns(demo_copy, viewer, Filters(programme="wijk"))
    assert found.stories == {"alle": None, "gekozen": None}
    assert found.counts.empty
    assert "Minder dan 10 verhalen" in signification.sentence(found)
    inside = signification.patterns(demo_copy, PROFESSIONAL, Filters(programme="wijk"))
    assert inside.stories["alle"] == 9  # the organisation sees its own small group


def test_outside_the_organisation_the_panels_choice_of_fewer_than_ten_is_not_shown_apart(demo_store):
    found = signification.patterns(demo_store, MUNICIPALITY, Filters(programme="wijk"))
    everyone, chosen = found.stories["alle"], found.stories["gekozen"]
    assert everyone is not None and everyone >= 10 and chosen is None
    assert set(found.counts["group"]) == {"alle"}
    assert "niet apart getoond" in signification.sentence(found)


def test_the_demo_shows_the_panels_choices_beside_all_stories_for_the_municipality(demo_store):
    found = signification.patterns(demo_store, MUNICIPALITY, Filters(programme="ontmoeten"))
    assert found.stories["gekozen"] is not None and found.stories["gekozen"] >= 10
    said = signification.sentence(found)
    assert said.startswith(f"Van {found.stories['alle']} verhalen met een eigen duiding kozen panels er")
    assert "Verhalen die panels kozen, waren voor vertellers vaker een grote verandering" in said


def test_a_small_choice_inside_the_organisation_is_shown_with_a_warning(demo_copy):
    _only_these_marked(demo_copy, 3, chosen=True)
    found = signification.patterns(demo_copy, PROFESSIONAL, Filters(programme="wijk"))
    assert found.stories["gekozen"] == 3
    assert "Let op: het gaat om maar 3 gekozen verhalen" in signification.sentence(found)


# --- the arithmetic --------------------------------------------------------------------------

_MARK = st.fixed_dictionaries(
    {
        "marked_by": st.sampled_from(list(MarkedBy)),
        "about": st.lists(st.sampled_from(list(LifeDomain)), max_size=3, unique=True),
        "feeling": st.none() | st.integers(1, 5),
        "change_size": st.none() | st.integers(1, 5),
        "expected": st.none() | st.sampled_from(list(Expected)),
    }
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(marks=st.lists(_MARK, min_size=0, max_size=33))
def test_the_patterns_count_every_mark_of_every_visible_story_once_per_group(demo_copy, marks):
    wijk = list(demo_copy.query("SELECT id FROM story WHERE programme_id = 'wijk' ORDER BY id")["id"])
    chosen = set(
        demo_copy.query(f"SELECT s.id FROM story s WHERE programme_id = 'wijk' AND {signification.CHOSEN_SQL}")["id"]
    )
    records = [
        StorySignification.model_validate(mark | {"story_id": story}) for story, mark in zip(wijk, marks, strict=False)
    ]

    def replace(cur):
        cur.execute("DELETE FROM story_signification")
        for record in records:
            signification.record(cur, record)

    demo_copy.write(replace)
    found = signification.patterns(demo_copy, STEWARD, Filters(programme="wijk"))
    expected: Counter = Counter()
    for record in records:
        for group in ("alle", "gekozen") if record.story_id in chosen else ("alle",):
            expected[(group, "stories", "")] += 1
            for measure in ("feeling", "change_size", "expected"):
                value = getattr(record, measure)
                if value is not None:
                    expected[(group, measure, str(value))] += 1
            for domain in record.about:
                expected[(group, "about", str(domain))] += 1
    counted = Counter(
        {(row.group, row.measure, row.value): row.n for row in found.counts.itertuples() if row.n}
    ) + Counter({(group, "stories", ""): n for group, n in found.stories.items() if n})
    assert counted == expected
    for group in ("alle", "gekozen"):
        shares = found.distribution("change_size").loc[lambda rows, g=group: rows["group"] == g, "share"]
        assert shares.empty or abs(shares.sum() - 1) < 1e-9


# --- correcting the marks of a stored story ---------------------------------------------------

CORRECTED = {"marked_by": "met_professional", "about": ["wonen"], "feeling": 2, "change_size": 3, "expected": None}


def _marks_entries(store) -> list[tuple[str, str]]:
    log = audit.entries(store, STEWARD)
    return [(row.action, row.record_id) for row in log.itertuples() if row.table_name == "story_signification"]


@pytest.mark.parametrize(
    ("viewer", "consent"),
    [
        (PROFESSIONAL, "gemeente"),
        (PROFESSIONAL, "organisatie"),
        (STEWARD, "gemeente"),
        (STEWARD, "geen"),  # the steward reads every story of the organisation
    ],
)
def test_whoever_may_enter_the_organisations_stories_may_correct_a_storys_marks(demo_copy, viewer, consent):
    story = _add(demo_copy, MARKS, consent=consent)
    signification.change_marks(demo_copy, viewer, story, CORRECTED)
    assert signification.marks_of(demo_copy, STEWARD, story) == CORRECTED


@pytest.mark.parametrize(
    ("viewer", "consent"),
    [
        (MUNICIPALITY, "gemeente"),  # reads the story and its marks, but does not write them
        (SHARED_SCREEN, "openbaar"),
        (Viewer.from_seat("beheer@rvd"), "gemeente"),  # another organisation's steward
        (Viewer.from_seat("professional@rvd"), "gemeente"),
        (platform_steward(), "gemeente"),  # keeps the server, not an organisation's stories
        (PROFESSIONAL, "geen"),  # a story the professional may not read
    ],
)
def test_a_viewer_who_may_not_enter_the_story_cannot_correct_its_marks(demo_copy, viewer, consent):
    story = _add(demo_copy, MARKS, consent=consent)
    for marks in (CORRECTED, None):
        with pytest.raises(NotAllowed):
            signification.change_marks(demo_copy, viewer, story, marks)
    assert signification.marks_of(demo_copy, STEWARD, story) == {key: MARKS[key] for key in signification.MARK_FIELDS}
    assert _marks_entries(demo_copy) == []


def test_a_story_that_does_not_exist_is_refused_as_one_the_viewer_may_not_read(demo_copy):
    with pytest.raises(NotAllowed) as refused:
        signification.change_marks(demo_copy, STEWARD, "V-BESTAAT-NIET", CORRECTED)
    assert "Dit verhaal kunt u niet aanpassen" in refused.value.text("nl")
    assert demo_copy.scalar("SELECT count(*) FROM story_signification WHERE story_id = 'V-BESTAAT-NIET'") == 0


def test_corrected_marks_replace_the_old_ones_whole_and_a_question_left_open_is_emptied(demo_copy):
    story = _add(demo_copy, MARKS)
    stored = signification.change_marks(demo_copy, PROFESSIONAL, story, CORRECTED)
    assert stored is not None and stored.model_dump(mode="json") == CORRECTED | {"story_id": story}
    assert signification.marks_of(demo_copy, PROFESSIONAL, story)["expected"] is None  # was "nee"
    assert demo_copy.scalar("SELECT count(*) FROM story_signification WHERE story_id = ?", [story]) == 1


def test_a_story_told_without_marks_gets_them_by_correction(demo_copy):
    story = _add(demo_copy, None)
    signification.change_marks(demo_copy, PROFESSIONAL, story, CORRECTED)
    assert signification.marks_of(demo_copy, PROFESSIONAL, story) == CORRECTED


@pytest.mark.parametrize("marks", [None, {}, {"marked_by": "verteller", "about": []}], ids=["removed", "empty", "who"])
def test_removing_the_marks_or_emptying_the_form_leaves_the_story_without_marks(demo_copy, marks):
    story = _add(demo_copy, MARKS)
    assert signification.change_marks(demo_copy, STEWARD, story, marks) is None
    assert signification.marks_of(demo_copy, STEWARD, story) is None
    assert demo_copy.scalar("SELECT count(*) FROM story WHERE id = ?", [story]) == 1  # the story stays


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"feeling": 6}, "gevoel", "mag hoogstens 5 zijn"),
        ({"about": ["armoede"]}, "gaat_over", "is geen toegestane waarde"),
        ({"marked_by": None}, "gemarkeerd_door", "ontbreekt"),
    ],
)
def test_refused_corrections_leave_the_old_marks_and_say_which_field_in_dutch(demo_copy, values, field, message):
    story = _add(demo_copy, MARKS)
    with pytest.raises(Refused) as refused:
        signification.change_marks(demo_copy, PROFESSIONAL, story, CORRECTED | values)
    said = refused.value.text("nl")
    assert said.startswith("Wat de verteller zelf koos, is niet opgeslagen")
    assert f"{field.replace('_', ' ')}:" in said and message in said
    assert signification.marks_of(demo_copy, PROFESSIONAL, story) == {
        key: MARKS[key] for key in signification.MARK_FIELDS
    }
    assert _marks_entries(demo_copy) == []


def test_a_correction_and_a_removal_are_each_in_the_audit_log_without_what_was_marked(demo_copy):
    story = _add(demo_copy, MARKS)
    signification.change_marks(demo_copy, PROFESSIONAL, story, CORRECTED)
    signification.change_marks(demo_copy, PROFESSIONAL, story, None)
    signification.change_marks(demo_copy, PROFESSIONAL, story, None)  # nothing left to remove: no entry
    assert _marks_entries(demo_copy) == [("duiding verwijderd", story), ("duiding aangepast", story)]


def test_the_overview_counts_the_corrected_marks_instead_of_the_old_ones(demo_copy):
    story = _add(demo_copy, MARKS)  # change_size 5, feeling 4

    def count(measure: str, value: str) -> int:
        found = signification.patterns(demo_copy, STEWARD, Filters(programme="wijk"))
        rows = found.counts[
            (found.counts["group"] == "alle") & (found.counts["measure"] == measure) & (found.counts["value"] == value)
        ]
        return int(rows["n"].sum())

    before = {
        (measure, value): count(measure, value) for measure, value in (("change_size", "5"), ("change_size", "3"))
    }
    stories_before = signification.patterns(demo_copy, STEWARD, Filters(programme="wijk")).stories["alle"]
    signification.change_marks(demo_copy, STEWARD, story, CORRECTED)  # change_size 3
    assert count("change_size", "5") == before[("change_size", "5")] - 1
    assert count("change_size", "3") == before[("change_size", "3")] + 1
    signification.change_marks(demo_copy, STEWARD, story, None)
    assert signification.patterns(demo_copy, STEWARD, Filters(programme="wijk")).stories["alle"] == stories_before - 1


def test_erasing_the_storyteller_still_erases_corrected_marks(demo_copy):
    story = _add(demo_copy, None, storyteller="VT-9005")
    signification.change_marks(demo_copy, STEWARD, story, CORRECTED)
    erase_storyteller(demo_copy, STEWARD, "VT-9005")
    assert demo_copy.scalar("SELECT count(*) FROM story_signification WHERE story_id = ?", [story]) == 0


# --- the import ------------------------------------------------------------------------------

HEADER = ["verhaal", "gemarkeerd_door", "gaat_over", "gevoel", "verandering", "verwacht"]


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        (["V-A001", "verteller", "contact", "6", "3", "ja"], "gevoel", "mag hoogstens 5 zijn"),
        (["V-A001", "verteller", "contact", "3", "0", "ja"], "verandering", "moet minstens 1 zijn"),
        (["V-A001", "verteller", "contact", "drie", "3", "ja"], "gevoel", "is geen geheel getal"),
        (["V-A001", "verteller", "contact; armoede", "3", "3", "ja"], "gaat_over", "'armoede' is geen toegestane"),
        (["V-A001", "verteller", "contact", "3", "3", "misschien"], "verwacht", "is geen toegestane waarde"),
        (["V-A001", "", "contact", "3", "3", "ja"], "gemarkeerd_door", "ontbreekt"),
        (["", "verteller", "contact", "3", "3", "ja"], "verhaal", "ontbreekt"),
    ],
)
def test_each_bad_row_of_marks_is_reported_by_its_row_and_column_in_dutch(row, column, message):
    import pandas as pd

    frame = pd.DataFrame([row], columns=HEADER, index=[2])
    errors = validation.check(StorySignification, frame, "verhaal_duidingen.csv").errors
    assert list(errors["column"]) == [column]
    assert list(errors["row"]) == [2]
    assert message in errors["message"].iloc[0]


def test_good_marks_import_with_their_list_and_open_questions(demo_copy):
    from impact_core.gegevens.importer import import_upload

    rows = [HEADER, ["V-A001", "met professional", "Contact; gezondheid", "", "4", "weet niet"]]
    data = ("\r\n".join(",".join(row) for row in rows) + "\r\n").encode("utf-8")
    result = import_upload(demo_copy, STEWARD, "verhaal_duidingen.csv", data)
    assert result.ok, result.summary()
    assert signification.marks_of(demo_copy, STEWARD, "V-A001") == {
        "marked_by": "met_professional",
        "about": ["contact", "gezondheid"],
        "feeling": None,
        "change_size": 4,
        "expected": "weet_niet",
    }


def test_marks_for_another_organisations_story_are_refused_by_row(demo_copy):
    from impact_core.gegevens.importer import import_upload

    rvd_story = demo_copy.scalar("SELECT min(id) FROM story WHERE programme_id = 'rvd-dorpen'")
    rows = [HEADER, [rvd_story, "verteller", "contact", "3", "3", "ja"]]
    data = ("\r\n".join(";".join(row) for row in rows) + "\r\n").encode("utf-8")
    result = import_upload(demo_copy, STEWARD, "verhaal_duidingen.csv", data)
    assert not result.ok
    assert [error.column for error in result.row_errors()] == ["verhaal"]


# --- the form (AppTest) ----------------------------------------------------------------------


def _by_label(widgets, label):
    return next(widget for widget in widgets if widget.label.startswith(label))


def _story_form(demo_file, monkeypatch) -> AppTest:
    """The entry tab of the stories page with a story's required fields filled in."""
    monkeypatch.setenv("IMPACT_DB", str(demo_file))
    test = AppTest.from_file(str(APP), default_timeout=60)
    test.query_params.update(programma="wijk", rol="professional@wvs")
    test.run()
    test.switch_page("pages/verhalen.py")
    test.session_state[STORY_TAB] = "Nieuw verhaal"  # only the open tab runs
    test.run()
    _by_label(test.text_input, "Titel").input("Weer naar de markt")
    _by_label(test.text_area, "Het verhaal").input("Ze gaat weer elke week naar de markt.")
    _by_label(test.text_input, "Verzameld door").input("buurtwerker")
    return test


def test_marks_chosen_in_the_story_form_are_stored_with_the_story(demo_file, monkeypatch):
    test = _story_form(demo_file, monkeypatch)
    _by_label(test.radio, "Wie koos dit?").set_value("verteller")
    _by_label(test.multiselect, "Waar gaat het verhaal over?").set_value(["contact"])
    _by_label(test.radio, "Hoe voelde het?").set_value("4")
    _by_label(test.radio, "Hoe groot was de verandering?").set_value("5")
    _by_label(test.radio, "Had de verteller").set_value("nee")
    next(button for button in test.button if button.label == "Controleer privacy").click().run()
    assert not test.exception and not test.error
    next(button for button in test.button if button.label == "Opslaan").click().run()
    assert not test.exception and not test.error
    store = open_store(demo_file)
    story = store.scalar("SELECT id FROM story WHERE title = 'Weer naar de markt'")
    assert signification.marks_of(store, PROFESSIONAL, story) == {
        "marked_by": "verteller",
        "about": ["contact"],
        "feeling": 4,
        "change_size": 5,
        "expected": "nee",
    }


def test_a_missing_who_is_refused_at_the_check_with_the_form_still_open(demo_file, monkeypatch):
    test = _story_form(demo_file, monkeypatch)
    _by_label(test.radio, "Hoe groot was de verandering?").set_value("5")
    next(button for button in test.button if button.label == "Controleer privacy").click().run()
    assert not test.exception
    (refused,) = [error.value for error in test.error]
    assert refused.startswith("Wat de verteller zelf koos, is niet opgeslagen: gemarkeerd door:")
    with pytest.raises(ValidationError):
        StorySignification.model_validate({"story_id": "V-1", "change_size": 5})


def _register(demo_file, monkeypatch, **query: str) -> AppTest:
    """The stories page at its register (Alle verhalen), as a click on the tab opens it."""
    test = page_starter(demo_file, monkeypatch)("pages/verhalen.py", programma="wijk", **query)
    test.session_state[STORY_TAB] = "Alle verhalen"  # only the open tab runs
    test.run()
    assert not test.exception
    return test


def _shown_story(test: AppTest, store, *, marked: bool) -> str:
    """The first story in the register with (or without) marks of its own."""
    shown = [button.key.removeprefix("marks_open_") for button in test.button if button.label == "Duiding aanpassen"]
    marked_ids = set(store.query("SELECT story_id FROM story_signification")["story_id"])
    return next(story for story in shown if (story in marked_ids) is marked)


def _click(test: AppTest, label: str) -> None:
    next(button for button in test.button if button.label == label).click().run()
    assert not test.exception


def test_a_cards_marks_open_prefilled_and_a_correction_is_saved_in_the_card(demo_file, monkeypatch):
    test = _register(demo_file, monkeypatch, rol="professional@wvs")
    store = open_store(demo_file)
    story = _shown_story(test, store, marked=True)
    before = signification.marks_of(store, PROFESSIONAL, story)
    test.button(key=f"marks_open_{story}").click().run()
    assert not test.exception
    assert test.radio(key=f"marks_{story}_marked_by").value == before["marked_by"]
    assert test.multiselect(key=f"marks_{story}_about").value == before["about"]
    assert test.radio(key=f"marks_{story}_change_size").value == str(before["change_size"])
    other = "1" if before["change_size"] != 1 else "2"
    test.radio(key=f"marks_{story}_change_size").set_value(other)
    _click(test, "Duiding opslaan")
    assert [notice.value for notice in test.success] == ["De duiding is aangepast."]
    assert signification.marks_of(store, PROFESSIONAL, story) == before | {"change_size": int(other)}
    assert not [form for form in test.get("form")]  # the form folded away


def test_the_marks_are_removed_from_the_card(demo_file, monkeypatch):
    test = _register(demo_file, monkeypatch, rol="beheer@wvs")
    store = open_store(demo_file)
    story = _shown_story(test, store, marked=True)
    test.button(key=f"marks_open_{story}").click().run()
    _click(test, "Duiding verwijderen")
    assert [notice.value for notice in test.success] == ["De duiding is verwijderd."]
    assert signification.marks_of(store, STEWARD, story) is None


def test_an_empty_form_on_a_story_without_marks_says_nothing_was_saved(demo_file, monkeypatch):
    test = _register(demo_file, monkeypatch, rol="professional@wvs")
    store = open_store(demo_file)
    story = _shown_story(test, store, marked=False)
    test.button(key=f"marks_open_{story}").click().run()
    _click(test, "Duiding opslaan")
    assert [notice.value for notice in test.success] == [
        "Er is niets opgeslagen: het formulier was leeg en het verhaal had geen duiding."
    ]
    assert signification.marks_of(store, PROFESSIONAL, story) is None


def test_a_correction_without_who_chose_is_refused_in_dutch_with_the_form_still_open(demo_file, monkeypatch):
    test = _register(demo_file, monkeypatch, rol="professional@wvs")
    store = open_store(demo_file)
    story = _shown_story(test, store, marked=False)
    test.button(key=f"marks_open_{story}").click().run()
    assert test.radio(key=f"marks_{story}_marked_by").value is None  # nothing to fill in from
    test.radio(key=f"marks_{story}_feeling").set_value("2")
    _click(test, "Duiding opslaan")
    (refused,) = [error.value for error in test.error]
    assert refused.startswith("Wat de verteller zelf koos, is niet opgeslagen: gemarkeerd door: ontbreekt")
    assert test.radio(key=f"marks_{story}_feeling").value == "2"  # still there to complete
    assert signification.marks_of(store, PROFESSIONAL, story) is None


@pytest.mark.parametrize(
    "query",
    [{"rol": "gemeente@GM9901"}, {"rol": "professional@wvs", "presentatie": "1"}],
    ids=["municipality", "shared-screen"],
)
def test_the_register_offers_no_correction_to_who_may_not_enter_the_story(demo_file, monkeypatch, query):
    test = _register(demo_file, monkeypatch, **query)
    assert any("Volgens de verteller zelf:" in markdown.value for markdown in test.markdown)  # marks are shown
    assert [button.label for button in test.button if "Duiding" in button.label] == []
    assert not test.get("form")


# --- the dialogue table ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("programme", "said"),
    [
        (
            "ontmoeten",
            "Volgens de vertellers zelf: bij 64% van 14 verhalen een grote verandering; "
            "bij de 10 die panels kozen 90%.",
        ),
        ("wijk", "Volgens de vertellers zelf: bij 50% van 14 verhalen een grote verandering."),  # the choice: too few
        ("rvd-dorpen", "Nog geen verhalen met een eigen duiding van de verteller."),  # not a funded organisation
    ],
)
def test_the_dialogue_tables_line_says_how_often_the_change_was_big_for_all_and_for_the_panels_choice(
    demo_store, programme, said
):
    assert (
        signification.summary_text(signification.patterns(demo_store, MUNICIPALITY, Filters(programme=programme)))
        == said
    )


def test_the_dialogue_table_shows_the_storytellers_line_in_its_stories_column(demo_db, monkeypatch):
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    test = AppTest.from_file(str(APP), default_timeout=60)
    test.query_params.update(programma="ontmoeten", rol="gemeente@GM9901", presentatie="1")
    test.run()
    assert not test.exception
    captions = [caption.value.replace("\\", "") for caption in test.caption]
    assert (
        "Volgens de vertellers zelf: bij 64% van 14 verhalen een grote verandering; bij de 10 die panels kozen 90%."
        in captions
    )
