"""The one rule for citizen numbers: a BSN or a Belgian rijksregisternummer is never stored.

A number counts when its digits pass the check (``python-stdnum``'s 11-proof for a BSN,
its check digits and birth date for a rijksregisternummer, YYMMDDNNNCC with CC = 97 - the first
nine digits mod 97, over '2' and those nine for someone born from 2000; the BIS number of someone
not in the register, its month raised by 20 or 40, is checked the same way), however it is written: bare,
in groups of any size, with spaces (also non-breaking), dots, dashes or slashes between
them, mixed, or behind a prefix such as ``BSN-`` or ``bsn.``. A BSN that starts with a
zero may lose it (eight digits), but only written as one bare number: eight digits in
groups are a date or the tail of a phone number far more often than a BSN. Nine digits
that start with a zero and make a valid Belgian landline are that phone number, unless a
word like "BSN" stands just before them.

Whoever refuses or masks a number never repeats it: messages say ``[BSN]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from stdnum.be import bis
from stdnum.be import nn as rijksregisternummer
from stdnum.nl import bsn

from impact_core.i18n import t

LABEL = "[BSN]"
REFUSAL = t("refusal.field.rule.bsn")  # Dutch: a refusal finds its English back by these words

# Digits with at most three separator characters between groups. \s takes non-breaking and
# narrow spaces too; the dashes are the ones word processors put in.
_RUN = re.compile(r"\d+(?:[\s./\-\u2010-\u2015]{1,3}\d+)*")
_GROUP = re.compile(r"\d+")
_CUE = re.compile(r"bsn|burgerservice|sofi|rijksregister", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    digits: str
    start: int
    end: int


def is_valid_bsn(digits: str) -> bool:
    """The 11-proof for a citizen service number of 8 or 9 digits."""
    return digits.isdigit() and len(digits) in (8, 9) and bsn.is_valid(digits.zfill(9))


def _counts(digits: str, *, whole_run: bool) -> bool:
    if len(digits) == 9 or (len(digits) == 8 and whole_run):
        return is_valid_bsn(digits)
    return len(digits) == 11 and (rijksregisternummer.is_valid(digits) or bis.is_valid(digits))


def _belgian_phone(text: str, start: int, end: int) -> bool:
    """Nine digits after a leading zero are also a Belgian landline ("03 238 45 67"); one that
    is a valid number and has no BSN cue before it is taken for the phone number it looks like."""
    written = text[start:end]
    if (
        len(re.sub(r"\D", "", written)) != 9
        or not written.startswith("0")
        or _CUE.search(text[max(0, start - 30) : start])
    ):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(written, "BE"))
    except phonenumbers.NumberParseException:
        return False


def find(text: str) -> list[Found]:
    """Every citizen number in ``text``, with where it is written; the longest reading wins
    (a rijksregisternummer whose first nine digits happen to pass the 11-proof is one number)."""
    found: list[Found] = []
    for run in _RUN.finditer(text):
        groups = list(_GROUP.finditer(run.group()))
        first = 0
        while first < len(groups):
            longest: tuple[Found, int] | None = None
            digits = ""
            for last in range(first, len(groups)):
                digits += groups[last].group()
                if len(digits) > 11:
                    break
                start, end = run.start() + groups[first].start(), run.start() + groups[last].end()
                if _counts(digits, whole_run=len(groups) == 1) and not _belgian_phone(text, start, end):
                    longest = Found(digits, start, end), last
            if longest is None:
                first += 1
                continue
            found.append(longest[0])
            first = longest[1] + 1
    return found


def find_bsns(text: str) -> list[str]:
    """The digits of each citizen number in ``text``, separators removed."""
    return [number.digits for number in find(text)]


def contains(text: str) -> bool:
    return bool(find(text))


def masked(text: str) -> tuple[str, list[str]]:
    """``text`` with each citizen number replaced by ``[BSN]``, and the spellings replaced."""
    parts, spellings, position = [], [], 0
    for number in find(text):
        parts += [text[position : number.start], LABEL]
        spellings.append(text[number.start : number.end])
        position = number.end
    parts.append(text[position:])
    return "".join(parts), spellings


def refuse(text: str) -> str:
    """A pydantic validator: the text as it is, or a refusal that does not repeat the number."""
    if contains(text):
        raise ValueError(REFUSAL)
    return text
