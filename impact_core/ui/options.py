"""Showing a widget's options by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar, cast

K = TypeVar("K")


def labelled_by(names: Mapping[K, str]) -> Callable[[K], str]:
    """``names.get`` as the ``format_func`` of a widget whose options are the keys of ``names``.

    Every option has a name, so this gives a string; only a stale value left in the session
    after the options changed gives None, and Streamlit then treats it as no longer an option.
    """
    return cast("Callable[[K], str]", names.get)
