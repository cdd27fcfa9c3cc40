"""SROI / MKBA arithmetic: a case computed by hand, properties, bad input and the command line."""

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from impact_core.__main__ import main
from impact_core.doelmatigheid.impactkaart import ReferenceProject, quick_estimate, reference_projects
from impact_core.doelmatigheid.value import (
    CaseInvestment,
    CaseOutcome,
    InvalidCase,
    ValueCase,
    calculate,
    parse_case,
    result_json,
    sensitivity,
)

# Worked out by hand (see the docstring of impact_core.doelmatigheid.value for the convention):
#   A: 10 x 1000 x 0.8 x 0.9 x 0.75 = 5400 in year 1, halving: 5400, 2700, 1350
#   B: 4 x 2500 x 0.5 = 5000 in years 1 and 2
#   present value at 2.25%: A 9126.48, B 9672.35, together 18798.83; investment 15000
HAND_CASE = {
    "name": "Handberekening",
    "discount_rate": 0.0225,
    "investments": [{"stakeholder": "gemeente", "amount": 12000}, {"stakeholder": "organisatie", "amount": 3000}],
    "outcomes": [
        {
            "name": "A",
            "beneficiary": "gemeente",
            "quantity": 10,
            "proxy": 1000,
            "deadweight": 0.2,
            "displacement": 0.1,
            "attribution": 0.25,
            "drop_off": 0.5,
            "years": 3,
        },
        {"name": "B", "beneficiary": "zorgverzekeraar", "quantity": 4, "proxy": 2500, "attribution": 0.5, "years": 2},
    ],
}


def test_the_hand_computed_case_matches_to_the_cent():
    result = calculate(parse_case(HAND_CASE))
    assert round(result.present_value, 2) == 18798.83
    assert result.investment == 15000
    assert round(result.net_present_value, 2) == 3798.83
    assert round(result.ratio, 4) == 1.2533
    assert result.payback_year == 2
    assert result.outcome_years == {"A": [5400, 2700, 1350], "B": [5000, 5000]}
    assert round(result.stakeholders["gemeente"]["value_received"], 2) == 9126.48
    assert round(result.stakeholders["zorgverzekeraar"]["value_received"], 2) == 9672.35


def test_the_waterfall_runs_from_gross_to_present_value_by_hand():
    waterfall = calculate(parse_case(HAND_CASE)).waterfall
    steps = [
        waterfall.gross,
        waterfall.deadweight,
        waterfall.displacement,
        waterfall.attribution,
        waterfall.drop_off,
        round(waterfall.discounting, 2),
    ]
    assert steps == pytest.approx([50000, 6000, 2400, 15400, 6750, 651.17])


def test_the_command_line_prints_the_same_figures_as_json(tmp_path, capsys):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(HAND_CASE), encoding="utf-8")
    assert main(["value", str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == result_json(parse_case(HAND_CASE), calculate(parse_case(HAND_CASE)))
    assert (printed["present_value"], printed["net_present_value"]) == (18798.83, 3798.83)
    assert printed["outcomes"][0]["value_per_year"] == [5400, 2700, 1350]


def test_the_command_line_prints_a_readable_summary_in_dutch(tmp_path, capsys):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(HAND_CASE), encoding="utf-8")
    assert main(["value", str(path)]) == 0
    out = capsys.readouterr().out
    assert "€ 18.798,83" in out and "€ 3.798,83" in out and "1,25" in out


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda case: case["outcomes"][0].update(quantity=-1), "outcomes[1].quantity: mag niet negatief zijn"),
        (lambda case: case["outcomes"][1].update(attribution=1.5), "outcomes[2].attribution: mag hoogstens 1"),
        (lambda case: case["outcomes"][0].pop("beneficiary"), "outcomes[1].beneficiary: ontbreekt"),
        (lambda case: case["investments"][0].update(amount="veel"), "investments[1].amount: is geen getal"),
        (lambda case: case.pop("name"), "name: ontbreekt"),
    ],
)
def test_bad_input_names_the_field_in_dutch(change, named):
    case = json.loads(json.dumps(HAND_CASE))
    change(case)
    with pytest.raises(InvalidCase) as refused:
        parse_case(case)
    assert named in str(refused.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ niet: json", "geen geldig JSON-bestand"),
        (None, "kan niet worden gelezen"),
        (b"\xff\xfe\x00", "kan niet worden gelezen"),
        ("[1, 2]", "het bestand: moet een object zijn"),
    ],
)
def test_a_bad_case_file_gives_exit_code_one_and_no_traceback(tmp_path, capsys, content, message):
    path = tmp_path / "kapot.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    assert main(["value", str(path)]) == 1
    assert message in capsys.readouterr().err


fractions = st.floats(min_value=0, max_value=1, allow_nan=False)
outcomes = st.builds(
    CaseOutcome,
    name=st.just("x"),
    beneficiary=st.sampled_from(["a", "b"]),
    quantity=st.floats(min_value=0, max_value=1e4, allow_nan=False),
    proxy=st.floats(min_value=0, max_value=1e5, allow_nan=False),
    deadweight=fractions,
    displacement=fractions,
    attribution=fractions,
    drop_off=fractions,
    years=st.integers(min_value=1, max_value=10),
)
cases = st.builds(
    ValueCase,
    name=st.just("x"),
    discount_rate=st.floats(min_value=0, max_value=0.2, allow_nan=False),
    investments=st.lists(
        st.builds(
            CaseInvestment,
            stakeholder=st.sampled_from(["a", "c"]),
            amount=st.floats(min_value=0, max_value=1e6, allow_nan=False),
        ),
        max_size=3,
    ),
    outcomes=st.lists(outcomes, min_size=1, max_size=4),
)


@given(cases, fractions)
def test_more_deadweight_never_raises_the_value(case, extra):
    raised = case.model_copy(
        update={
            "outcomes": [
                outcome.model_copy(update={"deadweight": min(1.0, outcome.deadweight + extra)})
                for outcome in case.outcomes
            ]
        }
    )
    assert calculate(raised).present_value <= calculate(case).present_value + 1e-6


@given(cases, st.floats(min_value=0, max_value=0.2, allow_nan=False))
def test_a_higher_discount_rate_never_raises_the_present_value(case, extra):
    higher = case.model_copy(update={"discount_rate": case.discount_rate + extra})
    assert calculate(higher).present_value <= calculate(case).present_value + 1e-6


_ROUNDING = ValueCase(  # the year-by-year sum and the closed form differed by 1.4e-6 at five billion
    name="x",
    discount_rate=0.0,
    investments=[],
    outcomes=[
        CaseOutcome(
            name="x",
            beneficiary="a",
            quantity=4469.126315535788,
            proxy=proxy,
            proxy_source="",
            deadweight=0.0,
            displacement=0.0,
            attribution=0.38671875,
            drop_off=0.0,
            years=years,
        )
        for proxy, years in ((78355.0, 6), (78356.0, 9))
    ],
)


@given(cases)
@example(_ROUNDING)
def test_the_waterfall_adds_up_and_every_deduction_is_non_negative(case):
    waterfall = calculate(case).waterfall
    deductions = [
        waterfall.deadweight,
        waterfall.displacement,
        waterfall.attribution,
        waterfall.drop_off,
        waterfall.discounting,
    ]
    assert all(step >= -1e-6 for step in deductions)
    assert waterfall.gross - sum(deductions) == pytest.approx(waterfall.present_value, rel=1e-9, abs=1e-6)


@given(cases)
def test_the_sensitivity_band_holds_the_base_value(case):
    band = sensitivity(case)
    assert band["laag"].present_value <= band["basis"].present_value + 1e-6
    assert band["basis"].present_value <= band["hoog"].present_value + 1e-6


@given(cases)
def test_what_lands_with_the_parties_adds_up_to_the_present_value(case):
    result = calculate(case)
    received = sum(party["value_received"] for party in result.stakeholders.values())
    assert received == pytest.approx(result.present_value, rel=1e-9, abs=1e-6)


def test_the_quick_estimate_scales_the_median_reference_by_reach_and_years():
    references = [
        ReferenceProject(
            id="a",
            projecttype="ouderen",
            naam="A",
            looptijd_jaren=2,
            deelnemers=100,
            kosten=1,
            contante_waarde=20_000,
            bron="fictief",
        ),  # 100 per participant-year
        ReferenceProject(
            id="b",
            projecttype="ouderen",
            naam="B",
            looptijd_jaren=1,
            deelnemers=10,
            kosten=1,
            contante_waarde=3_000,
            bron="fictief",
        ),  # 300
        ReferenceProject(
            id="c",
            projecttype="ouderen",
            naam="C",
            looptijd_jaren=1,
            deelnemers=10,
            kosten=1,
            contante_waarde=2_000,
            bron="fictief",
        ),  # 200
        ReferenceProject(
            id="d",
            projecttype="jongeren",
            naam="D",
            looptijd_jaren=1,
            deelnemers=1,
            kosten=1,
            contante_waarde=9_999,
            bron="fictief",
        ),
    ]
    estimate = quick_estimate("ouderen", participants=50, cost=20_000, years=2, references=references)
    assert (estimate.value, estimate.low, estimate.high) == (20_000, 10_000, 30_000)
    assert estimate.return_factor == 1
    assert [project.id for project in estimate.references] == ["a", "b", "c"]


def test_every_shipped_reference_project_names_its_source():
    projects = reference_projects()
    assert projects and all(project.source.strip() for project in projects)


# --- the quick estimate scales with reach and cost, and stays within what the references show ---


def _reference(id: str, participants: int, years: int, cost: float, value: float) -> ReferenceProject:
    return ReferenceProject(
        id=id,
        projecttype="jongeren",
        naam=id,
        looptijd_jaren=years,
        deelnemers=participants,
        kosten=cost,
        contante_waarde=value,
        bron="fictief",
    )


# Factor 2 at 100 per participant-year and factor 3 at 150 per participant-year: both cost 50.
YOUTH = [_reference("a", 100, 1, 5_000, 10_000), _reference("b", 100, 1, 5_000, 15_000)]


def test_spending_less_per_participant_than_the_references_the_value_follows_the_cost():
    """200 participant-years at 10 each: the money, not the reach, bounds what it can bring."""
    cheap = quick_estimate("jongeren", participants=200, cost=2_000, years=1, references=YOUTH)
    doubled = quick_estimate("jongeren", participants=200, cost=4_000, years=1, references=YOUTH)
    assert doubled.value == pytest.approx(2 * cheap.value)
    assert cheap.return_factor == pytest.approx(2.5)  # the references' median factor


def test_spending_more_per_participant_than_the_references_the_value_follows_the_reach():
    rich = quick_estimate("jongeren", participants=10, cost=100_000, years=1, references=YOUTH)
    more = quick_estimate("jongeren", participants=20, cost=100_000, years=1, references=YOUTH)
    assert more.value == pytest.approx(2 * rich.value)


def test_the_estimate_shows_the_reference_projects_range_of_factors():
    estimate = quick_estimate("jongeren", participants=200, cost=2_000, years=1, references=YOUTH)
    assert (estimate.factor_low, estimate.factor_high) == (2, 3)


@pytest.mark.parametrize("participants", [1, 50, 200, 5_000])
@pytest.mark.parametrize("cost", [1_000.0, 150_000.0, 2_000_000.0])
@pytest.mark.parametrize("years", [1, 2, 10])
@pytest.mark.parametrize("kind", ["jongeren", "ontmoeten", "ouderen", "schulden"])
def test_a_factor_outside_the_references_range_always_comes_with_its_reason(kind, participants, cost, years):
    estimate = quick_estimate(kind, participants, cost, years, reference_projects())
    assert estimate.return_factor is not None
    assert estimate.return_factor <= estimate.factor_high + 1e-9
    outside = estimate.return_factor < estimate.factor_low - 1e-9
    assert (estimate.reason == "cost_per_participant_high") is outside


def test_the_pages_first_estimate_stays_within_the_shipped_references():
    """The page opens on youth work, 200 participants, € 150.000, 2 years: it showed 4,59 against 1,25 and 2,21."""
    estimate = quick_estimate("jongeren", participants=200, cost=150_000, years=2, references=reference_projects())
    assert estimate.factor_low == pytest.approx(1.2549, abs=1e-3)
    assert estimate.factor_high == pytest.approx(2.2105, abs=1e-3)
    assert estimate.factor_low <= estimate.return_factor <= estimate.factor_high
