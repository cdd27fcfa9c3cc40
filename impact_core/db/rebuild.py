"""Rebuilding tables whose CHECK must change: DuckDB can neither alter nor drop a constraint.

A table is made anew from DuckDB's own statement for it, edited, and its rows put back. A table
that others refer to by foreign key cannot be dropped while they stand, so every table that
refers to it (and, in turn, to those) is rebuilt with it, unchanged, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from impact_core.db.store import Cursor

# Migration 002 renamed reflection_v2 to reflection, and DuckDB kept the old name in the foreign
# key lists of the tables it refers to: they then cannot be dropped. A table of that name, made
# and dropped again, takes the stale entry out.
_STALE_REFERRERS = {"reflection_v2": ("programme", "dilemma_theme", "code_article")}


def referring_closure(cur: Cursor, tables: Iterable[str]) -> list[str]:
    """``tables`` and every table that refers to one of them, directly or through others, ordered
    so that a table comes after every table of the set it refers to."""
    keys = cur.execute(
        "SELECT table_name, referenced_table FROM duckdb_constraints()"
        " WHERE constraint_type = 'FOREIGN KEY' AND schema_name = 'main'"
    ).fetchall()
    closure = set(tables)
    grown = True
    while grown:
        grown = False
        for table, referenced in keys:
            if referenced in closure and table not in closure:
                closure.add(table)
                grown = True
    ordered: list[str] = []

    def place(table: str) -> None:
        if table in ordered:
            return
        for referring, referenced in keys:
            if referring == table and referenced in closure and referenced != table:
                place(referenced)
        ordered.append(table)

    for table in sorted(closure):
        place(table)
    return ordered


def rebuild(cur: Cursor, tables: Iterable[str], edit: Callable[[str, str], str]) -> None:
    """Make ``tables`` anew with their statements passed through ``edit(table, sql)``, keeping
    every row; the tables that refer to them are made anew unchanged."""
    ordered = referring_closure(cur, tables)
    statements = dict(cur.execute("SELECT table_name, sql FROM duckdb_tables() WHERE schema_name = 'main'").fetchall())
    for stale, referenced in _STALE_REFERRERS.items():
        present = {row[0] for row in cur.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if stale not in present and set(referenced) <= present:
            columns = ", ".join(f"c{i} VARCHAR REFERENCES {table} (id)" for i, table in enumerate(referenced))
            cur.execute(f"CREATE TABLE {stale} ({columns})")
            cur.execute(f"DROP TABLE {stale}")
    for table in ordered:
        cur.execute(f'CREATE TEMP TABLE "kept_{table}" AS SELECT * FROM "{table}"')
    for table in reversed(ordered):
        cur.execute(f'DROP TABLE "{table}"')
    for table in ordered:
        cur.execute(edit(table, statements[table]))
        cur.execute(f'INSERT INTO "{table}" SELECT * FROM "kept_{table}"')
        cur.execute(f'DROP TABLE "kept_{table}"')
