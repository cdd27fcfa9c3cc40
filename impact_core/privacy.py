"""Who is looking, and what that viewer may see. Every read takes a ``Viewer``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from impact_core.config import min_cell_size
from impact_core.models import ConsentScope, Visibility


class Role(StrEnum):
    BEHEER = "beheer"  # data steward of the organisation
    PROFESSIONAL = "professional"
    GEMEENTE = "gemeente"  # the municipality that funds the work
    PRESENTATIE = "presentatie"  # the shared screen in a meeting


_OUTSIDE = {Role.GEMEENTE, Role.PRESENTATIE}


@dataclass(frozen=True)
class Viewer:
    role: Role
    organisation_id: str | None = None
    municipality_code: str | None = None
    actor: str | None = None  # the signed-in user, when there is one

    @property
    def is_steward(self) -> bool:
        return self.role is Role.BEHEER

    @property
    def is_outside(self) -> bool:
        """Outside the organisation: sees aggregates, consented stories, shared craft."""
        return self.role in _OUTSIDE

    @property
    def story_scopes(self) -> tuple[str, ...]:
        if self.role is Role.BEHEER:
            return tuple(ConsentScope)
        if self.role is Role.PROFESSIONAL:
            return (ConsentScope.ORGANISATIE, ConsentScope.GEMEENTE, ConsentScope.OPENBAAR)
        return (ConsentScope.GEMEENTE, ConsentScope.OPENBAAR)

    @property
    def reflection_visibilities(self) -> tuple[str, ...]:
        return (Visibility.GEMEENTE,) if self.is_outside else tuple(Visibility)

    @property
    def sees_professional_names(self) -> bool:
        return not self.is_outside

    @property
    def min_cell(self) -> int:
        """Smallest number of people an aggregate may rest on; 0 means no suppression."""
        return min_cell_size() if self.is_outside else 0
