"""Belgian Dutch (nl-BE): Dutch with the few texts Flemish usage words differently, euro amounts
as Belgians write them, and everything else the Dutch text."""

import re
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from impact_core.i18n import TEXTS, flemish, money, number, t

APP = Path(__file__).resolve().parent.parent / "app.py"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(flemish.TEXTS))
def test_every_flemish_text_overrides_a_dutch_one_with_the_same_placeholders(key):
    assert key in TEXTS, "an override of a key the Dutch texts do not have is never read"
    assert _placeholders(flemish.TEXTS[key]) == _placeholders(TEXTS[key][0])
    assert flemish.TEXTS[key] != TEXTS[key][0], "an override that says the same is no difference"


def test_a_text_without_a_flemish_version_reads_the_dutch_one():
    key = next(key for key in TEXTS if key not in flemish.TEXTS)
    assert t(key, "nl-BE") == t(key, "nl") == TEXTS[key][0]


@pytest.mark.parametrize(
    ("key", "lang", "shown"),
    [
        ("filter.neighbourhoods", "nl-BE", "Statistische sectoren"),
        ("filter.neighbourhoods", "nl", "Wijken"),
        ("filter.neighbourhoods", "en", "Neighbourhoods"),
    ],
)
def test_the_flemish_word_is_read_only_in_belgian_dutch(key, lang, shown):
    assert t(key, lang) == shown


def test_the_readme_lists_every_flemish_difference():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in readme for key in flemish.TEXTS)


# --- euro amounts as Belgians write them -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (1234.56, "€ 1.234,56"),
        (1234.5, "€ 1.234,50"),
        (1234.0, "€ 1.234"),  # a whole amount without ",00" (in the Netherlands € 1.234,00)
        (450000, "€ 450.000"),
        (0.5, "€ 0,50"),
        (-12.0, "€ -12"),  # the minus beside the number, not before the sign
        (-1234.567, "€ -1.234,57"),
    ],
)
def test_an_amount_in_belgian_dutch_has_the_sign_before_it_and_no_zero_cents(value, written):
    assert money(value, "nl-BE") == written


def _read_back(written: str) -> int:
    """Cents from a Belgian amount: '€ -1.234,5' -> -123450."""
    match = re.fullmatch(r"€ (-?)(\d{1,3}(?:\.\d{3})*)(?:,(\d{2}))?", written)
    assert match, written
    sign, whole, cents = match.groups()
    return (-1 if sign else 1) * (int(whole.replace(".", "")) * 100 + int(cents or 0))


@given(st.integers(-(10**11), 10**11))
def test_every_belgian_amount_reads_back_to_the_same_cents(cents):
    assert _read_back(money(cents / 100, "nl-BE")) == cents


@given(st.floats(-1e9, 1e9, allow_nan=False), st.integers(0, 3))
def test_belgian_dutch_writes_numbers_as_dutch_does(value, decimals):
    assert number(value, "nl-BE", decimals) == number(value, "nl", decimals)


# --- in the app ------------------------------------------------------------------------------------


def test_a_link_with_taal_nl_be_shows_the_flemish_filter_and_belgian_amounts(demo_db, monkeypatch):
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    test = AppTest.from_file(str(APP), default_timeout=30)
    test.query_params.update({"taal": "nl-BE", "programma": "ouderen"})
    test.run()
    assert not test.exception
    assert "Statistische sectoren" in [widget.label for widget in test.multiselect]
    test.switch_page("pages/waarde.py").run()
    assert not test.exception
    assert test.metric[1].value == "€ 450.000"
