"""Every user-facing string, Dutch first and English second, one file per group of the app.

``t("key", lang)`` returns the text; ``label("namespace", value, lang)`` the name of an
allowed value. Tests check that every key has both languages and is defined once.

Belgian Dutch (``nl-BE``) is Dutch with the few texts Flemish usage words differently
(``flemish.TEXTS``) and euro amounts written as Belgians write them; every other text falls
back to the Dutch one.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Literal

from impact_core.i18n import betekenisgeving, doelmatigheid, flemish, gegevens, samen, shell, vakmanschap
from impact_core.i18n.labels import LABELS

Lang = Literal["nl", "nl-BE", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "nl-BE", "en")
# Which of a text's two columns a language reads: Belgian Dutch reads the Dutch one.
_COLUMN: dict[Lang, int] = {"nl": 0, "nl-BE": 0, "en": 1}

GROUPS = (shell, doelmatigheid, betekenisgeving, vakmanschap, samen, gegevens)


def _merged() -> dict[str, tuple[str, str]]:
    """Every group's texts in one table; a key in two groups would let one silently win."""
    merged: dict[str, tuple[str, str]] = {}
    for group in GROUPS:
        twice = merged.keys() & group.TEXTS.keys()
        if twice:
            raise ValueError(f"i18n keys defined twice: {sorted(twice)}")
        merged |= group.TEXTS
    return merged


TEXTS = _merged()
__all__ = [
    "LABELS",
    "LANGUAGES",
    "TEXTS",
    "Lang",
    "amount",
    "decimals",
    "label",
    "money",
    "month_name",
    "number",
    "t",
]

_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


# '{count|verhaal|verhalen}': the first word when ``count`` is one, the second otherwise.
_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def t(key: str, lang: Lang = "nl", **values: object) -> str:
    """The text of ``key`` with its values; '{n} {n|verhaal|verhalen}' says '1 verhaal', '2 verhalen'."""
    text = flemish.TEXTS[key] if lang == "nl-BE" and key in flemish.TEXTS else TEXTS[key][_COLUMN[lang]]
    if not values:
        return text
    text = _PLURAL.sub(lambda found: found[2] if _one(values[found[1]]) else found[3], text)
    return text.format(**values)


def _one(value: object) -> bool:
    return value == 1 or str(value).strip() == "1"


def label(namespace: str, value: str, lang: Lang = "nl") -> str:
    """The name of an allowed value; an unknown (user-added) value shows as itself."""
    names = LABELS[namespace].get(str(value))
    return names[_COLUMN[lang]] if names else str(value).replace("_", " ")


def month_name(month: object, lang: Lang = "nl") -> str:
    return f"{_MONTHS['en' if lang == 'en' else 'nl'][month.month - 1]} {month.year}"  # type: ignore[attr-defined]


def decimals(unit: str) -> int:
    """How precisely an indicator value is written: one decimal for rates and scores, none for counts."""
    return 1 if unit == "%" or unit.startswith("score") else 0


def amount(value: float | None, unit: str, lang: Lang = "nl", *, missing: str = "–", with_unit: bool = True) -> str:
    """An indicator value: one decimal for rates and scores, whole numbers for counts."""
    if value is None or value != value:  # None or NaN
        return missing
    shown = number(value, lang, decimals(unit))
    if unit == "%":
        return f"{shown}%"
    return f"{shown} {unit}" if with_unit else shown


def money(value: float, lang: Lang = "nl") -> str:
    """An amount in euros to the cent: € 1.234,50 (nl) or €1,234.50 (en). In Belgium (nl-BE) the
    sign also stands before the amount with a space (NBN Z 01-002, the Flemish government's
    taaladvies, CLDR's nl-BE), a whole amount has no ",00" (€ 1.234) and a negative amount
    keeps its minus beside the number (€ -12)."""
    if lang == "nl-BE":
        cents = round(value * 100)
        return f"€ {number(cents / 100, lang, 0 if cents % 100 == 0 else 2)}"
    sign = "-" if value < 0 else ""
    return f"{sign}€ {number(abs(value), lang, 2)}" if lang == "nl" else f"{sign}€{number(abs(value), lang, 2)}"


def number(value: float, lang: Lang = "nl", decimals: int = 0) -> str:
    """A number as the reader writes it: 1.234,5 in Dutch (and Belgian Dutch), 1,234.5 in English."""
    text = f"{value:,.{decimals}f}"
    return text if lang == "en" else text.replace(",", "_").replace(".", ",").replace("_", ".")


def date(value: object, lang: Lang = "nl", *, missing: str = "–") -> str:
    """A day as the reader writes it: 04-12-2026 (day first, as in the Netherlands and Flanders);
    a missing one (None, NaT) as a dash."""
    if value is None or value != value:  # NaT is not equal to itself
        return missing
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    return value.strftime("%d-%m-%Y")  # type: ignore[attr-defined]
