"""Mask what identifies a person in a story before it travels.

``deduce`` (Dutch de-identification) finds names, places, institutions, dates, ages,
phone numbers, e-mail addresses and BSNs. Its first start in an environment builds a
lookup cache (about two minutes); ``make`` builds that at install time, and later starts
take about ten seconds, so one instance is kept per process and can be warmed up in the
background. On top of deduce this module masks what it misses: a BSN that passes the
11-proof in any spelling (123.456.782, 1234 56 782), Dutch postcodes and the patterns of
``_EXTRA``.
"""

from __future__ import annotations

import atexit
import functools
import gc
import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from impact_core.models import Story, find_bsns

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
    # Its lookup tables unpickle into some four million objects: the cyclic garbage collector,
    # run over and over while they arrive, doubles the load time. They live as long as the
    # process, so they are frozen out of later collections (each took seconds with them in),
    # and thawed at exit, so that what was garbage at the freeze is still freed at shutdown.
    gc.collect()  # freeze as little garbage as we can
    collecting = gc.isenabled()
    gc.disable()
    try:
        from deduce import Deduce  # imported here: loading its lookup tables takes seconds

        model = Deduce()
    finally:
        root.removeHandler(placeholder)
        if collecting:
            gc.enable()
    gc.freeze()
    atexit.register(gc.unfreeze)
    return model


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
    """Only the numbers that pass the BSN 11-proof, in any spelling, masked."""
    findings: tuple[Finding, ...] = ()
    for bsn in find_bsns(text):
        pattern = re.compile(r"[ .\-]?".join(bsn))
        findings += tuple(Finding("BSN", found) for found in pattern.findall(text))
        text = pattern.sub("[BSN]", text)
    return text, findings


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


def fill_masked(stories: pd.DataFrame, *, keep: Iterable[str] = ()) -> pd.DataFrame:
    """Stories with their masked title, text and significance filled in where missing."""
    stories = stories.copy()
    for source, target in Story.__masked__.items():
        if target not in stories:
            stories[target] = None
        missing = stories[target].isna()
        stories.loc[missing, target] = [mask(value, keep=keep).text for value in stories.loc[missing, source]]
    return stories
