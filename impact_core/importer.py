"""Read source files (one CSV per entity), validate every row, load all or nothing.

Errors name the file, the row number as a spreadsheet shows it (the header is row 1),
the column, the value and what is wrong, in plain Dutch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import ValidationError

from impact_core.deidentify import fill_masked
from impact_core.models import ENTITIES, Municipality, Neighbourhood, Record, Story
from impact_core.search import index_stories
from impact_core.store import Cursor, Store, insert_frame


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


def dutch_column(model: type[Record], field_name: str) -> str:
    alias = model.model_fields[field_name].validation_alias
    return alias if isinstance(alias, str) else field_name


def _dutch_message(error: dict[str, Any]) -> str:
    kind, ctx = error["type"], error.get("ctx", {})
    messages = {
        "missing": "ontbreekt; dit veld is verplicht",
        "string_too_short": "is leeg; dit veld is verplicht",
        "string_too_long": f"is te lang (hoogstens {ctx.get('max_length')} tekens)",
        "string_pattern_mismatch": "heeft niet de juiste vorm",
        "enum": f"is geen toegestane waarde; kies uit: {ctx.get('expected', '')}",
        "float_parsing": "is geen getal",
        "float_type": "is geen getal",
        "finite_number": "moet een gewoon getal zijn",
        "int_parsing": "is geen geheel getal",
        "int_from_float": "is geen geheel getal",
        "int_type": "is geen geheel getal",
        "bool_parsing": "is geen 'ja' of 'nee'",
        "date_parsing": "is geen geldige datum (schrijf jjjj-mm-dd of dd-mm-jjjj)",
        "date_from_datetime_parsing": "is geen geldige datum (schrijf jjjj-mm-dd of dd-mm-jjjj)",
        "date_type": "is geen geldige datum (schrijf jjjj-mm-dd of dd-mm-jjjj)",
        "greater_than_equal": f"moet minstens {ctx.get('ge')} zijn",
        "less_than_equal": f"mag hoogstens {ctx.get('le')} zijn",
    }
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return messages.get(kind, "is ongeldig")


def dutch_errors(failure: ValidationError, model: type[Record]) -> list[str]:
    """A validation failure as one plain Dutch line per field."""
    lines = []
    for error in failure.errors():
        field = str(error["loc"][0]) if error["loc"] else ""
        column = dutch_column(model, field) if field in model.model_fields else field
        lines.append(f"{column.replace('_', ' ')}: {_dutch_message(error)}")
    return lines


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
                        value=str(raw.get(field, ""))[:80],
                        message=_dutch_message(error),
                    )
                )
    return records, errors


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig").dropna(how="all")


def records_frame(model: type[Record], records: Iterable[Record]) -> pd.DataFrame:
    return pd.DataFrame([record.model_dump() for record in records], columns=list(model.model_fields))


def load_directory(store: Store, directory: Path) -> dict[str, int]:
    """Load every entity file found in ``directory`` in one transaction.

    Nothing is written when any row anywhere is wrong; then ``ImportFailed`` lists all.
    """
    frames: list[tuple[type[Record], pd.DataFrame]] = []
    errors: list[RowError] = []
    for model in ENTITIES:
        path = directory / f"{model.__source__}.csv"
        if not path.exists():
            continue
        records, found = validate_frame(model, read_csv(path), path.name)
        errors.extend(found)
        frames.append((model, records_frame(model, records)))
    if errors:
        raise ImportFailed(errors)
    frames = [(model, _masked(store, frames, frame) if model is Story else frame) for model, frame in frames]

    def insert_all(cur: Cursor) -> dict[str, int]:
        counts = {model.__table__: insert_frame(cur, model.__table__, frame) for model, frame in frames}
        for model, frame in frames:
            if model is Story:
                index_stories(cur, list(frame["id"]))
        return counts

    return store.write(insert_all)


def _masked(store: Store, frames: list[tuple[type[Record], pd.DataFrame]], stories: pd.DataFrame) -> pd.DataFrame:
    """Mask stories that arrive without a masked version; place names of the area stay readable."""
    names = set(store.query("SELECT name FROM neighbourhood UNION SELECT name FROM municipality")["name"])
    for model, frame in frames:
        if model in (Neighbourhood, Municipality):
            names.update(frame["name"])
    return fill_masked(stories, keep=names)
