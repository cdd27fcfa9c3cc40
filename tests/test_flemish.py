"""Belgian Dutch (nl-BE): Dutch with the few texts Flemish usage words differently, euro amounts
as Belgians write them, and everything else the Dutch text."""

import re
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from impact_core import __main__ as cli
from impact_core import config
from impact_core.i18n import TEXTS, flemish, money, number, t
from tests.page_helpers import page_starter, page_text

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


# --- nl-BE as an installation's default (IMPACT_LANGUAGE) ------------------------------------------

SHOWN = {"nl": "Wijken", "nl-BE": "Statistische sectoren", "en": "Neighbourhoods"}


@pytest.mark.parametrize(
    ("setting", "link", "shown"),
    [
        (None, None, "nl"),  # no setting: Dutch, as before
        ("nl-BE", None, "nl-BE"),  # a Flemish installation
        ("NL-BE", None, "nl-BE"),  # as the language bar writes it
        ("en", None, "en"),
        ("nl-BE", "nl", "nl"),  # a link still chooses per session
        ("nl-BE", "en", "en"),
        (None, "nl-BE", "nl-BE"),
        ("nl-BE", "fr", "nl-BE"),  # a link with an unknown language: the installation's
        ("fr", None, "nl"),  # an unknown setting: Dutch, not a crash
        ("fr", "nl-BE", "nl-BE"),
    ],
)
def test_the_installation_setting_chooses_the_language_and_a_link_still_overrides_it(
    demo_db, monkeypatch, setting, link, shown
):
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    if setting is None:
        monkeypatch.delenv("IMPACT_LANGUAGE", raising=False)
    else:
        monkeypatch.setenv("IMPACT_LANGUAGE", setting)
    test = AppTest.from_file(str(APP), default_timeout=30)
    test.query_params.update({"programma": "ouderen"} | ({"taal": link} if link else {}))
    test.run()
    assert not test.exception
    assert SHOWN[shown] in [widget.label for widget in test.multiselect]
    assert test.session_state["taal"] == shown  # the language bar shows it chosen


def test_a_flemish_installation_shows_statistische_sectoren_on_the_trends_page_without_a_link(demo_db, monkeypatch):
    monkeypatch.setenv("IMPACT_LANGUAGE", "nl-BE")
    test = page_starter(demo_db, monkeypatch)("pages/trends.py", programma="ouderen")
    assert not test.exception
    assert "Statistische sectoren vergeleken: begin en nu" in page_text(test)
    assert "taal" not in test.query_params  # the installation's own language needs no link


def test_on_a_flemish_installation_a_link_that_chose_dutch_says_so(demo_db, monkeypatch):
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    monkeypatch.setenv("IMPACT_LANGUAGE", "nl-BE")
    test = AppTest.from_file(str(APP), default_timeout=30)
    test.query_params.update({"taal": "nl", "programma": "ouderen"})
    test.run()
    assert test.query_params["taal"] == "nl"  # copied, it opens in Dutch there too


@pytest.mark.parametrize(
    ("setting", "language", "warned"),
    [("", "nl", False), ("nl-BE", "nl-BE", False), (" nl-be ", "nl-BE", False), ("vlaams", "nl", True)],
)
def test_an_unknown_setting_falls_back_to_dutch_with_a_warning_in_the_log(
    monkeypatch, caplog, setting, language, warned
):
    config._language.cache_clear()
    monkeypatch.setenv("IMPACT_LANGUAGE", setting)
    with caplog.at_level("WARNING", logger="impact_core.config"):
        assert config.default_language() == language
        assert config.default_language() == language
    warnings = [record.getMessage() for record in caplog.records if record.name == "impact_core.config"]
    assert warnings == (
        [f"IMPACT_LANGUAGE={setting!r} is geen bekende taal (nl, nl-BE, en); de app gebruikt nl."] if warned else []
    )


def test_the_command_lines_dossier_follows_the_installations_language_unless_asked_otherwise(monkeypatch):
    command = ["dossier", "--organisation", "wvs", "--programme", "wijk", "--out", "d.pdf"]
    monkeypatch.setenv("IMPACT_LANGUAGE", "nl-BE")
    assert cli._parser().parse_args(command).lang == "nl-BE"
    assert cli._parser().parse_args([*command, "--lang", "nl"]).lang == "nl"
    monkeypatch.delenv("IMPACT_LANGUAGE")
    assert cli._parser().parse_args(command).lang == "nl"


@pytest.mark.parametrize(("setting", "investment"), [("nl-BE", "€ 15.000"), ("", "€ 15.000,00")])
def test_the_command_lines_business_case_writes_amounts_in_the_installations_language(
    monkeypatch, capsys, setting, investment
):
    monkeypatch.setenv("IMPACT_LANGUAGE", setting)
    assert cli.main(["value", str(Path(__file__).resolve().parent.parent / "data" / "cases" / "voorbeeld.json")]) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Investering")]
    assert line.split(maxsplit=1)[1].strip() == investment
