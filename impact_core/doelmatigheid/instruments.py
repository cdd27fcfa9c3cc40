"""Outcome instruments in the numbers track: the Zelfredzaamheid-Matrix and Positieve Gezondheid.

Per programme, instrument and domain: each participant's first measurement against their latest
(only participants measured at two moments or more count), the means of both, and how many moved
up, down or stayed. Nothing here lists or ranks a person: a Positieve Gezondheid score is an aid
for the conversation with that person, not a yardstick. For viewers outside the organisation a
domain or instrument resting on fewer participants than the small-group threshold has no figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
from pydantic import ValidationError

from impact_core.access import audit, policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer, visible
from impact_core.db.store import Cursor, Store
from impact_core.filters import Filters
from impact_core.i18n import Lang, label, t
from impact_core.models import INSTRUMENT_DOMAINS, INSTRUMENT_RANGE, Instrument, InstrumentScore
from impact_core.refusal import Invalid, Label, NotAllowed, Phrase, field_message


@dataclass(frozen=True)
class DomainChange:
    """One domain of an instrument in one programme: first against latest measurement."""

    domain: str
    participants: int | None  # participants with two moments or more; None when suppressed
    first: float | None  # mean of each participant's first score
    latest: float | None  # mean of each participant's latest score
    up: int | None
    same: int | None
    down: int | None
    suppressed: bool = False  # fewer participants than the threshold, for an outside viewer

    def share(self, moved: str) -> float | None:
        """The share (0-1) of the participants that moved ``up``, ``down`` or stayed (``same``)."""
        count = getattr(self, moved)
        return None if count is None or not self.participants else count / self.participants


@dataclass(frozen=True)
class InstrumentPanel:
    """One instrument in one programme: its domains in the order its spider web draws them."""

    programme_id: str
    programme: str
    instrument: Instrument
    participants: int | None  # measured at two moments or more in some domain; None when suppressed
    domains: tuple[DomainChange, ...]
    suppressed: bool = False  # the whole instrument rests on too few participants for this viewer

    @property
    def scale(self) -> tuple[int, int]:
        return INSTRUMENT_RANGE[self.instrument]

    @property
    def shown(self) -> tuple[DomainChange, ...]:
        """The domains with figures this viewer may see."""
        return tuple(domain for domain in self.domains if not domain.suppressed)

    def means(self) -> list[tuple[str, float, float]]:
        """(domain, mean first, mean latest) of the shown domains: what the spider web draws."""
        found = []
        for domain in self.shown:
            if domain.first is not None and domain.latest is not None:
                found.append((domain.domain, domain.first, domain.latest))
        return found


def panels(store: Store, viewer: Viewer, filters: Filters) -> list[InstrumentPanel]:
    """Every instrument measured in the programmes this viewer sees (narrowed by the filters:
    programme and period), with first against latest per domain."""
    where = visible(viewer, filters, date_column="measured_on", neighbourhood_column=None, alias="s")
    rows = store.rows(
        f"""
        WITH per_participant AS (
            SELECT s.programme_id, s.instrument, s.domain, s.participant,
                   arg_min(s.score, s.measured_on) AS first, arg_max(s.score, s.measured_on) AS latest
            FROM instrument_score s
            WHERE {where.sql}
              -- An outcome chosen: only the domains linked to it (instrument_step), as indicators narrow.
              AND ($outcome IS NULL OR EXISTS (
                  SELECT 1 FROM instrument_step l
                  WHERE l.step_id = $outcome AND l.instrument = s.instrument AND l.domain = s.domain))
            GROUP BY ALL
            HAVING count(*) >= 2
        ),
        per_domain AS (
            SELECT programme_id, instrument, domain, count(*) AS participants,
                   avg(first) AS first, avg(latest) AS latest,
                   count(*) FILTER (WHERE latest > first) AS up,
                   count(*) FILTER (WHERE latest = first) AS same,
                   count(*) FILTER (WHERE latest < first) AS down
            FROM per_participant GROUP BY ALL
        ),
        per_instrument AS (
            SELECT programme_id, instrument, count(DISTINCT participant) AS everyone
            FROM per_participant GROUP BY ALL
        )
        SELECT d.*, i.everyone, p.name AS programme
        FROM per_domain d
        JOIN per_instrument i USING (programme_id, instrument)
        JOIN programme p ON p.id = d.programme_id
        ORDER BY p.name, d.programme_id, d.instrument
        """,
        where.params_with(outcome=filters.outcome),
    )
    return _panels(rows, viewer.min_cell)


def _panels(rows: list[dict], min_cell: int) -> list[InstrumentPanel]:
    """Rows per programme, instrument and domain into panels; below ``min_cell`` participants a
    domain keeps only its name (and the instrument only its name when everyone is too few)."""
    grouped: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        grouped.setdefault((row["programme_id"], row["instrument"]), []).append(row)
    found = []
    for (programme_id, instrument), own in grouped.items():
        which = Instrument(instrument)
        by_domain = {row["domain"]: row for row in own}
        everyone = int(own[0]["everyone"])
        domains = tuple(
            _domain_change(by_domain[domain], min_cell) for domain in INSTRUMENT_DOMAINS[which] if domain in by_domain
        )
        too_few = everyone < min_cell
        found.append(
            InstrumentPanel(
                programme_id, own[0]["programme"], which, None if too_few else everyone, domains, suppressed=too_few
            )
        )
    return found


def _domain_change(row: dict, min_cell: int) -> DomainChange:
    if row["participants"] < min_cell:
        return DomainChange(row["domain"], None, None, None, None, None, None, suppressed=True)
    return DomainChange(
        row["domain"],
        int(row["participants"]),
        float(row["first"]),
        float(row["latest"]),
        int(row["up"]),
        int(row["same"]),
        int(row["down"]),
    )


def summary_line(panel: InstrumentPanel) -> tuple[int, int, int] | None:
    """Over the shown domains together: how many participant-domains moved up, stayed, moved down;
    None when nothing may be shown. A one-line summary for the dialogue table and the dossier."""
    shown = panel.shown
    if panel.suppressed or not shown:
        return None
    return (
        sum(domain.up or 0 for domain in shown),
        sum(domain.same or 0 for domain in shown),
        sum(domain.down or 0 for domain in shown),
    )


def summary_text(panel: InstrumentPanel, min_cell: int, lang: Lang = "nl") -> str:
    """The one line the dialogue table and the dossier give an instrument."""
    name = label("instrument", panel.instrument, lang)
    counts = summary_line(panel)
    if counts is None:
        return t("instruments.summary_suppressed", lang, instrument=name, threshold=min_cell)
    up, same, down = counts
    return t(
        "instruments.summary_line",
        lang,
        instrument=name,
        participants=panel.participants,
        domains=len(panel.shown),
        up=up,
        same=same,
        down=down,
    )


def record_scores(store: Store, viewer: Viewer, scores: Sequence[InstrumentScore]) -> int:
    """Store scores entered by the organisation (a score for the same participant, programme,
    instrument, domain and day replaces the earlier one); return how many. Only people of the
    organisation that runs the programme enter them, under a pseudonymous code."""
    policy.require(viewer, Action.RECORD_INSTRUMENT_SCORE)
    scope = viewer.programme_scope("id")
    programmes = sorted({score.programme_id for score in scores})

    def insert(cur: Cursor) -> int:
        for programme_id in programmes:
            own = cur.execute(
                f"SELECT 1 FROM programme WHERE id = $programme AND {scope.sql}",
                scope.params_with(programme=programme_id),
            )
            if not own.fetchall():
                raise NotAllowed("instruments.refusal.other_organisation", programme=programme_id)
        frame = pd.DataFrame([score.model_dump() for score in scores])
        cur.register("new_scores", frame)
        try:
            cur.execute(
                "INSERT INTO instrument_score SELECT participant, programme_id,"
                " CAST(measured_on AS DATE), instrument, domain, score FROM new_scores"
                " ON CONFLICT (participant, programme_id, instrument, domain, measured_on)"
                " DO UPDATE SET score = excluded.score"
            )
        finally:
            cur.unregister("new_scores")
        for programme_id in programmes:
            audit.record(cur, viewer, "toegevoegd", "instrument_score", programme_id)
        return len(scores)

    return store.write(insert)


_STAND_IN = (INSTRUMENT_DOMAINS[Instrument.ZRM][0], INSTRUMENT_RANGE[Instrument.ZRM][0])


def measurement(
    participant: str,
    programme_id: str,
    measured_on: dt.date | None,
    instrument: Instrument | str,
    scores: Mapping[str, int | None],
) -> list[InstrumentScore]:
    """One measurement as a form enters it: a score per domain filled in (a domain left empty was
    not measured, as a row left out of an import). Refused with one plain Dutch line per field that
    is wrong (the participant's code, the date, each domain by its name), so nothing half is stored."""
    filled: dict[str, int | None] = {domain: score for domain, score in scores.items() if score is not None}
    problems: dict[tuple[str, str], Phrase] = {}  # (field, domain) -> line; the shared fields once
    # With no domain filled in, the code and the date are still checked, on a stand-in score ("").
    found = []
    for domain, score in (filled or {"": None}).items():
        values = {
            "participant": participant,
            "programme_id": programme_id,
            "measured_on": measured_on,
            "instrument": instrument,
            "domain": domain or _STAND_IN[0],
            "score": _STAND_IN[1] if score is None else score,
        }
        try:
            found.append(InstrumentScore.model_validate(values))
        except ValidationError as failure:
            for error in failure.errors():
                field = str(error["loc"][0]) if error["loc"] else ""
                own = field in ("domain", "score")
                if own and not domain:
                    continue  # the stand-in's own fields: nothing the writer typed
                column = Label("instrument_domain", domain) if own else Phrase(f"instruments.form.{field}")
                problems.setdefault(
                    (field, domain if own else ""),
                    Phrase("refusal.field", column=column, message=field_message(error)),
                )
    if not filled:
        problems[("score", "")] = Phrase("instruments.form.no_scores")
    if problems:
        raise Invalid("instruments.form.invalid", *problems.values())
    return found


def record_measurement(
    store: Store,
    viewer: Viewer,
    participant: str,
    programme_id: str,
    measured_on: dt.date | None,
    instrument: Instrument | str,
    scores: Mapping[str, int | None],
) -> int:
    """Store one measurement entered by form (``measurement``), in one transaction; return how many
    scores. Who may not record scores hears that first, whatever they typed."""
    policy.require(viewer, Action.RECORD_INSTRUMENT_SCORE)
    return record_scores(store, viewer, measurement(participant, programme_id, measured_on, instrument, scores))
