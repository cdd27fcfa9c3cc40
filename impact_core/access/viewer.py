"""Who is looking, and what that viewer may see. Every read takes a ``Viewer``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from impact_core.condition import FALSE, Condition
from impact_core.config import min_cell_size
from impact_core.filters import Filters
from impact_core.models import ConsentScope, Record, Visibility


class Role(StrEnum):
    BEHEER = "beheer"  # data steward of the organisation
    PROFESSIONAL = "professional"
    GEMEENTE = "gemeente"  # the municipality that funds the work
    PRESENTATIE = "presentatie"  # the shared screen in a meeting


_OUTSIDE = {Role.GEMEENTE, Role.PRESENTATIE}

# The organisation id of the server's own steward (``beheer@platform``): backups and restores of
# the whole database. Configured in the access file, never offered by the demo's role switch.
PLATFORM = "platform"


@dataclass(frozen=True)
class Viewer:
    role: Role
    organisation_id: str | None = None
    municipality_code: str | None = None
    actor: str | None = None  # the signed-in user, when there is one

    @property
    def is_platform(self) -> bool:
        return self.role is Role.BEHEER and self.organisation_id == PLATFORM

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

    def readable(self, model: type[Record], *fields: str, alias: str | None = None) -> str:
        """The free-text columns as this viewer may read them: outside the organisation each one's
        masked twin under the field's own name, empty where no twin was made (a row from before
        twins existed, until ``mask-missing`` ran): nothing, and never None on a page."""
        return ", ".join(f"{self.text(model, name, alias)} AS {name}" for name in fields)

    def text(self, model: type[Record], field: str, alias: str | None = None) -> str:
        """One free-text column as this viewer may read it (see ``readable``), without a name."""
        prefix = f"{alias}." if alias else ""
        if self.is_outside and field in model.__masked__:
            return f"coalesce({prefix}{model.__masked__[field]}, '')"
        return f"{prefix}{field}"

    @property
    def sees_professional_names(self) -> bool:
        return not self.is_outside

    def programme_scope(self, column: str = "programme_id") -> Condition:
        """SQL condition on a programme column: the organisation's own programmes for people
        inside it, the programmes of funded organisations for the municipality. A viewer
        without an organisation or municipality sees nothing."""
        if self.is_outside:
            if not self.municipality_code:
                return FALSE
            return Condition(
                f"{column} IN (SELECT p.id FROM programme p JOIN funding f ON f.organisation_id = p.organisation_id"
                " WHERE f.municipality_code = $municipality)",
                {"municipality": self.municipality_code},
            )
        if not self.organisation_id:
            return FALSE
        return Condition(
            f"{column} IN (SELECT id FROM programme WHERE organisation_id = $organisation)",
            {"organisation": self.organisation_id},
        )

    def municipality_scope(self, column: str = "municipality_code") -> Condition:
        """The municipalities whose neighbourhoods and ambitions this viewer works with."""
        if self.is_outside:
            if not self.municipality_code:
                return FALSE
            return Condition(f"{column} = $municipality", {"municipality": self.municipality_code})
        if not self.organisation_id:
            return FALSE
        return Condition(
            f"{column} IN (SELECT municipality_code FROM funding WHERE organisation_id = $organisation)",
            {"organisation": self.organisation_id},
        )

    def meeting_scope(self, alias: str = "m") -> Condition:
        """SQL condition on the meeting table: a meeting with a programme belongs to the viewer's
        programmes; one without to the municipality of its leeratelier (the municipality and the
        organisations it funds); an old meeting with neither is shared by everyone."""
        with_programme = Condition(f"{alias}.programme_id IS NOT NULL") & self.programme_scope(f"{alias}.programme_id")
        municipalities = self.municipality_scope(f"{alias}.municipality_code")
        leeratelier = Condition(f"{alias}.programme_id IS NULL") & (
            Condition(f"{alias}.municipality_code IS NULL") | municipalities
        )
        return with_programme | leeratelier

    def on_shared_screen(self, municipality_code: str | None) -> Viewer:
        """The same person's view on the shared screen of a meeting with this municipality: what
        the presentatie seat may show, never more, whoever opened presentation mode."""
        if self.is_outside:
            municipality_code = self.municipality_code
        return Viewer(Role.PRESENTATIE, municipality_code=municipality_code, actor=self.actor)

    @property
    def seat(self) -> str:
        """Role and whose seat, as the demo's role switch and the URL write it: ``gemeente@GM9901``."""
        return f"{self.role.value}@{self.municipality_code if self.is_outside else self.organisation_id}"

    @classmethod
    def from_seat(cls, seat: str) -> Viewer:
        role, _, whose = seat.partition("@")
        viewer_role = Role(role)
        if viewer_role in _OUTSIDE:
            return cls(viewer_role, municipality_code=whose or None)
        return cls(viewer_role, organisation_id=whose or None)

    @property
    def min_cell(self) -> int:
        """Smallest number of people an aggregate may rest on; 0 means no suppression."""
        return min_cell_size() if self.is_outside else 0


def visible(
    viewer: Viewer, filters: Filters, *, date_column: str, neighbourhood_column: str | None, alias: str | None = None
) -> Condition:
    """The user's filters and the viewer's scope, as one SQL condition."""
    chosen = filters.conditions(date_column=date_column, neighbourhood_column=neighbourhood_column, alias=alias)
    return chosen & viewer.programme_scope(f"{alias}.programme_id" if alias else "programme_id")
