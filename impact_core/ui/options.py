"""Showing a widget's options by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar, cast

from impact_core.i18n import label

K = TypeVar("K")


def required(text: str) -> str:
    """A required field's label: its name and a star (WCAG 3.3.2). Each form with one says once,
    above its fields, what the star means (``form.required_note``)."""
    return f"{text} *"


def labelled_by(names: Mapping[K, str]) -> Callable[[K], str]:
    """``names.get`` as the ``format_func`` of a widget whose options are the keys of ``names``.

    Every option has a name, so this gives a string; only a stale value left in the session
    after the options changed gives None, and Streamlit then treats it as no longer an option.
    """
    return cast("Callable[[K], str]", names.get)


def named_by(namespace: str) -> Callable[[object], str]:
    """The ``format_func`` of a widget over allowed values: each value's name in the reader's language."""
    from impact_core.ui.session import lang  # session itself shows options by name

    return lambda value: label(namespace, str(value), lang())
