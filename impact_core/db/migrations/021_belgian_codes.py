"""Belgian municipalities by their NIS code and Flemish statistische sectoren (issue 22 item 5).

A municipality is a CBS code (GM + four digits) or a NIS code (five digits, the first the
province, as Statbel writes them: 44021 Gent). A neighbourhood is a CBS buurt (BU + eight
digits) or a statistical sector as Statbel codes them: the NIS code of its municipality, a
letter for the former municipality, two digits and a digit or '-' (44021A00-, 44021A001), or
ZZZZ for the sector of people whose address is unknown (44021ZZZZ). The same shapes as
``impact_core.models.MUNICIPALITY_PATTERN`` and ``NEIGHBOURHOOD_PATTERN``.

DuckDB cannot change a CHECK, and both tables are referred to by foreign keys, so they are
rebuilt together with every table that refers to them (``impact_core.db.rebuild``).
PostgreSQL changes the CHECK in place.
"""

from __future__ import annotations

from impact_core.db import postgres
from impact_core.db.rebuild import rebuild
from impact_core.db.store import Cursor

CHECKS = {
    "municipality": (
        "regexp_full_match(code, 'GM[0-9]{4}')",
        "regexp_full_match(code, '(GM[0-9]{4}|[1-9][0-9]{4})')",
    ),
    "neighbourhood": (
        "regexp_full_match(code, 'BU[0-9]{8}')",
        "regexp_full_match(code, '(BU[0-9]{8}|[1-9][0-9]{4}([A-Z][0-9]{2}[0-9-]|ZZZZ))')",
    ),
}


def _edit(table: str, sql: str) -> str:
    if table not in CHECKS:
        return sql
    old, new = CHECKS[table]
    if old not in sql:
        raise RuntimeError(f"{table}: the CHECK to widen is not in {sql}")
    return sql.replace(old, new)


def migrate(cur: Cursor) -> None:
    if isinstance(cur, postgres.Cursor):
        for table, (_, new) in CHECKS.items():
            cur.native(f"ALTER TABLE {table} DROP CONSTRAINT {table}_code_check")
            cur.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_code_check CHECK ({new})")
        return
    rebuild(cur, CHECKS, _edit)
