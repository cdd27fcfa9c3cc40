"""The craft track through the library: entering reflections, and who sees them."""

import datetime as dt

import pytest

from impact_core.access import audit
from impact_core.access.viewer import Role, Viewer
from impact_core.filters import Filters
from impact_core.models import AssumptionTest, Reflection
from impact_core.refusal import NotAllowed
from impact_core.samen import catalog
from impact_core.vakmanschap import reflections as vakmanschap

PROFESSIONAL, GEMEENTE = Viewer.from_seat("professional@wvs"), Viewer.from_seat("gemeente@GM9901")
STEWARD = Viewer.from_seat("beheer@wvs")


def _reflection(**changes) -> Reflection:
    fields = {
        "id": vakmanschap.new_reflection_id(),
        "professional": "opbouwwerker (T.)",
        "reflected_on": dt.date(2026, 11, 2),
        "programme_id": "wijk",
        "kind": "reflectie",
        "method": "Buurtbemiddeling",
        "values": ["trouw", "moed"],
        "what_happened": "Twee buren kwamen na drie gesprekken samen tot een afspraak over de tuin.",
        "learned": "Tijd nemen loont.",
        "visibility": "intern",
    }
    return Reflection.model_validate(fields | changes)


def _by_id(rows: list[dict]) -> dict[str, dict]:
    return {row["id"]: row for row in rows}


def _ids(store, viewer: Viewer) -> set[str]:
    return {reflection["id"] for reflection in vakmanschap.recent_reflections(store, viewer, Filters(), limit=10_000)}


@pytest.mark.parametrize(("visibility", "seen_by_gemeente"), [("intern", False), ("gemeente", True)])
def test_an_entered_reflection_reaches_the_municipality_only_when_shared(writable_store, visibility, seen_by_gemeente):
    reflection = _reflection(visibility=visibility)
    vakmanschap.add_reflection(writable_store, PROFESSIONAL, reflection)
    assert reflection.id in _ids(writable_store, PROFESSIONAL)
    assert (reflection.id in _ids(writable_store, GEMEENTE)) is seen_by_gemeente


def test_the_municipality_sees_a_shared_reflection_without_the_pseudonym(writable_store):
    reflection = _reflection(visibility="gemeente")
    vakmanschap.add_reflection(writable_store, PROFESSIONAL, reflection)
    shown = _by_id(vakmanschap.recent_reflections(writable_store, GEMEENTE, Filters(), limit=10_000))
    assert shown[reflection.id]["professional"] == "opbouwwerker"


@pytest.mark.parametrize("role", [Role.GEMEENTE, Role.PRESENTATIE])
def test_outside_roles_cannot_write_reflections(writable_store, role):
    with pytest.raises(NotAllowed):
        vakmanschap.add_reflection(writable_store, Viewer(role, municipality_code="GM9901"), _reflection())


@pytest.mark.parametrize("role", [Role.GEMEENTE, Role.PRESENTATIE])
def test_outside_roles_cannot_write_the_learning_log(writable_store, role):
    test = AssumptionTest(id="T-x", from_step="wijk-i1", to_step="wijk-r1", tested_on="2026-11-01", outcome="deels")
    with pytest.raises(NotAllowed):
        vakmanschap.add_assumption_test(writable_store, Viewer(role, municipality_code="GM9901"), test)


def test_a_tested_assumption_appears_in_the_programmes_learning_log(writable_store):
    link = writable_store.query("SELECT from_step, to_step FROM reasoning_link WHERE from_step LIKE 'jeugd%' LIMIT 1")
    test = AssumptionTest(
        id=vakmanschap.new_test_id(),
        from_step=link.from_step[0],
        to_step=link.to_step[0],
        meeting_id="B3",
        tested_on="2026-11-01",
        outcome="weerlegd",
        note="Bleek anders.",
    )
    vakmanschap.add_assumption_test(writable_store, PROFESSIONAL, test)
    log = vakmanschap.learning_log(writable_store, GEMEENTE, Filters(programme="jeugd"))
    assert "Bleek anders." in {entry["note"] for entry in log}
    other_programme = vakmanschap.learning_log(writable_store, GEMEENTE, Filters(programme="wijk"))
    assert "Bleek anders." not in {entry["note"] for entry in other_programme}


def test_a_moral_deliberation_needs_its_dilemma_and_choice(writable_store):
    with pytest.raises(vakmanschap.InvalidReflection, match="dilemma en de keuze"):
        vakmanschap.add_reflection(
            writable_store, PROFESSIONAL, _reflection(kind="moreel_beraad", dilemma="Wel of niet?")
        )


def test_a_link_to_a_story_that_does_not_exist_writes_nothing(writable_store):
    before = writable_store.scalar("SELECT count(*) FROM reflection")
    with pytest.raises(vakmanschap.InvalidReflection, match="V-BESTAATNIET"):
        vakmanschap.add_reflection(writable_store, PROFESSIONAL, _reflection(story_ids=["V-BESTAATNIET"]))
    assert writable_store.scalar("SELECT count(*) FROM reflection") == before


@pytest.mark.parametrize(
    ("column", "query"),
    [
        ("story_ids", "SELECT id FROM story WHERE programme_id = 'wijk' ORDER BY id LIMIT 1"),
        ("indicator_ids", "SELECT indicator_id FROM measurement WHERE programme_id = 'wijk' ORDER BY 1 LIMIT 1"),
    ],
)
def test_a_reflection_linked_to_an_existing_record_is_saved_with_its_link(writable_store, column, query):
    linked = writable_store.scalar(query)
    reflection = _reflection(**{column: [linked]})
    vakmanschap.add_reflection(writable_store, PROFESSIONAL, reflection)
    shown = _by_id(vakmanschap.recent_reflections(writable_store, PROFESSIONAL, Filters(), limit=10_000))
    assert list(shown[reflection.id][column]) == [linked]


def test_a_moral_deliberation_counts_in_the_recurring_dilemmas(writable_store):
    def followed(theme: str) -> tuple[int, int]:
        overview = {row["theme"]: row for row in vakmanschap.dilemma_overview(writable_store, PROFESSIONAL, Filters())}
        return (overview[theme]["times"], overview[theme]["followed_up"]) if theme in overview else (0, 0)

    theme = writable_store.scalar("SELECT name FROM dilemma_theme WHERE id = 'financier'")
    times, done = followed(theme)
    vakmanschap.add_reflection(
        writable_store,
        PROFESSIONAL,
        _reflection(
            kind="moreel_beraad",
            dilemma="Geef ik namen door aan de gemeente?",
            choice="Nee, alleen aantallen.",
            dilemma_theme_id="financier",
            followed_up=True,
        ),
    )
    assert followed(theme) == (times + 1, done + 1)


def test_value_shares_per_programme_are_fractions(demo_store):
    shares = vakmanschap.values_by_programme(demo_store, GEMEENTE, Filters())
    assert not shares.empty and shares["share"].between(0, 1).all()


def test_linked_stories_are_named_only_when_the_viewer_may_see_them(demo_store):
    unconsented = demo_store.scalar("SELECT id FROM story WHERE consent = 'organisatie' LIMIT 1")
    consented = demo_store.scalar("SELECT id FROM story WHERE consent = 'gemeente' LIMIT 1")
    assert set(catalog.link_names(demo_store, GEMEENTE, [unconsented, consented, "W01"])) == {consented, "W01"}
    assert set(catalog.link_names(demo_store, PROFESSIONAL, [unconsented, consented])) == {unconsented, consented}


def test_every_write_leaves_an_audit_entry_without_its_content(writable_store):
    reflection = _reflection()
    author = Viewer(Role.PROFESSIONAL, organisation_id="wvs", actor="k.jansen")
    vakmanschap.add_reflection(writable_store, author, reflection)
    entries = audit.entries(writable_store, STEWARD)
    latest = entries.iloc[0]
    assert (latest.role, latest.actor, latest.action, latest.table_name, latest.record_id) == (
        "professional",
        "k.jansen",
        "toegevoegd",
        "reflection",
        reflection.id,
    )
    assert reflection.what_happened not in entries.to_string()


def test_a_refused_write_leaves_no_audit_entry(writable_store):
    before = len(audit.entries(writable_store, STEWARD))
    with pytest.raises(vakmanschap.InvalidReflection):
        vakmanschap.add_reflection(writable_store, PROFESSIONAL, _reflection(story_ids=["V-BESTAATNIET"]))
    assert len(audit.entries(writable_store, STEWARD)) == before


@pytest.mark.parametrize("role", [Role.PROFESSIONAL, Role.GEMEENTE, Role.PRESENTATIE])
def test_only_the_data_steward_reads_the_audit_log(writable_store, role):
    vakmanschap.add_reflection(writable_store, PROFESSIONAL, _reflection())
    assert audit.entries(writable_store, Viewer(role, organisation_id="wvs", municipality_code="GM9901")).empty
