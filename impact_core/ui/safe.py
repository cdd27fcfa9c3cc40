"""User text goes to the screen as text: never as HTML, markdown links or directives."""

from __future__ import annotations

import re
import string

import pandas as pd
import streamlit as st

_PUNCTUATION = frozenset(string.punctuation)
_WORD_JOINER = "\u2060"
# What GitHub-flavoured markdown turns into a link even when every mark is escaped:
# bare addresses (https://, www.) and e-mail addresses.
_AUTOLINK = re.compile(r"(\\:)(\\/\\/)|(www)(\\\.)|(\\@)", re.IGNORECASE)


def escape_markdown(text: str) -> str:
    """Backslash-escape every ASCII punctuation mark (CommonMark allows it for all of them),
    so tags, links, emphasis, :directives: and $formulas$ show literally; an invisible word
    joiner breaks what would otherwise be linked automatically."""
    escaped = "".join(f"\\{char}" if char in _PUNCTUATION else char for char in text)
    escaped = _AUTOLINK.sub(
        lambda match: (
            _WORD_JOINER.join(part for part in match.groups() if part) + (_WORD_JOINER if match.group(5) else "")
        ),
        escaped,
    )
    return escaped.replace("\n", "  \n")


def text(value: object, *, bold: bool = False) -> None:
    """Show user text. Plain text needs no markdown at all; bold text is escaped markdown."""
    if bold:
        st.markdown(strong(value))
    else:
        st.text(str(value))


GIST_LENGTH = 100  # characters of a story's significance or a reflection's lesson on the shared screen


def gist(text: object, limit: int = GIST_LENGTH) -> str:
    """User text of at most ``limit`` characters, cut at a word with an ellipsis: the shared screen
    shows the gist of a card, the page of its track the whole text. Still text: escape it to show."""
    plain = " ".join(str(text).split())
    if len(plain) <= limit:
        return plain
    cut = plain[: limit - 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return f"{cut.rstrip(' ,;:-')}…"


def caption(value: object) -> None:
    st.caption(escape_markdown(str(value)))


def labelled(label: str, value: object) -> None:
    """Our own bold label before user text, on one line."""
    st.markdown(labelled_text(label, value))


def paragraphs(*parts: str | None) -> None:
    """Several paragraphs of already escaped markdown as one element (empty ones left out):
    every element costs the browser a render on each rerun, and a card of four paragraphs
    reads the same as four elements."""
    st.markdown(joined(*parts))


def joined(*parts: str | None) -> str:
    """The markdown of ``paragraphs``: the parts as paragraphs, empty ones left out."""
    return "\n\n".join(part for part in parts if part)


def small(*lines: str | None) -> str:
    """Lines of already escaped markdown in small type, as markdown for ``paragraphs``: a card's
    by-line in its one paragraph element instead of a caption element of its own."""
    return "  \n".join(f":small[{line}]" for line in lines if line)


def strong(value: object) -> str:
    """User text in bold, as markdown for ``paragraphs``."""
    return f"**{escape_markdown(str(value))}**"


def labelled_text(label: str, value: object) -> str:
    """Our own bold label before user text, as markdown for ``paragraphs``."""
    return f"**{label}** {escape_markdown(str(value))}"


def table(frame: pd.DataFrame) -> None:
    """A static table. st.table renders Markdown in every cell, header and index entry, so each
    text is escaped; numbers stay numbers."""
    st.table(escaped(frame))


def escaped(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text in it escaped, its index and column names too, for ``st.table``."""

    def shown(value: object) -> object:
        return escape_markdown(value) if isinstance(value, str) else value

    result = frame.map(shown)
    result.index = pd.Index([shown(value) for value in frame.index], name=shown(frame.index.name))
    result.columns = [shown(value) for value in frame.columns]
    return result
