"""Mask what identifies a person in a story before it travels.

``deduce`` (Dutch de-identification) finds names, places, institutions, dates, ages,
phone numbers, e-mail addresses and BSNs. Its first start in an environment builds a
lookup cache (about two minutes); ``make`` builds that at install time, and later starts
take about ten seconds, so one instance is kept per process and can be warmed up in the
background. On top of deduce this module masks what it misses: a BSN or
rijksregisternummer in any spelling (``impact_core.bsn``), Dutch postcodes and the
patterns of ``_EXTRA``.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

import pandas as pd

from impact_core import bsn
from impact_core.models import Record, Story

RecordT = TypeVar("RecordT", bound=Record)

# Deduce's tags, as the label a reader sees in place of the masked words.
_LABELS = {
    "persoon": "naam",
    "patient": "naam",
    "locatie": "plaats",
    "instelling": "instelling",
    "ziekenhuis": "instelling",
    "zorginstelling": "instelling",
    "datum": "datum",
    "leeftijd": "leeftijd",
    "telefoonnummer": "telefoon",
    "emailadres": "e-mail",
    "url": "link",
    "bsn": "BSN",
    "id": "nummer",
}

_EXTRA = (
    ("e-mail", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("telefoon", re.compile(r"(?<!\d)(?:\+31|0031|0)(?:[\s-]?\d){9}(?!\d)")),
    ("postcode", re.compile(r"\b\d{4}\s?[A-Z]{2}\b")),
    ("datum", re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b")),
)


@dataclass(frozen=True)
class Finding:
    label: str
    text: str


@dataclass(frozen=True)
class Masked:
    text: str
    findings: tuple[Finding, ...]


_LOADING = threading.Lock()


def _deduce():  # noqa: ANN202 - deduce ships no type hints
    # One load per process: a review that starts while the warm-up thread is still loading
    # waits for it instead of loading a second copy (twice the ten seconds, holding the GIL).
    with _LOADING:
        return _load_deduce()


@functools.cache
def _load_deduce():  # noqa: ANN202
    # deduce calls logging.basicConfig(level=DEBUG) on import. With a handler on the root
    # logger that call does nothing, so the process never switches to debug logging (which
    # floods Streamlit's output while deduce reads its lookup files).
    root = logging.getLogger()
    placeholder = logging.NullHandler()
    root.addHandler(placeholder)
    try:
        from deduce import Deduce  # imported here: loading its lookup tables takes seconds

        return Deduce()
    finally:
        root.removeHandler(placeholder)


def warm_up() -> None:
    """Load deduce in a background thread so the first story entry does not wait."""
    threading.Thread(target=_deduce, name="deduce-warm-up", daemon=True).start()


def mask(text: str, *, keep: Iterable[str] = ()) -> Masked:
    """``text`` with every identifying span replaced by ``[label]``.

    Words in ``keep`` (the names of the municipality's own neighbourhoods, say) stay.
    """
    if not text.strip():
        return Masked(text, ())
    # Our own patterns first: deduce reads "+31 6 12345678" as a loose number.
    text, findings = mask_bsns(text)
    for label, pattern in _EXTRA:
        findings += tuple(Finding(label, found) for found in pattern.findall(text))
        text = pattern.sub(f"[{label}]", text)
    kept = {word.casefold() for word in keep}
    spans = [
        (annotation.start_char, annotation.end_char, _LABELS.get(annotation.tag, "gegevens"), annotation.text)
        for annotation in _deduce().deidentify(text).annotations
        if annotation.text.casefold() not in kept
    ]
    masked, found_by_deduce = _replace(text, spans)
    return Masked(masked, findings + found_by_deduce)


def mask_bsns(text: str) -> tuple[str, tuple[Finding, ...]]:
    """Only the citizen numbers (``impact_core.bsn``) masked, in whatever spelling."""
    text, spellings = bsn.masked(text)
    return text, tuple(Finding("BSN", spelling) for spelling in spellings)


def _replace(text: str, spans: list[tuple[int, int, str, str]]) -> tuple[str, tuple[Finding, ...]]:
    parts, findings, position = [], [], 0
    for start, end, label, found in sorted(spans):
        if start < position:  # overlapping annotation: the earlier one already covers it
            continue
        end -= len(found) - len(found.rstrip())  # deduce sometimes takes the next space along
        parts += [text[position:start], f"[{label}]"]
        findings.append(Finding(label, found.rstrip()))
        position = end
    parts.append(text[position:])
    return "".join(parts), tuple(findings)


def fill_masked(frame: pd.DataFrame, *, keep: Iterable[str] = (), model: type[Record] = Story) -> pd.DataFrame:
    """Rows of ``model`` with each masked twin filled in where missing (an import without one)."""
    frame = frame.copy()
    for source, target in model.__masked__.items():
        if target not in frame:
            frame[target] = None
        missing = frame[target].isna() & frame[source].notna()
        frame.loc[missing, target] = [mask(value, keep=keep).text for value in frame.loc[missing, source]]
    return frame


def with_masked(record: RecordT, *, keep: Iterable[str] = ()) -> RecordT:
    """The record with the masked twin of each of its free texts made where it has none: what
    leaves the organisation is masked however it was written."""
    update = {
        target: mask(getattr(record, source), keep=keep).text
        for source, target in record.__masked__.items()
        if getattr(record, target) is None and getattr(record, source) is not None
    }
    return record.model_copy(update=update) if update else record
