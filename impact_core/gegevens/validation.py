"""Vectorised validation of a frame of strings against a model's field rules.

The rules are read from the pydantic field annotations (type, pattern, length, bounds,
allowed values, BSN refusal, first-of-month), so the models stay the one definition.
Checks work on whole columns, and on the distinct values of a column where Python is
needed (patterns, dates, allowed values): a million measurements hold a few hundred
distinct codes and months. Messages are the importer's plain Dutch ones.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum, StrEnum

import annotated_types
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import DTypeLike
from pydantic.fields import FieldInfo

from impact_core import bsn, models, pseudonym
from impact_core.gegevens.tabular import PERCENT, TEXT, FileRefused, Note, note
from impact_core.i18n import Lang, t
from impact_core.models import Record

# What a pattern accepts, in plain Dutch: in a report (what would be accepted) and in the template.
PATTERN_HINTS = {
    models.MUNICIPALITY_PATTERN: "GM en vier cijfers, zoals GM0363, of een Belgische NIS-code van vijf cijfers,"
    " zoals 44021",
    models.NEIGHBOURHOOD_PATTERN: "BU en acht cijfers, zoals BU03630001, of een statistische sector van Statbel,"
    " zoals 44021A00-",
    r"^[A-Za-z0-9_.\-]+$": "een code van letters, cijfers, '-', '_' of '.', zoals W-01",
    pseudonym.PATTERN: "een code van letters en cijfers met minstens één cijfer, zoals VT-0012; nooit een naam",
}
ERROR_COLUMNS = ["file", "row", "column", "value", "message"]
DATE_HINT = "is geen geldige datum (schrijf jjjj-mm-dd, dd-mm-jjjj of een Excel-datumgetal zoals 45660)"
REQUIRED = "ontbreekt; vul het in, dit veld is verplicht"
_INT_LIMIT = 2**31 - 1
_TRUE = {"ja", "j", "true", "waar", "1", "yes", "y", "t", "on"}
_FALSE = {"nee", "n", "false", "onwaar", "0", "no", "f", "off"}


@dataclass(frozen=True)
class Rule:
    """What one field accepts, read from its annotation."""

    name: str
    column: str  # the Dutch column name
    kind: str  # text, int, float, bool, date, enum, list
    required: bool
    default: object = None
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    ge: float | None = None
    le: float | None = None
    choices: tuple[str, ...] = ()
    month_start: bool = False
    item: Rule | None = None  # for lists: the rule of each item
    extra: tuple[object, ...] = field(default=(), compare=False)


def _flatten(annotation: object, found: list[object]) -> object:
    """The base type of an annotation, collecting metadata through Annotated, Optional and FieldInfo."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        for item in extra:
            found.extend(item.metadata if isinstance(item, FieldInfo) else [item])
        return _flatten(base, found)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _flatten(args[0], found)
    return annotation


def _rule(
    name: str, column: str, annotation: object, metadata: list[object], *, required: bool, default: object
) -> Rule:
    found = list(metadata)
    base = _flatten(annotation, found)
    values: dict[str, typing.Any] = {}
    for item in found:
        if isinstance(item, annotated_types.MinLen):
            values["min_length"] = item.min_length
        elif isinstance(item, annotated_types.MaxLen):
            values["max_length"] = item.max_length
        elif isinstance(item, annotated_types.Ge):
            values["ge"] = item.ge
        elif isinstance(item, annotated_types.Le):
            values["le"] = item.le
        elif pattern := getattr(item, "pattern", None):
            values["pattern"] = pattern
        func = getattr(item, "func", None)
        if func is models._month_start:
            values["month_start"] = True
    if typing.get_origin(base) is list:
        item_rule = _rule(name, column, typing.get_args(base)[0], [], required=True, default=None)
        return Rule(name, column, "list", required, default, item=item_rule)
    if isinstance(base, type) and issubclass(base, Enum):
        return Rule(name, column, "enum", required, default, choices=tuple(member.value for member in base))
    kinds = {str: "text", int: "int", float: "float", bool: "bool", dt.date: "date", dt.datetime: "datetime"}
    if base not in kinds:
        raise TypeError(f"{name}: no vectorised rule for {base!r}")
    return Rule(name, column, kinds[base], required, default, **values)


@functools.cache
def rules(model: type[Record]) -> tuple[Rule, ...]:
    found = []
    for name, info in model.model_fields.items():
        column = info.validation_alias if isinstance(info.validation_alias, str) else name
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        found.append(_rule(name, column, info.annotation, info.metadata, required=info.is_required(), default=default))
    return tuple(found)


def normalise_header(name: str) -> str:
    return "_".join(str(name).strip().lower().replace("-", " ").split())


@functools.cache
def accepted_names(model: type[Record]) -> dict[str, str]:
    """Every accepted column name, normalised (Dutch alias or English field name) -> field name."""
    names = {}
    for rule in rules(model):
        names[normalise_header(rule.name)] = rule.name
        names[normalise_header(rule.column)] = rule.name
    return names


# --- checks --------------------------------------------------------------------------------


MAX_LISTED = 1000  # errors listed per column and kind; the rest are counted (a file of errors stays small)


@dataclass
class _Found:
    """Errors gathered while checking one frame, as arrays so a million of them stay cheap. Every bad
    row is marked in ``bad``; only the first ``MAX_LISTED`` of each kind are listed, the rest counted."""

    file: str
    rows: pd.Index
    parts: list[pd.DataFrame] = field(default_factory=list)
    bad: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    omitted: int = 0

    def __post_init__(self) -> None:
        self.bad = np.zeros(len(self.rows), dtype=bool)

    def add(self, mask: pd.Series, column: str, raw: pd.Series, message: str | pd.Series) -> None:
        mask = mask.fillna(False).astype(bool).to_numpy()
        if not mask.any():
            return
        self.bad |= mask
        positions = np.flatnonzero(mask)
        self.omitted += max(0, len(positions) - MAX_LISTED)
        positions = positions[:MAX_LISTED]
        # Only the listed rows become Python objects: a whole column of messages took 300 MB.
        messages = message.iloc[positions].to_numpy() if isinstance(message, pd.Series) else message
        self.parts.append(
            pd.DataFrame(
                {
                    "file": self.file,
                    "row": self.rows[positions].to_numpy(),
                    "column": column,
                    "value": shown(raw.iloc[positions]),
                    "message": messages,
                }
            )
        )

    def frame(self) -> pd.DataFrame:
        if not self.parts:
            return pd.DataFrame({name: pd.Series(dtype=object if name != "row" else "int64") for name in ERROR_COLUMNS})
        return pd.concat(self.parts, ignore_index=True)


def shown(values: pd.Series) -> np.ndarray:
    """Values as a report repeats them: the first 80 characters, never a citizen number."""
    values = values.fillna("").astype(str)
    suspicious = values.str.count(r"\d") >= 8  # the regex only where a number could hide
    values = values.mask(suspicious, values[suspicious].map(lambda value: bsn.masked(value)[0]))
    return values.str.slice(0, 80).to_numpy()


def no_errors() -> pd.DataFrame:
    """An empty error table with the report's columns."""
    return _Found("", pd.Index([])).frame()


def _arrow(series: pd.Series) -> pa.Array:
    """The column as an Arrow string array: pandas' Arrow-backed strings as they are (a cast to
    ``pa.string()`` copied every cell of a million-row column, three times per column)."""
    native = getattr(series.array, "_pa_array", None)
    if isinstance(native, pa.ChunkedArray) and (
        pa.types.is_string(native.type) or pa.types.is_large_string(native.type)
    ):
        return native.combine_chunks() if native.num_chunks != 1 else native.chunk(0)
    array = pa.array(series, type=pa.string(), from_pandas=True)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


@dataclass(frozen=True)
class _Distinct:
    """A column as its distinct values and, per row, the position of its value (-1: missing)."""

    values: list[str]
    indices: np.ndarray


def _distinct(series: pd.Series) -> _Distinct:
    encoded = pc.dictionary_encode(_arrow(series))
    return _Distinct(encoded.dictionary.to_pylist(), pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False))


def _per_value(
    series: pd.Series | _Distinct, work: Callable[[str], object], missing: object = None, dtype: DTypeLike = object
) -> np.ndarray:
    """Apply Python ``work`` once per distinct value, then spread the answers over the column (a column
    asked several questions is encoded once: ``_distinct``)."""
    encoded = series if isinstance(series, _Distinct) else _distinct(series)
    answers = np.empty(len(encoded.values) + 1, dtype=dtype)
    for position, value in enumerate(encoded.values):
        answers[position] = work(value)
    answers[-1] = missing
    return answers[encoded.indices]


def _column(values: np.ndarray, like: pd.Series) -> pd.Series:
    # The array's own dtype: pandas would turn an object array of messages into Arrow strings,
    # a copy of every cell (110 MB for two million rows).
    return pd.Series(values, index=like.index, dtype=values.dtype)


@functools.cache
def _text_messages(rule: Rule) -> tuple[str, str]:
    """(too long, wrong form) for a rule: made once, so a million refused cells share two strings."""
    hint = PATTERN_HINTS.get(rule.pattern or "")
    return (
        f"is te lang (hoogstens {rule.max_length} tekens)",
        f"heeft niet de juiste vorm; schrijf {hint}" if hint else "heeft niet de juiste vorm",
    )


def _text_problem(rule: Rule, value: str) -> str | None:
    if rule.kind == "enum":  # an item of a list of allowed values
        if value.lower().replace(" ", "_") in rule.choices:
            return None
        choices = ", ".join(f"'{choice}'" for choice in rule.choices)
        return f"'{value}' is geen toegestane waarde; kies uit: {choices}"
    too_long, wrong_form = _text_messages(rule)
    if rule.pattern == pseudonym.PATTERN and len(value) <= (rule.max_length or len(value)):
        return bsn.REFUSAL if bsn.contains(value) else pseudonym.problem(value)
    if rule.max_length is not None and len(value) > rule.max_length:
        return too_long
    if rule.pattern and not re.search(rule.pattern, value):
        return wrong_form
    if bsn.contains(value):
        return bsn.REFUSAL
    return None


def _text_problems(rule: Rule, values: pd.Series) -> pd.Series | None:
    """``_text_problem`` for a whole column: length and form with Arrow's kernels over the distinct
    values; Python's BSN check only for values with eight digits or more (a BSN needs them)."""
    encoded = pc.dictionary_encode(_arrow(values))
    distinct = encoded.dictionary
    too_long, wrong_form = _text_messages(rule)
    answers = np.full(len(distinct) + 1, None, dtype=object)
    candidates = np.flatnonzero(
        pc.greater_equal(pc.count_substring_regex(distinct, r"\d"), 8).to_numpy(zero_copy_only=False)
    )
    for position in candidates:
        if bsn.contains(distinct[int(position)].as_py()):
            answers[position] = bsn.REFUSAL
    if rule.pattern == pseudonym.PATTERN:
        # The form's rule for a pseudonym, names included ("WB-Samira1"), once per distinct code; a
        # BSN is said to be one (found above), never only a wrong shape.
        for index, value in enumerate(distinct.to_pylist()):
            if answers[index] is None:
                answers[index] = pseudonym.problem(value)
    elif rule.pattern:
        formed = pc.match_substring_regex(distinct, rule.pattern).to_numpy(zero_copy_only=False)
        answers[:-1][~formed] = wrong_form
    if rule.max_length is not None:
        long = pc.greater(pc.utf8_length(distinct), rule.max_length).to_numpy(zero_copy_only=False)
        answers[:-1][long] = too_long
    if not any(answer is not None for answer in answers):  # the distinct values: few; spread only a problem
        return None
    indices = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)
    return pd.Series(answers[indices], index=values.index, dtype=object)


def _moment64(value: str) -> np.datetime64:
    """'2026-11-12 14:05' or '12-11-2026 14:05' (seconds may follow); a date alone is its midnight."""
    day, _, time = value.strip().replace("T", " ").partition(" ")
    parsed = parse_date(day)
    try:
        clock = dt.time.fromisoformat(time.strip()) if time.strip() else dt.time()
    except ValueError:
        return np.datetime64("NaT")
    return np.datetime64(dt.datetime.combine(parsed, clock), "s") if parsed else np.datetime64("NaT")


def _date64(value: str) -> np.datetime64:
    parsed = parse_date(value)
    return np.datetime64(parsed, "s") if parsed else np.datetime64("NaT")


_EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year; from March 1900 on this is right)
_SERIAL = re.compile(r"\d{5}(\.0+)?")  # 10000 to 99999: 1927 to 2173, as a date that lost its format shows


def serial_date(value: str) -> dt.date | None:
    """An Excel date number (45660 is 2025-01-04): what a date column shows once its format is lost."""
    if not _SERIAL.fullmatch(value):
        return None
    return _EXCEL_EPOCH + dt.timedelta(days=int(float(value)))


def parse_date(value: str) -> dt.date | None:
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", value)
    try:
        if serial := serial_date(value):
            return serial
        if match:
            day, month, year = (int(part) for part in match.groups())
            return dt.date(year, month, day)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}( 00:00(:00)?)?", value):
            return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None


class NumberFormat(StrEnum):
    """How one file writes its numbers, decided from all its numeric columns together."""

    POINT = "point"  # 1,234.5
    COMMA = "comma"  # 1.234,5
    PLAIN = "plain"  # whole numbers only: both readings agree

    def text(self, lang: Lang = "nl") -> str:
        return t("gegevens.numbers.comma" if self is NumberFormat.COMMA else "gegevens.numbers.point", lang)


class AmbiguousNumbers(FileRefused):
    """A number of the file can be read two ways and nothing in the file says which."""


# A number as each format writes it: groups of three behind the first one to three digits, or none.
_COMMA_NUMBER = r"^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$"
_POINT_NUMBER = r"^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$"
# Spaces (also non-breaking) and apostrophes only ever group thousands; a percent sign at the end
# is what Excel writes for a cell in percentage format ('45%', '61,3%'): the number the user sees.
_SPACES = r"[\s\x{00a0}\x{202f}']|%$"


def _first(values: pa.Array, mask: pa.Array) -> str | None:
    found = pc.filter(values, mask)
    return str(found[0].as_py()) if len(found) else None


def decide_numbers(columns: dict[str, pd.Series], source: str) -> NumberFormat:
    """The number format of a file, from the written values of all its numeric columns together: a
    value only one format can read ('3,5', '1.234.567', '2.5') decides; values both can read
    ('1.200') follow it. Two formats in one file, or only such values, are refused: never a guess."""
    comma: tuple[str, str] | None = None
    point: tuple[str, str] | None = None
    ambiguous: tuple[str, str] | None = None
    for column, series in columns.items():
        text = _arrow(series.dropna())
        if not len(text):
            continue
        distinct = pc.replace_substring_regex(pc.unique(text), _SPACES, "")
        as_comma = pc.match_substring_regex(distinct, _COMMA_NUMBER)
        as_point = pc.match_substring_regex(distinct, _POINT_NUMBER)
        separated = pc.match_substring_regex(distinct, r"[.,]")
        if comma is None and (value := _first(distinct, pc.and_(as_comma, pc.invert(as_point)))):
            comma = (column, value)
        if point is None and (value := _first(distinct, pc.and_(as_point, pc.invert(as_comma)))):
            point = (column, value)
        if ambiguous is None and (value := _first(distinct, pc.and_(pc.and_(as_comma, as_point), separated))):
            ambiguous = (column, value)
    if comma and point:
        raise AmbiguousNumbers(
            "gegevens.numbers.mixed",
            source=source,
            comma=comma[1],
            comma_column=comma[0],
            point=point[1],
            point_column=point[0],
        )
    if comma:
        return NumberFormat.COMMA
    if point:
        return NumberFormat.POINT
    if ambiguous:
        column, value = ambiguous
        as_thousands = value.replace(".", "").replace(",", "")
        as_decimal = value.replace(",", ".").rstrip("0").rstrip(".")
        raise AmbiguousNumbers(
            "gegevens.numbers.ambiguous",
            source=source,
            column=column,
            value=value,
            thousands=as_thousands,
            decimal=as_decimal.replace(".", ","),
        )
    return NumberFormat.PLAIN


def parse_numbers(raw: pd.Series, numbers: NumberFormat | None = None) -> pd.Series:
    """The column read in the file's number format (decided from this column alone when not given).
    Arrow's kernels do the work; a value the format cannot read becomes missing."""
    if numbers is None:
        numbers = decide_numbers({"": raw}, "")
    text = _arrow(raw)
    parsed = _parse_written_numbers(text, numbers)
    return pd.Series(parsed.to_numpy(zero_copy_only=False), index=raw.index, dtype="float64")


def _cast_plain(text: pa.Array) -> pa.Array | None:
    """The column in one cast when every cell is a plain number as the point format writes it (the
    common file: no regular expressions). Arrow also reads '.5', '5.', '5.e3', 'nan' and 'inf', which
    the format refuses: such a column is None, and goes the careful way, so a cell's reading never
    depends on its neighbours."""
    try:
        cast = pc.cast(text, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    finite = pc.is_finite(cast)
    if not pc.all(pc.or_kleene(finite, pc.is_null(cast))).as_py():
        return None
    # A point the format reads has digits on both sides.
    loose = [pc.starts_with(text, "."), pc.ends_with(text, ".")]
    loose += [pc.match_substring(text, pair) for pair in ("-.", "+.", ".e", ".E")]
    if any(pc.any(found).as_py() for found in loose):
        return None
    return cast


def _parse_written_numbers(text: pa.Array, numbers: NumberFormat) -> pa.Array:
    if numbers is not NumberFormat.COMMA and (cast := _cast_plain(text)) is not None:
        return cast
    text = pc.replace_substring_regex(text, _SPACES, "")
    if numbers is NumberFormat.COMMA:
        valid = pc.match_substring_regex(text, _COMMA_NUMBER)
        text = pc.replace_substring(pc.replace_substring(text, ".", ""), ",", ".")
    else:
        valid = pc.match_substring_regex(text, _POINT_NUMBER)
        text = pc.replace_substring(text, ",", "")
    return pc.cast(pc.if_else(valid, text, pa.scalar(None, text.type)), pa.float64())


def _percentages(
    rule: Rule, values: pd.Series, numbers: pd.Series, typed: pd.Series | None, context: _Context
) -> pd.Series:
    """A percentage as the user sees it: Excel's cell in percentage format holds 0.45 and shows 45%, a
    CSV Excel wrote says '45%'. A field that is a part of one (deadweight, attribution) takes 0.45;
    any other field (an indicator in %) takes 45. Each reading is noted in the report."""
    fraction = rule.ge == 0 and rule.le == 1
    text = _arrow(values)
    signed = pd.Series(
        pc.fill_null(pc.ends_with(text, "%"), False).to_numpy(zero_copy_only=False), index=values.index, dtype=bool
    )
    formatted = (typed == PERCENT) if typed is not None else pd.Series(False, index=values.index)
    if formatted.any() and not fraction:
        numbers = numbers.where(~formatted, (numbers * 100).round(9))  # 0.45 as Excel shows it: 45
        context.notes.append(
            note("gegevens.note.percent", source=context.source, column=rule.column, count=int(formatted.sum()))
        )
    if signed.any() and fraction:
        numbers = numbers.where(~signed, numbers / 100)  # '20%' of a part of one: 0.2
    if fraction and (signed.any() or formatted.any()):
        context.notes.append(
            note(
                "gegevens.note.percent_fraction",
                source=context.source,
                column=rule.column,
                count=int((signed | formatted).sum()),
            )
        )
    return numbers


def _typed_numbers(values: pd.Series, typed: pd.Series) -> pd.Series:
    """Cells Excel stored as numbers: written by the reader in one plain form, whatever the file's text does."""
    exact = pc.cast(_arrow(values.where(typed)), pa.float64())
    return pd.Series(exact.to_numpy(zero_copy_only=False), index=values.index, dtype="float64")


# Written where a value does not apply: missing, where the field may stay empty.
NOT_APPLICABLE = ("n.v.t.", "n.v.t", "nvt", "N.v.t.", "N.V.T.", "NVT", "Nvt", "-", "–", "—", "n/a", "N/A")
_NUMBER_HINT = {
    NumberFormat.COMMA: "zoals 1234,5 (dit bestand schrijft een decimaalkomma)",
    NumberFormat.POINT: "zoals 1234.5 (dit bestand schrijft een decimaalpunt)",
    NumberFormat.PLAIN: "zoals 1234 of 1234,5",
}


@dataclass
class _Context:
    """What one file says about all its columns: its number format, its Excel-typed cells, the notes."""

    source: str
    numbers: NumberFormat = NumberFormat.PLAIN
    typed: pd.DataFrame | None = None
    notes: list[Note] = field(default_factory=list)


def _plain_numbers(rule: Rule, raw: pd.Series, numbers: NumberFormat, typed: pd.Series | None) -> pd.Series | None:
    """A numeric column of a file without decimal commas whose every cell is a plain number, read in
    one cast (the common file); then no cell is empty, 'n.v.t.' or a percentage, and what
    ``parse_numbers`` would read is this. None: any other column, checked cell by cell."""
    if rule.kind not in ("float", "int") or numbers is NumberFormat.COMMA or (typed is not None and typed.any()):
        return None
    cast = _cast_plain(_arrow(raw))
    if cast is None or cast.null_count:
        return None
    return pd.Series(cast.to_numpy(zero_copy_only=False), index=raw.index, dtype="float64")


def _check(
    rule: Rule, raw: pd.Series, found: _Found, context: _Context | None = None, typed: pd.Series | None = None
) -> pd.Series:
    """The typed column for one field; problems go to ``found``, notes to ``context``."""
    context = context or _Context(found.file)
    plain = _plain_numbers(rule, raw, context.numbers, typed)
    empty = raw.isna() | (raw == "") if plain is None else pd.Series(False, index=raw.index)
    not_applicable = pd.Series(
        pc.is_in(_arrow(raw), value_set=pa.array(NOT_APPLICABLE)).to_numpy(zero_copy_only=False)
        if plain is None
        else False,
        index=raw.index,
        dtype=bool,
    )
    if not_applicable.any():
        if not rule.required:
            first = str(raw[not_applicable].iloc[0])
            context.notes.append(
                note(
                    "gegevens.note.not_applicable",
                    source=context.source,
                    column=rule.column,
                    count=int(not_applicable.sum()),
                    value=first,
                )
            )
        empty = empty | not_applicable
    present = ~empty
    if rule.required:
        found.add(empty, rule.column, raw.fillna(""), REQUIRED)
    values = raw.where(present) if plain is None else raw
    if rule.kind in ("float", "int"):
        if plain is not None:
            numbers = plain
        else:
            numbers = parse_numbers(values, context.numbers)
            if typed is not None and typed.any():
                numbers = numbers.where(typed == TEXT, _typed_numbers(values, typed != TEXT))
            numbers = _percentages(rule, values, numbers, typed, context)
        bad = present & numbers.isna()
        hint = _NUMBER_HINT[context.numbers] if rule.kind == "float" else "zoals 12"
        found.add(
            bad,
            rule.column,
            raw,
            f"is geen getal; schrijf een getal {hint}"
            if rule.kind == "float"
            else f"is geen geheel getal; schrijf een geheel getal {hint}",
        )
        ok = present & ~bad
        infinite = ok & np.isinf(numbers.fillna(0))
        found.add(infinite, rule.column, raw, "moet een gewoon getal zijn")
        ok &= ~infinite
        if rule.kind == "int":
            fraction = ok & ((numbers % 1 != 0) | (numbers.abs() > _INT_LIMIT))
            found.add(fraction, rule.column, raw, "is geen geheel getal")
            ok &= ~fraction
        if rule.ge is not None:
            found.add(ok & (numbers < rule.ge), rule.column, raw, f"moet minstens {rule.ge} zijn")
        if rule.le is not None:
            found.add(ok & (numbers > rule.le), rule.column, raw, f"mag hoogstens {rule.le} zijn")
        if rule.kind == "int":
            return numbers.where(ok).round().astype("Int64")
        return numbers.where(ok).astype("Float64")
    if rule.kind == "date":
        distinct = _distinct(values)  # three questions of each date: encoded once (a million rows)
        dates = _column(_per_value(distinct, _date64, np.datetime64("NaT"), "datetime64[s]"), raw)
        found.add(present & dates.isna(), rule.column, raw, DATE_HINT)
        serial = _column(_per_value(distinct, lambda value: serial_date(value) is not None, False, bool), raw)
        if serial.any():
            example = str(raw[serial].iloc[0])
            context.notes.append(
                note(
                    "gegevens.note.serial_dates",
                    source=context.source,
                    column=rule.column,
                    count=int(serial.sum()),
                    example=example,
                    date=f"{serial_date(example):%d-%m-%Y}",
                )
            )
        if rule.month_start:
            not_first = _per_value(
                distinct, lambda value: (d := parse_date(value)) is not None and d.day != 1, False, bool
            )
            found.add(
                _column(not_first, raw), rule.column, raw, "een maand wordt aangeduid met de eerste dag van die maand"
            )
        return dates
    if rule.kind == "datetime":
        moments = _column(_per_value(values, _moment64, np.datetime64("NaT"), "datetime64[s]"), raw)
        found.add(present & moments.isna(), rule.column, raw, "is geen geldig tijdstip (schrijf jjjj-mm-dd uu:mm)")
        return moments
    if rule.kind == "bool":
        flags = _column(
            _per_value(
                values, lambda value: True if value.lower() in _TRUE else False if value.lower() in _FALSE else None
            ),
            raw,
        )
        found.add(present & flags.isna(), rule.column, raw, "is geen 'ja' of 'nee'")
        return flags.where(present, rule.default).astype("boolean")
    if rule.kind == "enum":
        known = _column(
            _per_value(
                values,
                lambda value: (
                    value.lower().replace(" ", "_") if value.lower().replace(" ", "_") in rule.choices else None
                ),
            ),
            raw,
        )
        choices = ", ".join(f"'{choice}'" for choice in rule.choices)
        found.add(present & known.isna(), rule.column, raw, f"is geen toegestane waarde; kies uit: {choices}")
        return known.where(present, rule.default).astype(object)
    if rule.kind == "list":
        item = rule.item
        assert item is not None
        # Allowed values in a list are written as in a single choice: any case, spaces for '_'.
        tidy = (lambda part: part.lower().replace(" ", "_")) if item.kind == "enum" else (lambda part: part)
        lists = _column(
            _per_value(values, lambda value: [tidy(part.strip()) for part in value.split(";") if part.strip()]), raw
        )
        problems = _column(
            _per_value(
                values,
                lambda value: next(
                    (
                        problem
                        for part in value.split(";")
                        if part.strip() and (problem := _text_problem(item, part.strip()))
                    ),
                    None,
                ),
            ),
            raw,
        )
        found.add(problems.notna(), rule.column, raw, problems)
        empty_list = pd.Series([[] for _ in range(len(raw))], index=raw.index, dtype=object)
        return lists.where(present, empty_list)
    problems = _text_problems(rule, values)
    if problems is not None:
        found.add(problems.notna(), rule.column, raw, problems)
    return values.where(present, rule.default) if rule.default is not None else values


# Scores outside every instrument's range are refused by the field's own bounds already.
_SCORE_LOW = min(low for low, _ in models.INSTRUMENT_RANGE.values())
_SCORE_HIGH = max(high for _, high in models.INSTRUMENT_RANGE.values())


def _fits_its_instrument(
    columns: dict[str, pd.Series], raws: dict[str, pd.Series], found: _Found, dutch: dict[str, str]
) -> None:
    """The rule across fields the model checks too (``models.instrument_problems``): a domain of
    another instrument, a score outside its instrument's range, each reported under its own column.
    Asked once per distinct (instrument, domain, score)."""
    instrument, domain = columns["instrument"], columns["domain"]
    score = columns.get("score", pd.Series(pd.NA, index=instrument.index))  # a link has no score
    known = instrument.notna() & domain.notna()
    messages: dict[str, list[str | None]] = {"domain": [], "score": []} if "score" in columns else {"domain": []}
    asked: dict[tuple[str, str, int | None], dict[str, str]] = {}
    for which, where, value, ok in zip(instrument, domain, score, known, strict=True):
        if not ok:
            found_here: dict[str, str] = {}
        else:
            given = None if pd.isna(value) or not _SCORE_LOW <= value <= _SCORE_HIGH else int(value)
            key = (str(which), str(where), given)
            if key not in asked:
                low = models.INSTRUMENT_RANGE[models.Instrument(which)][0]
                problems = models.instrument_problems(key[0], key[1], low if given is None else given)
                asked[key] = {field_name: t(message) for field_name, message in problems}
            found_here = asked[key]
        for field_name in messages:
            messages[field_name].append(found_here.get(field_name))
    for field_name, listed in messages.items():
        message = pd.Series(listed, index=instrument.index, dtype=object)
        found.add(message.notna(), dutch[field_name], raws[field_name], message)
        columns[field_name] = columns[field_name].where(message.isna())


@dataclass(frozen=True)
class Checked:
    """What checking one sheet found: typed rows, listed errors, every bad row, the errors not
    listed (``MAX_LISTED`` per column and kind), and the notes for the report."""

    typed: pd.DataFrame
    errors: pd.DataFrame
    bad: np.ndarray
    omitted: int
    notes: list[Note]


def validate(model: type[Record], frame: pd.DataFrame, file: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(typed frame with one column per field, errors) for a frame of strings; see ``check``."""
    checked = check(model, frame, file)
    return checked.typed, checked.errors


def check(
    model: type[Record],
    frame: pd.DataFrame,
    file: str,
    typed: pd.DataFrame | None = None,
    *,
    stripped: bool = False,
    numbers: NumberFormat | None = None,
) -> Checked:
    """Check a frame of strings against the model's rules, with one number format for all its columns.

    The typed frame keeps the frame's index (the spreadsheet row); a row is good when no
    error names it. Columns the model does not know are ignored; a value in a column
    without a name points at a separator too many, and is reported. ``typed`` marks the
    cells a workbook stored as numbers; ``AmbiguousNumbers`` refuses a file whose numbers
    can be read two ways. ``stripped``: the reader already stripped every cell (``tabular`` does).
    ``numbers``: the format decided for the whole file (a workbook's sheets together); when not
    given, it is decided from this frame and noted.
    """
    names = accepted_names(model)
    found = _Found(file, frame.index)
    chosen: dict[str, str] = {}
    for column in frame.columns:
        target = names.get(normalise_header(column))
        if target and target not in chosen:
            chosen[target] = column
        elif str(column).startswith("(kolom "):
            raw = frame[column]
            found.add(
                raw != "",
                column,
                raw,
                "staat buiten de kolommen van de kopregel; staat er in deze rij een scheidingsteken te veel?",
            )
    context = _Context(file, typed=typed)
    if numbers is None:  # decided from this frame alone
        numbers = decide_numbers(written_numbers(model, frame, typed, stripped=stripped), file)
        if numbers is not NumberFormat.PLAIN:
            context.notes.append(note("gegevens.note.numbers", source=file, format=numbers.text()))
    context.numbers = numbers
    columns, raws = {}, {}
    for rule in rules(model):
        raw = frame[chosen[rule.name]] if rule.name in chosen else pd.Series("", index=frame.index, dtype="str")
        typed_cells = typed[chosen[rule.name]] if typed is not None and rule.name in chosen else None
        if not stripped:
            raw = raw.astype("str").str.strip()  # as pydantic strips
        raws[rule.name] = raw
        columns[rule.name] = _check(rule, raw, found, context, typed_cells)
    if model in (models.InstrumentScore, models.InstrumentStep):
        _fits_its_instrument(columns, raws, found, {rule.name: rule.column for rule in rules(model)})
    result = pd.DataFrame(columns, index=frame.index)
    return Checked(result, found.frame(), found.bad, found.omitted, context.notes)


def written_numbers(
    model: type[Record], frame: pd.DataFrame, typed: pd.DataFrame | None = None, *, stripped: bool = False
) -> dict[str, pd.Series]:
    """The model's numeric columns as the user wrote them (column name -> values): what decides the format."""
    names = accepted_names(model)
    chosen: dict[str, str] = {}
    for column in frame.columns:
        target = names.get(normalise_header(column))
        if target and target not in chosen:
            chosen[target] = column
    return {
        rule.column: _written(frame[chosen[rule.name]], typed, chosen[rule.name], stripped)
        for rule in rules(model)
        if rule.kind in ("float", "int") and rule.name in chosen
    }


def _written(raw: pd.Series, typed: pd.DataFrame | None, column: str, stripped: bool) -> pd.Series:
    """The cells of a column as the user wrote them: not empty, not stored by Excel as a number."""
    values = raw if stripped else raw.astype("str").str.strip()
    if typed is not None:
        values = values[typed[column].to_numpy() == TEXT]
    return values[values != ""]


def present_fields(model: type[Record], frame: pd.DataFrame) -> set[str]:
    """The fields the header names (in Dutch or English)."""
    names = accepted_names(model)
    return {names[key] for key in map(normalise_header, frame.columns) if key in names}


def missing_columns(model: type[Record], frame: pd.DataFrame) -> list[str]:
    """Required columns the header does not name at all."""
    names = accepted_names(model)
    present = {names.get(normalise_header(column)) for column in frame.columns}
    return [rule.column for rule in rules(model) if rule.required and rule.name not in present]
