"""One kind of refusal for everything the library will not do, and the words for why.

``Refused`` carries an i18n key and its values; its ``problems`` (say, a model's field messages)
are ``Phrase``s, keys too, or finished Dutch sentences where the words are not ours.
``str(refusal)`` is Dutch, as on the command line; ``refusal.text(lang)`` is what a page shows.
The UI catches ``Refused`` once, whatever was refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, TypeVar

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from impact_core.i18n import TEXTS, Lang, label, t
from impact_core.models import FIRST_NAME_PATTERN, ID_PATTERN, MUNICIPALITY_PATTERN, NEIGHBOURHOOD_PATTERN, Record

RecordT = TypeVar("RecordT", bound=Record)


class Phrase:
    """Words of ours read in the reader's language: an i18n key and its values, any of them a
    ``Phrase`` or ``Label`` in turn; ``str()`` is Dutch."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values

    def text(self, lang: Lang = "nl") -> str:
        return t(self.key, lang, **_read(self.values, lang))

    def __str__(self) -> str:
        return self.text("nl")

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, {self.values!r})"


class Label(Phrase):
    """The name of an allowed value (``i18n.label``), as a value of a phrase."""

    def __init__(self, namespace: str, value: str, *, capitalised: bool = False) -> None:
        super().__init__(namespace, value=value)
        self.capitalised = capitalised

    def text(self, lang: Lang = "nl") -> str:
        name = label(self.key, str(self.values["value"]), lang)
        return name.capitalize() if self.capitalised else name


def _read(values: Mapping[str, object], lang: Lang) -> dict[str, object]:
    return {name: value.text(lang) if isinstance(value, Phrase) else value for name, value in values.items()}


def read(words: str | Phrase, lang: Lang = "nl") -> str:
    """A problem as the reader reads it: a phrase in their language, a finished sentence as it is."""
    return words.text(lang) if isinstance(words, Phrase) else words


class Refused(Exception):
    """The library will not do this; ``problems``, when given, name each thing that is wrong."""

    # Problems follow the head on one line, or (for a file's long list) one per line under it.
    problems_on_lines: ClassVar[bool] = False

    def __init__(self, message: str = "", *problems: str | Phrase, **values: object) -> None:
        self.key = message if message in TEXTS else None
        self.sentence = message
        self.values = values
        self.problems = list(problems)
        super().__init__(self.text("nl"))

    def text(self, lang: Lang = "nl") -> str:
        head = t(self.key, lang, **_read(self.values, lang)) if self.key else self.sentence
        problems = [read(problem, lang) for problem in self.problems]
        if not problems:
            return head
        if self.problems_on_lines:
            return f"{head}:\n" + "\n".join(f"- {problem}" for problem in problems)
        return f"{head}: {'; '.join(problems)}"


class NotAllowed(Refused, PermissionError):
    """This viewer may not do this (the access policy says so)."""


class Invalid(Refused, ValueError):
    """What was handed in breaks a rule; the message says which."""


def dutch_column(model: type[Record], field_name: str) -> str:
    alias = model.model_fields[field_name].validation_alias
    return alias if isinstance(alias, str) else field_name


_FIELD_MESSAGES = {  # pydantic's error type -> our key and the context values it names
    "missing": ("refusal.field.missing", ()),
    "string_too_short": ("refusal.field.too_short", ("min_length",)),
    "too_short": ("refusal.field.too_short", ("min_length",)),  # a text found too short once trimmed
    "string_too_long": ("refusal.field.too_long", ("max_length",)),
    "string_pattern_mismatch": ("refusal.field.shape", ()),
    "enum": ("refusal.field.enum", ("expected",)),
    "float_parsing": ("refusal.field.not_a_number", ()),
    "float_type": ("refusal.field.not_a_number", ()),
    "finite_number": ("refusal.field.not_finite", ()),
    "int_parsing": ("refusal.field.not_whole", ()),
    "int_from_float": ("refusal.field.not_whole", ()),
    "int_type": ("refusal.field.not_whole", ()),
    "bool_parsing": ("refusal.field.not_yes_no", ()),
    "date_parsing": ("refusal.field.not_a_date", ()),
    "date_from_datetime_parsing": ("refusal.field.not_a_date", ()),
    "date_type": ("refusal.field.not_a_date", ()),
    "greater_than_equal": ("refusal.field.at_least", ("ge",)),
    "less_than_equal": ("refusal.field.at_most", ("le",)),
}
# A validator's own sentence (the BSN rule, a pseudonym's shape) found back by its Dutch words:
# pydantic hands it on as text.
_VALIDATOR_KEYS = {dutch: key for key, (dutch, _) in TEXTS.items() if key.startswith("refusal.field.rule.")}


# A pattern's rule in words, so a refusal can say what to write instead.
_PATTERN_KEYS = {
    ID_PATTERN: "refusal.field.shape.id",
    NEIGHBOURHOOD_PATTERN: "refusal.field.shape.neighbourhood",
    MUNICIPALITY_PATTERN: "refusal.field.shape.municipality",
    FIRST_NAME_PATTERN: "refusal.field.shape.first_name",
}


def field_message(error: ErrorDetails) -> str | Phrase:
    """One pydantic error in words of ours that say what to do, or the validator's own sentence
    when it is not ours."""
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "value_error":
        sentence = str(ctx.get("error", error["msg"]))
        return Phrase(_VALIDATOR_KEYS[sentence]) if sentence in _VALIDATOR_KEYS else sentence
    if kind in ("string_too_short", "too_short") and ctx.get("min_length") == 1:
        return Phrase("refusal.field.empty")
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _PATTERN_KEYS:
        return Phrase(_PATTERN_KEYS[ctx["pattern"]])
    key, named = _FIELD_MESSAGES.get(kind, ("refusal.field.invalid", ()))
    return Phrase(key, **{name: ctx.get(name, "") for name in named})


def dutch_message(error: ErrorDetails) -> str:
    """One pydantic error in plain Dutch."""
    return str(field_message(error))


def field_errors(failure: ValidationError, model: type[Record]) -> list[Phrase]:
    """A validation failure as one line per field: its (Dutch) column name and what is wrong."""
    lines = []
    for error in failure.errors():
        field = str(error["loc"][0]) if error["loc"] else ""
        column = dutch_column(model, field) if field in model.model_fields else field
        lines.append(Phrase("refusal.field", column=column.replace("_", " "), message=field_message(error)))
    return lines


def dutch_errors(failure: ValidationError, model: type[Record]) -> list[str]:
    """A validation failure as one plain Dutch line per field."""
    return [str(line) for line in field_errors(failure, model)]


def validated(model: type[RecordT], values: dict, what: str, refusal: type[Refused] = Invalid) -> RecordT:
    """The record the values make, or ``refusal`` under the head ``what`` (an i18n key) naming each
    field that is wrong: every write that takes user text goes through a model, so its rules (and
    the BSN rule) hold there too."""
    try:
        return model.model_validate(values)
    except ValidationError as failure:
        raise refusal(what, *field_errors(failure, model)) from failure
