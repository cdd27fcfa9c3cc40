"""Organisations are tenants: which organisation each row belongs to, as SQL.

One condition per table, written over an alias, true when the row belongs to the organisation
``$organisation``. The import refuses rows for which it is false (both the row as the file
has it and the row it would replace), and an organisation's export holds only rows for which
it is true. Shared reference data (municipalities, neighbourhoods, ambitions, the indicator
library, dilemma themes, the professional code, stakeholders) belongs to no one organisation:
every organisation reads it and may add to it.
"""

from __future__ import annotations

_PROGRAMMES = "(SELECT id FROM programme WHERE organisation_id = $organisation)"
_STORIES = f"(SELECT id FROM story WHERE programme_id IN {_PROGRAMMES})"
_STEPS = f"(SELECT id FROM reasoning_step WHERE programme_id IN {_PROGRAMMES})"
_ROUNDS = f"(SELECT id FROM selection_round WHERE programme_id IN {_PROGRAMMES})"
# A meeting without a programme belongs to the leeratelier of its municipality: shared by the
# organisations that municipality funds.
_MEETINGS = (
    f"(SELECT id FROM meeting WHERE programme_id IN {_PROGRAMMES} OR (programme_id IS NULL AND municipality_code"
    " IN (SELECT municipality_code FROM funding WHERE organisation_id = $organisation)))"
)

_OWNED: dict[str, str] = {
    "organisation": "{t}.id = $organisation",
    "funding": "{t}.organisation_id = $organisation",
    "programme": "{t}.organisation_id = $organisation",
    **{
        table: "{t}.programme_id IN " + _PROGRAMMES
        for table in (
            "measurement",
            "story",
            "reflection",
            "investment",
            "effect",
            "qualitative_effect",
            "reasoning_step",
            "method",
            "arena_effect",
            "selection_round",
            "instrument_score",
        )
    },
    "meeting": "({t}.programme_id IN " + _PROGRAMMES + " OR ({t}.programme_id IS NULL AND {t}.municipality_code IN"
    " (SELECT municipality_code FROM funding WHERE organisation_id = $organisation)))",
    "story_indicator": "{t}.story_id IN " + _STORIES,
    "story_step": "{t}.story_id IN " + _STORIES,
    "story_signification": "{t}.story_id IN " + _STORIES,
    "indicator_step": "{t}.step_id IN " + _STEPS,
    "instrument_step": "{t}.step_id IN " + _STEPS,
    "reasoning_link": "{t}.from_step IN " + _STEPS,
    "assumption_test": "{t}.from_step IN " + _STEPS,
    "participant": "{t}.meeting_id IN " + _MEETINGS,
    "agenda_item": "{t}.meeting_id IN " + _MEETINGS,
    "decision": "{t}.meeting_id IN " + _MEETINGS,
    "round_story": "{t}.round_id IN " + _ROUNDS,
    "round_vote": "{t}.round_id IN " + _ROUNDS,
    "correction": "({t}.meeting_id IN " + _MEETINGS + " OR {t}.round_id IN " + _ROUNDS + ")",
}

SHARED = frozenset(
    {"municipality", "neighbourhood", "ambition", "indicator", "dilemma_theme", "code_article", "stakeholder"}
)

# The column a refused row is reported under: the one that ties it to an organisation.
OWNER_COLUMN: dict[str, str] = {
    "organisation": "id",
    "funding": "organisation_id",
    "programme": "organisation_id",
    "story_indicator": "story_id",
    "story_step": "story_id",
    "story_signification": "story_id",
    "indicator_step": "step_id",
    "instrument_step": "step_id",
    "reasoning_link": "from_step",
    "assumption_test": "from_step",
    "participant": "meeting_id",
    "agenda_item": "meeting_id",
    "decision": "meeting_id",
    "round_story": "round_id",
    "round_vote": "round_id",
    "correction": "meeting_id",
}


def owned(table: str, alias: str) -> str | None:
    """The condition that a row of ``table`` (as ``alias``) belongs to ``$organisation``; None for
    shared reference data."""
    if table in SHARED:
        return None
    return _OWNED[table].format(t=alias)


def owner_column(table: str) -> str:
    return OWNER_COLUMN.get(table, "programme_id")


def decided_by(table: str, columns: tuple[str, ...]) -> bool:
    """Whether these columns alone decide which organisation a row of ``table`` belongs to: then a
    stored row with the same values in them belongs to the same organisation as the incoming row,
    and checking the incoming row is enough. True when the condition reads only the owner column."""
    condition = _OWNED.get(table)
    column = owner_column(table)
    return (
        condition is not None
        and column in columns
        and condition.count("{t}.") == 1
        and condition.startswith(f"{{t}}.{column} ")
    )
