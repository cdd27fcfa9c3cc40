"""Masking quality on stories written for the purpose: recall and preservation per category.

Run with ``python -m benchmarks.masking`` (``--misses`` lists what went wrong). The stories in
tests/data/ are Dutch and Flemish social-work stories, each annotated with the spans that must be
masked (names, addresses, phone numbers, ...) and the words that must stay readable (city names,
roles, ordinary words). masking_set.jsonl was written before the masking was tuned on it;
masking_holdout.jsonl afterwards, to see how far the tuning carries to stories it has not seen.

- recall: the share of annotated sensitive spans of which no word is left in the masked text;
- preservation: the share of must-stay words still there as often as in the story.

A word counts as left when the masked text holds it more often than the story does outside
its sensitive spans, so a city named both in an address and on its own is judged fairly.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SET = DATA / "masking_set.jsonl"
HOLDOUT = DATA / "masking_holdout.jsonl"

# Small words inside names and addresses ("El", "van der", "bus") that also occur as ordinary
# words: whether they stay says nothing about whether the span was masked.
_PARTICLES = {"van", "de", "der", "den", "het", "el", "al", "bus", "ter", "te", "in", "op", "t"}
_LABEL = re.compile(r"\[[\w -]+\]")


@dataclass
class Report:
    masked: Counter[str] = field(default_factory=Counter)
    sensitive: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    to_keep: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.masked.values()) / sum(self.sensitive.values())

    @property
    def preservation(self) -> float:
        return sum(self.kept.values()) / sum(self.to_keep.values())


def load(path: Path = SET) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _count(phrase: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, flags=re.IGNORECASE))


def _outside(text: str, spans: list[str]) -> str:
    for span in sorted(spans, key=len, reverse=True):
        text = text.replace(span, " ")
    return text


def evaluate(mask: Callable[[str], str], stories: list[dict] | None = None) -> Report:
    report = Report()
    for story in stories if stories is not None else load():
        text = story["text"]
        masked = _LABEL.sub(" ", mask(text))
        rest = _outside(text, [span for _, span in story["mask"]])
        for category, span in story["mask"]:
            words = [word for word in re.findall(r"\w+", span) if word.casefold() not in _PARTICLES]
            left = [word for word in words if _count(word, masked) > _count(word, rest)]
            report.sensitive[category] += 1
            if left:
                report.misses.append(f"{story['id']}: {category} {span!r} left {left}")
            else:
                report.masked[category] += 1
        for category, word in story["keep"]:
            report.to_keep[category] += 1
            if _count(word, masked) >= _count(word, rest):
                report.kept[category] += 1
            else:
                report.misses.append(f"{story['id']}: kept {category} {word!r} was masked")
    return report


def table(report: Report) -> str:
    rows = ["| category | spans | recall |", "| --- | ---: | ---: |"]
    for category in sorted(report.sensitive):
        n = report.sensitive[category]
        rows.append(f"| {category} | {n} | {report.masked[category] / n:.2f} |")
    rows.append(f"| **all** | {sum(report.sensitive.values())} | **{report.recall:.3f}** |")
    rows += ["", "| must stay | words | preservation |", "| --- | ---: | ---: |"]
    for category in sorted(report.to_keep):
        n = report.to_keep[category]
        rows.append(f"| {category} | {n} | {report.kept[category] / n:.2f} |")
    rows.append(f"| **all** | {sum(report.to_keep.values())} | **{report.preservation:.3f}** |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every span left and every word lost")
    args = parser.parse_args(argv)
    from impact_core.access.deidentify import mask

    for path in (SET, HOLDOUT):
        stories = load(path)
        report = evaluate(lambda text: mask(text).text, stories)
        print(f"## {path.name}: {len(stories)} stories\n")
        print(table(report))
        if args.misses:
            print("\n" + "\n".join(report.misses))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
