"""A quick estimate in the spirit of the Impactkaart: compare with reference projects.

Reference projects live in ``data/referentieprojecten.csv``, each with its source. The demo
ships only clearly fictional figures; replace them with public business cases you can cite.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import pandas as pd
from pydantic import BaseModel, Field

from impact_core.config import PROJECT_ROOT
from impact_core.refusal import Invalid

REFERENCES = PROJECT_ROOT / "data" / "referentieprojecten.csv"


class ReferenceProject(BaseModel):
    id: str
    project_type: str = Field(validation_alias="projecttype")
    name: str = Field(validation_alias="naam")
    years: Annotated[int, Field(ge=1, validation_alias="looptijd_jaren")]
    participants: Annotated[int, Field(gt=0, validation_alias="deelnemers")]
    cost: Annotated[float, Field(gt=0, validation_alias="kosten")]
    present_value: Annotated[float, Field(ge=0, validation_alias="contante_waarde")]
    source: str = Field(validation_alias="bron")

    @property
    def value_per_participant_year(self) -> float:
        return self.present_value / self.participants / self.years

    @property
    def return_factor(self) -> float:
        return self.present_value / self.cost

    @property
    def cost_per_participant_year(self) -> float:
        return self.cost / self.participants / self.years


def reference_projects(path: Path = REFERENCES) -> list[ReferenceProject]:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return [ReferenceProject.model_validate(row) for row in frame.to_dict("records")]


@dataclass(frozen=True)
class Estimate:
    value: float
    return_factor: float | None
    low: float  # with the least valuable reference of this type
    high: float  # with the most valuable one
    references: list[ReferenceProject]
    factor_low: float  # the references' own return factors: the range the estimate is read against
    factor_high: float
    reason: str | None = None  # why the factor falls outside that range (an i18n key under value.quick.why)


def quick_estimate(
    project_type: str, participants: int, cost: float, years: int, references: list[ReferenceProject]
) -> Estimate:
    """What this project may bring, read from each similar reference project, then their median.

    As in the Impactkaart both the reach and the costs count. From a reference the project can
    expect its value per participant-year (reach) and its value per euro (return factor), but not
    more than the smaller of the two: more money per participant does not by itself bring more
    value, and more participants on the same money do not either. So the factor never rises above
    the references' range; it falls below it only when the project spends more per participant-year
    than every reference, and the estimate then says so.
    """
    similar = [project for project in references if project.project_type == project_type]
    if not similar:
        raise Invalid("value.refusal.no_references", project_type=project_type)
    reach = participants * years
    values = [min(reach * project.value_per_participant_year, cost * project.return_factor) for project in similar]
    value = statistics.median(values)
    factors = [project.return_factor for project in similar]
    factor = value / cost if cost > 0 else None
    below = factor is not None and factor < min(factors) * (1 - 1e-9)
    return Estimate(
        value=value,
        return_factor=factor,
        low=min(values),
        high=max(values),
        references=similar,
        factor_low=min(factors),
        factor_high=max(factors),
        reason="cost_per_participant_high" if below else None,
    )


def cost_per_participant_year(cost: float, participants: int, years: int) -> float:
    return cost / participants / years
