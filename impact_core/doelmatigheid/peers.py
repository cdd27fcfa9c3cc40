"""Comparison with peers (the KPI-model's optional, anonymised benchmark).

Publishing: an organisation's steward chooses indicators; per indicator and month the
organisation's aggregate over all its programmes and neighbourhoods goes into a zip holding
``aggregaten.csv`` and ``manifest.json``. Measurements resting on fewer people than the
small-group threshold (or on an unknown number) are left out before aggregating, as for any
outside viewer, and a month whose aggregate still rests on fewer people is left out whole. The
file names no organisation, programme, neighbourhood or person: the publisher is an opaque
random id, and names in an indicator's name are blanked.

Reading: a steward reads another installation's zip; every manifest field and every row is
checked, a row about fewer people than the threshold is refused, and a file with any error
writes nothing. The same publisher's newer file replaces its earlier rows.

Comparing: per month the own value against the peers' median and middle half (p25-p75), only
for months with at least ``MIN_PEERS`` other publishers. Peers match on indicator id with the
same unit and aggregation; a file that has the indicator in another unit is not compared.
No view holds a publisher id or a name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import secrets
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from impact_core.access import audit, policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.config import min_cell_size
from impact_core.db import measurement_month
from impact_core.db.store import Cursor, Store
from impact_core.filters import Filters
from impact_core.i18n import Lang, amount, month_name, t
from impact_core.models import ID_PATTERN, Direction
from impact_core.refusal import NotAllowed, Refused

FORMAT = "impactdialoog-vergelijking"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ROWS_FILE = "aggregaten.csv"
COLUMNS = ("indicator", "maand", "waarde", "aantal_mensen")
MIN_PEERS = 5  # other organisations a month needs before its median and spread are shown
MAX_FILE = 20 * 1024 * 1024  # a year of 300 indicators is some 200 KB; anything far larger is not ours
_PUBLISHER = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_AGGREGATIONS = ("som", "gemiddelde")
_BLANK = "…"


@dataclass(frozen=True)
class RowError:
    """One wrong field of a peer file, as the import reports them (the header is row 1; the
    manifest is one record, row 1). The numbers track may not import the data layer's own."""

    file: str
    row: int
    column: str
    value: str
    message: str


# --- publishing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Publication:
    """What one publication holds: the rows and manifest exactly as the file writes them."""

    rows: pd.DataFrame  # indicator, maand, waarde, aantal_mensen
    manifest: dict[str, Any]
    left_out: int  # months of the chosen indicators left out for resting on too few people
    data: bytes = b""  # the zip, once published

    @property
    def file_name(self) -> str:
        return f"vergelijking-{self.manifest['uitgever']}.zip"


def publishable(store: Store, viewer: Viewer) -> dict[str, str]:
    """The indicators the viewer's organisation measures, id -> name: what it could publish."""
    if not viewer.organisation_id or viewer.is_outside:
        return {}
    rows = store.query(
        """
        SELECT i.id, i.name FROM indicator i
        WHERE i.id IN (SELECT DISTINCT indicator_id FROM measurement
                       WHERE programme_id IN (SELECT id FROM programme WHERE organisation_id = $organisation))
        ORDER BY i.id
        """,
        {"organisation": viewer.organisation_id},
    )
    return dict(rows.itertuples(index=False))


def preview(store: Store, viewer: Viewer, indicator_ids: list[str], *, organisation: str | None = None) -> Publication:
    """What ``publish`` would write, without writing or recording anything (the publisher id
    shown is the one the organisation has, or ``(nieuw)`` before its first publication)."""
    organisation = _publisher_organisation(viewer, organisation)
    publisher = store.scalar("SELECT publisher_id FROM peer_publisher WHERE organisation_id = ?", [organisation]) or t(
        "peers.publisher_new"
    )
    return _publication(store, organisation, indicator_ids, publisher, dt.date.today())


def publish(
    store: Store,
    viewer: Viewer,
    indicator_ids: list[str],
    *,
    organisation: str | None = None,
    today: dt.date | None = None,
) -> Publication:
    """The zip another installation reads; an explicit act of the organisation's steward, in the audit log."""
    organisation = _publisher_organisation(viewer, organisation)
    if not indicator_ids:
        raise Refused("peers.refusal.no_indicators")

    def write(cur: Cursor) -> str:
        found = cur.execute(
            "SELECT publisher_id FROM peer_publisher WHERE organisation_id = ?", [organisation]
        ).fetchall()
        publisher = found[0][0] if found else secrets.token_hex(8)
        if not found:
            cur.execute("INSERT INTO peer_publisher VALUES (?, ?)", [organisation, publisher])
        audit.record(cur, viewer, "publish_for_peers", "peer_publisher", ",".join(sorted(indicator_ids))[:200])
        return str(publisher)

    publisher = store.write(write)
    made = _publication(store, organisation, indicator_ids, publisher, today or dt.date.today())
    return Publication(made.rows, made.manifest, made.left_out, _zip(made))


def _publisher_organisation(viewer: Viewer, organisation: str | None) -> str:
    organisation = organisation or viewer.organisation_id
    policy.require(viewer, Action.PUBLISH_FOR_PEERS, organisation=organisation)
    if not organisation:
        raise NotAllowed("policy.publish_for_peers", role=viewer.role.value)
    return organisation


def _own_aggregates(store: Store, organisation: str, indicator_ids: list[str]) -> pd.DataFrame:
    """Per indicator and month the organisation's aggregate, as published: measurements on fewer
    people than the threshold (or an unknown number) left out, then months still on too few dropped."""
    params = {"organisation": organisation, "indicators": list(indicator_ids), "min_cell": min_cell_size()}
    if measurement_month.current(store):  # the same sums, counted on every write
        return store.query(
            """
            SELECT m.indicator_id, m.month,
                CASE WHEN any_value(i.aggregation) = 'som' THEN sum(m.value_published)
                     ELSE sum(m.weighted_published) / sum(m.people_published) END AS value,
                sum(m.people_published)::INTEGER AS people
            FROM measurement_month m JOIN indicator i ON i.id = m.indicator_id
            WHERE m.programme_id IN (SELECT id FROM programme WHERE organisation_id = $organisation)
              AND list_contains($indicators, m.indicator_id)
              AND m.people_published IS NOT NULL
            GROUP BY m.indicator_id, m.month
            HAVING sum(m.people_published) >= $min_cell
            ORDER BY m.indicator_id, m.month
            """,
            params,
        )
    return store.query(
        """
        SELECT m.indicator_id, m.month,
            CASE WHEN any_value(i.aggregation) = 'som' THEN sum(m.value)
                 ELSE sum(m.value * m.people) / sum(m.people) END AS value,
            sum(m.people)::INTEGER AS people
        FROM measurement m JOIN indicator i ON i.id = m.indicator_id
        WHERE m.programme_id IN (SELECT id FROM programme WHERE organisation_id = $organisation)
          AND list_contains($indicators, m.indicator_id)
          AND m.people >= $min_cell
        GROUP BY m.indicator_id, m.month
        HAVING sum(m.people) >= $min_cell
        ORDER BY m.indicator_id, m.month
        """,
        params,
    )


def _publication(
    store: Store, organisation: str, indicator_ids: list[str], publisher: str, today: dt.date
) -> Publication:
    chosen = sorted(set(indicator_ids) & set(_measured(store, organisation)))
    aggregates = _own_aggregates(store, organisation, chosen)
    measured_months = store.scalar(
        """
        SELECT count(*) FROM (SELECT DISTINCT indicator_id, month FROM measurement
            WHERE programme_id IN (SELECT id FROM programme WHERE organisation_id = $organisation)
              AND list_contains($indicators, indicator_id))
        """,
        {"organisation": organisation, "indicators": chosen},
    )
    rows = pd.DataFrame(
        {
            "indicator": aggregates["indicator_id"].astype(str),
            "maand": [pd.Timestamp(month).strftime("%Y-%m-%d") for month in aggregates["month"]],
            "waarde": [round(float(value), 4) for value in aggregates["value"]],
            "aantal_mensen": aggregates["people"].astype(int),
        },
        columns=list(COLUMNS),
    )
    names = _names_to_blank(store, organisation)
    indicators = store.rows(
        "SELECT id, name, unit, aggregation, direction FROM indicator WHERE list_contains($ids, id) ORDER BY id",
        {"ids": chosen},
    )
    months = sorted(rows["maand"])
    manifest = {
        "formaat": FORMAT,
        "versie": FORMAT_VERSION,
        "uitgever": publisher,
        "gemaakt_op": today.isoformat(),
        "drempel": min_cell_size(),
        "maanden": {"van": months[0][:7], "tot": months[-1][:7]} if months else None,
        "rijen": len(rows),
        "bestand": ROWS_FILE,
        "indicatoren": [
            {
                "id": indicator["id"],
                "naam": _blanked(indicator["name"], names),
                "eenheid": _blanked(indicator["unit"], names),
                "aggregatie": indicator["aggregation"],
                "richting": indicator["direction"],
            }
            for indicator in indicators
        ],
    }
    return Publication(rows, manifest, int(measured_months or 0) - len(rows))


def _measured(store: Store, organisation: str) -> list[str]:
    return list(
        store.query(
            "SELECT DISTINCT indicator_id FROM measurement"
            " WHERE programme_id IN (SELECT id FROM programme WHERE organisation_id = ?)",
            [organisation],
        )["indicator_id"]
    )


def _names_to_blank(store: Store, organisation: str) -> list[str]:
    """Everything that would say whose file it is: the organisation's and its programmes' names and
    ids, and the names and codes of the neighbourhoods and municipalities it works in."""
    found = store.query(
        """
        SELECT id AS name FROM organisation WHERE id = $organisation
        UNION SELECT name FROM organisation WHERE id = $organisation
        UNION SELECT name FROM programme WHERE organisation_id = $organisation
        UNION SELECT id FROM programme WHERE organisation_id = $organisation
        UNION SELECT code FROM municipality WHERE code IN (SELECT municipality_code FROM funding
                                                           WHERE organisation_id = $organisation)
        UNION SELECT name FROM municipality WHERE code IN (SELECT municipality_code FROM funding
                                                           WHERE organisation_id = $organisation)
        UNION SELECT name FROM neighbourhood WHERE municipality_code IN (SELECT municipality_code FROM funding
                                                           WHERE organisation_id = $organisation)
        UNION SELECT code FROM neighbourhood WHERE municipality_code IN (SELECT municipality_code FROM funding
                                                           WHERE organisation_id = $organisation)
        """,
        {"organisation": organisation},
    )
    # Longest first, so "Welzijn Voorbeeldstad" goes whole before "Voorbeeldstad" is looked for.
    return sorted({str(name) for name in found["name"] if len(str(name).strip()) >= 3}, key=len, reverse=True)


def _blanked(text: str, names: list[str]) -> str:
    for name in names:
        text = re.sub(re.escape(name), _BLANK, text, flags=re.IGNORECASE)
    return text


def _zip(publication: Publication) -> bytes:
    rows = io.StringIO()
    publication.rows.to_csv(rows, index=False, lineterminator="\n")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(publication.manifest, ensure_ascii=False, indent=2))
        archive.writestr(ROWS_FILE, rows.getvalue())
    return buffer.getvalue()


def zipped(folder: Path) -> bytes:
    """A folder holding ``manifest.json`` and ``aggregaten.csv`` as the zip a publication is (the demo's
    peer files are kept unpacked, so they read as text in the repository)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part in (MANIFEST, ROWS_FILE):
            archive.writestr(part, (folder / part).read_bytes())
    return buffer.getvalue()


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeerReading:
    """What reading one file did: its rows, or every error and nothing written."""

    rows: int
    indicators: int
    months: int
    replaced: bool  # an earlier file of the same publisher was replaced
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def read_peer_file(store: Store, viewer: Viewer, name: str, data: bytes) -> PeerReading:
    """Check one peer file whole and, when nothing is wrong, store its rows for the viewer's organisation."""
    policy.require(viewer, Action.STEWARD_DATA, organisation=viewer.organisation_id)
    organisation = str(viewer.organisation_id)
    manifest, table, errors = _unpack(name, data)
    if manifest is None or table is None:
        return PeerReading(0, 0, 0, False, errors)
    own = store.scalar("SELECT publisher_id FROM peer_publisher WHERE organisation_id = ?", [organisation])
    indicators, errors = _check_manifest(manifest, own)
    rows, row_errors = _check_rows(table, indicators, manifest.get("rijen"))
    errors += row_errors
    if errors:
        return PeerReading(0, 0, 0, False, errors)
    publisher = str(manifest["uitgever"])

    def write(cur: Cursor) -> bool:
        earlier = cur.execute(
            "SELECT count(*) FROM peer_file WHERE organisation_id = ? AND publisher_id = ?", [organisation, publisher]
        ).fetchall()[0][0]
        cur.execute(
            "DELETE FROM peer_aggregate WHERE organisation_id = ? AND publisher_id = ?", [organisation, publisher]
        )
        cur.execute("DELETE FROM peer_file WHERE organisation_id = ? AND publisher_id = ?", [organisation, publisher])
        cur.execute(
            "INSERT INTO peer_file (organisation_id, publisher_id, file_name, format_version, created, rows)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [organisation, publisher, name[:200], FORMAT_VERSION, manifest["gemaakt_op"], len(rows)],
        )
        if rows:
            cur.executemany(
                "INSERT INTO peer_aggregate VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    [
                        organisation,
                        publisher,
                        row["indicator"],
                        *indicators[row["indicator"]],
                        row["maand"],
                        row["waarde"],
                        row["aantal_mensen"],
                    ]
                    for row in rows
                ],
            )
        audit.record(cur, viewer, "read_peers", "peer_aggregate", f"{len(rows)} rows")
        return bool(earlier)

    replaced = store.write(write)
    return PeerReading(
        len(rows), len({row["indicator"] for row in rows}), len({row["maand"] for row in rows}), replaced
    )


def _error(file: str, row: int, column: str, value: object, key: str, **values: object) -> RowError:
    return RowError(file, row, column, str(value)[:80], t(key, "nl", **values))


def _unpack(name: str, data: bytes) -> tuple[dict[str, Any] | None, list[dict[str, str]] | None, list[RowError]]:
    """The manifest and the rows (as text) from the zip, or the reason why not."""
    if len(data) > MAX_FILE:
        return None, None, [_error(name, 1, "", "", "peers.error.too_big", megabytes=MAX_FILE // (1024 * 1024))]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = {info.filename: info for info in archive.infolist()}
        missing = [part for part in (MANIFEST, ROWS_FILE) if part not in parts]
        if missing:
            return None, None, [_error(name, 1, "", ", ".join(missing), "peers.error.missing_part")]
        if any(parts[part].file_size > MAX_FILE for part in (MANIFEST, ROWS_FILE)):
            return None, None, [_error(name, 1, "", "", "peers.error.too_big", megabytes=MAX_FILE // (1024 * 1024))]
        manifest_text = archive.read(MANIFEST).decode("utf-8-sig")
        rows_text = archive.read(ROWS_FILE).decode("utf-8-sig")
    except (zipfile.BadZipFile, UnicodeDecodeError, OSError, RuntimeError, ValueError):
        return None, None, [_error(name, 1, "", "", "peers.error.not_zip")]
    try:
        manifest = json.loads(manifest_text)
    except json.JSONDecodeError:
        return None, None, [_error(MANIFEST, 1, "", "", "peers.error.not_json")]
    if not isinstance(manifest, dict):
        return None, None, [_error(MANIFEST, 1, "", "", "peers.error.not_json")]
    reader = csv.DictReader(io.StringIO(rows_text))
    header = [str(column).strip().lower() for column in reader.fieldnames or []]
    absent = [column for column in COLUMNS if column not in header]
    if absent:
        return manifest, None, [_error(ROWS_FILE, 1, ", ".join(absent), "", "peers.error.columns")]
    reader.fieldnames = header
    return manifest, [{key: str(value or "").strip() for key, value in row.items() if key} for row in reader], []


def _check_manifest(
    manifest: dict[str, Any], own_publisher: str | None
) -> tuple[dict[str, tuple[str, str]], list[RowError]]:
    """Every field of the manifest; the indicators it declares, id -> (unit, aggregation)."""
    errors: list[RowError] = []

    def wrong(column: str, key: str, **values: object) -> None:
        errors.append(_error(MANIFEST, 1, column, manifest.get(column, ""), key, **values))

    if manifest.get("formaat") != FORMAT:
        wrong("formaat", "peers.error.format", expected=FORMAT)
    if manifest.get("versie") != FORMAT_VERSION:
        wrong("versie", "peers.error.version", known=FORMAT_VERSION)
    publisher = manifest.get("uitgever")
    if not isinstance(publisher, str) or not _PUBLISHER.match(publisher):
        wrong("uitgever", "peers.error.publisher")
    elif own_publisher and publisher == own_publisher:
        wrong("uitgever", "peers.error.own_file")
    try:
        dt.date.fromisoformat(str(manifest.get("gemaakt_op")))
    except ValueError:
        wrong("gemaakt_op", "peers.error.date")
    if not isinstance(manifest.get("rijen"), int) or isinstance(manifest.get("rijen"), bool):
        wrong("rijen", "peers.error.whole_number")
    declared = manifest.get("indicatoren")
    indicators: dict[str, tuple[str, str]] = {}
    if not isinstance(declared, list) or not declared:
        wrong("indicatoren", "peers.error.indicators")
        return indicators, errors
    for position, item in enumerate(declared, start=1):
        where = f"indicatoren[{position}]"
        if not isinstance(item, dict):
            errors.append(_error(MANIFEST, 1, where, item, "peers.error.indicators"))
            continue
        indicator_id, unit, aggregation = item.get("id"), item.get("eenheid"), item.get("aggregatie")
        if not isinstance(indicator_id, str) or not re.match(ID_PATTERN, indicator_id):
            errors.append(_error(MANIFEST, 1, f"{where}.id", indicator_id, "peers.error.indicator_id"))
            continue
        if indicator_id in indicators:
            errors.append(_error(MANIFEST, 1, f"{where}.id", indicator_id, "peers.error.twice"))
        if not isinstance(unit, str) or not unit.strip():
            errors.append(_error(MANIFEST, 1, f"{where}.eenheid", unit, "peers.error.unit"))
        if aggregation not in _AGGREGATIONS:
            errors.append(_error(MANIFEST, 1, f"{where}.aggregatie", aggregation, "peers.error.aggregation"))
        if item.get("richting") not in {direction.value for direction in Direction}:
            errors.append(_error(MANIFEST, 1, f"{where}.richting", item.get("richting"), "peers.error.direction"))
        indicators[indicator_id] = (str(unit), str(aggregation))
    return indicators, errors


def _check_rows(
    table: list[dict[str, str]], indicators: dict[str, tuple[str, str]], declared_rows: object
) -> tuple[list[dict[str, Any]], list[RowError]]:
    """Every row and field of the CSV, row numbers as a spreadsheet shows them (header is row 1)."""
    rows: list[dict[str, Any]] = []
    errors: list[RowError] = []
    seen: set[tuple[str, dt.date]] = set()
    threshold = min_cell_size()
    for position, raw in enumerate(table, start=2):
        before = len(errors)

        def wrong(column: str, key: str, position: int = position, raw: dict[str, str] = raw, **values: object) -> None:
            errors.append(_error(ROWS_FILE, position, column, raw.get(column, ""), key, **values))

        indicator = raw.get("indicator", "")
        if indicator not in indicators:
            wrong("indicator", "peers.error.undeclared")
        month = _first_of_month(raw.get("maand", ""))
        if month is None:
            wrong("maand", "peers.error.month")
        value = _number(raw.get("waarde", ""))
        if value is None:
            wrong("waarde", "peers.error.value")
        people = _whole(raw.get("aantal_mensen", ""))
        if people is None:
            wrong("aantal_mensen", "peers.error.people")
        elif people < threshold:
            wrong("aantal_mensen", "peers.error.small_group", threshold=threshold)
        if month is not None and (indicator, month) in seen:
            wrong("maand", "peers.error.duplicate")
        if len(errors) == before and month is not None:
            seen.add((indicator, month))
            rows.append({"indicator": indicator, "maand": month, "waarde": value, "aantal_mensen": people})
    if isinstance(declared_rows, int) and declared_rows != len(table):
        errors.append(_error(MANIFEST, 1, "rijen", declared_rows, "peers.error.row_count", rows=len(table)))
    return rows, errors


def _first_of_month(text: str) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if day.day == 1 else None


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _whole(text: str) -> int | None:
    return int(text) if re.fullmatch(r"\d{1,9}", text) else None


# --- comparing -------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class PeerComparison:
    """One indicator of one organisation against its peers, per month; never a peer's name or id.
    Equal when every field and every month is (the dossier and the dialogue table compare theirs)."""

    indicator_id: str
    name: str
    unit: str
    months: pd.DataFrame  # month, own, peers (how many), median, p25, p75 (NaN where not shown)
    other_unit: int = 0  # peer files holding this indicator in another unit or aggregation

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PeerComparison):
            return NotImplemented
        same = (self.indicator_id, self.name, self.unit, self.other_unit)
        return same == (other.indicator_id, other.name, other.unit, other.other_unit) and self.months.equals(
            other.months
        )

    __hash__ = None  # type: ignore[assignment]  # a data frame inside: not a key

    @property
    def shown(self) -> pd.DataFrame:
        return self.months.dropna(subset=["median"])

    @property
    def reason(self) -> str | None:
        """Why no band is drawn, as an i18n key; None when one is."""
        if not self.shown.empty:
            return None
        if self.months.empty or not self.months["peers"].any():
            return "peers.reason.other_unit" if self.other_unit else "peers.reason.none"
        return "peers.reason.too_few"


def comparison_organisation(store: Store, viewer: Viewer, filters: Filters) -> str | None:
    """Whose peers a viewer looks at: their own organisation's, or for the municipality and the
    shared screen the organisation running the chosen programme (one it funds)."""
    if not viewer.is_outside:
        return None if viewer.is_platform else viewer.organisation_id
    if not filters.programme:
        return None
    scope = viewer.programme_scope("id")
    found = store.scalar(
        f"SELECT organisation_id FROM programme WHERE id = $programme AND {scope.sql}",
        scope.params_with(programme=filters.programme),
    )
    return str(found) if found else None


def compared_indicators(store: Store, organisation: str | None) -> list[str]:
    """The organisation's indicators some peer file holds."""
    if not organisation:
        return []
    return list(
        store.query(
            "SELECT DISTINCT indicator_id FROM peer_aggregate WHERE organisation_id = ? ORDER BY 1", [organisation]
        )["indicator_id"]
    )


def compare(store: Store, viewer: Viewer, filters: Filters, indicator_id: str) -> PeerComparison | None:
    """The organisation's own value per month against its peers' median and middle half, over the
    filters' period; None when the viewer looks at no one organisation or the indicator is unknown."""
    organisation = comparison_organisation(store, viewer, filters)
    indicator = store.row("SELECT id, name, unit, aggregation FROM indicator WHERE id = ?", [indicator_id])
    if not organisation or indicator is None:
        return None
    own_publisher = store.scalar("SELECT publisher_id FROM peer_publisher WHERE organisation_id = ?", [organisation])
    params = {
        "organisation": organisation,
        "indicator": indicator_id,
        "unit": indicator["unit"],
        "aggregation": indicator["aggregation"],
        "min_cell": min_cell_size(),
        "own_publisher": own_publisher or "",
        "min_peers": MIN_PEERS,
        "start": filters.start,
        "end": filters.end,
    }
    peers = store.query(
        """
        SELECT month, count(DISTINCT publisher_id)::INTEGER AS peers,
            CASE WHEN count(DISTINCT publisher_id) >= $min_peers THEN median(value) END AS median,
            CASE WHEN count(DISTINCT publisher_id) >= $min_peers THEN quantile_cont(value, 0.25) END AS p25,
            CASE WHEN count(DISTINCT publisher_id) >= $min_peers THEN quantile_cont(value, 0.75) END AS p75
        FROM peer_aggregate
        WHERE organisation_id = $organisation AND indicator_id = $indicator
          AND unit = $unit AND aggregation = $aggregation
          AND people >= $min_cell AND publisher_id <> $own_publisher
          AND ($start IS NULL OR month >= $start) AND ($end IS NULL OR month <= $end)
        GROUP BY month
        """,
        params,
    )
    other_unit = store.scalar(
        """
        SELECT count(DISTINCT publisher_id) FROM peer_aggregate
        WHERE organisation_id = $organisation AND indicator_id = $indicator
          AND (unit <> $unit OR aggregation <> $aggregation)
        """,
        {key: params[key] for key in ("organisation", "indicator", "unit", "aggregation")},
    )
    own = _own_aggregates(store, organisation, [indicator_id])[["month", "value"]].rename(columns={"value": "own"})
    if filters.start:
        own = own[pd.to_datetime(own["month"]) >= pd.Timestamp(filters.start)]
    if filters.end:
        own = own[pd.to_datetime(own["month"]) <= pd.Timestamp(filters.end)]
    months = pd.DataFrame(columns=["month", "own", "peers", "median", "p25", "p75"])
    if not peers.empty:
        own["month"], peers["month"] = pd.to_datetime(own["month"]), pd.to_datetime(peers["month"])
        months = own.merge(peers, on="month", how="outer").sort_values("month").reset_index(drop=True)
        months["peers"] = months["peers"].fillna(0).astype(int)
    return PeerComparison(indicator_id, str(indicator["name"]), str(indicator["unit"]), months, int(other_unit or 0))


def summary_text(comparison: PeerComparison, lang: Lang = "nl") -> str:
    """The one line the dialogue table gives a comparison: its latest shown month."""
    shown = comparison.shown
    if shown.empty:
        return t("peers.summary_none", lang, name=comparison.name, peers=MIN_PEERS)
    last = shown.iloc[-1]
    unit = comparison.unit
    return t(
        "peers.summary_line",
        lang,
        name=comparison.name,
        month=month_name(last["month"], lang),
        peers=int(last["peers"]),
        own=amount(last["own"], unit, lang),
        low=amount(last["p25"], unit, lang),
        high=amount(last["p75"], unit, lang),
        median=amount(last["median"], unit, lang),
    )


def programme_comparisons(store: Store, viewer: Viewer, filters: Filters) -> list[PeerComparison]:
    """The chosen programme's indicators that peers publish, each with a band shown in some month."""
    organisation = comparison_organisation(store, viewer, filters)
    if not organisation or not filters.programme:
        return []
    measured = set(
        store.query("SELECT DISTINCT indicator_id FROM measurement_month WHERE programme_id = ?", [filters.programme])[
            "indicator_id"
        ]
    )
    found = []
    for indicator_id in compared_indicators(store, organisation):
        if indicator_id in measured:
            compared = compare(store, viewer, filters, indicator_id)
            if compared is not None and not compared.shown.empty:
                found.append(compared)
    return found


def files_read(store: Store, viewer: Viewer) -> int:
    """How many other organisations' files the viewer's organisation has read (never which)."""
    return int(store.scalar("SELECT count(*) FROM peer_file WHERE organisation_id = ?", [viewer.organisation_id]) or 0)
