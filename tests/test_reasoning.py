"""Reasoning lines: evidence per step from the three tracks, the coverage map, and editing."""

from __future__ import annotations

import pytest

from impact_core.access import audit
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving.collection import visible_stories
from impact_core.filters import Filters
from impact_core.refusal import NotAllowed
from impact_core.samen import catalog, reasoning
from impact_core.samen.reasoning import Coverage, InvalidLine, coverage_of
from impact_core.vakmanschap.reflections import visible_reflections

ORGANISATION = Viewer.from_seat("professional@wvs")
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")
SHARED_SCREEN = Viewer.from_seat("presentatie@GM9901")


@pytest.mark.parametrize(
    ("counts", "verdict"),
    [
        ((2, 5, 1), Coverage.ALL_TRACKS),
        ((1, 0, 3), Coverage.TWO_TRACKS),
        ((4, 0, 0), Coverage.NUMBERS_ONLY),
        ((0, 6, 0), Coverage.STORIES_ONLY),
        ((0, 0, 2), Coverage.CRAFT_ONLY),
        ((0, 0, 0), Coverage.BLIND_SPOT),
    ],
)
def test_the_coverage_verdict_names_the_tracks_an_outcome_rests_on(counts, verdict):
    assert coverage_of(*counts) is verdict


def test_the_demo_holds_a_blind_spot_as_real_data_would(demo_store):
    mapped = reasoning.coverage(demo_store, MUNICIPALITY, Filters(programme="jeugd"))
    blind = mapped[mapped["coverage"] == Coverage.BLIND_SPOT]
    assert "jeugd-u3" in set(blind["id"])
    assert set(mapped["level"]) <= {"uitkomst", "impact"}


def test_evidence_counts_the_links_of_each_track(demo_store):
    found = reasoning.evidence(demo_store, ORGANISATION, Filters(programme="jeugd")).set_index("id")
    linked_stories = demo_store.scalar("SELECT count(*) FROM story_step WHERE step_id = 'jeugd-u2'")
    linked_indicators = demo_store.scalar("SELECT count(*) FROM indicator_step WHERE step_id = 'jeugd-u1'")
    assert found.loc["jeugd-u2", "stories"] == linked_stories
    assert found.loc["jeugd-u1", "indicators"] == linked_indicators
    assert found.loc["jeugd-u1", "reflections"] >= 1


@pytest.mark.parametrize("viewer", [ORGANISATION, MUNICIPALITY], ids=["organisation", "municipality"])
def test_a_reflection_counts_once_for_each_step_it_is_about_through_a_story_or_an_indicator(demo_store, viewer):
    filters = Filters(programme="jeugd")
    shown = visible_reflections(viewer, filters)
    reflections = demo_store.query(
        f"SELECT id, story_ids, indicator_ids FROM reflection r WHERE {shown.sql}", shown.params
    )
    stories = visible_stories(viewer, filters, alias="st")
    step_stories = (
        demo_store.query(
            f"SELECT l.step_id, l.story_id FROM story_step l JOIN story st ON st.id = l.story_id WHERE {stories.sql}",
            stories.params,
        )
        .groupby("step_id")["story_id"]
        .agg(set)
    )
    step_indicators = (
        demo_store.query("SELECT step_id, indicator_id FROM indicator_step").groupby("step_id")["indicator_id"].agg(set)
    )
    found = reasoning.evidence(demo_store, viewer, filters)
    expected = [
        sum(
            bool(
                set(about_stories) & step_stories.get(step, set())
                or set(about_indicators) & step_indicators.get(step, set())
            )
            for about_stories, about_indicators in zip(
                reflections["story_ids"], reflections["indicator_ids"], strict=True
            )
        )
        for step in found["id"]
    ]
    assert list(found["reflections"]) == expected and sum(expected) > 0


def test_the_municipality_counts_only_the_stories_shared_with_it(demo_store):
    inside = reasoning.evidence(demo_store, ORGANISATION, Filters(programme="jeugd"))["stories"].sum()
    outside = reasoning.evidence(demo_store, MUNICIPALITY, Filters(programme="jeugd"))["stories"].sum()
    assert 0 < outside < inside


def test_a_programme_outside_the_viewers_scope_has_no_line(demo_store):
    other = Viewer.from_seat("gemeente@GM9902")
    assert reasoning.line(demo_store, other, "jeugd").steps.empty


def test_an_outcome_filter_narrows_nothing_in_the_evidence_of_the_other_steps(demo_store):
    whole = reasoning.evidence(demo_store, ORGANISATION, Filters(programme="jeugd"))
    narrowed = reasoning.evidence(demo_store, ORGANISATION, Filters(programme="jeugd", outcome="jeugd-u1"))
    assert whole.equals(narrowed)


def _steps(store, programme="jeugd"):
    return reasoning.line(store, ORGANISATION, programme).steps[["id", "level", "description", "position"]]


def test_steps_are_edited_added_and_removed_in_one_save(demo_copy):
    steps = _steps(demo_copy).to_dict("records")
    steps[0]["description"] = "Jongerenwerk op straat, online en in De Loods"
    steps = [step for step in steps if step["id"] != "jeugd-u3"]  # nothing rests on it but links
    steps.append(
        {"id": None, "level": "resultaat", "description": "Ouders weten het jongerenwerk te vinden", "position": 8}
    )
    reasoning.save_steps(demo_copy, ORGANISATION, "jeugd", steps)
    saved = _steps(demo_copy)
    assert "Jongerenwerk op straat, online en in De Loods" in set(saved["description"])
    assert "jeugd-u3" not in set(saved["id"])
    assert "Ouders weten het jongerenwerk te vinden" in set(saved["description"])
    assert audit.entries(demo_copy, Viewer.from_seat("beheer@wvs"))["action"].iloc[0] == "redeneerlijn: stappen bewaard"


def test_a_step_that_stories_rest_on_cannot_be_removed(demo_copy):
    before = _steps(demo_copy)
    with pytest.raises(InvalidLine, match="verhalen"):
        reasoning.save_steps(demo_copy, ORGANISATION, "jeugd", before[before["id"] != "jeugd-u2"].to_dict("records"))
    assert _steps(demo_copy).equals(before)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"description": ""}, "omschrijving"),
        ({"level": "wens"}, "niveau"),
        ({"position": 0}, "volgorde"),
    ],
)
def test_a_bad_step_is_refused_in_dutch_naming_row_and_field(demo_copy, change, problem):
    steps = _steps(demo_copy).to_dict("records")
    steps[1].update(change)
    with pytest.raises(InvalidLine, match=f"stap 2: {problem}"):
        reasoning.save_steps(demo_copy, ORGANISATION, "jeugd", steps)


def test_links_are_saved_with_assumption_confidence_and_evidence(demo_copy):
    links = reasoning.line(demo_copy, MUNICIPALITY, "jeugd").links.to_dict("records")
    links.append(
        {
            "from_step": "jeugd-i1",
            "to_step": "jeugd-u3",
            "assumption": "Wie jongeren kent, ziet ze anders.",
            "confidence": 35,
            "evidence": "Gesprekken met omwonenden in 2026.",
        }
    )
    reasoning.save_links(demo_copy, MUNICIPALITY, "jeugd", links)
    saved = reasoning.line(demo_copy, ORGANISATION, "jeugd").links.set_index(["from_step", "to_step"])
    assert saved.loc[("jeugd-i1", "jeugd-u3"), "confidence"] == 35


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        ({"from_step": "jeugd-i1", "to_step": "jeugd-i1", "confidence": 50}, "naar zichzelf"),
        ({"from_step": "jeugd-i1", "to_step": "wijk-u1", "confidence": 50}, "stappen van dit programma"),
        ({"from_step": "jeugd-i1", "to_step": "jeugd-u3", "confidence": 150}, "vertrouwen"),
    ],
)
def test_a_bad_link_is_refused(demo_copy, link, problem):
    with pytest.raises(InvalidLine, match=problem):
        reasoning.save_links(demo_copy, ORGANISATION, "jeugd", [link])


def test_a_link_whose_assumption_was_tested_cannot_be_removed(demo_copy):
    tested = demo_copy.query("SELECT from_step, to_step FROM assumption_test WHERE from_step LIKE 'jeugd%'").iloc[0]
    links = reasoning.line(demo_copy, ORGANISATION, "jeugd").links
    kept = links[~((links["from_step"] == tested["from_step"]) & (links["to_step"] == tested["to_step"]))]
    with pytest.raises(InvalidLine, match="getoetst"):
        reasoning.save_links(demo_copy, ORGANISATION, "jeugd", kept.to_dict("records"))
    assert len(reasoning.line(demo_copy, ORGANISATION, "jeugd").links) == len(links)


def test_linking_an_indicator_to_a_blind_spot_gives_it_numbers(demo_copy):
    reasoning.save_indicator_links(demo_copy, ORGANISATION, "jeugd", {"jeugd-u3": ["J06"]})
    assert reasoning.indicator_links(demo_copy, ORGANISATION, "jeugd")["jeugd-u3"] == ["J06"]
    mapped = reasoning.coverage(demo_copy, ORGANISATION, Filters(programme="jeugd")).set_index("id")
    assert mapped.loc["jeugd-u3", "coverage"] == Coverage.NUMBERS_ONLY


@pytest.mark.parametrize("viewer", [SHARED_SCREEN, Viewer.from_seat("professional@rvd")])
def test_the_shared_screen_and_other_organisations_cannot_edit_a_line(demo_copy, viewer):
    with pytest.raises(NotAllowed):
        reasoning.save_steps(demo_copy, viewer, "jeugd", _steps(demo_copy).to_dict("records"))


@pytest.mark.parametrize("seat", ["professional@wvs", "beheer@wvs", "gemeente@GM9901", "presentatie@GM9901"])
def test_any_seat_on_the_shared_screen_sees_what_the_presentatie_seat_sees(seat):
    assert Viewer.from_seat(seat).on_shared_screen("GM9901") == SHARED_SCREEN


def test_a_municipality_on_the_shared_screen_keeps_its_own_municipality():
    assert Viewer.from_seat("gemeente@GM9902").on_shared_screen("GM9901").municipality_code == "GM9902"


EVIDENCE_SEATS = ["professional@wvs", "professional@rvd", "gemeente@GM9901", "presentatie@GM9901"]


@pytest.mark.parametrize("seat", EVIDENCE_SEATS)
def test_a_step_opens_to_exactly_the_evidence_its_counts_promise_for_every_step_and_seat(demo_store, seat):
    viewer = Viewer.from_seat(seat)
    checked = 0
    for programme in catalog.programmes(demo_store, viewer)["id"]:
        filters = Filters(programme=programme)
        for step in reasoning.evidence(demo_store, viewer, filters).to_dict("records"):
            behind = reasoning.step_evidence(demo_store, viewer, filters, step["id"])
            # The numbers count holds the linked indicators and the linked instrument domains.
            numbers = len(behind.indicators) + len(behind.instruments)
            assert (numbers, len(behind.stories), len(behind.reflections)) == (
                step["indicators"],
                step["stories"],
                step["reflections"],
            ), step["id"]
            checked += step["indicators"] + step["stories"] + step["reflections"]
    assert checked  # the demo gives every seat something to open


@pytest.mark.parametrize("seat", ["gemeente@GM9901", "presentatie@GM9901"])
def test_outside_the_organisation_a_steps_evidence_reads_masked_and_names_no_professional(demo_store, seat):
    viewer = Viewer.from_seat(seat)
    inside = Viewer.from_seat("professional@wvs")
    masked_somewhere = False
    for programme in catalog.programmes(demo_store, viewer)["id"]:
        filters = Filters(programme=programme)
        for step in reasoning.evidence(demo_store, viewer, filters)["id"]:
            behind = reasoning.step_evidence(demo_store, viewer, filters, step)
            assert all(reflection["professional"] is None for reflection in behind.reflections)
            raw = {
                story["id"]: story["text"]
                for story in reasoning.step_evidence(demo_store, inside, filters, step).stories
            }
            for story in behind.stories:
                expected = demo_store.row("SELECT masked_title, masked_text FROM story WHERE id = ?", [story["id"]])
                assert (story["title"], story["text"]) == (expected["masked_title"], expected["masked_text"])
                masked_somewhere |= raw.get(story["id"], story["text"]) != story["text"]
    assert masked_somewhere  # the demo's linked stories name people: the masking is seen at work
