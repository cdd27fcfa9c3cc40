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
import functools
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from impact_core.i18n import Lang, t
from impact_core.refusal import Invalid, Phrase

MAX_BYTES = 100 * 1024 * 1024  # what one upload or file may weigh: 1M measurements are 52 MB
MAX_COLUMNS = 200  # no entity has more than 30 columns
MAX_UNPACKED = 1024 * 1024 * 1024  # an .xlsx is a zip: its parts together, unpacked
MAX_RATIO = 200  # a zip part that unpacks to more than 200x its size is a zip bomb
MAX_ROWS = 2_000_000  # rows of one CSV file or sheet; a sector-wide load comes in several files
MAX_CELLS = 16_000_000  # rows x columns of one CSV file: what keeps an import under 1 GB of memory
MAX_SHEETS = 64  # the template and an export have 32 sheets
MAX_SHEET_CELLS = 1_000_000  # filled cells of a workbook: an organisation's export (10^5 measurements) fits;
# openpyxl reads 20 000 to 100 000 cells a second, so a workbook costs a minute at most
TEXT, NUMBER, PERCENT = 0, 1, 2  # how a workbook stored a cell (``Sheet.typed``)
HEADER_SEARCH = 30  # the header is looked for in the first rows: title rows stand above it
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")


class FileRefused(Invalid):
    """The file cannot be read safely; the message says why."""


@dataclass(frozen=True)
class Sheet:
    """One table of a file: a CSV file or one sheet of a workbook."""

    source: str  # what the report calls it: 'metingen.csv' or 'gegevens.xlsx, blad metingen'
    name: str  # file stem or sheet title: says which entity it holds
    frame: pd.DataFrame  # strings; columns as written in the header; index = spreadsheet row
    in_workbook: bool = False
    header_row: int = 1  # where the header was found (title rows may stand above it)
    notes: tuple[Note, ...] = ()  # what was skipped or read in a particular way, for the report
    # Workbooks: per cell, how Excel stored it: TEXT, NUMBER (exact, whatever the text cells of
    # the file write) or PERCENT (a number shown as a percentage); None for CSV, all text.
    typed: pd.DataFrame | None = None
    file: str = ""  # the file the table came from: a workbook's sheets share it


def read_path(path: Path) -> list[Sheet]:
    path = Path(path)
    if not path.is_file():
        raise FileRefused("gegevens.refusal.no_file", path=path)
    if path.stat().st_size > MAX_BYTES:
        raise FileRefused("gegevens.refusal.too_big", name=path.name, megabytes=MAX_BYTES // (1024 * 1024))
    return read_bytes(path.name, path.read_bytes())


def read_bytes(name: str, data: bytes) -> list[Sheet]:
    """The tables in a file, by its name (for the kind) and its bytes."""
    if len(data) > MAX_BYTES:
        raise FileRefused("gegevens.refusal.too_big", name=name, megabytes=MAX_BYTES // (1024 * 1024))
    suffix = Path(name).suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return _read_workbook(name, data)
    if suffix in CSV_SUFFIXES:
        return [read_csv_sheet(data, name)]
    if suffix == ".xls":
        raise FileRefused("gegevens.refusal.old_excel", name=name)
    raise FileRefused("gegevens.refusal.kind", name=name)


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
    return read_csv_sheet(data, name).frame


def read_csv_sheet(data: bytes, name: str = "bestand.csv") -> Sheet:
    clean = _read_clean(data, name)
    if clean is not None:
        return clean
    text = decode(data)
    if "\x00" in text[:65536]:
        raise FileRefused("gegevens.refusal.not_text", name=name)
    text = text.lstrip("\ufeff")
    body = text.lstrip("\r\n")  # blank lines above the header: skipped, but counted for row numbers
    skipped = text[: len(text) - len(body)].count("\n")
    text = body
    del body
    header_line = text[: text.find("\n")] if "\n" in text[:1_000_000] else text[:1_000_000]
    sep = delimiter(header_line)
    if header_line.count(sep) + 1 > MAX_COLUMNS:
        raise FileRefused("gegevens.refusal.columns", name=name, limit=MAX_COLUMNS)
    _check_size(name, text.count("\n") + 1, header_line.count(sep) + 1)  # before parsing: a count is cheap
    frame = None
    if not _BLANK_LINE.search(text.rstrip()):  # blank lines at the end shift nothing
        # The file's own bytes when they are plain ASCII (so the UTF-8 text): a copy of the file less in memory.
        payload = data if not skipped and data.isascii() else None
        if payload is not None:
            del text
        frame = _parse_fast(payload if payload is not None else text.encode("utf-8"), sep)
        if payload is not None:
            text = decode(data).lstrip("\ufeff").lstrip("\r\n") if frame is None else ""
    try:
        if frame is None:
            frame = _parse(text, sep, None)
    except pd.errors.ParserError:
        # Rows longer than the header (often trailing separators): read as wide as the widest line.
        width = max((line.count(sep) for line in text.splitlines()), default=0) + 1
        if width > MAX_COLUMNS:
            raise FileRefused("gegevens.refusal.columns", name=name, limit=MAX_COLUMNS) from None
        try:
            frame = _parse(text, sep, list(range(width)))
        except (pd.errors.ParserError, ValueError, csv.Error) as error:
            raise FileRefused("gegevens.refusal.bad_csv", name=name, error=_short(error)) from None
    except (pd.errors.EmptyDataError, ValueError, csv.Error, OverflowError) as error:
        if isinstance(error, pd.errors.EmptyDataError):
            raise FileRefused("gegevens.refusal.empty", name=name) from None
        raise FileRefused("gegevens.refusal.bad_csv", name=name, error=_short(error)) from None
    del text
    frame.index = pd.RangeIndex(1 + skipped, len(frame) + 1 + skipped)
    return _with_header(frame, name, name, Path(name).stem)


def _check_size(name: str, rows: int, columns: int) -> None:
    if rows > MAX_ROWS:
        raise FileRefused("gegevens.limit.rows", name=name, limit=_count(MAX_ROWS))
    if rows * columns > MAX_CELLS:
        raise FileRefused("gegevens.limit.cells", name=name, limit=_count(MAX_CELLS))


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


# Whitespace a cell could start or end with in an ASCII file read by Arrow (which ends a row at
# every line break): when the file holds none, no cell needs stripping and no line is blank but empty.
_ASCII_SPACE = (b" ", b"\t", b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e", b"\x1f")
_BLANK_LINE_BYTES = re.compile(rb"\n[ \t]*\r?\n")


def _read_clean(data: bytes, name: str) -> Sheet | None:
    """The common file, read from its own bytes without a decoded copy: ASCII (so UTF-8, after a
    BOM), the header on the first line, no blank line between rows (which Arrow would skip,
    shifting row numbers), every row as wide as the header. None: the careful path decides."""
    payload = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
    if not payload or payload[:1] in b"\r\n" or not payload.isascii() or b"\x00" in payload[:65536]:
        return None
    first_break = payload.find(b"\n", 0, 1_000_000)
    header_line = payload[: first_break if first_break >= 0 else 1_000_000].decode("ascii")
    sep = delimiter(header_line)
    if header_line.count(sep) + 1 > MAX_COLUMNS:
        raise FileRefused("gegevens.refusal.columns", name=name, limit=MAX_COLUMNS)
    breaks = payload.count(b"\n")
    _check_size(name, breaks + 1, header_line.count(sep) + 1)  # before parsing, as the careful path
    end = len(payload)
    while end and payload[end - 1] in b"\r\n":  # empty lines at the end shift nothing
        end -= 1
    spaced = any(space in payload for space in _ASCII_SPACE)  # a byte search each: fast, also on 50 MB
    if spaced and _BLANK_LINE_BYTES.search(payload, 0, end):
        return None
    frame = _parse_fast(payload, sep)
    if frame is None or len(frame) != breaks - payload.count(b"\n", end) + 1:  # a line Arrow skipped: blank
        return None
    frame.index = pd.RangeIndex(1, len(frame) + 1)
    return _with_header(frame, name, name, Path(name).stem, stripped=not spaced)


def _parse_fast(payload: bytes, sep: str) -> pd.DataFrame | None:
    """Arrow's multithreaded reader, for the common clean file; it skips blank lines (which
    would shift row numbers: the caller sends those files the careful way) and refuses ragged
    rows, so those files take the careful path."""
    try:
        table = pacsv.read_csv(
            io.BytesIO(payload),
            read_options=pacsv.ReadOptions(autogenerate_column_names=True),
            parse_options=pacsv.ParseOptions(delimiter=sep),
            convert_options=_ALL_TEXT,
        )
    except Exception:  # any complaint of Arrow's: the careful parser decides and explains
        return None
    # Arrow's columns as they are (pandas' own Arrow engine copied and converted them: a fifth of the read).
    return pd.DataFrame(
        {position: pd.Series(table.column(position), dtype=_TEXT) for position in range(table.num_columns)}
    )


# Every cell text, an empty cell the empty text: as pandas reads with dtype=str and keep_default_na=False.
_ALL_TEXT = pacsv.ConvertOptions(
    column_types={f"f{position}": pa.large_string() for position in range(MAX_COLUMNS)},
    null_values=[],
    strings_can_be_null=False,
    quoted_strings_can_be_null=False,
)
_TEXT = pd.StringDtype(na_value=float("nan"))  # pandas' own "str": Arrow's strings, missing is NaN


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


@functools.cache
def _known_headers() -> frozenset[str]:
    """Every column name any entity accepts, normalised: how a header row is told from a title."""
    from impact_core.gegevens.validation import accepted_names, normalise_header
    from impact_core.models import ENTITIES

    return frozenset(normalise_header(name) for model in ENTITIES for name in accepted_names(model))


def _header_position(raw: pd.DataFrame, filled: pd.DataFrame, rows: pd.Series) -> int:
    """The row label of the header: the first of the first rows that names two known columns
    (title rows above it name none); failing that, the first row that is not empty."""
    from impact_core.gegevens.validation import normalise_header

    known = _known_headers()
    candidates = rows[rows].index[:HEADER_SEARCH]
    for label in candidates:
        named = sum(normalise_header(value) in known for value in raw.loc[label] if value)
        if named >= 2 or (named == 1 and int(filled.loc[label].sum()) == 1 and raw.shape[1] == 1):
            return int(label)
    return int(candidates[0])


_TOTAL = re.compile(r"^(eind|sub)?(totaal|totalen|total|totals|som|gemiddelde|average)\b", re.IGNORECASE)


def _with_header(
    raw: pd.DataFrame,
    name: str,
    source: str,
    title: str,
    typed: pd.DataFrame | None = None,
    *,
    stripped: bool = False,
) -> Sheet:
    """Find the header (under any title rows); drop empty rows and columns and the total rows at the
    bottom, each reported as a note. ``raw``'s index is the spreadsheet row number; ``stripped``:
    every cell is text already, none with whitespace around it (the reader saw none in the file)."""
    if not stripped:
        raw = raw.fillna("").astype(str)
        # Column by column: DataFrame.apply is four times slower on a million rows; a column that
        # needs no stripping is kept as it is (one copy of a large file less in memory).
        raw = pd.DataFrame({column: _stripped(raw[column]) for column in raw.columns}, index=raw.index)
    filled = raw != ""
    rows = filled.any(axis=1)
    if not rows.any():
        raise FileRefused("gegevens.refusal.empty", name=name)
    header_row = _header_position(raw, filled, rows)
    notes: list[Note] = []
    filled_rows = rows.index[rows.to_numpy()]
    above = [int(label) for label in filled_rows[filled_rows < header_row]]  # not a loop over a million rows
    if above:
        notes.append(note("gegevens.note.title_rows", source=source, rows=_rows_text(above), header=header_row))
    header = [str(value).strip() for value in raw.loc[header_row]]
    start = raw.index.get_loc(header_row) + 1
    body = raw.iloc[start:]  # a slice, not a copy: a million rows stay cheap
    keep_rows = rows.iloc[start:]
    empty_rows = int((~keep_rows).sum())
    totals = _total_rows(body.loc[keep_rows])
    if totals:
        keep_rows = keep_rows & ~keep_rows.index.isin(totals)
        notes.append(note("gegevens.note.totals", source=source, rows=_rows_text(totals)))
    if empty_rows and empty_rows < len(body):
        notes.append(note("gegevens.note.empty_rows", source=source, count=empty_rows))
    columns_used = filled.iloc[start:].any(axis=0).to_numpy()
    keep_columns = [bool(header[i]) or bool(columns_used[i]) for i in range(len(header))]
    labels = [
        label or f"(kolom {i + 1} zonder naam)"
        for i, (label, kept) in enumerate(zip(header, keep_columns, strict=True))
        if kept
    ]
    if not keep_rows.all():
        body = body.loc[keep_rows]
    body = body.loc[:, keep_columns] if not all(keep_columns) else body.copy(deep=False)
    body.columns = labels
    if typed is not None:
        typed = typed.loc[body.index, keep_columns]
        typed.columns = labels
    return Sheet(source, title, body, typed is not None, header_row, tuple(notes), typed, name)


def _stripped(column: pd.Series) -> pd.Series:
    trimmed = column.str.strip()
    return column if trimmed.equals(column) else trimmed


def _total_rows(body: pd.DataFrame) -> list[int]:
    """Row labels of the total rows at the bottom: the first filled cell is a short 'Totaal', 'Som' and the like.
    Only the last rows are looked at: a million-row file costs nothing extra."""
    found: list[int] = []
    for label in reversed(body.index[-20:]):
        first = next((value for value in body.loc[label] if value), "")
        if len(first) <= 30 and _TOTAL.match(first):
            found.append(int(label))
        else:
            break
    return sorted(found)


def _rows_text(rows: list[int]) -> str:
    return ", ".join(str(row) for row in rows[:10]) + (" …" if len(rows) > 10 else "")


class Note(str):
    """A sentence for the report that is not an error: what was skipped or read in a particular way.
    It is the Dutch sentence (as the command line prints it) and knows its key for other languages."""

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, **values: object) -> Note:
        made = super().__new__(cls, t(key, "nl", **values))
        made.key, made.values = key, values
        return made

    def text(self, lang: Lang = "nl") -> str:
        values = {name: value.text(lang) if isinstance(value, Note) else value for name, value in self.values.items()}
        return t(self.key, lang, **values)


def note(key: str, **values: object) -> Note:
    return Note(key, **values)


# --- Excel -------------------------------------------------------------------------------


def _read_workbook(name: str, data: bytes) -> list[Sheet]:
    from openpyxl import load_workbook  # imported here: only needed for workbooks

    _check_zip(name, data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise FileRefused("gegevens.refusal.bad_workbook", name=name, error=_short(error)) from None
    try:
        if len(book.worksheets) > MAX_SHEETS:
            raise FileRefused("gegevens.limit.sheets", name=name, limit=MAX_SHEETS)
        for sheet in book.worksheets:  # every declared size first: nothing is parsed when one is too big
            _check_dimension(name, sheet)
        percent = _percent_styles(book)
        sheets = []
        cells = 0
        for sheet in book.worksheets:
            read = _sheet_frames(name, book, sheet, percent, MAX_SHEET_CELLS - cells)
            source = f"{name}, blad {sheet.title}"
            if read is None:  # kept, so the report can say it was skipped and why
                sheets.append(Sheet(source, sheet.title, pd.DataFrame(), True, file=name))
                continue
            raw, typed, count = read
            cells += count
            sheets.append(_with_header(raw, name, source, sheet.title, typed))
        return sheets
    except FileRefused:
        raise
    except Exception as error:
        raise FileRefused("gegevens.refusal.bad_workbook", name=name, error=_short(error)) from None
    finally:
        book.close()


def _check_dimension(name: str, sheet: Any) -> None:
    """The size the sheet declares, before a cell is read (a far cell makes a small file declare a
    huge sheet); the reading itself checks again, as a declared size may lie."""
    min_column, min_row, max_column, max_row = (
        sheet.min_column or 1,
        sheet.min_row or 1,
        sheet.max_column or 1,
        sheet.max_row or 1,
    )
    rows, columns = max_row - min_row + 1, max_column - min_column + 1
    where = Phrase("gegevens.refusal.where", name=name, sheet=sheet.title)
    if max_column > MAX_COLUMNS:
        raise FileRefused("gegevens.refusal.sheet_columns", name=where, limit=MAX_COLUMNS)
    if max_row > MAX_ROWS:
        raise FileRefused("gegevens.limit.rows", name=where, limit=_count(MAX_ROWS))
    if rows * columns > MAX_SHEET_CELLS:
        raise FileRefused("gegevens.limit.sheet_cells", name=where, limit=_count(MAX_SHEET_CELLS))


def _percent_styles(book: Any) -> frozenset[int]:
    """Style numbers whose number format shows a percentage: the cell holds 0.45, the user sees 45%."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    found = set()
    for position, style in enumerate(book._cell_styles):
        number = style.numFmtId
        if number < BUILTIN_FORMATS_MAX_SIZE:
            written = BUILTIN_FORMATS.get(number, "General")
        else:
            written = book._number_formats[number - BUILTIN_FORMATS_MAX_SIZE]
        if "%" in str(written).replace("\\%", "").replace('"%"', ""):
            found.add(position)
    return frozenset(found)


def _sheet_frames(
    name: str, book: Any, sheet: Any, percent: frozenset[int], cells_left: int
) -> tuple[pd.DataFrame, pd.DataFrame, int] | None:
    """(cells as text, how Excel stored each cell, filled cells) of one sheet,
    or None when it is empty. Only the rows the file holds are read: openpyxl's own row iterator
    fills every gap up to a far cell, which is how a 13 KB workbook took minutes."""
    from openpyxl.worksheet._reader import WorkSheetParser

    where = Phrase("gegevens.refusal.where", name=name, sheet=sheet.title)
    labels: list[int] = []
    rows: list[list[str]] = []
    numbers: list[list[int]] = []
    width = 0
    filled = 0
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for label, cells in parser.parse():
            if label > MAX_ROWS:
                raise FileRefused("gegevens.limit.rows", name=where, limit=_count(MAX_ROWS))
            row: list[str] = []
            typed: list[int] = []
            for cell in cells:
                value = cell["value"]
                if value is None or value == "":
                    continue
                column = cell["column"]
                if column > MAX_COLUMNS:
                    raise FileRefused("gegevens.refusal.sheet_columns", name=where, limit=MAX_COLUMNS)
                filled += 1
                if filled > cells_left:
                    raise FileRefused("gegevens.limit.sheet_cells", name=where, limit=_count(MAX_SHEET_CELLS))
                is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
                kind = (PERCENT if cell["style_id"] in percent else NUMBER) if is_number else TEXT
                if len(row) < column:
                    row.extend([""] * (column - len(row)))
                    typed.extend([TEXT] * (column - len(typed)))
                row[column - 1] = _cell(value)
                typed[column - 1] = kind
            if row:
                labels.append(label)
                rows.append(row)
                numbers.append(typed)
                width = max(width, len(row))
    if not rows:
        return None
    frame = pd.DataFrame([row + [""] * (width - len(row)) for row in rows], index=labels, dtype=str)
    typed_frame = pd.DataFrame([typed + [TEXT] * (width - len(typed)) for typed in numbers], index=labels, dtype="int8")
    return frame, typed_frame, filled


def _check_zip(name: str, data: bytes) -> None:
    """An .xlsx is a zip archive: refuse what is not one, and what would unpack to too much."""
    if not data.startswith(b"PK\x03\x04"):
        raise FileRefused("gegevens.refusal.not_a_workbook", name=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise FileRefused("gegevens.refusal.damaged", name=name, error=_short(error)) from None
    unpacked = sum(part.file_size for part in parts)
    bomb = any(
        part.file_size > MAX_RATIO * max(part.compress_size, 1) and part.file_size > 10_000_000 for part in parts
    )
    if len(parts) > 10_000 or unpacked > MAX_UNPACKED or bomb:
        raise FileRefused("gegevens.refusal.bomb", name=name)


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
