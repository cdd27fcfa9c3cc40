"""The store's SQL is written once, in DuckDB's dialect; this says it in PostgreSQL's (issue 23).

sqlglot does the translation (lists to arrays, ``strftime`` to ``to_char``, ``median`` to
``percentile_cont``, DuckDB's float division). What it leaves in DuckDB's words is rewritten here
on its syntax tree, so that no query is written twice:

- ``BEGIN TRANSACTION``: at ``REPEATABLE READ``, PostgreSQL's snapshot isolation, which is what
  DuckDB's transactions have (one snapshot for all reads; a row two writers change is a conflict);
- parameters: ``?`` and ``$name`` become PostgreSQL's numbered ``$1``..``$n`` (bound by the
  server: a ``%`` in a literal stays a ``%``); ``Translated.arguments`` orders the values;
- ``$name IS NULL``: a boolean parameter of its own (PostgreSQL cannot type ``$1 IS NULL``);
- ``GROUP BY ALL``: the positions of the select list's expressions that hold no aggregate;
  ``ORDER BY ALL``: every position;
- ``list_contains(list, x)``: ``x = ANY(list)``; ``any_value(x)``: the first of ``array_agg(x)``
  (PostgreSQL 15 has no any_value); ``arg_min``/``arg_max``: the first of an ordered
  ``array_agg``; ``hash(x)``: ``md5(x::text)``, a fingerprint as DuckDB's is;
- ``date_trunc`` to a day or longer: a date, as DuckDB's of a date is;
- ``regexp_full_match(text, pattern)``: ``text ~ '^(?:pattern)$'``;
- a subquery in FROM without a name: a name; ``rowid``: ``ctid``;
- ``CREATE OR REPLACE TABLE``: a ``DROP TABLE IF EXISTS`` before it;
- the schema ``'main'`` in a catalog query: the connection's ``current_schema()``;
- ``strip_accents``: ``unaccent`` (PostgreSQL's extension of that name);
- an empty list ``[]``: an empty ``TEXT[]`` (PostgreSQL asks an empty array's type).

Translations are kept per statement text: the store's statements are a few hundred constants.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.dialects.duckdb import DuckDB
from sqlglot.tokens import TokenType

ABSENT = "is null"
Key = int | str | tuple[str, int | str]


@dataclass(frozen=True)
class Translated:
    statements: tuple[str, ...]
    # For each $k of the statements, the position (``?``) or name (``$name``) of its value, or
    # (ABSENT, that key) for whether it is NULL.
    parameters: tuple[Key, ...]

    def arguments(self, params: Sequence[Any] | Mapping[str, Any] | None) -> list[Any]:
        if params is None:
            return []
        values = []
        for key in self.parameters:
            if isinstance(key, tuple):
                values.append(params[key[1]] is None)  # type: ignore[index]
            else:
                values.append(params[key])  # type: ignore[index]
        return values


_TIME_UNITS = {"HOUR", "MINUTE", "SECOND", "MILLISECOND", "MICROSECOND"}
logging.getLogger("sqlglot").setLevel(logging.ERROR)  # its notes on what a dialect lacks, once per statement
_aliases = itertools.count(1)
Tokenizer = DuckDB.Tokenizer


@functools.lru_cache(maxsize=4096)
def postgres(sql: str) -> Translated:
    parameters: list[Key] = []
    statements = []
    for tree in sqlglot.parse(_numbered(sql), read="duckdb"):
        if tree is None:
            continue
        if isinstance(tree, exp.Transaction):  # DuckDB's transactions see one snapshot, as this level does
            statements.append("BEGIN ISOLATION LEVEL REPEATABLE READ")
            continue
        for node in list(tree.walk()):
            new = _rewrite(node, parameters=parameters)
            if new is not node:
                if node is tree:
                    tree = new
                else:
                    node.replace(new)
        if isinstance(tree, exp.Create) and tree.args.get("replace") and tree.kind == "TABLE":
            table = tree.find(exp.Table)
            assert table is not None
            statements.append(exp.Drop(tables=[table.copy()], kind="TABLE", exists=True).sql(dialect="postgres"))
            tree.set("replace", False)
        statements.append(tree.sql(dialect="postgres"))
    return Translated(tuple(statements), tuple(parameters))


def _numbered(sql: str) -> str:
    """Each ``?`` as ``$k``, its place in the text: the syntax tree does not keep the order."""
    marks = [t for t in Tokenizer().tokenize(sql) if t.token_type == TokenType.PLACEHOLDER and t.text == "?"]
    for number, mark in reversed(list(enumerate(marks, start=1))):
        sql = f"{sql[: mark.start]}${number}{sql[mark.end + 1 :]}"
    return sql


def _rewrite(node: exp.Expr, *, parameters: list[Key]) -> exp.Expr:
    if isinstance(node, exp.Placeholder):
        # $k (a ? numbered by _numbered): the k-th value of a list; $name: a value of a dict
        key: int | str = int(node.this) - 1 if str(node.this).isdigit() else str(node.this)
        test = node.parent
        if isinstance(test, exp.Is) and isinstance(test.expression, exp.Null):
            # PostgreSQL types a parameter where it first meets it, and "$1 IS NULL" says no type:
            # whether the value is missing goes as a boolean of its own.
            test.replace(_parameter((ABSENT, key), parameters))
            return node
        return _parameter(key, parameters)
    if isinstance(node, exp.Group) and node.args.get("all"):
        positions = [
            exp.Literal.number(i)
            for i, column in enumerate(_query(node).selects, start=1)
            if not column.find(exp.AggFunc)
        ]
        return exp.Group(expressions=positions)
    if isinstance(node, exp.Order) and any(_is_all(o.this) for o in node.expressions):
        (ordered,) = node.expressions
        selects = _query(node).selects  # of a UNION: its first query's
        if any(
            isinstance(s, exp.Star) or (isinstance(s, exp.Column) and isinstance(s.this, exp.Star)) for s in selects
        ):
            # Every column of a * is unknown here: ORDER BY 1 would sort by the first alone.
            raise ValueError("ORDER BY ALL over SELECT * cannot be said in PostgreSQL's words; name the columns")
        count = len(selects)
        return exp.Order(
            expressions=[
                exp.Ordered(this=exp.Literal.number(i), desc=ordered.args.get("desc"), nulls_first=False)
                for i in range(1, count + 1)
            ]
        )
    if isinstance(node, exp.ArrayContains):  # list_contains(list, x): PostgreSQL's x = ANY(list)
        return exp.Paren(this=exp.EQ(this=node.expression, expression=exp.Any(this=exp.Paren(this=node.this))))
    if isinstance(node, (exp.ArgMin, exp.ArgMax)):  # the first value in the key's order
        ordered = exp.Ordered(this=node.expression, desc=isinstance(node, exp.ArgMax), nulls_first=False)
        first = exp.ArrayAgg(this=exp.Order(this=node.this, expressions=[ordered]))
        return exp.Bracket(this=exp.Paren(this=first), expressions=[exp.Literal.number(1)], offset=1)
    if _truncates_to_days(node):  # of a date, PostgreSQL's is a timestamp with time zone; DuckDB's a date
        return exp.cast(node, "DATE")
    if isinstance(node, exp.AnyValue):  # any_value comes with PostgreSQL 16
        return exp.Bracket(
            this=exp.Paren(this=exp.ArrayAgg(this=node.this)), expressions=[exp.Literal.number(1)], offset=1
        )
    if isinstance(node, exp.Anonymous) and str(node.this).lower() == "hash":
        return exp.func("md5", exp.cast(node.expressions[0], "TEXT"))
    if isinstance(node, exp.Column) and node.name == "rowid" and not node.this.quoted:
        return exp.column("ctid")  # a row's own address, within the unit of work that read it
    if isinstance(node, exp.Subquery) and not node.alias and isinstance(node.parent, (exp.From, exp.Join)):
        node.set("alias", exp.TableAlias(this=exp.to_identifier(f"_subquery{next(_aliases)}")))
        return node
    if isinstance(node, exp.Literal) and node.this == "main" and _names_schema(node.parent):
        return exp.func("current_schema")
    if isinstance(node, exp.Array) and not node.expressions and not isinstance(node.parent, exp.Cast):
        return exp.cast(node, "TEXT[]")  # the schema's lists are lists of text; PostgreSQL asks the type
    if isinstance(node, exp.Anonymous) and str(node.this).lower() == "list_has_all":
        return exp.ArrayContainsAll(this=node.expressions[0], expression=node.expressions[1])
    if isinstance(node, exp.Anonymous) and str(node.this).lower() == "strip_accents":
        return exp.func("unaccent", *node.expressions)  # the unaccent extension: Store.migrate adds it
    if isinstance(node, exp.RegexpFullMatch):
        text, pattern = node.this, node.expression
        anchored = exp.Literal.string(f"^(?:{pattern.this})$") if pattern.is_string else pattern
        return exp.RegexpLike(this=text, expression=anchored)
    return node


def _query(node: exp.Expr) -> exp.Query:
    parent = node.parent
    assert isinstance(parent, exp.Query)
    return parent


def _truncates_to_days(node: exp.Expr) -> bool:
    unit = node.args.get("unit")
    return (
        isinstance(node, (exp.DateTrunc, exp.TimestampTrunc))
        and unit is not None
        and unit.name.upper() not in _TIME_UNITS
        and not isinstance(node.parent, exp.Cast)
    )


def _is_all(node: exp.Expr) -> bool:
    return isinstance(node, (exp.Var, exp.Column)) and node.name.upper() == "ALL"


def _parameter(key: Key, parameters: list[Key]) -> exp.Parameter:
    if key not in parameters or isinstance(key, int):
        parameters.append(key)
        number = len(parameters)
    else:
        number = parameters.index(key) + 1
    return exp.Parameter(this=exp.Literal.number(number))


def _names_schema(node: exp.Expr | None) -> bool:
    return isinstance(node, exp.EQ) and any(
        isinstance(side, exp.Column) and side.name in {"table_schema", "schema_name"}
        for side in node.iter_expressions()
    )
