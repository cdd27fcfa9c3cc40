"""What a page draws, as data: built once and drawn on every rerun.

Building a page's text (translations, escaping, number formats, SVG pictures) took the dialogue
table about two thirds of its script's time on every change of a filter, and the browser waits
for the script: each millisecond of it showed as about a millisecond in the page. A page builds
its parts once per viewer, filters, language and screen, remembers them with its reads until
the next write (``Store.remember_recent``), and on each rerun only draws them (``draw``).

Every text in a part is ready to draw: markdown already escaped where it holds user text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd
import pyarrow as pa
import streamlit as st

from impact_core.ui import safe

Kind = Literal[
    "header", "subheader", "markdown", "caption", "info", "warning", "write", "text", "image", "table", "expander",
    "box", "columns",
]  # fmt: skip


@dataclass(frozen=True)
class Part:
    kind: Kind
    text: str = ""  # the text, an expander's label, an image's SVG
    alt: str = ""  # an image's text alternative
    icon: str | None = None  # an info or warning's icon
    border: bool = False  # a box's or columns' border
    key: str | None = None  # a box's key (for styling and tests)
    parts: tuple[Part, ...] = ()  # what a box or expander holds; a columns' columns, each a box
    widths: tuple[int, ...] = ()  # columns' relative widths (equal when empty)
    gap: Literal["small", "medium", "large"] = "medium"  # between columns
    table: pa.Table | None = None  # a table's rows, escaped, the index kept in its pandas metadata

    def __deepcopy__(self, memo: dict[int, Any]) -> Part:
        return self  # immutable all the way down: remembered reads hand out the same parts


def header(text: str) -> Part:
    return Part("header", text)


def subheader(text: str) -> Part:
    return Part("subheader", text)


def markdown(*paragraphs: str | None) -> Part:
    """Paragraphs of escaped markdown as one element (empty ones left out), as ``safe.paragraphs``."""
    return Part("markdown", safe.joined(*paragraphs))


def caption(text: str) -> Part:
    return Part("caption", text)


def info(text: str, icon: str | None = None) -> Part:
    return Part("info", text, icon=icon)


def warning(text: str, icon: str | None = None) -> Part:
    return Part("warning", text, icon=icon)


def write(text: str) -> Part:
    return Part("write", text)


def text(value: str) -> Part:
    """Plain text, no markdown at all (``st.text``)."""
    return Part("text", value)


def image(svg: str, alt: str) -> Part:
    return Part("image", svg, alt=alt)


def table(frame: pd.DataFrame) -> Part:
    """A static table (``safe.table``): its texts escaped once, its rows kept as an Arrow table,
    which cannot change, so one built table may be drawn for every rerun."""
    return Part("table", table=pa.Table.from_pandas(safe.escaped(frame), preserve_index=True))


def expander(label: str, *parts: Part) -> Part:
    return Part("expander", label, parts=parts)


def box(*parts: Part, border: bool = False, key: str | None = None) -> Part:
    """A container: a card with ``border``, a track's column with its ``key``."""
    return Part("box", parts=parts, border=border, key=key)


def columns(
    *boxes: Part,
    border: bool = False,
    widths: tuple[int, ...] = (),
    gap: Literal["small", "medium", "large"] = "medium",
) -> Part:
    """Side by side, one column per box: each column draws what its box holds (the box's own
    border and key are not drawn; the columns' ``border`` frames every column)."""
    return Part("columns", parts=boxes, border=border, widths=widths, gap=gap)


def draw(parts: Iterable[Part]) -> None:
    for part in parts:
        _draw(part)


def _draw(part: Part) -> None:
    match part.kind:
        case "header":
            st.header(part.text, anchor=False)
        case "subheader":
            st.subheader(part.text, anchor=False)
        case "markdown":
            st.markdown(part.text)
        case "caption":
            st.caption(part.text)
        case "info":
            st.info(part.text, icon=part.icon)
        case "warning":
            st.warning(part.text, icon=part.icon)
        case "write":
            st.write(part.text)
        case "text":
            st.text(part.text)
        case "image":
            st.image(part.text, width="stretch", alt=part.alt)
        case "table":
            st.table(part.table)
        case "expander":
            with st.expander(part.text):
                draw(part.parts)
        case "box":
            with st.container(border=part.border, key=part.key):
                draw(part.parts)
        case "columns":
            spec = list(part.widths) or len(part.parts)
            for column, inside in zip(st.columns(spec, gap=part.gap, border=part.border), part.parts, strict=True):
                with column:
                    draw(inside.parts)
