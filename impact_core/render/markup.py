"""User text inside a Markdown file (the minutes): it must show as itself, not as markup.

``ui.safe.escape_markdown`` escapes every punctuation mark, which is right on screen but
leaves a file full of backslashes. Here only what would become markup is escaped: marks
that act anywhere in a line, marks that act at the start of a line (headings, quotes,
lists, underlines), and what a renderer would turn into a link (an invisible word joiner
breaks addresses, e-mail addresses and domain names, even on renderers that link bare
domains).
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"
# Emphasis, code, links and images, HTML and autolinks, tables, strikethrough, maths,
# entities, and the backslash itself.
_INLINE = frozenset("\\`*_[]<>|~$&")
_CLOSING = re.compile(r"(?<!\\)(#)#*$")
_LINE_START = re.compile(r"^(?:([#>+\-=])|(\d+)([.)]))")
# '://' and 'mailto:', 'www.', an e-mail address, a domain name (a dot between two word characters).
_LINKS = re.compile(r"(?<=:)(?=\S)|(?<=www)(?=\.)|(?=@)|(?<=\w\.)(?=\w)", re.IGNORECASE)


def _line(line: str) -> str:
    escaped = "".join(f"\\{char}" if char in _INLINE else char for char in line)
    escaped = _LINE_START.sub(
        lambda match: f"\\{match.group(1)}" if match.group(1) else f"{match.group(2)}\\{match.group(3)}", escaped
    )
    return _LINKS.sub(WORD_JOINER, escaped)


def markdown_text(text: object, *, one_line: bool = False) -> str:
    """One paragraph of user text: runs of spaces and indentation collapsed (indentation would
    make a code block), empty lines dropped, lines kept apart by hard line breaks; or, for a
    heading, everything on ``one_line`` (and a '#' at its end escaped: it would close the heading)."""
    if one_line:
        return _CLOSING.sub(r"\\\1", _line(" ".join(str(text).split())))
    lines = (" ".join(line.split()) for line in str(text).splitlines())
    return "  \n".join(_line(line) for line in lines if line)
