"""What a database holds besides its rows, and how that differs from what the migrations build.

A file that is to become the live database may hold only the schema's tables, exactly as the
migrations make them: a view, macro, index or anything else in it would run or be read by the
program once the file is in use, with whatever the file's maker put there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from impact_core.db.store import Cursor, Store


@dataclass(frozen=True)
class Table:
    columns: tuple[tuple[str, str], ...]  # (name, type), in order
    sql: str  # DuckDB's own statement for the table: defaults, checks and keys included


@dataclass(frozen=True)
class Catalog:
    """Every object a user can make, by (schema-qualified) name; DuckDB's own objects left out."""

    tables: Mapping[str, Table]
    views: Mapping[str, str]
    macros: Mapping[str, str]
    sequences: Mapping[str, tuple[int, int, int, bool]]  # increment, min, max, cycle
    indexes: Mapping[str, str]
    types: Mapping[str, str]
    schemas: Mapping[str, str]
    databases: Mapping[str, str]  # besides the file's own
    secrets: Mapping[str, str]


def read_catalog(cur: Cursor) -> Catalog:
    """The catalog of the database ``cur`` is connected to; reads no rows of its tables."""

    def named(sql: str) -> dict[str, str]:
        return {_qualified(schema, name): str(detail) for schema, name, detail in cur.execute(sql).fetchall()}

    tables = named("SELECT schema_name, table_name, sql FROM duckdb_tables() WHERE NOT internal")
    columns: dict[str, list[tuple[str, str]]] = {}
    for schema, table, column, data_type in cur.execute(
        "SELECT c.schema_name, c.table_name, c.column_name, c.data_type FROM duckdb_columns() c"
        " JOIN duckdb_tables() t USING (database_name, schema_name, table_name)"
        " WHERE NOT t.internal ORDER BY c.schema_name, c.table_name, c.column_index"
    ).fetchall():
        columns.setdefault(_qualified(schema, table), []).append((column, data_type))
    return Catalog(
        tables={name: Table(tuple(columns.get(name, ())), sql) for name, sql in tables.items()},
        views=named("SELECT schema_name, view_name, sql FROM duckdb_views() WHERE NOT internal"),
        macros=named("SELECT DISTINCT schema_name, function_name, '' FROM duckdb_functions() WHERE NOT internal"),
        sequences={
            _qualified(schema, name): (increment, minimum, maximum, cycle)
            for schema, name, increment, minimum, maximum, cycle in cur.execute(
                "SELECT schema_name, sequence_name, increment_by, min_value, max_value, cycle FROM duckdb_sequences()"
            ).fetchall()
        },
        indexes=named("SELECT schema_name, index_name, sql FROM duckdb_indexes()"),
        types=named("SELECT schema_name, type_name, '' FROM duckdb_types() WHERE NOT internal"),
        schemas=named("SELECT 'main', schema_name, '' FROM duckdb_schemas() WHERE NOT internal"),
        databases=named(
            "SELECT 'main', database_name, '' FROM duckdb_databases()"
            " WHERE NOT internal AND database_name <> current_database()"
        ),
        secrets=named("SELECT 'main', name, '' FROM duckdb_secrets()"),
    )


@functools.cache
def expected_catalog(version: int) -> Catalog:
    """The catalog the migrations build up to ``version``, in a database of their own in memory."""
    store = Store(":memory:", migrate_to=version)
    try:
        with store.cursor() as cur:
            # Secrets live beside a database, never in its file: what this server keeps for itself
            # is no part of the schema.
            return replace(read_catalog(cur), secrets={})
    finally:
        store.close()


def differences(expected: Catalog, found: Catalog) -> list[str]:
    """What ``found`` holds that ``expected`` does not, and the reverse, as Dutch phrases: what
    does not belong first (a view over a server file, a macro), as a refusal names only the first few."""
    foreign, missing = [], []
    for name in sorted(expected.tables.keys() - found.tables.keys()):
        missing.append(f"de tabel {_shown(name)} ontbreekt")
    for name in sorted(found.tables.keys() - expected.tables.keys()):
        foreign.append(f"de tabel {_shown(name)} hoort er niet in")
    for name in sorted(expected.tables.keys() & found.tables.keys()):
        foreign.extend(_table_differences(name, expected.tables[name], found.tables[name]))
    for kind, wanted, present in (
        ("de view", expected.views, found.views),
        ("de macro", expected.macros, found.macros),
        ("de reeks (sequence)", expected.sequences, found.sequences),
        ("de index", expected.indexes, found.indexes),
        ("het eigen gegevenstype", expected.types, found.types),
        ("het schema", expected.schemas, found.schemas),
        ("de gekoppelde database", expected.databases, found.databases),
        ("de opgeslagen sleutel (secret)", expected.secrets, found.secrets),
    ):
        for name in sorted(wanted.keys() - present.keys()):
            missing.append(f"{kind} {_shown(name)} ontbreekt")
        for name in sorted(present.keys() - wanted.keys()):
            foreign.append(f"{kind} {_shown(name)} hoort er niet in")
        for name in sorted(name for name in wanted.keys() & present.keys() if wanted[name] != present[name]):
            foreign.append(f"{kind} {_shown(name)} is anders dan in het schema")
    return foreign + missing


def _table_differences(name: str, expected: Table, found: Table) -> list[str]:
    wanted, present = dict(expected.columns), dict(found.columns)
    problems = [f"de tabel {_shown(name)} mist de kolom {_shown(column)}" for column in wanted if column not in present]
    problems += [
        f"de tabel {_shown(name)} heeft een kolom {_shown(column)} die er niet hoort"
        for column in present
        if column not in wanted
    ]
    problems += [
        f"de kolom {_shown(column)} van de tabel {_shown(name)} is {_shown(present[column])} in plaats van "
        f"{_shown(wanted[column])}"
        for column in wanted
        if column in present and present[column] != wanted[column]
    ]
    if not problems and found.sql != expected.sql:
        problems.append(
            f"de tabel {_shown(name)} is anders opgebouwd dan in het schema "
            "(volgorde van kolommen, standaardwaarden, controles of sleutels)"
        )
    return problems


def _qualified(schema: str, name: str) -> str:
    return name if schema == "main" else f"{schema}.{name}"


def _shown(name: str) -> str:
    """A name from the file, fit to show: the message may be rendered as Markdown in the browser."""
    return re.sub(r"[^\w.,()\[\] ]", "?", name)[:60].replace("](", "] (")
