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


def quick_estimate(
    project_type: str, participants: int, cost: float, years: int, references: list[ReferenceProject]
) -> Estimate:
    """Value = participants x years x the median value per participant-year of similar projects."""
    similar = [project for project in references if project.project_type == project_type]
    if not similar:
        raise ValueError(f"Er zijn geen referentieprojecten van het type '{project_type}'.")
    per_unit = [project.value_per_participant_year for project in similar]
    scale = participants * years
    value = scale * statistics.median(per_unit)
    return Estimate(
        value=value,
        return_factor=value / cost if cost > 0 else None,
        low=scale * min(per_unit),
        high=scale * max(per_unit),
        references=similar,
    )
