"""Outcome instruments (ZRM, Positieve Gezondheid): first against latest per domain, who moved
up, down or stayed, small groups left out for viewers outside the organisation, and who may
enter scores."""

from __future__ import annotations

import datetime as dt

import pytest

from impact_core.access.viewer import Viewer
from impact_core.doelmatigheid import instruments
from impact_core.filters import Filters
from impact_core.models import Instrument, InstrumentScore
from impact_core.refusal import Invalid, NotAllowed


def _scores(participant: str, domain: str, *scores: int, programme: str = "wijk", instrument: str = "zrm") -> list:
    days = [dt.date(2025, 1, 6), dt.date(2025, 6, 2), dt.date(2025, 12, 1)]
    return [
        InstrumentScore(
            participant=participant,
            programme_id=programme,
            measured_on=day,
            instrument=instrument,
            domain=domain,
            score=score,
        )
        for day, score in zip(days, scores, strict=False)
    ]


def _panel(store, seat: str, programme: str, instrument: Instrument) -> instruments.InstrumentPanel | None:
    found = instruments.panels(store, Viewer.from_seat(seat), Filters(programme=programme))
    return next((panel for panel in found if panel.instrument is instrument), None)


# (scores per participant over the moments) -> (up, same, down): only first against latest counts,
# whatever happened in between, and a participant measured once does not count at all.
@pytest.mark.parametrize(
    ("moments", "expected"),
    [
        ([(2, 3)], (1, 0, 0)),
        ([(3, 3)], (0, 1, 0)),
        ([(4, 2)], (0, 0, 1)),
        ([(2, 5, 2)], (0, 1, 0)),  # up and back down: the same as at the start
        ([(1, 1, 2)], (1, 0, 0)),
        ([(3,)], None),  # one moment: nothing to compare
        ([(2, 3), (3, 3), (4, 2), (5,)], (1, 1, 1)),
    ],
)
def test_up_down_and_same_compare_first_with_latest(demo_copy, moments, expected):
    steward = Viewer.from_seat("beheer@wvs")
    for number, scores in enumerate(moments, start=1):
        instruments.record_scores(
            demo_copy, steward, _scores(f"T-{number:03d}", "huisvesting", *scores, programme="jeugd")
        )
    panel = _panel(demo_copy, "beheer@wvs", "jeugd", Instrument.ZRM)
    if expected is None:
        assert panel is None
        return
    (domain,) = panel.domains
    assert (domain.up, domain.same, domain.down) == expected
    assert domain.participants == sum(expected)
    firsts = [scores[0] for scores in moments if len(scores) > 1]
    assert domain.first == pytest.approx(sum(firsts) / len(firsts))


# Seat x number of participants -> are the figures shown? Outside the organisation a domain
# resting on fewer people than the threshold (10) keeps only its name.
@pytest.mark.parametrize(
    ("seat", "participants", "shown"),
    [
        ("beheer@wvs", 3, True),
        ("professional@wvs", 9, True),
        ("gemeente@GM9901", 9, False),
        ("presentatie@GM9901", 9, False),
        ("gemeente@GM9901", 10, True),
        ("presentatie@GM9901", 10, True),
    ],
)
def test_small_groups_are_left_out_for_outside_viewers_only(demo_copy, seat, participants, shown):
    steward = Viewer.from_seat("beheer@wvs")
    scores = [
        score for n in range(participants) for score in _scores(f"S-{n:03d}", "financien", 2, 3, programme="jeugd")
    ]
    instruments.record_scores(demo_copy, steward, scores)
    panel = _panel(demo_copy, seat, "jeugd", Instrument.ZRM)
    (domain,) = panel.domains
    assert domain.suppressed is not shown
    assert panel.suppressed is not shown
    if shown:
        assert (domain.participants, domain.up, domain.first, domain.latest) == (participants, participants, 2.0, 3.0)
        assert domain.share("up") == 1.0
    else:
        assert (domain.participants, domain.up, domain.same, domain.down, domain.first, domain.latest) == (None,) * 6
        assert panel.participants is None and instruments.summary_line(panel) is None


def test_a_small_domain_is_left_out_while_the_others_show(demo_store):
    """In the demo the ZRM's justitie domain rests on six participants of the neighbourhood programme."""
    outside = _panel(demo_store, "gemeente@GM9901", "wijk", Instrument.ZRM)
    inside = _panel(demo_store, "beheer@wvs", "wijk", Instrument.ZRM)
    assert {domain.domain for domain in outside.domains if domain.suppressed} == {"justitie"}
    assert outside.participants == inside.participants >= 10
    assert [domain.domain for domain in inside.shown][-1] == "justitie"
    # The municipality's summary leaves the small domain out too.
    assert sum(instruments.summary_line(outside)) < sum(instruments.summary_line(inside))


def test_the_municipality_sees_only_the_programmes_it_funds(demo_store):
    seen = {
        panel.programme_id for panel in instruments.panels(demo_store, Viewer.from_seat("gemeente@GM9901"), Filters())
    }
    assert seen == {"wijk", "ouderen"}
    other = instruments.panels(demo_store, Viewer.from_seat("gemeente@GM9902"), Filters())
    assert {panel.programme_id for panel in other} == {"rvd-dorpen"}
    assert all(panel.suppressed and not panel.shown for panel in other)


def test_domains_follow_the_instruments_order(demo_store):
    panel = _panel(demo_store, "beheer@wvs", "ouderen", Instrument.POSITIEVE_GEZONDHEID)
    assert [domain.domain for domain in panel.domains] == [
        "lichaamsfuncties",
        "mentaal_welbevinden",
        "zingeving",
        "kwaliteit_van_leven",
        "meedoen",
        "dagelijks_functioneren",
    ]
    assert panel.scale == (0, 10)


@pytest.mark.parametrize("seat", ["gemeente@GM9901", "presentatie@GM9901", "beheer@platform"])
def test_only_the_organisation_enters_scores(demo_copy, seat):
    before = demo_copy.scalar("SELECT count(*) FROM instrument_score")
    with pytest.raises(NotAllowed):
        instruments.record_scores(demo_copy, Viewer.from_seat(seat), _scores("N-001", "financien", 2, 3))
    assert demo_copy.scalar("SELECT count(*) FROM instrument_score") == before


def test_an_organisation_enters_no_scores_in_another_organisations_programme(demo_copy):
    before = demo_copy.scalar("SELECT count(*) FROM instrument_score")
    with pytest.raises(NotAllowed) as refused:
        instruments.record_scores(
            demo_copy, Viewer.from_seat("professional@rvd"), _scores("N-001", "financien", 2, 3, programme="wijk")
        )
    assert "wijk" in str(refused.value)
    assert demo_copy.scalar("SELECT count(*) FROM instrument_score") == before


def test_entering_a_score_again_replaces_it_and_is_logged(demo_copy):
    steward = Viewer.from_seat("beheer@wvs")
    instruments.record_scores(demo_copy, steward, _scores("N-001", "financien", 2, programme="jeugd"))
    instruments.record_scores(demo_copy, steward, _scores("N-001", "financien", 4, programme="jeugd"))
    assert demo_copy.rows("SELECT score FROM instrument_score WHERE participant = 'N-001'") == [{"score": 4}]
    logged = demo_copy.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'instrument_score'")
    assert logged == 2


def test_the_period_filter_narrows_first_and_latest(demo_store):
    """Only the moments inside the chosen period count: from the second ZRM moment on, the
    participants measured twice in the neighbourhood programme have one moment left."""
    whole = _panel(demo_store, "beheer@wvs", "wijk", Instrument.ZRM)
    later = instruments.panels(
        demo_store, Viewer.from_seat("beheer@wvs"), Filters(programme="wijk", start=dt.date(2025, 8, 1))
    )
    assert whole.participants == 14
    assert later[0].participants < whole.participants


# --- linked to the reasoning line: an instrument's domain as evidence for an outcome -------------


def test_an_outcome_chosen_narrows_the_web_to_the_domains_linked_to_it(demo_store):
    """wijk-u1 ("households have an overview of their money again") rests on the ZRM's financien."""
    for seat in ("beheer@wvs", "gemeente@GM9901"):
        (panel,) = instruments.panels(demo_store, Viewer.from_seat(seat), Filters(programme="wijk", outcome="wijk-u1"))
        assert [domain.domain for domain in panel.domains] == ["financien"]
    assert (
        instruments.panels(demo_store, Viewer.from_seat("beheer@wvs"), Filters(programme="wijk", outcome="wijk-m1"))
        == []
    )


def test_a_linked_domain_counts_as_numbers_evidence_for_its_step(demo_store):
    from impact_core.samen import reasoning

    viewer = Viewer.from_seat("gemeente@GM9901")
    found = reasoning.evidence(demo_store, viewer, Filters(programme="ouderen")).set_index("id")
    indicators = demo_store.scalar("SELECT count(*) FROM indicator_step WHERE step_id = 'ouderen-u1'")
    assert found.loc["ouderen-u1", "indicators"] == indicators + 2  # meedoen, mentaal welbevinden
    behind = reasoning.step_evidence(demo_store, viewer, Filters(programme="ouderen"), "ouderen-u1")
    assert behind.instruments == [
        {"instrument": "positieve_gezondheid", "domain": "meedoen"},
        {"instrument": "positieve_gezondheid", "domain": "mentaal_welbevinden"},
    ]
    # Another municipality sees neither the step nor its links.
    other = reasoning.step_evidence(
        demo_store, Viewer.from_seat("gemeente@GM9902"), Filters(programme="ouderen"), "ouderen-u1"
    )
    assert other.instruments == []


def test_a_participants_scores_are_erased_in_the_stewards_own_organisation_only(demo_copy):
    from impact_core.gegevens import erasure

    def scores(code: str) -> int:
        return demo_copy.scalar("SELECT count(*) FROM instrument_score WHERE participant = ?", [code])

    before = scores("WB-0001")
    assert before
    assert erasure.erase_participant(demo_copy, Viewer.from_seat("beheer@rvd"), "WB-0001") == 0  # not rvd's
    assert scores("WB-0001") == before
    with pytest.raises(NotAllowed):
        erasure.erase_participant(demo_copy, Viewer.from_seat("professional@wvs"), "WB-0001")
    assert erasure.erase_participant(demo_copy, Viewer.from_seat("beheer@wvs"), "WB-0001") == before
    assert scores("WB-0001") == 0 and scores("WB-0002")
    logged = demo_copy.scalar(
        "SELECT record_id FROM audit_log WHERE table_name = 'instrument_score' AND action = 'erase'"
        " AND organisation_id = 'wvs'"
    )
    assert logged == f"{before} scores"  # how many, never the code


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_dossier_gives_each_instrument_one_line_as_the_municipality_sees_it(demo_store, lang):
    import io

    from pypdf import PdfReader

    from impact_core.samen.dossier import content
    from impact_core.samen.dossier.pdf import dossier_pdf

    dossier = content.build(demo_store, Viewer.from_seat("professional@wvs"), "wijk")
    assert [panel.instrument for panel in dossier.instruments] == [Instrument.ZRM]
    (domain,) = [domain for domain in dossier.instruments[0].domains if domain.domain == "justitie"]
    assert domain.suppressed  # made for the municipality, whoever makes it
    text = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(dossier_pdf(dossier, lang))).pages
    )
    said = instruments.summary_text(dossier.instruments[0], 10, lang)
    assert said in text


# --- one measurement entered by form -------------------------------------------------------------

_DAY = dt.date(2025, 3, 3)


def _count(store) -> int:
    return store.scalar("SELECT count(*) FROM instrument_score")


# Seat -> may it record a measurement in the neighbourhood programme (run by wvs)?
@pytest.mark.parametrize(
    ("seat", "allowed"),
    [
        ("professional@wvs", True),
        ("beheer@wvs", True),
        ("professional@rvd", False),  # another organisation's programme
        ("beheer@rvd", False),
        ("gemeente@GM9901", False),  # the funder
        ("presentatie@GM9901", False),  # the shared screen
        ("beheer@platform", False),  # keeps the server, not an organisation's data
    ],
)
def test_who_may_record_a_measurement(demo_copy, seat, allowed):
    before = _count(demo_copy)
    record = lambda: instruments.record_measurement(  # noqa: E731
        demo_copy, Viewer.from_seat(seat), "DN-0042", "wijk", _DAY, "zrm", {"financien": 3, "huisvesting": 4}
    )
    if allowed:
        assert record() == 2
        assert _count(demo_copy) == before + 2
    else:
        with pytest.raises(NotAllowed):
            record()
        assert _count(demo_copy) == before


def test_a_refused_role_hears_the_policy_before_what_it_typed_wrong(demo_copy):
    with pytest.raises(NotAllowed):
        instruments.record_measurement(
            demo_copy, Viewer.from_seat("gemeente@GM9901"), "Jan", "wijk", None, "zrm", {"financien": 9}
        )


def test_a_domain_left_empty_is_not_measured(demo_copy):
    instruments.record_measurement(
        demo_copy,
        Viewer.from_seat("professional@wvs"),
        "DN-0042",
        "ouderen",
        _DAY,
        "positieve_gezondheid",
        {"meedoen": 7, "zingeving": None, "lichaamsfuncties": 0},
    )
    stored = demo_copy.rows("SELECT domain, score FROM instrument_score WHERE participant = 'DN-0042' ORDER BY domain")
    assert stored == [{"domain": "lichaamsfuncties", "score": 0}, {"domain": "meedoen", "score": 7}]


BSN = "111222333"  # passes the 11-proof
RIJKSREGISTERNUMMER = "85.07.30-033.28"


# What was typed -> the plain Dutch line for each field that is wrong; nothing is stored.
@pytest.mark.parametrize(
    ("participant", "day", "instrument", "scores", "lines"),
    [
        ("DN-0042", _DAY, "zrm", {"financien": 8}, ["financiën: valt buiten de schaal van de Zelfredzaamheid-Matrix"]),
        ("DN-0042", _DAY, "zrm", {"financien": 0}, ["financiën: valt buiten de schaal van de Zelfredzaamheid-Matrix"]),
        (
            "DN-0042",
            _DAY,
            "positieve_gezondheid",
            {"meedoen": 11},
            ["meedoen: mag hoogstens 10 zijn"],
        ),
        (
            "DN-0042",
            _DAY,
            "zrm",
            {"meedoen": 5},
            ["meedoen: is geen levensdomein van de Zelfredzaamheid-Matrix"],
        ),
        ("DN-0042", _DAY, "zrm", {"financien": None}, ["geen enkel domein is ingevuld"]),
        ("Jan", _DAY, "zrm", {"financien": 3}, ["Code van de deelnemer: heeft niet de vorm van een pseudoniem"]),
        ("WB-Samira1", _DAY, "zrm", {"financien": 3}, ["Code van de deelnemer: lijkt een naam"]),
        (BSN, _DAY, "zrm", {"financien": 3}, ["Code van de deelnemer: bevat een BSN of rijksregisternummer"]),
        (
            RIJKSREGISTERNUMMER,
            _DAY,
            "zrm",
            {"financien": 3},
            ["Code van de deelnemer: bevat een BSN of rijksregisternummer"],
        ),
        ("DN-0042", None, "zrm", {"financien": 3}, ["Datum van de meting: is geen geldige datum"]),
        (
            # Every field that is wrong says so, each domain by its name; a good domain is not saved alone.
            "Jan",
            None,
            "zrm",
            {"financien": 3, "huisvesting": 6, "justitie": 9},
            [
                "Code van de deelnemer:",
                "Datum van de meting:",
                "huisvesting: valt buiten de schaal",
                "justitie: valt buiten de schaal",
            ],
        ),
    ],
)
def test_a_wrong_measurement_is_refused_field_by_field_in_dutch_and_nothing_is_stored(
    demo_copy, participant, day, instrument, scores, lines
):
    before = _count(demo_copy)
    with pytest.raises(Invalid) as refused:
        instruments.record_measurement(
            demo_copy, Viewer.from_seat("professional@wvs"), participant, "wijk", day, instrument, scores
        )
    problems = [str(problem) for problem in refused.value.problems]
    assert len(problems) == len(lines)
    for problem, line in zip(problems, lines, strict=True):
        assert problem.startswith(line)
    assert str(refused.value).startswith("De meting is niet opgeslagen: ")
    assert _count(demo_copy) == before
    assert BSN not in str(refused.value) and "033.28" not in str(refused.value)  # the number is never repeated
