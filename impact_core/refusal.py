"""One kind of refusal for everything the library will not do, and the Dutch words for why.

``Refused`` carries an i18n key and its values where the sentence is one of ours, or a
finished sentence (Dutch) where it is built from parts such as a model's field messages.
``str(refusal)`` is Dutch, as on the command line; ``refusal.text(lang)`` is what a page shows.
The UI catches ``Refused`` once, whatever was refused.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from impact_core.i18n import TEXTS, Lang, t
from impact_core.models import Record

RecordT = TypeVar("RecordT", bound=Record)


class Refused(Exception):
    """The library will not do this; ``problems``, when given, name each thing that is wrong."""

    def __init__(self, message: str = "", *problems: str, **values: object) -> None:
        self.key = message if message in TEXTS else None
        self.sentence = message
        self.values = values
        self.problems = list(problems)
        super().__init__(self.text("nl"))

    def text(self, lang: Lang = "nl") -> str:
        head = t(self.key, lang, **self.values) if self.key else self.sentence
        return f"{head}: {'; '.join(self.problems)}" if self.problems else head


class NotAllowed(Refused, PermissionError):
    """This viewer may not do this (the access policy says so)."""


class Invalid(Refused, ValueError):
    """What was handed in breaks a rule; the message says which."""


def dutch_column(model: type[Record], field_name: str) -> str:
    alias = model.model_fields[field_name].validation_alias
    return alias if isinstance(alias, str) else field_name


def dutch_message(error: ErrorDetails) -> str:
    """One pydantic error in plain Dutch."""
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
        lines.append(f"{column.replace('_', ' ')}: {dutch_message(error)}")
    return lines


def validated(model: type[RecordT], values: dict, what: str, refusal: type[Refused] = Invalid) -> RecordT:
    """The record the values make, or ``refusal`` naming each field that is wrong, in Dutch: every
    write that takes user text goes through a model, so its rules (and the BSN rule) hold there too."""
    try:
        return model.model_validate(values)
    except ValidationError as failure:
        raise refusal(f"{what} is niet opgeslagen", *dutch_errors(failure, model)) from failure
