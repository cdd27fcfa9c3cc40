"""Afspraken: what a leeratelier meeting agreed, decided or left open, and who follows it up.

Municipality and organisation meet as equals, so both may record an afspraak; the shared
screen (presentatie) only shows. A meeting without a programme is shared by everyone who
takes part in the leeratelier; one with a programme belongs to the viewer's programmes.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pandas as pd
from pydantic import ValidationError

from impact_core import audit
from impact_core.importer import dutch_errors
from impact_core.models import Decision, DecisionKind, DecisionStatus
from impact_core.privacy import NotAllowed, Role, Viewer
from impact_core.store import Cursor, Store


class InvalidDecision(ValueError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("De afspraak is niet opgeslagen: " + "; ".join(problems))


def _meeting_scope(viewer: Viewer, alias: str = "m") -> tuple[str, list[str]]:
    scope, params = viewer.programme_scope(f"{alias}.programme_id")
    return f"({alias}.programme_id IS NULL OR {scope})", params


def add_decision(
    store: Store,
    viewer: Viewer,
    *,
    meeting_id: str,
    kind: DecisionKind | str,
    text: str,
    owner: str | None = None,
    due_on: dt.date | None = None,
) -> str:
    """Record an open afspraak, besluit or open vraag of a meeting; return its id."""
    if viewer.role is Role.PRESENTATIE:
        raise NotAllowed("Het gedeelde scherm kan meekijken, geen afspraken vastleggen; gebruik uw eigen rol.")
    try:
        decision = Decision.model_validate({
            "id": f"D-{uuid.uuid4().hex[:10]}", "meeting_id": meeting_id, "kind": kind, "text": text,
            "owner": owner or None, "due_on": due_on, "status": DecisionStatus.OPEN,
        })
    except ValidationError as failure:
        raise InvalidDecision(dutch_errors(failure, Decision)) from failure
    scope, params = _meeting_scope(viewer)

    def insert(cur: Cursor) -> str:
        if not cur.execute(f"SELECT 1 FROM meeting m WHERE m.id = ? AND {scope}", [meeting_id, *params]).fetchall():
            raise InvalidDecision([f"bijeenkomst '{meeting_id}' bestaat niet of valt buiten uw rol"])
        row = decision.model_dump()
        cur.execute(f"INSERT INTO decision ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    [value.value if hasattr(value, "value") else value for value in row.values()])
        audit.record(cur, viewer, "afspraak vastgelegd", "decision", decision.id)
        return decision.id

    return store.write(insert)


def open_decisions(store: Store, viewer: Viewer) -> pd.DataFrame:
    """Afspraken still open in the viewer's meetings, newest meeting first."""
    scope, params = _meeting_scope(viewer)
    return store.query(
        f"""
        SELECT d.id, d.meeting_id, m.title AS meeting, m.held_on, d.kind, d.text, d.owner, d.due_on
        FROM decision d JOIN meeting m ON m.id = d.meeting_id
        WHERE d.status = 'open' AND {scope}
        ORDER BY m.held_on DESC, d.due_on NULLS LAST, d.id DESC
        """,
        params,
    )
