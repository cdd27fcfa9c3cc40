"""A SQL condition as a value: its text and its named parameters, travelling together.

Scopes and filters used to hand out ``(sql, [params])`` pairs that every call site spliced and
concatenated in the right order; one list in the wrong order put a municipality code where an
organisation id belonged. A ``Condition`` carries DuckDB ``$name`` placeholders with a dict,
so order no longer matters, and ``a & b`` or ``a | b`` merges the parameters safely. A query
that uses one is written with named parameters throughout (DuckDB does not mix ``?`` and
``$name`` in one statement)::

    scope = viewer.programme_scope("s.programme_id")
    store.query(f"SELECT ... WHERE s.id = $story AND {scope.sql}", scope.params_with(story=story_id))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

_PLACEHOLDER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_OR = re.compile(r"\bOR\b", re.IGNORECASE)
_AND = re.compile(r"\bAND\b", re.IGNORECASE)


@dataclass(frozen=True)
class Condition:
    """SQL text true for the rows wanted, with a value for each ``$name`` placeholder in it."""

    sql: str
    named: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A copy behind a read-only view: the value cannot change under a query that holds it.
        object.__setattr__(self, "named", MappingProxyType(dict(self.named)))
        used, given = set(_PLACEHOLDER.findall(self.sql)), set(self.named)
        if used != given:
            # DuckDB refuses both a missing and an unused parameter, but only when the query runs.
            raise ValueError(f"placeholders {sorted(used)} and parameters {sorted(given)} differ in: {self.sql}")

    @classmethod
    def all(cls, parts: Iterable[Condition]) -> Condition:
        """Every part holds; TRUE when there are none."""
        combined = TRUE
        for part in parts:
            combined &= part
        return combined

    @classmethod
    def values_in(cls, column: str, name: str, values: Iterable[Any]) -> Condition:
        """``column IN ($name_0, $name_1, ...)``: one parameter per value; FALSE for no values."""
        named = {f"{name}_{index}": value for index, value in enumerate(values)}
        if not named:
            return FALSE
        return cls(f"{column} IN ({', '.join(f'${key}' for key in named)})", named)

    @property
    def params(self) -> dict[str, Any]:
        """The parameters as the dict DuckDB takes (a fresh one: DuckDB accepts no read-only view)."""
        return dict(self.named)

    def params_with(self, **more: Any) -> dict[str, Any]:
        """The parameters and those of the rest of the query."""
        return joint_params(self, **more)

    def __and__(self, other: Condition) -> Condition:
        return self._joined(other, "AND", neutral="TRUE")

    def __or__(self, other: Condition) -> Condition:
        # In parentheses, so that splicing the result after an AND cannot change its meaning.
        joined = self._joined(other, "OR", neutral="FALSE")
        return joined if joined is self or joined is other else Condition(f"({joined.sql})", joined.named)

    def _joined(self, other: Condition, operator: str, *, neutral: str) -> Condition:
        """Both conditions under ``operator``, the other's parameters renamed apart; the neutral
        one (TRUE for AND, FALSE for OR) drops out."""
        if self.sql == neutral:
            return other
        if other.sql == neutral:
            return self
        other = _renamed_apart(other, self)
        binds_looser = _OR if operator == "AND" else _AND
        return Condition(
            f"{_wrapped(self.sql, binds_looser)} {operator} {_wrapped(other.sql, binds_looser)}",
            {**self.named, **other.named},
        )


TRUE = Condition("TRUE")
FALSE = Condition("FALSE")


def joint_params(*conditions: Condition, **more: Any) -> dict[str, Any]:
    """The parameters of conditions spliced into one query each in its own place, and those of the
    query itself. A name may recur for the same value; for another value it is refused, because
    the SQL already written can no longer be renamed (combine with & or | where that can be)."""
    joint: dict[str, Any] = {}
    for named in (*(condition.named for condition in conditions), more):
        for name, value in named.items():
            if name in joint and not _same(joint[name], value):
                raise ValueError(f"the parameter ${name} would stand for both {joint[name]!r} and {value!r}")
            joint[name] = value
    return joint


def _renamed_apart(condition: Condition, kept: Condition) -> Condition:
    """``condition`` with every parameter that ``kept`` uses for another value given a new name:
    two viewers' scopes in one query both say ``$organisation`` and must each keep their own.
    The same name with the same value is one parameter."""
    taken = set(kept.named) | set(condition.named)
    sql, named = condition.sql, dict(condition.named)
    for name, value in condition.named.items():
        if name not in kept.named or _same(kept.named[name], value):
            continue
        number = 2
        while f"{name}_{number}" in taken:
            number += 1
        fresh = f"{name}_{number}"
        taken.add(fresh)
        sql = re.sub(rf"\${re.escape(name)}(?![A-Za-z0-9_])", f"${fresh}", sql)
        named[fresh] = named.pop(name)
    return Condition(sql, named)


def _same(first: Any, second: Any) -> bool:
    return type(first) is type(second) and first == second


def _wrapped(sql: str, weaker: re.Pattern[str]) -> str:
    """``sql`` in parentheses when it may hold an operator that binds more weakly than the one it
    is joined with (an OR next to an AND); a word inside a subquery only costs a pair too many."""
    if not weaker.search(sql) or _enclosed(sql):
        return sql
    return f"({sql})"


def _enclosed(sql: str) -> bool:
    """Whether the whole text is one parenthesised expression: ``(a OR b)``, not ``(a) OR (b)``."""
    if not sql.startswith("("):
        return False
    depth = 0
    for position, char in enumerate(sql):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return position == len(sql) - 1
    return False
