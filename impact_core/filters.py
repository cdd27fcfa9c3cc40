"""The view a user chose: programme, one of its outcomes, neighbourhoods, period, pyramid level.

Filters travel in the URL as plain ids (``?programma=jeugd&wijk=BU99010201&van=2025-01``)
so a copied link opens the same view, whatever the language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from impact_core.condition import Condition
from impact_core.models import NEIGHBOURHOOD_PATTERN, PyramidLevel

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str | None) -> dt.date | None:
    match = _MONTH.match(text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    return dt.date(int(match.group(1)), int(match.group(2)), 1)


def format_month(month: dt.date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


@dataclass(frozen=True)
class Filters:
    programme: str | None = None
    neighbourhoods: tuple[str, ...] = field(default_factory=tuple)
    start: dt.date | None = None
    end: dt.date | None = None
    pyramid_level: PyramidLevel | None = None
    outcome: str | None = None  # a step of the programme's reasoning line

    KEYS = ("programma", "wijk", "van", "tot", "niveau", "uitkomst")

    @classmethod
    def from_query(cls, params: Mapping[str, Any]) -> Filters:
        """Read filters from URL parameters; anything unreadable is left out, not fatal."""
        level = params.get("niveau")
        codes = str(params.get("wijk", "")).split(",")
        neighbourhoods = tuple(code for code in codes if re.fullmatch(NEIGHBOURHOOD_PATTERN, code))
        start, end = parse_month(params.get("van")), parse_month(params.get("tot"))
        if start and end and start > end:
            start, end = end, start
        return cls(
            programme=params.get("programma") or None,
            neighbourhoods=neighbourhoods,
            start=start,
            end=end,
            pyramid_level=PyramidLevel(level) if level in set(PyramidLevel) else None,
            outcome=params.get("uitkomst") or None,
        )

    def to_query(self) -> dict[str, str]:
        query = {
            "programma": self.programme or "",
            "wijk": ",".join(self.neighbourhoods),
            "van": format_month(self.start) if self.start else "",
            "tot": format_month(self.end) if self.end else "",
            "niveau": self.pyramid_level.value if self.pyramid_level else "",
            "uitkomst": self.outcome or "",
        }
        return {key: value for key, value in query.items() if value}

    def conditions(self, *, date_column: str, neighbourhood_column: str | None, alias: str | None = None) -> Condition:
        """The chosen programme, period and neighbourhoods as one condition; TRUE when none is chosen."""
        prefix = f"{alias}." if alias else ""
        parts: list[Condition] = []
        if self.programme:
            parts.append(Condition(f"{prefix}programme_id = $programme", {"programme": self.programme}))
        if self.start:
            parts.append(Condition(f"{prefix}{date_column} >= $start", {"start": self.start}))
        if self.end:
            parts.append(Condition(f"{prefix}{date_column} < $before", {"before": _next_month(self.end)}))
        if self.neighbourhoods and neighbourhood_column:
            parts.append(Condition.values_in(neighbourhood_column, "neighbourhood", self.neighbourhoods))
        return Condition.all(parts)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of every month from ``first`` to ``last``, both included."""
    months = [first.replace(day=1)]
    while months[-1] < last.replace(day=1):
        months.append(_next_month(months[-1]))
    return months


def _next_month(month: dt.date) -> dt.date:
    return dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
