"""The measurements summed per indicator, programme and month (``impact_core.db.measurement_month``),
counted once here from the measurements already stored."""

from __future__ import annotations

from impact_core.db import measurement_month
from impact_core.db.store import Cursor


def migrate(cur: Cursor) -> None:
    cur.execute(measurement_month.CREATE)
    measurement_month.refresh(cur)
