"""Social return arithmetic (SROI / MKBA) and the Effectenarena question: who pays, who gains.

Convention, as stated on the page:
- value in year 1 = quantity x proxy x (1 - deadweight) x (1 - displacement) x (1 - attribution)
- each later year = previous year x (1 - drop-off)
- the value of year t (t = 1..n) is divided by (1 + r)^t
- investments are at year 0 and are not discounted.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.i18n import Lang, money, number, t
from impact_core.models import Text
from impact_core.refusal import Invalid, NotAllowed, Phrase

# The Dutch standard discount rate for social cost-benefit analysis since 2021.
DEFAULT_DISCOUNT_RATE = 0.0225
SENSITIVITY = 0.25  # low and high move proxies and deductions by a quarter

Fraction = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
Amount = Annotated[float, Field(ge=0, allow_inf_nan=False)]
# The same rule as a stored name (models.Text): a programme, stakeholder or effect the import
# accepted must make a case, or the value page and the dossier fail for everyone.
Name = Text


class CaseInvestment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    stakeholder: Name
    amount: Amount


class CaseOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Name
    beneficiary: Name
    quantity: Amount
    proxy: Amount
    proxy_source: str = ""
    deadweight: Fraction = 0.0
    displacement: Fraction = 0.0
    attribution: Fraction = 0.0
    drop_off: Fraction = 0.0
    years: Annotated[int, Field(ge=1, le=50)] = 1


class ValueCase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Name
    discount_rate: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)] = DEFAULT_DISCOUNT_RATE
    investments: list[CaseInvestment] = Field(default_factory=list)
    outcomes: list[CaseOutcome] = Field(default_factory=list)


class NotVisible(NotAllowed):
    """The programme belongs to an organisation this viewer may not see."""


class InvalidCase(Invalid):
    """A case file that cannot be used; the message names each field."""

    problems_on_lines = True


_MESSAGES = {  # pydantic's error type -> our key
    "missing": "value.refusal.field.missing",
    "greater_than_equal": "value.refusal.field.negative",
    "less_than_equal": "value.refusal.field.at_most",
    "float_parsing": "value.refusal.field.not_a_number",
    "float_type": "value.refusal.field.not_a_number",
    "int_parsing": "value.refusal.field.not_whole",
    "int_from_float": "value.refusal.field.not_whole",
    "string_too_short": "value.refusal.field.empty",
    "extra_forbidden": "value.refusal.field.unknown",
    "finite_number": "value.refusal.field.not_finite",
    "list_type": "value.refusal.field.not_a_list",
    "model_type": "value.refusal.field.not_an_object",
}


def parse_case(data: object) -> ValueCase:
    try:
        return ValueCase.model_validate(data)
    except ValidationError as failure:
        lines = []
        for error in failure.errors():
            where = "".join(f"[{part + 1}]" if isinstance(part, int) else f".{part}" for part in error["loc"])
            message = Phrase(_MESSAGES.get(error["type"], "value.refusal.field.invalid"), **error.get("ctx", {}))
            field = where.lstrip(".") or Phrase("value.refusal.the_file")
            lines.append(Phrase("value.refusal.field", where=field, message=message))
        raise InvalidCase("value.refusal.not_computed", *lines) from None


def load_case(path: Path) -> ValueCase:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InvalidCase("value.refusal.not_json", path=path, line=error.lineno) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidCase("value.refusal.unreadable", path=path, error=error.__class__.__name__) from None
    return parse_case(data)


# --- arithmetic -------------------------------------------------------------------------


def yearly_values(outcome: CaseOutcome) -> list[float]:
    """Net value per year 1..n, before discounting."""
    first = (
        outcome.quantity
        * outcome.proxy
        * (1 - outcome.deadweight)
        * (1 - outcome.displacement)
        * (1 - outcome.attribution)
    )
    return [first * (1 - outcome.drop_off) ** (year - 1) for year in range(1, outcome.years + 1)]


def discounted(values: list[float], rate: float) -> list[float]:
    return [value / (1 + rate) ** year for year, value in enumerate(values, start=1)]


@dataclass(frozen=True)
class Waterfall:
    """From gross value to present value; each deduction is positive."""

    gross: float
    deadweight: float
    displacement: float
    attribution: float
    drop_off: float
    discounting: float
    present_value: float


@dataclass(frozen=True)
class CaseResult:
    present_value: float
    investment: float
    ratio: float | None
    net_present_value: float
    payback_year: int | None
    waterfall: Waterfall
    outcome_years: dict[str, list[float]]  # undiscounted value per year, per outcome
    stakeholders: dict[str, dict[str, float]] = field(default_factory=dict)  # investment, value received


def calculate(case: ValueCase) -> CaseResult:
    rate = case.discount_rate
    investment = sum(item.amount for item in case.investments)
    gross = after_deadweight = after_displacement = after_attribution = net = present = 0.0
    outcome_years: dict[str, list[float]] = {}
    received: dict[str, float] = defaultdict(float)
    cumulative_by_year: dict[int, float] = defaultdict(float)
    for outcome in case.outcomes:
        base = outcome.quantity * outcome.proxy * outcome.years
        gross += base
        after_deadweight += base * (1 - outcome.deadweight)
        after_displacement += base * (1 - outcome.deadweight) * (1 - outcome.displacement)
        after_attribution += base * (1 - outcome.deadweight) * (1 - outcome.displacement) * (1 - outcome.attribution)
        values = yearly_values(outcome)
        outcome_years[outcome.name] = values
        net += sum(values)
        present_values = discounted(values, rate)
        present += sum(present_values)
        received[outcome.beneficiary] += sum(present_values)
        for year, value in enumerate(present_values, start=1):
            cumulative_by_year[year] += value
    waterfall = Waterfall(
        gross=gross,
        deadweight=_deduction(gross, after_deadweight),
        displacement=_deduction(after_deadweight, after_displacement),
        attribution=_deduction(after_displacement, after_attribution),
        drop_off=_deduction(after_attribution, net),
        discounting=_deduction(net, present),
        present_value=present,
    )
    stakeholders: dict[str, dict[str, float]] = defaultdict(lambda: {"investment": 0.0, "value_received": 0.0})
    for item in case.investments:
        stakeholders[item.stakeholder]["investment"] += item.amount
    for party, value in received.items():
        stakeholders[party]["value_received"] += value
    return CaseResult(
        present_value=present,
        investment=investment,
        ratio=present / investment if investment else None,
        net_present_value=present - investment,
        payback_year=_payback_year(cumulative_by_year, investment),
        waterfall=waterfall,
        outcome_years=outcome_years,
        stakeholders=dict(stakeholders),
    )


def _deduction(before: float, after: float) -> float:
    """What a step took off; a difference within float rounding of the amounts is none (the
    year-by-year sum and the closed form of the same value differ in their last digits, which
    showed as a deduction of minus a millionth of a euro)."""
    taken = before - after
    return 0.0 if abs(taken) <= 1e-12 * max(abs(before), abs(after)) else taken


def _payback_year(value_by_year: dict[int, float], investment: float) -> int | None:
    """The first year in which the discounted value so far covers the investment."""
    total = 0.0
    for year in sorted(value_by_year):
        total += value_by_year[year]
        if total >= investment:
            return year
    return None


def scenario(case: ValueCase, direction: int, width: float = SENSITIVITY) -> ValueCase:
    """Low (-1) or high (+1): proxies move by ``width``, deductions the other way."""

    def deduction(value: float) -> float:
        return min(1.0, max(0.0, value * (1 - direction * width)))

    outcomes = [
        outcome.model_copy(
            update={
                "proxy": outcome.proxy * (1 + direction * width),
                "deadweight": deduction(outcome.deadweight),
                "displacement": deduction(outcome.displacement),
                "attribution": deduction(outcome.attribution),
                "drop_off": deduction(outcome.drop_off),
            }
        )
        for outcome in case.outcomes
    ]
    return case.model_copy(update={"outcomes": outcomes})


def sensitivity(case: ValueCase, base: CaseResult | None = None) -> dict[str, CaseResult]:
    """Low, base and high; pass the base result when it has been calculated already."""
    return {
        "laag": calculate(scenario(case, -1)),
        "basis": base or calculate(case),
        "hoog": calculate(scenario(case, +1)),
    }


def result_json(case: ValueCase, result: CaseResult) -> dict:
    """The machine-readable summary the command line prints with --json."""
    return {
        "name": case.name,
        "discount_rate": case.discount_rate,
        "present_value": round(result.present_value, 2),
        "investment": round(result.investment, 2),
        "ratio": None if result.ratio is None else round(result.ratio, 4),
        "net_present_value": round(result.net_present_value, 2),
        "payback_year": result.payback_year,
        "outcomes": [
            {"name": name, "value_per_year": [round(value, 2) for value in values]}
            for name, values in result.outcome_years.items()
        ],
        "stakeholders": [
            {
                "stakeholder": party,
                "investment": round(sums["investment"], 2),
                "value_received": round(sums["value_received"], 2),
            }
            for party, sums in sorted(result.stakeholders.items())
        ],
    }


def summary_lines(case: ValueCase, result: CaseResult, lang: Lang) -> list[tuple[str, str]]:
    """The key figures as (label, formatted amount), shared by the page and the command line."""
    lines = [
        (t("value.case", lang, name=case.name, rate=f"{number(case.discount_rate * 100, lang, 2)}%"), ""),
        (t("value.summary.present_value", lang), money(result.present_value, lang)),
        (t("value.summary.investment", lang), money(result.investment, lang)),
        (
            t("value.summary.ratio", lang),
            number(result.ratio, lang, 2) if result.ratio is not None else t("value.summary.no_ratio", lang),
        ),
        (t("value.summary.npv", lang), money(result.net_present_value, lang)),
        (
            t("value.summary.payback", lang),
            str(result.payback_year) if result.payback_year else t("value.summary.never", lang),
        ),
        (t("value.per_party", lang), ""),
    ]
    for party, sums in sorted(result.stakeholders.items()):
        lines.append((f"  {party}", f"{money(sums['investment'], lang)} → {money(sums['value_received'], lang)}"))
    return lines


def programme_case(store: Store, viewer: Viewer, programme_id: str) -> ValueCase:
    """The programme's business case from the Effectenarena data: its latest year of investment
    and its effects. Money figures are aggregates; every role may see them."""
    scope = viewer.programme_scope("id")
    name = store.scalar(
        f"SELECT name FROM programme WHERE id = $programme AND {scope.sql}", scope.params_with(programme=programme_id)
    )
    if name is None:
        raise NotVisible("value.refusal.not_visible")
    investments = store.query(
        """
        SELECT s.name AS stakeholder, sum(i.amount) AS amount
        FROM investment i JOIN stakeholder s ON s.id = i.stakeholder_id
        WHERE i.programme_id = ? AND i.year = (SELECT max(year) FROM investment WHERE programme_id = ?)
        GROUP BY ALL ORDER BY amount DESC
        """,
        [programme_id, programme_id],
    )
    outcomes = store.query(
        """
        SELECT e.name, s.name AS beneficiary, e.quantity, e.proxy_value AS proxy, e.proxy_source, e.deadweight,
               e.displacement, e.attribution, e.drop_off, e.duration_years AS years
        FROM effect e JOIN stakeholder s ON s.id = e.beneficiary_id
        WHERE e.programme_id = ? ORDER BY e.id
        """,
        [programme_id],
    )
    return ValueCase(
        name=name,
        investments=investments.to_dict("records"),
        outcomes=outcomes.to_dict("records"),
    )


def qualitative_effects(store: Store, viewer: Viewer, programme_id: str) -> pd.DataFrame:
    """Effects beside the money, negative and unintended ones included."""
    scope = viewer.programme_scope()
    return store.query(
        f"""
        SELECT kind, description, valence, intention, directness FROM qualitative_effect
        WHERE programme_id = $programme AND {scope.sql} ORDER BY kind DESC, valence DESC, id
        """,
        scope.params_with(programme=programme_id),
    )
