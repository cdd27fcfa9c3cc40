"""Read source files (CSV files or a workbook, one table per entity), validate every row, load.

Errors name the file, the row number as a spreadsheet shows it (the header is row 1),
the column, the value and what is wrong, in plain Dutch. All or nothing by default, in
one transaction; or only the good rows; or nothing at all (a dry run, which still runs
every check, the database's references included, and then rolls back).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import ValidationError

from impact_core import bsn
from impact_core.access import audit, policy, tenancy
from impact_core.access.deidentify import fill_masked
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving.search import index_stories
from impact_core.db import upsert
from impact_core.db.store import Cursor, DatabaseError, Store
from impact_core.gegevens import tabular, validation
from impact_core.i18n import Lang, t
from impact_core.models import ENTITIES, Municipality, Neighbourhood, Record, Story
from impact_core.refusal import dutch_column, dutch_message


@dataclass(frozen=True)
class RowError:
    file: str
    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        shown = f" (waarde: '{self.value}')" if self.value else ""
        return f"{self.file}, rij {self.row}, kolom '{self.column}': {self.message}{shown}"


class ImportFailed(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        lines = "\n".join(f"- {error}" for error in errors[:50])
        more = f"\n… en nog {len(errors) - 50} fouten" if len(errors) > 50 else ""
        super().__init__(f"Er is niets ingelezen: {len(errors)} fout(en) gevonden.\n{lines}{more}")


def _normalise_header(name: str) -> str:
    return "_".join(str(name).strip().lower().replace("-", " ").split())


def column_names(model: type[Record]) -> dict[str, str]:
    """Every accepted column name (Dutch alias or English field name) -> field name."""
    names = {}
    for field_name, info in model.model_fields.items():
        names[field_name] = field_name
        if isinstance(info.validation_alias, str):
            names[info.validation_alias] = field_name
    return names


def validate_frame(model: type[Record], frame: pd.DataFrame, file: str) -> tuple[list[Record], list[RowError]]:
    """Validate each row of a frame of strings; empty cells count as not filled in."""
    names = column_names(model)
    renamed = {column: names.get(_normalise_header(column)) for column in frame.columns}
    frame = frame[[column for column, field in renamed.items() if field]].rename(columns=renamed)
    records: list[Record] = []
    errors: list[RowError] = []
    for position, row in enumerate(frame.to_dict("records")):
        raw = {key: value for key, value in row.items() if value is not None and str(value).strip() != ""}
        try:
            records.append(model.model_validate(raw))
        except ValidationError as failure:
            for error in failure.errors():
                field = str(error["loc"][0]) if error["loc"] else ""
                errors.append(
                    RowError(
                        file=file,
                        row=position + 2,
                        column=dutch_column(model, field) if field in model.model_fields else field,
                        value=bsn.masked(str(raw.get(field, "")))[0][:80],
                        message=dutch_message(error),
                    )
                )
    return records, errors


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig").dropna(how="all")


def records_frame(model: type[Record], records: Iterable[Record]) -> pd.DataFrame:
    return pd.DataFrame([record.model_dump() for record in records], columns=list(model.model_fields))


@dataclass(frozen=True)
class TableResult:
    table: str
    source: str
    read: int
    rejected: int
    new: int = 0
    changed: int = 0

    @property
    def loaded(self) -> int:
        return self.read - self.rejected


@dataclass
class ImportReport:
    errors: pd.DataFrame  # file, row, column, value, message
    tables: list[TableResult]
    notices: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    omitted: int = 0  # errors found but not listed (``validation.MAX_LISTED`` per column and kind)

    @property
    def ok(self) -> bool:
        return self.errors.empty and not self.omitted

    @property
    def bad_rows(self) -> int:
        """Rows with an error: those listed, or all that were refused when not all are listed."""
        listed = self.errors[["file", "row"]].drop_duplicates().shape[0]
        return max(listed, sum(result.rejected for result in self.tables))

    @property
    def error_count(self) -> int:
        return len(self.errors) + self.omitted

    def row_errors(self, limit: int | None = None) -> list[RowError]:
        rows = self.errors if limit is None else self.errors.head(limit)
        return [
            RowError(str(r.file), int(r.row), str(r.column), str(r.value), str(r.message))
            for r in rows.itertuples(index=False)
        ]

    def summary(self) -> str:
        """What happened, in plain Dutch, one line per table."""
        bad_rows = self.bad_rows
        if self.dry_run:
            head = "Proef: er is niets veranderd."
        elif self.written:
            head = "Ingelezen." if self.ok else f"Alleen de goede rijen ingelezen; {bad_rows} rij(en) overgeslagen."
        else:
            head = f"Er is niets ingelezen: {self.error_count} fout(en) in {bad_rows} rij(en)."
        lines = [head, *self.notices]
        if self.omitted:
            lines.append(t("gegevens.result.omitted", "nl", count=self.omitted))
        for result in self.tables:
            line = f"  {result.table:<22} {result.read:>9} gelezen, {result.rejected:>7} fout"
            if self.written or self.dry_run:  # what was (or would be) written; nothing else was
                line += f", {result.new:>9} nieuw, {result.changed:>7} gewijzigd"
            lines.append(line)
        return "\n".join(lines)


def entity_for(name: str) -> type[Record] | None:
    """The entity a file stem or sheet title names: Dutch ('metingen') or English ('measurement')."""
    wanted = validation.normalise_header(name)
    return next((model for model in ENTITIES if wanted in (model.__source__, model.__table__)), None)


def entity_by_header(frame: pd.DataFrame) -> tuple[type[Record] | None, list[type[Record]]]:
    """(the entity whose columns the header names, the entities that tie): every required column
    present, and more of its columns named than any other entity's."""
    fitting = [
        (len(validation.present_fields(model, frame)), model)
        for model in ENTITIES
        if not validation.missing_columns(model, frame)
    ]
    if not fitting:
        return None, []
    best = max(score for score, _ in fitting)
    tied = [model for score, model in fitting if score == best]
    return (tied[0], []) if len(tied) == 1 else (None, tied)


class NothingImported(tabular.FileRefused):
    """Not one sheet of a file could be imported: which were skipped, and why, in the reader's language."""

    def __init__(self, name: str, skipped: list[tuple[str, tabular.Note]]) -> None:
        self.name = name
        self.skipped = skipped
        super().__init__("gegevens.nothing_imported")

    def text(self, lang: Lang = "nl") -> str:
        if not any(title for title, _ in self.skipped):  # a CSV file: only a header
            return t("gegevens.nothing_in_file", lang, name=self.name)
        listed = "; ".join(
            t("gegevens.sheet", lang, title=title, reason=reason.text(lang)) for title, reason in self.skipped
        )
        known = ", ".join(entity.__source__ for entity in ENTITIES)
        return t("gegevens.nothing_imported", lang, name=self.name, skipped=listed, known=known)


def import_paths(
    store: Store, viewer: Viewer, paths: Iterable[Path], *, dry_run: bool = False, valid_rows_only: bool = False
) -> ImportReport:
    """Import CSV files and workbooks; the data steward only."""
    policy.require(viewer, Action.STEWARD_DATA)
    sheets = [sheet for path in paths for sheet in tabular.read_path(Path(path))]
    return load_sheets(store, viewer, sheets, dry_run=dry_run, valid_rows_only=valid_rows_only)


def import_uploads(
    store: Store,
    viewer: Viewer,
    files: list[tuple[str, bytes]],
    *,
    dry_run: bool = False,
    valid_rows_only: bool = False,
) -> ImportReport:
    """Import uploaded files, each as (name, bytes); the data steward only."""
    policy.require(viewer, Action.STEWARD_DATA)
    sheets = [sheet for name, data in files for sheet in tabular.read_bytes(name, data)]
    return load_sheets(store, viewer, sheets, dry_run=dry_run, valid_rows_only=valid_rows_only)


def import_upload(
    store: Store, viewer: Viewer, name: str, data: bytes, *, dry_run: bool = False, valid_rows_only: bool = False
) -> ImportReport:
    return import_uploads(store, viewer, [(name, data)], dry_run=dry_run, valid_rows_only=valid_rows_only)


class _RollBack(Exception):
    """Raised inside the transaction to undo it: a dry run, or errors in an all-or-nothing load."""


def load_sheets(
    store: Store,
    viewer: Viewer | None,
    sheets: list[tabular.Sheet],
    *,
    dry_run: bool = False,
    valid_rows_only: bool = False,
) -> ImportReport:
    """Validate every sheet, then load in foreign-key order in one transaction.

    ``viewer`` None is the demo build (no audit entry, no organisation); every other caller
    checks the role first, and every row must belong to the viewer's organisation.
    """
    organisation = viewer.organisation_id if viewer is not None else None
    notices: list[str] = []
    errors: list[pd.DataFrame] = []
    incoming: dict[type[Record], list[pd.DataFrame]] = {}
    present: dict[type[Record], set[str]] = {}
    omitted = 0
    skipped: dict[str, list[tuple[str, tabular.Note]]] = {}  # file -> (sheet, why) of what it did not give
    giving: set[str] = set()  # files of which at least one sheet is imported (or reported)
    checking: list[tuple[tabular.Sheet, type[Record]]] = []
    for sheet in sheets:
        model = _entity(sheet, notices, skipped)
        if model is None:
            continue
        if sheet.frame.empty:
            title = sheet.name if sheet.in_workbook else ""
            skipped.setdefault(sheet.file, []).append((title, tabular.note("gegevens.skip.no_rows")))
            continue
        giving.add(sheet.file)
        notices.extend(sheet.notes)
        missing = validation.missing_columns(model, sheet.frame)
        if missing:
            errors.append(
                pd.DataFrame(
                    {
                        "file": sheet.source,
                        "row": sheet.header_row,
                        "column": missing,
                        "value": "",
                        "message": "deze verplichte kolom ontbreekt in de kopregel",
                    }
                )
            )
            continue
        checking.append((sheet, model))
    for file, reasons in skipped.items():
        if file not in giving:
            raise NothingImported(file, reasons)
    formats = _number_formats(checking, notices)
    for sheet, model in checking:
        fields = validation.present_fields(model, sheet.frame)
        present[model] = present[model] & fields if model in present else fields
        checked = validation.check(
            model, sheet.frame, sheet.source, sheet.typed, stripped=True, numbers=formats.get(sheet.file)
        )
        notices.extend(checked.notes)
        errors.append(checked.errors)
        omitted += checked.omitted
        typed = checked.typed
        typed["_row"] = typed.index.to_numpy()
        typed["_source"] = sheet.source
        typed["_bad"] = checked.bad
        incoming.setdefault(model, []).append(typed.reset_index(drop=True))
    frames = {
        model: pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0] for model, parts in incoming.items()
    }
    for frame in frames.values():
        frame["_seq"] = np.arange(len(frame))  # one number per row, whichever file or sheet it came from
    first_errors = pd.concat(errors, ignore_index=True) if errors else validation.no_errors()
    # Masked also in a dry run: the check does what the real run does, up to the moment of writing.
    for model in [model for model in frames if model.__masked__]:
        frames[model] = _masked(store, frames, model)

    def work(cur: Cursor) -> tuple[list[TableResult], pd.DataFrame, int]:
        found = [first_errors]
        results = []
        listed_only = 0

        def listed(part: pd.DataFrame) -> pd.DataFrame:
            nonlocal listed_only
            listed_only += max(0, len(part) - validation.MAX_LISTED)
            return part.head(validation.MAX_LISTED)

        for model in ENTITIES:
            if model not in frames:
                continue
            frame = frames[model]
            keys = upsert.table_keys(cur, model.__table__)
            twice = _twice(frame, keys.primary)
            found.append(listed(_duplicates(model, frame, twice, keys.primary)))
            good = frame.loc[~frame["_bad"] & ~twice]
            columns = [*model.model_fields, "_row", "_source", "_seq"]
            repeated = ("_source", *(column for key in keys.foreign for column in key.columns))
            upsert.stage(cur, good[columns], repeated)
            try:
                broken, broken_seq = _broken_references(cur, model, keys)
                found.append(listed(broken))
                if len(broken_seq):
                    good = good.loc[~good["_seq"].isin(broken_seq)]
                    upsert.unstage(cur)
                    upsert.stage(cur, good[columns], repeated)
                if organisation is not None:
                    foreign, foreign_seq = _foreign_rows(cur, model, keys, organisation)
                    found.append(listed(foreign))
                    if len(foreign_seq):
                        good = good.loc[~good["_seq"].isin(foreign_seq)]
                        upsert.unstage(cur)
                        upsert.stage(cur, good[columns], repeated)
                new, changed = upsert.upsert(
                    cur, model.__table__, list(model.model_fields), keys, kept=_kept(model, present[model])
                )
            finally:
                upsert.unstage(cur)
            if model is Story and (new or changed):
                index_stories(cur, list(good["id"]))
            source = ", ".join(frame["_source"].unique())
            results.append(TableResult(model.__table__, source, len(frame), len(frame) - len(good), new, changed))
            if viewer is not None and (new or changed):
                audit.record(cur, viewer, "import", model.__table__, f"{new} nieuw, {changed} gewijzigd")
        all_errors = pd.concat(found, ignore_index=True)
        listed_only += omitted
        if dry_run or ((not all_errors.empty or listed_only) and not valid_rows_only):
            raise _RollBack(results, all_errors, listed_only)
        return results, all_errors, listed_only

    try:
        with upsert.LOADING:  # no index keeps two loads from adding the same measurement
            results, all_errors, not_listed = store.write(work)
        written = True
    except _RollBack as undone:
        results, all_errors, not_listed = undone.args
        written = False
    except DatabaseError as error:  # a rule only the database knows (e.g. a period that ends before it starts)
        results, written, not_listed = [], False, omitted
        all_errors = pd.concat(
            [
                first_errors,
                pd.DataFrame(
                    [
                        {
                            "file": ", ".join(sheet.source for sheet in sheets),
                            "row": 0,
                            "column": "",
                            "value": "",
                            "message": _database_message(error),
                        }
                    ]
                ),
            ]
        )
    all_errors = all_errors.sort_values(["file", "row"], kind="stable", ignore_index=True)
    return ImportReport(all_errors, results, notices, dry_run=dry_run, written=written, omitted=not_listed)


def _number_formats(
    checking: list[tuple[tabular.Sheet, type[Record]]], notices: list[str]
) -> dict[str, validation.NumberFormat]:
    """One number format per workbook, decided from the numeric columns of all its sheets together
    (a CSV file is one sheet: its check decides)."""
    columns: dict[str, dict[str, pd.Series]] = {}
    for sheet, model in checking:
        if not sheet.in_workbook:
            continue
        written = validation.written_numbers(model, sheet.frame, sheet.typed, stripped=True)
        found = columns.setdefault(sheet.file, {})
        for column, values in written.items():
            found[f"{column}' op blad '{sheet.name}"] = values  # the sentences quote it: 'waarde' op blad 'x'
    formats = {}
    for file, written in columns.items():
        formats[file] = validation.decide_numbers(written, file)
        if formats[file] is not validation.NumberFormat.PLAIN:
            notices.append(tabular.note("gegevens.note.numbers", source=file, format=formats[file].text()))
    return formats


def _entity(
    sheet: tabular.Sheet, notices: list[str], skipped: dict[str, list[tuple[str, tabular.Note]]]
) -> type[Record] | None:
    """The entity a table holds: by its name, or failing that by its header. A workbook's sheet that
    fits none is skipped with a note; a CSV file that fits none is refused."""
    model = entity_for(sheet.name)
    if model is not None:
        return model
    reason = tabular.note("gegevens.skip.empty")
    if not sheet.frame.columns.empty:
        model, tied = entity_by_header(sheet.frame)
        if model is not None:
            key = "gegevens.note.by_header" if sheet.in_workbook else "gegevens.note.by_header_file"
            notices.append(tabular.note(key, source=sheet.source, entity=model.__source__))
            return model
        reason = (
            tabular.note("gegevens.skip.ambiguous", entities=", ".join(entity.__source__ for entity in tied))
            if tied
            else tabular.note("gegevens.skip.unknown")
        )
    if not sheet.in_workbook:
        known = ", ".join(entity.__source__ for entity in ENTITIES)
        raise tabular.FileRefused("gegevens.refusal.unknown_data", source=sheet.source, known=known)
    if not sheet.frame.columns.empty:
        notices.append(tabular.note("gegevens.note.skipped", source=sheet.source, reason=reason))
    skipped.setdefault(sheet.file, []).append((sheet.name, reason))
    return None


def _database_message(error: Exception) -> str:
    if "still referenced" in str(error):
        return (
            "een rij waar andere gegevens naar verwijzen kan hier niet worden gewijzigd (een lijst in die rij, "
            f"zoals domeinen); pas dit aan in de app of laad het in een lege database ({str(error)[:160]})"
        )
    return f"past niet bij wat er al in de database staat ({str(error)[:300]})"


def _kept(model: type[Record], present: set[str]) -> frozenset[str]:
    """Fields the files did not have; a masked version counts as present when its source text is (it is
    masked afresh from it)."""
    present = present | {masked for source, masked in model.__masked__.items() if source in present}
    return frozenset(model.model_fields) - present


def _twice(frame: pd.DataFrame, primary: tuple[str, ...]) -> pd.Series:
    """Good rows with the same natural key as an earlier row of the same load."""
    twice = pd.Series(False, index=frame.index)
    good = ~frame["_bad"]
    if primary and good.any():  # among the good rows only: a bad row is refused already, and costs nothing here
        twice[good] = frame.loc[good].duplicated(list(primary), keep="first")
    return twice


def _duplicates(model: type[Record], frame: pd.DataFrame, twice: pd.Series, primary: tuple[str, ...]) -> pd.DataFrame:
    """Each row that repeats an earlier row's key, naming that earlier row (and its file when another)."""
    rows = frame.loc[twice].head(validation.MAX_LISTED * 10)
    if rows.empty:
        return validation.no_errors()
    keys = list(primary)
    earlier = frame.loc[~frame["_bad"]].drop_duplicates(keys, keep="first")[[*keys, "_row", "_source"]]
    pairs = rows[[*keys, "_row", "_source"]].merge(earlier, on=keys, how="left", suffixes=("", "_first"))
    names = " + ".join(dutch_column(model, name) for name in primary)
    messages = [
        f"staat dubbel: rij {first} heeft dezelfde {names}"
        if source == first_source
        else f"staat dubbel: rij {first} van {first_source} heeft dezelfde {names}"
        for source, first, first_source in zip(
            pairs["_source"], pairs["_row_first"], pairs["_source_first"], strict=True
        )
    ]
    return pd.DataFrame(
        {
            "file": pairs["_source"].to_numpy(),
            "row": pairs["_row"].to_numpy(),
            "column": dutch_column(model, primary[0]),
            "value": validation.shown(pairs[keys].astype(str).agg(" | ".join, axis=1)),
            "message": messages,
        }
    )


def _foreign_rows(
    cur: Cursor, model: type[Record], keys: upsert.Keys, organisation: str
) -> tuple[pd.DataFrame, np.ndarray]:
    """(errors, row numbers of the load) for staged rows of another organisation: by what the row
    says, or by the row of the database it would change."""
    table = model.__table__
    staged = tenancy.owned(table, "s")
    if staged is None:
        return validation.no_errors(), np.array([], dtype=np.int64)
    column = tenancy.owner_column(table)
    condition = f"NOT coalesce({staged}, false)"
    if keys.primary and not tenancy.decided_by(table, keys.primary):
        same = " AND ".join(f't."{name}" = s."{name}"' for name in keys.primary)
        condition += (
            f" OR EXISTS (SELECT 1 FROM {table} t WHERE {same} AND NOT coalesce({tenancy.owned(table, 't')}, false))"
        )
    rows = cur.execute(
        f'SELECT s._row, s._source, s._seq, CAST(s."{column}" AS VARCHAR) AS value FROM {upsert.STAGING} s'
        f" WHERE {condition}",
        {"organisation": organisation},
    ).df()
    if rows.empty:
        return validation.no_errors(), np.array([], dtype=np.int64)
    errors = pd.DataFrame(
        {
            "file": rows["_source"].to_numpy(),
            "row": rows["_row"].to_numpy(),
            "column": dutch_column(model, column),
            "value": validation.shown(rows["value"]),
            "message": "hoort bij een andere organisatie; u kunt alleen gegevens van uw eigen organisatie inlezen",
        }
    )
    return errors, rows["_seq"].to_numpy()


def _broken_references(cur: Cursor, model: type[Record], keys: upsert.Keys) -> tuple[pd.DataFrame, np.ndarray]:
    """(errors, row numbers of the load) for staged rows that refer to something that does not exist."""
    parts = []
    for key, rows in upsert.missing_references(cur, keys):
        target = next((entity for entity in ENTITIES if entity.__table__ == key.table), None)
        where = f"'{target.__source__}'" if target else key.table
        column = dutch_column(model, key.columns[0])
        values = rows[list(key.columns)].astype(str).agg(" | ".join, axis=1)
        parts.append(
            pd.DataFrame(
                {
                    "file": rows["_source"].to_numpy(),
                    "row": rows["_row"].to_numpy(),
                    "column": column,
                    "value": validation.shown(values),
                    "message": f"verwijst naar iets dat niet bestaat; voeg het eerst toe (gegevens {where})",
                    "_seq": rows["_seq"].to_numpy(),
                }
            )
        )
    if not parts:
        return validation.no_errors(), np.array([], dtype="int64")
    found = pd.concat(parts, ignore_index=True).drop_duplicates("_seq")
    return found.drop(columns="_seq"), found["_seq"].to_numpy()


def load_directory(store: Store, directory: Path) -> dict[str, int]:
    """Load every entity file found in ``directory`` in one transaction.

    Nothing is written when any row anywhere is wrong; then ``ImportFailed`` lists all.
    """
    sheets = [
        sheet
        for model in ENTITIES
        if (directory / f"{model.__source__}.csv").exists()
        for sheet in tabular.read_path(directory / f"{model.__source__}.csv")
    ]
    report = load_sheets(store, None, sheets)
    if not report.ok:
        raise ImportFailed(report.row_errors())
    return {result.table: result.loaded for result in report.tables}


def _masked(store: Store, frames: dict[type[Record], pd.DataFrame], model: type[Record]) -> pd.DataFrame:
    """Mask the free texts that arrive without a masked version; place names of the area stay readable."""
    names = set(store.query("SELECT name FROM neighbourhood UNION SELECT name FROM municipality")["name"])
    for place in (Neighbourhood, Municipality):
        if place in frames:
            names.update(frames[place]["name"].dropna())  # a bad row's empty name is missing, not a name
    return fill_masked(frames[model], keep={name for name in names if isinstance(name, str) and name}, model=model)
