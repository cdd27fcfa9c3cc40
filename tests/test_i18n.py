"""Every text exists in Dutch and English, with the same placeholders."""

import ast
import datetime as dt
import re
import string
from enum import Enum
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from impact_core import models
from impact_core.access.viewer import Role
from impact_core.i18n import GROUPS, LABELS, TEXTS, amount, date, label, number, t
from impact_core.ui.safe import escape_markdown

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_text_has_both_languages_with_the_same_placeholders(key):
    dutch, english = TEXTS[key]
    assert dutch.strip() and english.strip()
    assert set(re.findall(r"{(\w+)}", dutch)) == set(re.findall(r"{(\w+)}", english))


@pytest.mark.parametrize(
    ("namespace", "enum"),
    [
        ("role", Role),
        ("pyramid_level", models.PyramidLevel),
        ("target_group", models.TargetGroup),
        ("set_by", models.SetBy),
        ("chain_level", models.ChainLevel),
        ("storyteller_role", models.StorytellerRole),
        ("valence", models.Valence),
        ("intention", models.Intention),
        ("panel_level", models.PanelLevel),
        ("reflection_kind", models.ReflectionKind),
        ("participant_role", models.ParticipantRole),
        ("agenda_link", models.AgendaLink),
        ("decision_kind", models.DecisionKind),
        ("decision_status", models.DecisionStatus),
        ("corrected_table", models.CorrectedTable),
    ],
)
def test_every_allowed_value_has_a_name_in_both_languages(namespace, enum: type[Enum]):
    assert set(LABELS[namespace]) == {member.value for member in enum}


def test_a_value_a_team_added_itself_shows_as_written():
    assert label("value", "moed") == "moed"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "written"),
    [
        (1234.5, "nl", 1, "1.234,5"),
        (1234.5, "en", 1, "1,234.5"),
        (45.0, "nl", 0, "45"),
        (-3.25, "nl", 2, "-3,25"),
    ],
)
def test_numbers_are_written_the_way_the_reader_writes_them(value, lang, decimals, written):
    assert number(value, lang, decimals) == written


@given(st.text())
def test_escaped_text_has_no_unescaped_markup(text):
    escaped = escape_markdown(text).replace("\u2060", "")
    unescaped = re.sub(r"\\(.)", "", escaped.replace("  \n", "\n"), flags=re.DOTALL)
    assert not set(unescaped) & set(string.punctuation)


@given(st.text())
def test_escaping_keeps_every_character_the_reader_sees(text):
    escaped = escape_markdown(text).replace("\u2060", "").replace("  \n", "\n")
    assert re.sub(r"\\(.)", r"\1", escaped, flags=re.DOTALL) == text


@pytest.mark.parametrize("address", ["https://voorbeeld.invalid", "www.voorbeeld.invalid", "iemand@voorbeeld.invalid"])
def test_addresses_are_broken_up_so_markdown_cannot_link_them(address):
    escaped = escape_markdown(f"zie {address}")
    assert "\u2060" in escaped


@pytest.mark.parametrize(
    ("value", "unit", "lang", "written"),
    [
        (43.84, "%", "nl", "43,8%"),
        (6.36, "score 0-10", "nl", "6,4 score 0-10"),
        (1234, "bezoeken", "nl", "1.234 bezoeken"),
        (1234, "bezoeken", "en", "1,234 bezoeken"),
        (None, "%", "nl", "–"),
        (float("nan"), "uren", "nl", "–"),
    ],
)
def test_indicator_values_are_written_with_their_unit(value, unit, lang, written):
    assert amount(value, unit, lang) == written


I18N = sorted((ROOT / "impact_core" / "i18n").glob("*.py"))


@pytest.mark.parametrize("path", I18N, ids=lambda path: path.name)
def test_no_key_is_defined_twice_in_one_file(path):
    """A dict literal keeps the last of two equal keys without a word; the group files are
    merged with a check (impact_core.i18n._merged), this is the check within one file."""
    keys = [
        key.value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Dict)
        for key in node.keys
        if isinstance(key, ast.Constant) and isinstance(key.value, str) and "." in key.value
    ]
    assert len(keys) == len(set(keys))


def test_the_groups_together_hold_every_key_once():
    assert sum(len(group.TEXTS) for group in GROUPS) == len(TEXTS)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (dt.date(2026, 12, 4), "04-12-2026"),
        (pd.Timestamp("2026-12-04"), "04-12-2026"),
        ("2026-12-04", "04-12-2026"),
        (None, "–"),
        (pd.NaT, "–"),
    ],
)
def test_a_day_is_written_day_first_and_a_missing_one_as_a_dash(value, shown):
    assert date(value) == shown


@pytest.mark.parametrize(
    ("count", "lang", "written"),
    [
        (1, "nl", "1 verhaal"),
        (0, "nl", "0 verhalen"),
        (2, "nl", "2 verhalen"),
        ("1", "nl", "1 verhaal"),
        (1, "en", "1 story"),
        (3, "en", "3 stories"),
    ],
)
def test_a_counted_word_takes_its_singular_only_for_one(count, lang, written):
    assert t("stories.search.count", lang, count=count).startswith(written + " ")


PLURAL_SLIP = re.compile(
    r"\{\w+\} (more )?(verhalen|reflecties|cijfers|indicatoren|morele dilemma's|maanden|deelnemers|"
    r"stories|reflections|numbers|indicators|moral dilemmas|months|participants)\b"
)


def test_every_counted_word_has_its_singular():
    slips = [key for key, texts in TEXTS.items() for text in texts if PLURAL_SLIP.search(text)]
    assert slips == []


def test_the_dutch_texts_address_the_reader_one_way():
    informal = [key for key, (dutch, _) in TEXTS.items() if re.search(r"\b(je|jij|jouw|jullie)\b", dutch, re.I)]
    assert informal == []


JARGON = ("deadweight", "attributie", "proxy", "verplaatsing", "afname", "discontovoet")


@pytest.mark.parametrize(
    "key",
    [key for key in TEXTS if key.startswith(("value.step.", "value.col.", "value.rate")) and key != "value.rate.help"],
)
def test_a_value_term_comes_second_after_the_plain_words(key):
    dutch = TEXTS[key][0]
    outside_brackets = re.sub(r"\([^)]*\)", "", dutch).lower()
    assert not [term for term in JARGON if term in outside_brackets], dutch
