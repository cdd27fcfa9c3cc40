"""The one rule for a storyteller's pseudonym: a code such as VT-0012, never a name.

A pseudonym lets the organisation erase everything one storyteller told, so it must name the
storyteller to nobody. A code has at least one digit (a first name has none), and no part of
it is a first name or surname from the lists the masking uses (``access/names/``): "Samira"
and "samira-2" are refused alike, with a message that says what is accepted.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from impact_core.i18n import t

# Letters, digits, '-', '_' or '.', with at least one digit; also read by the importer's checks.
PATTERN = r"^[A-Za-z0-9_.\-]*[0-9][A-Za-z0-9_.\-]*$"
MAX_LENGTH = 64
# Dutch: a refusal finds its English back by these words.
REFUSAL_SHAPE = t("refusal.field.rule.pseudonym_shape")
REFUSAL_NAME = t("refusal.field.rule.pseudonym_name")

_LISTS = Path(__file__).with_name("access") / "names"
_NAME_LISTS = ("arabic", "moroccan", "turkish", "tigrinya", "somali", "afghan", "polish", "ukrainian", "surnames")


@functools.cache
def _names() -> frozenset[str]:
    """First names and surnames of the masking's lists, in lower case; words that are also plain
    Dutch ("aster") stay allowed as part of a code."""

    def read(name: str) -> set[str]:
        lines = (_LISTS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        return {line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")}

    return frozenset(set().union(*(read(name) for name in _NAME_LISTS)) - read("dutch_words"))


def problem(value: str) -> str | None:
    """What is wrong with this pseudonym in plain Dutch, or None when it is a good code."""
    if len(value) > MAX_LENGTH or not re.fullmatch(PATTERN, value):
        # A first name written alone ("Samira") fails the shape, but say what it is.
        words = re.split(r"[^A-Za-z]+", value)
        return REFUSAL_NAME if any(word.casefold() in _names() for word in words) else REFUSAL_SHAPE
    if any(word.casefold() in _names() for word in re.split(r"[-_.0-9]+", value)):
        return REFUSAL_NAME
    return None


def check(value: object) -> object:
    """A pydantic validator: the value when it is a good pseudonym (or not text), else ValueError."""
    if isinstance(value, str):
        found = problem(value.strip())
        if found:
            raise ValueError(found)
        return value.strip()
    return value
