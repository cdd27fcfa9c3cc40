"""User text goes to the screen as text: never as HTML, markdown links or directives."""

from __future__ import annotations

import string

import streamlit as st

_PUNCTUATION = frozenset(string.punctuation)


def escape_markdown(text: str) -> str:
    """Backslash-escape every ASCII punctuation mark (CommonMark allows it for all of them),
    so tags, links, emphasis, :directives: and $formulas$ show literally."""
    escaped = "".join(f"\\{char}" if char in _PUNCTUATION else char for char in text)
    return escaped.replace("\n", "  \n")


def text(value: object, *, bold: bool = False) -> None:
    """Show user text; only our own markup (bold) is added around it."""
    body = escape_markdown(str(value))
    st.markdown(f"**{body}**" if bold else body)


def caption(value: object) -> None:
    st.caption(escape_markdown(str(value)))
