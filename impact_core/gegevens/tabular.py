"""Read what people really send (CSV in any common dialect, Excel workbooks) into frames of strings.

Every cell comes out as a stripped string ("" when empty); the frame's index is the row
number a spreadsheet shows (the header is row 1), so reports point where the user looks.
Anything that cannot be read safely is refused with ``FileRefused`` and a Dutch reason,
never a traceback or a hang: size, columns and unpacked size are checked before parsing.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from impact_core.refusal import Invalid

MAX_BYTES = 200 * 1024 * 1024  # what one upload or file may weigh
MAX_COLUMNS = 200  # no entity has more than 30 columns
MAX_UNPACKED = 1024 * 1024 * 1024  # an .xlsx is a zip: its parts together, unpacked
MAX_RATIO = 200  # a zip part that unpacks to more than 200x its size is a zip bomb
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")


class FileRefused(Invalid):
    """The file cannot be read safely; the message says why, in Dutch."""


@dataclass(frozen=True)
class Sheet:
    """One table of a file: a CSV file or one sheet of a workbook."""

    source: str  # what the report calls it: 'metingen.csv' or 'gegevens.xlsx, blad metingen'
    name: str  # file stem or sheet title: says which entity it holds
    frame: pd.DataFrame  # strings; columns as written in the header; index = spreadsheet row
    in_workbook: bool = False


def read_path(path: Path) -> list[Sheet]:
    path = Path(path)
    if not path.is_file():
        raise FileRefused(f"Het bestand {path} bestaat niet of is geen bestand.")
    if path.stat().st_size > MAX_BYTES:
        raise FileRefused(_too_big(path.name))
    return read_bytes(path.name, path.read_bytes())


def read_bytes(name: str, data: bytes) -> list[Sheet]:
    """The tables in a file, by its name (for the kind) and its bytes."""
    if len(data) > MAX_BYTES:
        raise FileRefused(_too_big(name))
    suffix = Path(name).suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return _read_workbook(name, data)
    if suffix in CSV_SUFFIXES:
        return [Sheet(name, Path(name).stem, read_csv_bytes(data, name))]
    if suffix == ".xls":
        raise FileRefused(f"{name}: het oude Excel-formaat (.xls) lees ik niet. Sla het op als .xlsx.")
    raise FileRefused(f"{name}: dit soort bestand lees ik niet. Gebruik een Excel-werkmap (.xlsx) of CSV (.csv).")


def _too_big(name: str) -> str:
    return f"{name} is groter dan {MAX_BYTES // (1024 * 1024)} MB. Splits het bestand op of gebruik de opdrachtregel."


# --- CSV ---------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (what Dutch Excel writes)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def delimiter(header_line: str) -> str:
    """Count the candidates in the header; csv.Sniffer guesses wrong on short rows."""
    counts = {candidate: header_line.count(candidate) for candidate in DELIMITERS}
    best = max(counts, key=lambda candidate: counts[candidate])
    return best if counts[best] else ","


def read_csv_bytes(data: bytes, name: str = "bestand.csv") -> pd.DataFrame:
    text = decode(data)
    if "\x00" in text[:65536]:
        raise FileRefused(f"{name} is geen tekstbestand. Gebruik CSV (tekst) of een Excel-werkmap (.xlsx).")
    text = text.lstrip("\ufeff")
    body = text.lstrip("\r\n")  # blank lines above the header: skipped, but counted for row numbers
    skipped = text[: len(text) - len(body)].count("\n")
    text = body
    header_line = text[: text.find("\n")] if "\n" in text[:1_000_000] else text[:1_000_000]
    sep = delimiter(header_line)
    if header_line.count(sep) + 1 > MAX_COLUMNS:
        raise FileRefused(_too_many_columns(name))
    frame = _parse_fast(text, sep)
    try:
        if frame is None:
            frame = _parse(text, sep, None)
    except pd.errors.ParserError:
        # Rows longer than the header (often trailing separators): read as wide as the widest line.
        width = max((line.count(sep) for line in text.splitlines()), default=0) + 1
        if width > MAX_COLUMNS:
            raise FileRefused(_too_many_columns(name)) from None
        try:
            frame = _parse(text, sep, list(range(width)))
        except (pd.errors.ParserError, ValueError, csv.Error) as error:
            raise FileRefused(f"{name} is geen leesbaar CSV-bestand ({_short(error)}).") from None
    except (pd.errors.EmptyDataError, ValueError, csv.Error, OverflowError) as error:
        if isinstance(error, pd.errors.EmptyDataError):
            raise FileRefused(f"{name} is leeg.") from None
        raise FileRefused(f"{name} is geen leesbaar CSV-bestand ({_short(error)}).") from None
    frame = _with_header(frame, name)
    frame.index = frame.index + skipped
    return frame


_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


def _parse_fast(text: str, sep: str) -> pd.DataFrame | None:
    """Arrow's multithreaded reader, for the common clean file; it skips blank lines (which
    would shift row numbers) and refuses ragged rows, so those files take the careful path."""
    if _BLANK_LINE.search(text.rstrip()):  # blank lines at the end shift nothing
        return None
    try:
        return pd.read_csv(
            io.BytesIO(text.encode("utf-8")), sep=sep, header=None, dtype=str, keep_default_na=False, engine="pyarrow"
        )
    except Exception:  # any complaint of Arrow's: the careful parser decides and explains
        return None


def _parse(text: str, sep: str, names: list[int] | None) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(text),
        sep=sep,
        header=None,
        names=names,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
        engine="c",
        quotechar='"',
        doublequote=True,
    )


def _short(error: Exception) -> str:
    return str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__


def _too_many_columns(name: str) -> str:
    return f"{name} heeft meer dan {MAX_COLUMNS} kolommen; zo'n bestand lees ik niet. Is het het goede bestand?"


def _with_header(raw: pd.DataFrame, name: str) -> pd.DataFrame:
    """First row is the header; empty trailing rows and columns go; the index becomes the spreadsheet row."""
    raw = raw.fillna("").astype(str)
    # Column by column: DataFrame.apply is four times slower on a million rows.
    raw = pd.DataFrame({column: raw[column].str.strip() for column in raw.columns})
    raw.index = pd.RangeIndex(1, len(raw) + 1)
    filled = raw != ""
    rows = filled.any(axis=1)
    if not rows.any():
        raise FileRefused(f"{name} is leeg.")
    header_row = rows.idxmax()
    header = [str(value).strip() for value in raw.loc[header_row]]
    body = raw.loc[header_row + 1 :]
    keep_rows = rows.loc[header_row + 1 :]
    columns_used = filled.loc[header_row + 1 :].any(axis=0).to_numpy()
    keep_columns = [bool(header[i]) or bool(columns_used[i]) for i in range(len(header))]
    body = body.loc[keep_rows, keep_columns]
    body.columns = [
        label or f"(kolom {i + 1} zonder naam)"
        for i, (label, kept) in enumerate(zip(header, keep_columns, strict=True))
        if kept
    ]
    return body


# --- Excel -------------------------------------------------------------------------------


def _read_workbook(name: str, data: bytes) -> list[Sheet]:
    from openpyxl import load_workbook  # imported here: only needed for workbooks

    _check_zip(name, data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise FileRefused(f"{name} is geen leesbare Excel-werkmap ({_short(error)}).") from None
    try:
        sheets = []
        for sheet in book.worksheets:
            rows = []
            sheet.reset_dimensions()  # the stored size may lie; read what is there
            for row in sheet.iter_rows(values_only=True):
                if len(row) > MAX_COLUMNS and any(value is not None for value in row[MAX_COLUMNS:]):
                    raise FileRefused(f"{name}, blad {sheet.title}: {_too_many_columns('het blad')}")
                rows.append([_cell(value) for value in row[:MAX_COLUMNS]])
            if not any(any(cell.strip() for cell in row) for row in rows):
                continue
            width = max(len(row) for row in rows)
            frame = pd.DataFrame([row + [""] * (width - len(row)) for row in rows], dtype=str)
            sheets.append(Sheet(f"{name}, blad {sheet.title}", sheet.title, _with_header(frame, name), True))
        return sheets
    except FileRefused:
        raise
    except Exception as error:
        raise FileRefused(f"{name} is geen leesbare Excel-werkmap ({_short(error)}).") from None
    finally:
        book.close()


def _check_zip(name: str, data: bytes) -> None:
    """An .xlsx is a zip archive: refuse what is not one, and what would unpack to too much."""
    if not data.startswith(b"PK\x03\x04"):
        raise FileRefused(f"{name} is geen Excel-werkmap (.xlsx), al heet het zo.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise FileRefused(f"{name} is beschadigd ({_short(error)}).") from None
    unpacked = sum(part.file_size for part in parts)
    bomb = any(
        part.file_size > MAX_RATIO * max(part.compress_size, 1) and part.file_size > 10_000_000 for part in parts
    )
    if len(parts) > 10_000 or unpacked > MAX_UNPACKED or bomb:
        raise FileRefused(f"{name} pakt uit tot veel te veel gegevens; zo'n bestand lees ik niet.")


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(value: object) -> str:
    """An Excel value as the text the importer reads: dates ISO, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)
