"""Masked twins (each model's ``__masked__``) for rows written before twins existed: after an
upgrade the municipality reads nothing of a reflection, decision or round until the
organisation's steward has run this once (``python -m impact_core mask-missing``)."""

from __future__ import annotations

from impact_core.access import audit, policy, tenancy
from impact_core.access.deidentify import mask
from impact_core.access.policy import Action
from impact_core.access.viewer import Role, Viewer
from impact_core.db.store import Cursor, Store
from impact_core.models import ENTITIES


def mask_missing(store: Store, viewer: Viewer) -> dict[str, int]:
    """Make every missing masked twin of the steward's organisation; per table how many rows."""
    policy.require(viewer, Action.STEWARD_DATA)
    organisation = {"organisation": viewer.organisation_id}
    # Masking takes deduce's time per text: read first, then write in one short transaction.
    todo: dict[str, list[tuple[str, str, str]]] = {}
    with store.cursor() as cur:
        for model in (model for model in ENTITIES if model.__masked__):
            owned = tenancy.owned(model.__table__, "t")
            for source, target in model.__masked__.items():
                rows = cur.execute(
                    f"SELECT id, {source} FROM {model.__table__} t"
                    f" WHERE {target} IS NULL AND {source} IS NOT NULL AND {owned}",
                    organisation,
                ).fetchall()
                todo.setdefault(model.__table__, []).extend(
                    (record_id, target, mask(text).text) for record_id, text in rows
                )

    def write(cur: Cursor) -> dict[str, int]:
        for table, updates in todo.items():
            for record_id, target, masked in updates:
                cur.execute(f"UPDATE {table} SET {target} = ? WHERE id = ? AND {target} IS NULL", [masked, record_id])
            if updates:
                audit.record(cur, viewer, f"{len(updates)} teksten gemaskeerd", table, "")
        return {table: len({record_id for record_id, _, _ in updates}) for table, updates in todo.items()}

    return store.write(write)


def mask_missing_in_demo(store: Store) -> int:
    """The demo database after an upgrade: every organisation's missing twins, as its steward
    would make them, so that ``make run`` shows the municipality more than empty texts."""
    organisations = store.query("SELECT id FROM organisation ORDER BY id")["id"]
    return sum(
        sum(mask_missing(store, Viewer(Role.BEHEER, organisation_id=organisation)).values())
        for organisation in organisations
    )
