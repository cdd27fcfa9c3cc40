"""The measurements summed per indicator, programme and month, kept beside them (issue 21).

What the dialogue table draws for a programme over all its neighbourhoods (which indicators it
measures, their figure per month) would otherwise scan every measurement of the programme on
each new filter: 2.5 million rows per programme at 10^7. Every write of measurements (an
import's upsert, ``insert_frame``) recounts the months of the programmes it touched in the same
unit of work, so the sums never lag behind the rows they sum; a backup, restore or rebuild copies
them with every other table.

The sums are kept three ways, for the three ways a figure is read:

- ``all``: every measurement, as the organisation's own people see its programmes;
- ``kept``: measurements on an unknown number of people or at least the small-cell threshold,
  as outside viewers see them (the smaller groups are left out, never shown by subtraction);
- ``published``: measurements on a known number of at least the threshold, weighted by it, as an
  organisation publishes its figures to peers.

The threshold they were counted under is kept with them. Under another one (``IMPACT_MIN_CELL``
changed) the readers count from the measurements themselves, and the next process to open the
store for writing counts them afresh (``recount_if_stale``).
"""

from __future__ import annotations

from collections.abc import Iterable

from impact_core.config import min_cell_size
from impact_core.db.store import Cursor, Store

TABLE = "measurement_month"

CREATE = f"""
CREATE TABLE {TABLE} (
    indicator_id VARCHAR NOT NULL,
    programme_id VARCHAR NOT NULL,
    month DATE NOT NULL,
    threshold INTEGER NOT NULL,
    measurements BIGINT NOT NULL,
    with_people BIGINT NOT NULL,
    small_groups BIGINT NOT NULL,
    target_count BIGINT NOT NULL,
    value_all DOUBLE, weighted_all DOUBLE, weight_all DOUBLE, target_all DOUBLE, people_all INTEGER,
    measurements_kept BIGINT NOT NULL,
    value_kept DOUBLE, weighted_kept DOUBLE, weight_kept DOUBLE, target_kept DOUBLE, people_kept INTEGER,
    value_published DOUBLE, weighted_published DOUBLE, people_published INTEGER,
    PRIMARY KEY (indicator_id, programme_id, month)
)
"""
# People as INTEGER, as in ``measurement``: a sum of them then has the type a sum of the
# measurements' people has, on either engine, and the two ways of reading give the same frame.

_KEPT = "(people IS NULL OR people >= $threshold)"
_PUBLISHED = "(people >= $threshold)"
_SUMS = f"""
    SELECT indicator_id, programme_id, month, $threshold,
        count(*), count(people), count(*) FILTER (WHERE people < $threshold), count(target),
        sum(value), sum(value * coalesce(people, 1)), sum(coalesce(people, 1)), sum(target), sum(people),
        count(*) FILTER (WHERE {_KEPT}),
        sum(value) FILTER (WHERE {_KEPT}), sum(value * coalesce(people, 1)) FILTER (WHERE {_KEPT}),
        sum(coalesce(people, 1)) FILTER (WHERE {_KEPT}), sum(target) FILTER (WHERE {_KEPT}),
        sum(people) FILTER (WHERE {_KEPT}),
        sum(value) FILTER (WHERE {_PUBLISHED}), sum(value * people) FILTER (WHERE {_PUBLISHED}),
        sum(people) FILTER (WHERE {_PUBLISHED})
    FROM measurement
"""


def refresh(cur: Cursor, programmes: Iterable[str] | None = None) -> None:
    """Count the months of these programmes (None: of all) afresh from their measurements."""
    chosen = None if programmes is None else sorted(set(programmes))
    if chosen == []:
        return
    where = "TRUE" if chosen is None else "list_contains($programmes, programme_id)"
    named = {} if chosen is None else {"programmes": chosen}
    cur.execute(f"DELETE FROM {TABLE} WHERE {where}", named)
    cur.execute(
        f"INSERT INTO {TABLE} {_SUMS} WHERE {where} GROUP BY indicator_id, programme_id, month",
        {"threshold": min_cell_size(), **named},
    )


def current(store: Store) -> bool:
    """Whether the sums were counted under today's threshold (and may be read instead of the rows)."""
    return store.remember(
        (__name__, "current"),
        lambda: not store.scalar(f"SELECT count(*) FROM {TABLE} WHERE threshold <> ?", [min_cell_size()]),
    )


def recount_if_stale(store: Store) -> bool:
    """Count every month afresh when the sums were counted under another threshold; whether it did.
    Run as a store opens for writing: without it, an import after a change of ``IMPACT_MIN_CELL``
    would recount its own programmes only, and the others' sums would stay unread for good."""
    if current(store):
        return False
    store.write(lambda cur: refresh(cur))
    return True
