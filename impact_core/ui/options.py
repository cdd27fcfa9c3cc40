"""Showing a widget's options by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, cast

import streamlit as st

from impact_core.i18n import label

K = TypeVar("K")


def required(text: str) -> str:
    """A required field's label: its name and a star (WCAG 3.3.2). Each form with one says once,
    above its fields, what the star means (``form.required_note``)."""
    return f"{text} *"


def held_index(key: str, options: Sequence[object]) -> int:
    """For a keyed widget whose choice the app sets (from a link, a kept choice): the place of
    that choice among ``options``, to pass as the widget's ``index``. The browser only learns a
    value set from Python in the run that sets it; when it draws the widget afresh in a later
    run it sends the widget's default back as the choice, and with index 0 that default is the
    first option (the sidebar's seat, programme and period fell back to their first options)."""
    held = st.session_state.get(key)
    return options.index(held) if held in options else 0


def named_choice(label: str, names: Mapping[str, str], key: str, *, place: Any = st) -> str | None:
    """A keyed select box over the keys of ``names``, each shown by its name, whose held choice
    is also its default (``held_index``); drawn in ``place`` (the sidebar, a column)."""
    options = list(names)
    return place.selectbox(label, options, index=held_index(key, options), key=key, format_func=labelled_by(names))


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
