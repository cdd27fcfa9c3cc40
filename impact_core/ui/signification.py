"""What storytellers say themselves, beside the panels' choices (self-signification): a plain
sentence, how big the change was and how it felt as bars for every signified story and for the ones
panels chose, and whether it was expected and what it is about as tables. Counts only; groups too
small for the viewer are left out by the domain module, never here."""

from __future__ import annotations

import pandas as pd

from impact_core.betekenisgeving.signification import GROUPS, SCALE_VALUES, Patterns, sentence, summary_text
from impact_core.i18n import label, number
from impact_core.models import Expected, LifeDomain
from impact_core.render import chart_text, svg_bars
from impact_core.ui import drawn, figures, safe
from impact_core.ui.session import lang, presenting, tr


def section(found: Patterns) -> drawn.Part:
    """The panel on the Verhalen page; nothing in it edits, so the shared screen shows it whole."""
    opening = (
        drawn.header(tr("signification.title")),
        drawn.caption(tr("signification.intro")),
        drawn.markdown(f"**{safe.escape_markdown(sentence(found, lang()))}**"),
    )
    if not found.stories["alle"]:
        return drawn.box(*opening, border=True, key="signification_panel")
    return drawn.box(
        *opening,
        drawn.columns(*(_scale_chart(found, measure) for measure in ("change_size", "feeling")), gap="large"),
        drawn.columns(
            drawn.box(
                drawn.subheader(tr("signification.expected_title")),
                drawn.table(_shares(found, "expected", [str(value) for value in Expected], "expected")),
            ),
            drawn.box(
                drawn.subheader(tr("signification.about_title")),
                drawn.table(_shares(found, "about", [str(value) for value in LifeDomain], "life_domain")),
            ),
            gap="large",
        ),
        border=True,
        key="signification_panel",
    )


def _group_names() -> tuple[str, str]:
    everyone, chosen = (tr(f"signification.group.{group}") for group in GROUPS)
    return everyone, chosen


def _scale_chart(found: Patterns, measure: str) -> drawn.Part:
    question = tr(f"signification.chart.{measure}")
    rows = [
        (
            label(measure, value, lang()),
            found.share("alle", measure, (value,)) or 0.0,
            found.share("gekozen", measure, (value,)) if found.shown("gekozen") and found.stories["gekozen"] else None,
        )
        for value in SCALE_VALUES
    ]
    everyone, chosen = _group_names()
    return drawn.box(
        drawn.subheader(question),
        *figures.picture(
            svg_bars.scale_bars_svg(
                rows,
                all_name=everyone,
                chosen_name=chosen,
                axis_title=tr("signification.chart.share"),
                lang=lang(),
                presenting=presenting(),
            ),
            chart_text.signification_bars(rows, question=question, all_name=everyone, chosen_name=chosen, lang=lang()),
        ),
    )


def _shares(found: Patterns, measure: str, values: list[str], namespace: str) -> pd.DataFrame:
    """Per answer the share (and number) of stories in each shown group: '58% (12)'."""
    table: dict[str, list[str]] = {
        tr("signification.col.answer"): [label(namespace, value, lang()) for value in values]
    }
    for group, name in zip(GROUPS, _group_names(), strict=True):
        if not found.stories.get(group):
            continue
        by_value = found.answers(group, measure)
        total = found.answered(group, measure)
        table[f"{name} ({found.stories[group]})"] = [
            f"{number(100 * by_value.get(value, 0) / total, lang())}% ({by_value.get(value, 0)})" if total else "–"
            for value in values
        ]
    shown = pd.DataFrame(table).set_index(tr("signification.col.answer"))
    # An answer nobody gave says nothing and pushes the others out of sight on the shared screen.
    given = found.counts[found.counts["measure"] == measure]["value"]
    return shown[[value in set(given) for value in values]]


def summary_line(found: Patterns) -> str:
    """The one line for the dialogue table's stories column."""
    return summary_text(found, lang())
