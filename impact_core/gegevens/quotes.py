"""Quotes of erased texts in other texts: found by runs of words, replaced by one mark.

A passage quotes an erased text when it repeats a run of ``RUN`` words of it (case,
punctuation and spacing aside), or a whole short text (a title) of at least ``SHORTEST``
words. Shorter runs would take ordinary phrases for quotes ("hij gaat weer naar school").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

RUN = 6
SHORTEST = 4
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Quoted:
    """What may not be repeated: runs of words of the erased texts, and literal names (a pseudonym)."""

    runs: dict[int, set[tuple[str, ...]]] = field(default_factory=dict)
    names: tuple[str, ...] = ()

    @classmethod
    def of(cls, texts: Iterable[str], names: Iterable[str] = ()) -> Quoted:
        runs: dict[int, set[tuple[str, ...]]] = {}
        for text in texts:
            words = [word.casefold() for word in _WORD.findall(text or "")]
            if len(words) >= RUN:
                runs.setdefault(RUN, set()).update(tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
            elif len(words) >= SHORTEST:
                runs.setdefault(len(words), set()).add(tuple(words))
        return cls(runs, tuple(name for name in names if name))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` quotes: character spans, overlapping runs joined, in order."""
        words = list(_WORD.finditer(text))
        folded = [word.group().casefold() for word in words]
        found = [
            (words[start].start(), words[start + length - 1].end())
            for length, runs in self.runs.items()
            for start in range(len(words) - length + 1)
            if tuple(folded[start : start + length]) in runs
        ]
        for name in self.names:
            found += [(hit.start(), hit.end()) for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)]
        return _joined(found)

    def removed(self, text: str, mark: str) -> str:
        """``text`` with every quote replaced by ``mark``."""
        for start, end in reversed(self.spans(text)):
            text = text[:start] + mark + text[end:]
        return text


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined
