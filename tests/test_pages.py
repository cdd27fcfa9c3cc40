"""Every page renders on the demo database without an exception (AppTest, no browser)."""

import json
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection
from impact_core.db.store import Store, open_store
from impact_core.doelmatigheid import indicators
from impact_core.filters import Filters
from impact_core.gegevens.demo import build_demo
from impact_core.ui.cards import NAMES_SHOWN
from impact_core.ui.stories import REGISTER_PAGE, STORY_TAB
from impact_core.vakmanschap import reflections as vakmanschap

APP = Path(__file__).resolve().parent.parent / "app.py"
MUNICIPALITY = Viewer.from_seat("gemeente@GM9901")


def _starter(database, monkeypatch):
    monkeypatch.setenv("IMPACT_DB", str(database))

    def start(**query: str) -> AppTest:
        test = AppTest.from_file(str(APP), default_timeout=30)
        test.query_params.update(query)
        return test.run()

    return start


@pytest.fixture
def app(demo_db, monkeypatch):
    """The app on the shared demo database: for tests that only read."""
    return _starter(demo_db, monkeypatch)


@pytest.fixture
def writing_app(demo_file, monkeypatch):
    """The app on a database of this test's own."""
    return _starter(demo_file, monkeypatch)


def _shown(markdown: str) -> str:
    """What a reader sees of escaped markdown: every backslash escape resolved, no invisible joiner."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def _text(test: AppTest) -> str:
    return " ".join(
        str(element.value)
        for kind in ("markdown", "text", "header", "title", "caption", "info")
        for element in getattr(test, kind)
    )


def test_dialogue_table_shows_the_three_tracks(app):
    test = app()
    assert not test.exception
    assert [header.value for header in test.header][:3] == ["Doelmatigheid", "Betekenisgeving", "Vakmanschap"]
    assert len(test.get("image")) == 4  # a trend picture per key indicator


def test_dialogue_table_opens_the_programme_named_in_the_url(app):
    test = app(programma="jeugd")
    assert _shown(test.title[0].value) == "Perspectief voor kinderen en jongeren (0-27 jaar)"
    assert test.query_params["programma"] == "jeugd"


def test_dialogue_table_speaks_english_when_asked(app):
    test = app(taal="en")
    assert [header.value for header in test.header][:3] == ["Effectiveness", "Meaning", "Craft"]


def test_choosing_another_programme_puts_it_in_the_url(app):
    test = app()
    test.selectbox(key="programma").set_value("wijk").run()
    assert test.query_params["programma"] == "wijk"
    assert _shown(test.title[0].value) == "Wijk- en buurtgerichte aanpak"


def test_the_municipality_sees_no_pseudonym_of_a_professional(app):
    test = app(rol="gemeente@GM9901", programma="jeugd")
    assert not test.exception
    assert "(" not in " ".join(caption.value for caption in test.caption if "·" in caption.value)


def test_about_page_explains_the_tracks(app):
    test = app()
    test.switch_page("pages/over.py").run()
    assert not test.exception
    assert "Most Significant Change" in _text(test)


def test_craft_page_shows_its_views_and_tabs(app):
    test = app()
    test.switch_page("pages/vakmanschap.py").run()
    assert not test.exception
    assert [tab.label for tab in test.tabs] == [
        "Overzicht",
        "Reflecties",
        "Nieuw vastleggen",
        "Methoden",
        "Leerlogboek",
    ]
    assert len(test.get("plotly_chart")) == 2


@pytest.mark.parametrize(
    ("role", "forms"), [("professional@wvs", 2), ("beheer@wvs", 2), ("gemeente@GM9901", 0), ("presentatie@GM9901", 0)]
)
def test_craft_page_offers_the_entry_form_only_inside_the_organisation(app, role, forms):
    test = app(rol=role)
    test.switch_page("pages/vakmanschap.py").run()
    assert not test.exception
    assert len(test.get("form")) == forms
    assert ("Reflecties vastleggen kan alleen" in _text(test)) is (forms == 0)


def _open_stories_tab(test: AppTest, label: str) -> None:
    """Open the stories page at one of its tabs, as a click on the tab does: only that tab runs."""
    test.switch_page("pages/verhalen.py")
    test.session_state[STORY_TAB] = label
    test.run()


def _by_label(widgets, label):
    return next(widget for widget in widgets if widget.label.startswith(label))


def test_a_reflection_entered_in_the_form_is_saved_and_listed(writing_app):
    test = writing_app(programma="ouderen")
    test.switch_page("pages/vakmanschap.py").run()
    _by_label(test.text_input, "Professional").input("ouderenadviseur (Q.)")
    _by_label(test.selectbox, "Werkwijze").set_value("Huisbezoek 75+")
    _by_label(test.multiselect, "Welke waarden").set_value(["nabijheid"])
    _by_label(test.text_area, "Wat gebeurde er").input("Een mevrouw van 88 vroeg om een tweede bezoek met haar zoon.")
    test.button[0].click().run()
    assert not test.exception
    assert [success.value for success in test.success] == ["Opgeslagen."]
    assert "Een mevrouw van 88 vroeg om een tweede bezoek" in _text(test)


@pytest.mark.parametrize(
    ("label", "column"), [("Koppel aan verhalen", "story_ids"), ("Koppel aan indicatoren", "indicator_ids")]
)
def test_a_reflection_linked_in_the_form_to_a_story_or_indicator_is_saved_with_the_link(
    writing_app, demo_file, label, column
):
    test = writing_app(programma="ouderen")
    test.switch_page("pages/vakmanschap.py").run()
    _by_label(test.text_input, "Professional").input("ouderenadviseur (Q.)")
    _by_label(test.selectbox, "Werkwijze").set_value("Huisbezoek 75+")
    _by_label(test.text_area, "Wat gebeurde er").input("Een mevrouw vroeg om een tweede bezoek.")
    store, viewer, filters = open_store(demo_file), Viewer.from_seat("professional@wvs"), Filters(programme="ouderen")
    offered = {
        "story_ids": collection.significant_stories(store, viewer, filters, limit=1)[0]["id"],
        "indicator_ids": indicators.key_indicators(store, viewer, filters, limit=1)["id"][0],
    }
    linked = offered[column]
    _by_label(test.multiselect, label).set_value([linked])
    test.button[0].click().run()
    assert not test.exception and not test.error
    assert [success.value for success in test.success] == ["Opgeslagen."]
    [saved] = vakmanschap.recent_reflections(store, viewer, filters, limit=1)
    assert saved["what_happened"] == "Een mevrouw vroeg om een tweede bezoek."
    assert list(saved[column]) == [linked]


def test_a_shared_reflection_is_checked_in_its_masked_form_before_anything_is_saved(writing_app, demo_file):
    test = writing_app(programma="ouderen")
    test.switch_page("pages/vakmanschap.py").run()
    _by_label(test.text_input, "Professional").input("ouderenadviseur (Q.)")
    _by_label(test.selectbox, "Werkwijze").set_value("Huisbezoek 75+")
    _by_label(test.text_area, "Wat gebeurde er").input("Bij Pieter Jansen, Kerkstraat 12, thuis gesproken over hulp.")
    _by_label(test.radio, "Wie mag dit zien").set_value("gemeente")
    test.button[0].click().run()
    assert not test.exception and not test.success
    masked = _by_label(test.text_area, "Wat gebeurde er")
    assert "Pieter" not in masked.value and "Kerkstraat 12" not in masked.value and "hulp" in masked.value
    masked.input("Bij een bewoner thuis gesproken over hulp.")
    next(button for button in test.button if button.label == "Opslaan").click().run()
    assert [success.value for success in test.success] == ["Opgeslagen."]
    shown = vakmanschap.recent_reflections(open_store(demo_file), MUNICIPALITY, Filters(programme="ouderen"), limit=500)
    assert "Bij een bewoner thuis gesproken over hulp." in [reflection["what_happened"] for reflection in shown]
    assert "Pieter Jansen" in _text(test)  # the organisation keeps what was written


def test_a_reflection_without_what_happened_is_refused_naming_the_field_and_nothing_is_saved(writing_app):
    test = writing_app(programma="ouderen")
    test.switch_page("pages/vakmanschap.py").run()
    _by_label(test.text_input, "Professional").input("ouderenadviseur (Q.)")
    _by_label(test.selectbox, "Werkwijze").set_value("Huisbezoek 75+")
    test.button[0].click().run()
    assert not test.exception and not test.success
    [error] = [error.value for error in test.error]
    assert error.startswith("Niet opgeslagen:\n\n- ") and "wat gebeurde" in error


def test_a_moral_deliberation_without_a_choice_is_refused_in_dutch(writing_app):
    test = writing_app()
    test.switch_page("pages/vakmanschap.py").run()
    _by_label(test.radio, "Wat legt u vast").set_value("moreel_beraad").run()
    _by_label(test.text_input, "Professional").input("opbouwwerker (K.)")
    _by_label(test.selectbox, "Werkwijze").set_value("Buurtbemiddeling")
    _by_label(test.text_area, "Wat gebeurde er").input("Een buurman vroeg mij een klacht niet door te geven.")
    _by_label(test.text_area, "Het dilemma").input("Geef ik de klacht door of niet?")
    test.button[0].click().run()
    assert "dilemma en de keuze" in " ".join(error.value for error in test.error)


def test_a_tested_assumption_goes_into_the_learning_log(writing_app):
    test = writing_app(programma="ouderen")
    test.switch_page("pages/vakmanschap.py").run()
    _by_label(test.selectbox, "In welke bijeenkomst").set_value("B2")
    _by_label(test.selectbox, "Uitkomst").set_value("weerlegd")
    _by_label(test.text_area, "Wat bleek").input("In Hoogveld is geen beweeggroep op loopafstand.")
    next(button for button in test.button if button.label == "Opslaan" and "learning" in str(button.form_id)).click()
    test.run()
    assert not test.exception
    assert "In Hoogveld is geen beweeggroep op loopafstand" in _text(test)


def test_value_page_shows_the_figures_of_the_programmes_case(app):
    test = app(programma="ouderen")
    test.switch_page("pages/waarde.py").run()
    assert not test.exception
    labels = [metric.label for metric in test.metric]
    assert labels[:3] == ["Contante waarde baten", "Investering", "Ratio baten / investering"]
    assert test.metric[1].value == "€ 450.000,00"
    assert len(test.get("plotly_chart")) == 3
    assert "voelen zich buitengesloten nu het loket dicht is" in _text(test)


def test_value_page_recalculates_when_the_discount_rate_changes(app):
    test = app(programma="ouderen")
    test.switch_page("pages/waarde.py").run()
    before = test.metric[0].value
    test.select_slider(key="rate-ouderen").set_value(10.0).run()
    assert not test.exception
    assert test.metric[0].value != before


@pytest.mark.parametrize("role", ["professional@wvs", "gemeente@GM9901"])
def test_trends_page_compares_neighbourhoods_with_small_cells_hidden_from_outside(app, role):
    test = app(programma="ouderen", rol=role)
    test.switch_page("pages/trends.py").run()
    assert not test.exception
    chart_figures, table = test.dataframe[0].value, test.dataframe[1].value  # the chart's own table first
    assert len(chart_figures) == 36
    assert len(table) == 8
    assert bool((table == "<10").any().any()) is role.startswith("gemeente")


def test_trends_page_switches_to_quarters(app):
    # AppTest does not carry sidebar widgets of st.navigation across reruns, so the role
    # stays the default here; the browser test covers a role across a rerun.
    test = app(programma="ouderen")
    test.switch_page("pages/trends.py").run()
    assert _points_in_first_chart(test) == 36
    next(group for group in test.get("button_group") if group.key == "trend_period").set_value("quarter").run()
    assert not test.exception
    assert _points_in_first_chart(test) == 13


def _points_in_first_chart(test: AppTest) -> int:
    spec = json.loads(test.get("plotly_chart")[0].proto.spec)
    return len(spec["data"][-1]["x"])


def test_indicator_library_lists_the_gaps_between_ambitions_and_indicators(app):
    test = app()
    test.switch_page("pages/indicatoren.py").run()
    assert not test.exception
    assert len(test.dataframe[0].value) == 27
    text = _text(test)
    assert "Minder vraag naar dure zorg door eerder en dichtbij te helpen" in text
    assert "Ervaren eigen kracht" in text


AUTH = {
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "test",
    "client_id": "impactdialoog",
    "client_secret": "geheim",
    "server_metadata_url": "https://login.voorbeeld.invalid/.well-known/openid-configuration",
}


@pytest.fixture
def signed_in_app(demo_db, monkeypatch, tmp_path):
    mapping = tmp_path / "toegang.toml"
    mapping.write_text('[gebruikers]\n"beleid@voorbeeldstad.example" = "gemeente@GM9901"\n', encoding="utf-8")
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    monkeypatch.setenv("IMPACT_ACCESS", str(mapping))

    def start(user: dict, page: str | None = None, **query: str) -> AppTest:
        test = AppTest.from_file(str(APP), default_timeout=30)
        test.secrets["auth"] = AUTH
        test.user = user
        test.query_params.update(query)
        test.run()
        if page:
            test.switch_page(page).run()
        return test

    return start


def test_with_sign_in_configured_nothing_shows_before_signing_in(signed_in_app):
    test = signed_in_app({"is_logged_in": False}, rol="beheer@wvs")
    assert not test.exception
    assert [button.label for button in test.button] == ["Aanmelden"]
    assert not test.header  # no track, no data


def test_a_signed_in_user_keeps_the_mapped_role_whatever_the_url_says(signed_in_app):
    test = signed_in_app(
        {"is_logged_in": True, "email": "beleid@voorbeeldstad.example"}, "pages/vakmanschap.py", rol="beheer@wvs"
    )
    assert not test.exception
    assert not test.get("form")  # the municipality records no reflections
    assert "Reflecties vastleggen kan alleen" in _text(test)
    assert "Aangemeld als beleid@voorbeeldstad.example · Gemeente · Voorbeeldstad" in _text(test)


def test_a_signed_in_user_without_a_seat_gets_no_access(signed_in_app):
    test = signed_in_app({"is_logged_in": True, "email": "onbekend@example.org"})
    assert not test.exception
    assert "nog geen toegang" in " ".join(error.value for error in test.error)
    assert not test.header


def _closed_page(test: AppTest, title: str) -> None:
    """Only the reason is on the page: no tracks, no role switch, no sign-in button."""
    assert not test.exception
    assert [element.value for element in test.title] == [title]
    assert not test.header
    assert not test.selectbox
    assert not test.button


@pytest.mark.parametrize(
    "auth",
    [
        {key: value for key, value in AUTH.items() if key != "client_secret"},
        {**AUTH, "server_metadata_url": ""},
        "aan",  # auth = "aan": not a table
    ],
    ids=["a setting missing", "a setting empty", "not a table"],
)
def test_an_unusable_auth_section_closes_the_app_instead_of_falling_back_to_demo_mode(demo_db, monkeypatch, auth):
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    test = AppTest.from_file(str(APP), default_timeout=30)
    test.secrets["auth"] = auth
    test.query_params["rol"] = "beheer@wvs"
    test.run()
    _closed_page(test, "Aanmelden werkt niet")
    assert "de beheerder moet dat bestand eerst herstellen" in test.error[0].value


@pytest.fixture
def secrets_file(tmp_path):
    """Streamlit reads its secrets from this file instead of .streamlit/secrets.toml."""
    from streamlit import config

    path = tmp_path / "secrets.toml"
    before = config.get_option("secrets.files")
    config.set_option("secrets.files", [str(path)])
    yield path
    config.set_option("secrets.files", before)


def test_a_secrets_file_that_does_not_parse_closes_the_app_and_shows_none_of_it(demo_db, monkeypatch, secrets_file):
    secrets_file.write_text('[auth]\nclient_secret = "lekt-niet"\nredirect_uri = \n', encoding="utf-8")
    monkeypatch.setenv("IMPACT_DB", str(demo_db))
    test = AppTest.from_file(str(APP), default_timeout=30).run()
    _closed_page(test, "Aanmelden werkt niet")
    assert "lekt-niet" not in _text(test) + test.error[0].value


@pytest.fixture
def real_db(demo_copy):
    """A database with data that ``python -m impact_core demo`` did not build."""
    demo_copy.write(lambda cur: cur.execute("DELETE FROM installation"))
    demo_copy.close()
    return demo_copy.location


def test_a_real_database_without_sign_in_shows_that_sign_in_is_needed(real_db, monkeypatch):
    monkeypatch.delenv("IMPACT_DEMO", raising=False)
    test = _starter(real_db, monkeypatch)(rol="beheer@wvs")
    _closed_page(test, "Aanmelden is nodig")
    assert "README.md onder 'Demo mode and sign-in'" in test.error[0].value


@pytest.mark.parametrize(
    ("database", "demo_env"),
    [("demo_db", None), ("real_db", "1")],
    ids=["a database built as the demo", "IMPACT_DEMO=1 on a real database"],
)
def test_without_sign_in_demo_mode_runs_on_the_demo_or_when_asked_for(request, monkeypatch, database, demo_env):
    if demo_env is None:
        monkeypatch.delenv("IMPACT_DEMO", raising=False)
    else:
        monkeypatch.setenv("IMPACT_DEMO", demo_env)
    test = _starter(request.getfixturevalue(database), monkeypatch)(rol="beheer@rvd")
    assert not test.exception
    assert test.selectbox(key="rol").value == "beheer@rvd"
    assert [header.value for header in test.header][:3] == ["Doelmatigheid", "Betekenisgeving", "Vakmanschap"]


def test_a_broken_mapping_file_shows_no_addresses_and_logs_the_details(signed_in_app, tmp_path, caplog):
    (tmp_path / "toegang.toml").write_text(
        '[gebruikers]\n"beleid@voorbeeldstad.example" = "gemeente@GM9901"\n"collega@wvs.example" = "baas@wvs"\n',
        encoding="utf-8",
    )
    test = signed_in_app({"is_logged_in": True, "email": "beleid@voorbeeldstad.example"})
    assert not test.exception
    assert "het bestand dat zegt wie wat mag zien, klopt niet" in test.error[0].value
    assert "collega@wvs.example" not in " ".join(error.value for error in test.error) + _text(test)
    assert not test.header
    assert "collega@wvs.example" in caplog.text


def test_a_signed_in_user_whose_address_is_not_verified_gets_no_access(signed_in_app):
    test = signed_in_app({"is_logged_in": True, "email": "beleid@voorbeeldstad.example", "email_verified": False})
    assert not test.exception
    assert "nog niet bevestigd" in test.error[0].value
    assert not test.header


def test_stories_page_shows_analysis_search_register_and_entry(app):
    test = app(programma="wijk")
    test.switch_page("pages/verhalen.py").run()
    assert not test.exception
    assert [tab.label for tab in test.tabs] == ["Overzicht", "Zoeken", "Alle verhalen", "Nieuw verhaal"]
    assert "Kenmerkende woorden per domein" in [header.value for header in test.header]  # H2 under the H1


@pytest.mark.parametrize(
    ("tab", "drawn", "not_drawn"),
    [
        ("Overzicht", "Kenmerkende woorden per domein", "nieuwste eerst"),
        ("Alle verhalen", "nieuwste eerst", "Kenmerkende woorden per domein"),
        ("Nieuw verhaal", "Controleer privacy", "nieuwste eerst"),
    ],
)
def test_only_the_open_tab_of_the_stories_page_is_drawn(app, tab, drawn, not_drawn):
    test = app(programma="wijk")
    _open_stories_tab(test, tab)
    assert not test.exception
    shown = " ".join(
        [*(element.value for element in [*test.header, *test.caption]), *(button.label for button in test.button)]
    )
    assert drawn in shown and not_drawn not in shown


@pytest.mark.parametrize(
    ("query", "words_found"),
    [
        ({"rol": "gemeente@GM9901", "programma": "jeugd"}, True),
        ({"rol": "gemeente@46999", "programma": "sb-buurtwerk"}, False),
    ],
)
def test_the_characteristic_words_say_so_when_too_few_stories_give_none(app, query, words_found):
    test = app(**query)
    _open_stories_tab(test, "Overzicht")
    said_none = any("Nog geen kenmerkende woorden" in info.value for info in test.info)
    assert said_none is not words_found


def test_the_register_shows_a_page_of_stories_and_the_next_page_on_request(tmp_path, monkeypatch):
    database = tmp_path / "many_stories.duckdb"
    build_demo(database, stories=400)
    test = _starter(database, monkeypatch)(programma="jeugd")
    _open_stories_tab(test, "Alle verhalen")

    def shown() -> tuple[int, int, int]:
        register = test.tabs[2]  # the open tab: only it is drawn
        counted = next(caption.value for caption in register.caption if "nieuwste eerst" in caption.value)
        first, total = (int(number.replace(".", "")) for number in re.findall(r"[\d.]+", counted)[:2])
        return first, total, len(register.expander)

    first, total, cards = shown()
    assert first == cards == REGISTER_PAGE < total
    test.button(key="register_more").click().run()
    assert shown() == (min(2 * REGISTER_PAGE, total), total, min(2 * REGISTER_PAGE, total))


@pytest.mark.parametrize(
    ("role", "entry"),
    [("professional@wvs", True), ("beheer@wvs", True), ("gemeente@GM9901", False), ("presentatie@GM9901", False)],
)
def test_stories_page_offers_entry_only_inside_the_organisation(app, role, entry):
    test = app(rol=role, programma="wijk")
    _open_stories_tab(test, "Nieuw verhaal")
    assert not test.exception
    assert bool(test.get("form")) is entry


def test_searching_stories_lists_ranked_results(app):
    test = app(programma="ontmoeten")
    _open_stories_tab(test, "Zoeken")
    test.text_input(key="story_query").set_value("eenzaamheid").run()
    assert not test.exception
    assert any("verhalen gevonden, beste eerst" in caption.value for caption in test.caption)


@pytest.mark.parametrize("role", ["professional@wvs", "gemeente@GM9901", "presentatie@GM9901"])
def test_selection_rounds_page_lists_the_rounds(app, role):
    test = app(rol=role, programma="jeugd")
    test.switch_page("pages/selectierondes.py").run()
    assert not test.exception
    assert test.selectbox(key="round_id").options


def test_dialogue_table_offers_the_stories_behind_a_number(app):
    test = app(programma="wijk")
    assert not test.exception
    assert any("verhalen achter dit getal" in expander.label for expander in test.expander)


def test_a_round_title_full_of_markup_shows_literally(demo_file, monkeypatch):
    import datetime as dt

    from impact_core.access.viewer import Viewer
    from impact_core.betekenisgeving import selection
    from impact_core.db.store import Store
    from impact_core.ui.safe import escape_markdown

    database = demo_file
    title = "**Ronde** [klik](https://voorbeeld.invalid) ![x](https://voorbeeld.invalid/x.png)"
    store = Store(database)
    selection.create_round(
        store,
        Viewer.from_seat("professional@wvs"),
        programme_id="wijk",
        level="team",
        title=title,
        period_from=dt.date(2027, 1, 1),
        period_to=dt.date(2027, 12, 31),
    )
    store.close()
    test = _starter(database, monkeypatch)(programma="wijk")
    test.switch_page("pages/selectierondes.py").run()
    assert not test.exception
    assert escape_markdown(title) in [header.value for header in test.header]  # H2 under the page's H1


def _labelled(elements, start: str):
    """The one widget whose label starts with these words (forms give their widgets no key)."""
    (found,) = [element for element in elements if element.label.startswith(start)]
    return found


def _meetings_page(start, part: str | None = None, **query):
    """The meetings page; ``part`` opens a tab of the meeting (its tabs keep their place in the session)."""
    test = start(**query)
    test.switch_page("pages/bijeenkomsten.py")
    if part:
        test.session_state["meeting_part"] = part
    return test.run()


@pytest.mark.parametrize(
    ("part", "shown"),
    [
        ("Deelnemers en agenda", {"Deelnemers", "Agenda"}),
        (
            "Tijdens de bijeenkomst",
            {"Afspraken, besluiten en open vragen", "Selectieronde in deze bijeenkomst", "Effectenarena"},
        ),
    ],
)
def test_meetings_page_shows_a_meeting_one_part_at_a_time(app, part, shown):
    test = _meetings_page(app, part)
    assert not test.exception
    assert test.header[0].value == "Wie bepaalt wat we meten\\?"  # the newest meeting, its title escaped
    assert {subheader.value for subheader in test.subheader} - {"Wat bekijken we?"} == shown


@pytest.mark.parametrize(
    ("role", "forms"), [("professional@wvs", True), ("gemeente@GM9901", True), ("presentatie@GM9901", False)]
)
def test_meetings_page_offers_recording_only_to_own_roles(app, role, forms):
    test = _meetings_page(app, "Tijdens de bijeenkomst", rol=role)
    assert any(button.label == "Vastleggen" for button in test.button) is forms


def test_meetings_page_offers_the_minutes_as_markdown_and_pdf(app):
    test = _meetings_page(app, "Verslag")
    assert [button.label for button in test.get("download_button")] == [
        "Verslag downloaden (Markdown)",
        "Verslag downloaden (PDF)",
    ]


@pytest.mark.parametrize(
    ("role", "shown"), [("professional@wvs", True), ("gemeente@GM9901", False), ("presentatie@GM9901", False)]
)
def test_meetings_page_names_a_bewoner_only_inside_the_organisation(app, role, shown):
    test = _meetings_page(app, rol=role)
    assert ("Truus" in _text(test)) is shown


def test_an_afspraak_recorded_on_the_meetings_page_shows_at_once_and_stays_in_its_tab(writing_app):
    test = _meetings_page(writing_app, "Tijdens de bijeenkomst")
    _labelled(test.text_area, "Wat is er afgesproken").input("Verhalen terugkoppelen aan de bewoners")
    _labelled(test.text_input, "Wie pakt het op").input("teamleider ontmoeten")
    _labelled(test.button, "Vastleggen").click().run()
    assert not test.exception
    assert "Vastgelegd." in [success.value for success in test.success]
    assert "Verhalen terugkoppelen aan de bewoners" in [text.value for text in test.text]
    test.session_state["meeting_part"] = "Verslag"
    assert "Verhalen terugkoppelen aan de bewoners — eigenaar: teamleider ontmoeten" in _text(test.run())


def test_open_afspraken_are_listed_across_meetings(app):
    from impact_core.ui.safe import escape_markdown

    test = app()
    test.switch_page("pages/bijeenkomsten.py")
    test.session_state["meeting_view"] = "Open afspraken"
    test.run()
    meetings_named = {caption.value.split(" · ")[-1] for caption in test.caption}
    assert {
        escape_markdown("Wie bepaalt wat we meten?"),
        escape_markdown("Effectenarena Gezond en gelukkig oud"),
        escape_markdown("Welke verandering telt het meest in de buurthuizen?"),
    } <= meetings_named
    assert len([button for button in test.button if button.label == "Afronden"]) == 9


def test_a_bewoner_with_a_full_name_is_refused_on_the_meetings_page_in_dutch(writing_app):
    test = _meetings_page(writing_app)
    _labelled(test.selectbox, "Rol").set_value("bewoner")
    _labelled(test.text_input, "Naam").input("Truus de Vries")
    _labelled(test.button, "Deelnemer toevoegen").click().run()
    assert [error.value for error in test.error] == ["Noteer een bewoner alleen met de voornaam, of laat de naam leeg."]


def test_a_bewoner_with_a_full_name_is_refused_on_the_meetings_page_in_english(writing_app, monkeypatch):
    # AppTest names each chosen option again outside the run, where the page's session is out of
    # reach and the language would be Dutch: it must read the English names the page showed.
    monkeypatch.setitem(st.session_state, "taal", "en")
    test = _meetings_page(writing_app, taal="en")
    _labelled(test.selectbox, "Role").set_value("bewoner")
    _labelled(test.text_input, "Name").input("Truus de Vries")
    _labelled(test.button, "Add participant").click().run()
    assert [error.value for error in test.error] == ["Note a resident by first name only, or leave the name empty."]


# (seat, shared screen) in the order one session switches through them.
SWITCHES = [
    ("professional@wvs", False),
    ("professional@wvs", True),
    ("gemeente@GM9901", False),
    ("gemeente@GM9902", False),
    ("professional@rvd", False),
    ("presentatie@GM9901", True),
    ("professional@wvs", True),
    ("beheer@wvs", False),
]


@pytest.mark.parametrize("page", [None, "pages/verhalen.py"], ids=["dialogue table", "stories overview"])
@pytest.mark.parametrize("switches", [SWITCHES, SWITCHES[::-1]], ids=["forwards", "backwards"])
def test_one_session_switching_seat_and_screen_sees_what_a_fresh_session_sees(app, switches, page, monkeypatch):
    """What the dialogue table and the stories overview draw is remembered per seat, filters,
    language and screen: whatever another seat or screen drew before, each sees exactly what a
    session that remembers nothing sees (in the programme the session holds, which a seat that may
    not see it moves on from)."""
    session = app(programma="wijk")
    if page:
        session.switch_page(page).run()
    for seat, presenting in switches:
        session.selectbox(key="rol").set_value(seat)
        session.session_state["presentatie"] = "1" if presenting else ""
        session.run()
        programme = session.selectbox(key="programma").value
        with monkeypatch.context() as unremembered:
            unremembered.setattr(Store, "remember_recent", lambda _, key, read: read())
            fresh = app(programma=programme, rol=seat, **({"presentatie": "1"} if presenting else {}))
            if page:
                fresh.switch_page(page).run()
        assert _text(session) == _text(fresh), (seat, presenting)
        assert _pictures(session) == _pictures(fresh), (seat, presenting)
        assert _tables(session) == _tables(fresh), (seat, presenting)


def _pictures(test: AppTest) -> list[str]:
    return [image.proto.imgs[0].url for image in test.get("imgs")]


def _tables(test: AppTest) -> list[str]:
    return [table.value.to_json() for table in test.table]


def test_dialogue_table_ends_with_the_four_conversation_cards(app):
    test = app(programma="jeugd")
    assert test.main.header[-1].value == "Gesprekskaarten"
    # the card's title alone: an icon in a heading is read aloud by its name ("gavel")
    assert "Wie bepaalt wat er gemeten wordt?" in [subheader.value for subheader in test.subheader]


def test_a_conversation_card_lists_the_indicators_it_is_about_one_per_line(app):
    test = app(programma="wijk")
    lists = [
        paragraph.split("  \n")
        for element in test.markdown
        for paragraph in element.value.split("\n\n")
        if paragraph.startswith("• ")
    ]
    assert [
        "• Bewoners die zich veilig voelen in de buurt",
        "• Bewoners geholpen door sociaal raadslieden",
        "• Meldingen van woonoverlast",
    ] in lists


def test_a_conversation_card_names_a_few_indicators_and_counts_the_rest(tmp_path, monkeypatch):
    database = tmp_path / "scaled.duckdb"
    build_demo(database, measurements=40_000)  # synthetic indicators the municipality chose alone
    test = _starter(database, monkeypatch)(programma="wijk")
    lists = [
        paragraph.split("  \n")
        for element in test.markdown
        for paragraph in element.value.split("\n\n")
        if paragraph.startswith("• ")
    ]
    longest = max(lists, key=len)
    assert len(longest) == NAMES_SHOWN + 1
    assert re.fullmatch(r"… en nog \d+ \(alle staan op de pagina Indicatoren\)", longest[-1].replace("\\", ""))


def test_an_outcome_in_the_url_narrows_the_table_and_a_blind_spot_says_so(app):
    test = app(programma="jeugd", uitkomst="jeugd-u3")
    assert not test.exception
    assert test.query_params["uitkomst"] == "jeugd-u3"
    assert any(warning.value.startswith("Blinde vlek") for warning in test.warning)


def test_presentation_mode_shows_the_shared_screens_view_whatever_the_seat(app):
    test = app(programma="jeugd", presentatie="1", rol="beheer@wvs")
    assert not test.exception
    assert test.query_params["presentatie"] == "1"
    assert "Presentatie verlaten" in [button.label for button in test.button]
    assert "(" not in " ".join(caption.value for caption in test.caption if "·" in caption.value)


def test_reasoning_page_draws_the_line_the_coverage_map_and_the_editor(app):
    test = app(programma="jeugd")
    test.switch_page("pages/redeneerlijn.py").run()
    assert not test.exception
    assert len(test.get("plotly_chart")) == 1
    assert "Dekkingskaart: waar rust elke uitkomst op?" in [header.value for header in test.header]
    assert "Redeneerlijn bewerken" in [expander.label for expander in test.expander]


def test_the_shared_screen_cannot_open_the_reasoning_line_editor(app):
    test = app(programma="jeugd", rol="presentatie@GM9901")
    test.switch_page("pages/redeneerlijn.py").run()
    assert not test.exception
    assert "Redeneerlijn bewerken" not in [expander.label for expander in test.expander]


@pytest.mark.parametrize("seat", ["professional@wvs", "gemeente@GM9901"])
def test_a_step_of_the_reasoning_line_opens_to_the_stories_and_reflections_behind_it(app, demo_db, seat):
    from impact_core.samen import reasoning
    from impact_core.ui.safe import escape_markdown

    viewer, filters = Viewer.from_seat(seat), Filters(programme="jeugd")
    store = Store(demo_db)  # its own connection: the app in this process keeps its own
    evidence = reasoning.evidence(store, viewer, filters)
    step = evidence[(evidence["stories"] > 0) & (evidence["reflections"] > 0)].iloc[0]["id"]
    behind = reasoning.step_evidence(store, viewer, filters, step)
    store.close()
    test = app(programma="jeugd", rol=seat)
    test.switch_page("pages/redeneerlijn.py").run()
    test.selectbox(key="reasoning_step").set_value(step).run()
    opened = [expander.label for expander in test.expander if expander.label != "Redeneerlijn bewerken"]
    assert len(opened) == len(behind.stories) + len(behind.reflections)
    for story in behind.stories:
        assert any(escape_markdown(story["title"]) in label for label in opened)


@pytest.mark.parametrize("seat", ["professional@wvs", "gemeente@GM9901", "presentatie@GM9901"])
def test_dossier_page_makes_the_pdf_and_the_workbook_on_request(app, seat):
    test = app(programma="wijk", rol=seat)
    test.switch_page("pages/dossier.py").run()
    assert not test.exception
    assert test.title[0].value == "Dossier"
    assert "wat de gemeente mag zien" in _text(test)
    assert not test.get("download_button")  # made on request, not on every rerun
    test.button(key="dossier_make").click().run()
    assert not test.exception
    assert "Dossier gemaakt in" in " ".join(element.value for element in test.success)
    assert [button.label for button in test.get("download_button")] == ["Download PDF", "Download Excel"]


def test_dossier_page_lets_go_of_a_dossier_made_for_another_programme(app):
    test = app(programma="wijk")
    test.switch_page("pages/dossier.py").run()
    test.button(key="dossier_make").click().run()
    test.selectbox(key="programma").set_value("jeugd").run()
    assert not test.exception
    assert not test.get("download_button")


@pytest.mark.parametrize("name", ["![x](https://voorbeeld.invalid/x.png)", "[klik](https://voorbeeld.invalid) **vet**"])
def test_a_crafted_programme_name_is_a_title_of_text_not_of_markdown(writing_app, demo_file, name):
    with open_store(demo_file).cursor() as cur:
        cur.execute("UPDATE programme SET name = ? WHERE id = 'wijk'", [name])
    test = writing_app(programma="wijk")
    assert not test.exception
    title = test.title[0].value
    assert _shown(title) == name
    assert "](" not in title and "**" not in title


def _ballot(test: AppTest, round_id: str) -> list[str]:
    """The stories on the ballot, in the order the room sees them."""
    prefix = f"score_{round_id}_"
    return [slider.key.removeprefix(prefix) for slider in test.slider if slider.key.startswith(prefix)]


def _municipality_round_on_shortlist(database: Path) -> tuple[str, list[str]]:
    """A municipality round over 'jeugd' with every story the municipality's panel may take on its shortlist."""
    import datetime as dt

    from impact_core.betekenisgeving import selection

    store = open_store(database)
    try:
        round_id = selection.create_round(
            store,
            MUNICIPALITY,
            programme_id="jeugd",
            level="gemeente",
            title="Ronde in de raadzaal",
            period_from=dt.date(2024, 1, 1),
            period_to=dt.date(2026, 12, 31),
        )
        stories = selection.candidates(store, MUNICIPALITY, round_id)["id"].tolist()
        selection.shortlist(store, MUNICIPALITY, round_id, stories)
    finally:
        store.close()
    return round_id, stories


def test_panel_members_voting_in_turn_on_the_shared_screen_store_exactly_their_own_scores(demo_file, monkeypatch):
    round_id, stories = _municipality_round_on_shortlist(demo_file)
    test = _starter(demo_file, monkeypatch)(rol="presentatie@GM9901", programma="jeugd")
    test.switch_page("pages/selectierondes.py").run()
    order = _ballot(test, round_id)
    assert sorted(order) == sorted(stories) and len(order) == 3
    # Each member scores by position on the screen; the second reverses the first, so totals reorder.
    ballots = {"wethouder": [5, 0, 3], "bewoner": [1, 4, 2]}
    for voter, points in ballots.items():
        assert _ballot(test, round_id) == order  # the ballot never reorders under the room's eyes
        _labelled(test.text_input, "Panellid").input(voter)
        for position, score in enumerate(points):
            test.slider(key=f"score_{round_id}_{order[position]}").set_value(score)
        next(button for button in test.button if button.label == "Stemmen opslaan").click().run()
        assert not test.exception and not test.error
    store = open_store(demo_file)
    with store.cursor() as cur:
        stored = cur.execute("SELECT voter, story_id, score FROM round_vote WHERE round_id = ?", [round_id]).fetchall()
    store.close()
    expected = {
        (voter, order[position], score) for voter, points in ballots.items() for position, score in enumerate(points)
    }
    assert sorted(stored) == sorted(expected)


def test_the_ballot_on_the_shared_screen_shows_only_masked_stories(demo_file, monkeypatch):
    _, stories = _municipality_round_on_shortlist(demo_file)
    store = open_store(demo_file)
    store.write(
        lambda cur: cur.execute(
            "UPDATE story SET text = 'Samira Bakker, Ringbaan-Oost 214, belt 06-12345678.',"
            " masked_text = '[naam], [adres], belt [telefoon].' WHERE id = ?",
            [stories[0]],
        )
    )
    store.close()
    test = _starter(demo_file, monkeypatch)(rol="presentatie@GM9901", programma="jeugd")
    test.switch_page("pages/selectierondes.py").run()
    shown = _text(test)
    assert "[naam], [adres], belt [telefoon]." in _shown(shown)
    assert "Samira" not in shown and "12345678" not in shown


@pytest.mark.parametrize(
    ("role", "offered"), [("professional@wvs", True), ("gemeente@GM9901", True), ("presentatie@GM9901", False)]
)
def test_the_rounds_page_offers_a_new_round_only_to_seats_that_may_open_one(app, role, offered):
    test = app(rol=role, programma="jeugd")
    test.switch_page("pages/selectierondes.py").run()
    assert any(expander.label == "Nieuwe selectieronde" for expander in test.expander) is offered


def _decisions_in(database: Path) -> list[tuple]:
    store = Store(database)  # a connection of its own: the app's stays open
    try:
        with store.cursor() as cur:
            return cur.execute(
                "SELECT text, owner, masked_text, masked_owner FROM decision WHERE meeting_id = 'B3'"
            ).fetchall()
    finally:
        store.close()


def test_an_afspraak_naming_a_person_is_saved_only_after_its_masked_text_was_checked(demo_file, monkeypatch):
    before = _decisions_in(demo_file)
    test = _meetings_page(_starter(demo_file, monkeypatch), "Tijdens de bijeenkomst")
    _labelled(test.text_area, "Wat is er afgesproken").input("Pieter Jansen bellen over de buurtmaaltijd")
    _labelled(test.text_input, "Wie pakt het op").input("Fatima el Amrani")
    _labelled(test.button, "Vastleggen").click().run()
    assert not test.exception
    assert _decisions_in(demo_file) == before  # nothing stored before the check
    masked = _labelled(test.text_area, "Wat is er afgesproken")
    assert masked.value == "[naam] bellen over de buurtmaaltijd"
    _labelled(test.text_area, "Wie pakt het op").input("de opbouwwerker")  # the writer corrects the twin
    _labelled(test.button, "Opslaan zoals getoond").click().run()
    assert not test.exception
    assert set(_decisions_in(demo_file)) - set(before) == {
        (
            "Pieter Jansen bellen over de buurtmaaltijd",
            "Fatima el Amrani",
            "[naam] bellen over de buurtmaaltijd",
            "de opbouwwerker",
        )
    }


def test_a_rounds_reasons_naming_a_person_are_saved_only_after_their_masked_text_was_checked(demo_file, monkeypatch):
    round_id, _ = _municipality_round_on_shortlist(demo_file)
    test = _starter(demo_file, monkeypatch)(rol="gemeente@GM9901", programma="jeugd")
    test.switch_page("pages/selectierondes.py").run()
    _labelled(test.text_area, "Waarom koos het panel").input(
        "Samira Bakker vertelt hoe haar zoon weer naar school gaat."
    )
    _labelled(test.button, "Ronde afronden").click().run()
    assert not test.exception
    store = Store(demo_file)  # a connection of its own: the app's stays open
    assert store.scalar("SELECT status FROM selection_round WHERE id = ?", [round_id]) == "open"
    store.close()
    _labelled(test.button, "Opslaan zoals getoond").click().run()
    assert not test.exception
    store = Store(demo_file)
    reasons, masked = store.query("SELECT reasons, masked_reasons FROM selection_round WHERE id = ?", [round_id]).iloc[
        0
    ]
    store.close()
    assert (reasons, masked) == (
        "Samira Bakker vertelt hoe haar zoon weer naar school gaat.",
        "[naam] vertelt hoe haar zoon weer naar school gaat.",
    )


LONG_NAME = "Wijk- en buurtgerichte aanpak " + "met bewoners, vrijwilligers en partners in de hele wijk " * 5


def _long_programme_name(demo_file) -> None:
    """An import accepts a programme name of any length (over 200 characters here)."""
    with open_store(demo_file).cursor() as cur:
        cur.execute("UPDATE programme SET name = ? WHERE id = 'wijk'", [LONG_NAME])


@pytest.mark.parametrize(
    "page",
    [
        "pages/dialoogtafel.py",
        "pages/waarde.py",
        "pages/dossier.py",
        "pages/redeneerlijn.py",
        "pages/trends.py",
        "pages/vakmanschap.py",
        "pages/bijeenkomsten.py",
    ],
)
def test_a_long_programme_name_does_not_break_a_page(writing_app, demo_file, page):
    _long_programme_name(demo_file)
    test = writing_app(programma="wijk")
    test.switch_page(page).run()
    assert not test.exception


@pytest.mark.parametrize("seat", ["professional@wvs", "gemeente@GM9901"])
def test_a_long_programme_name_still_makes_the_dossier(writing_app, demo_file, seat):
    _long_programme_name(demo_file)
    test = writing_app(programma="wijk", rol=seat)
    test.switch_page("pages/dossier.py").run()
    test.button(key="dossier_make").click().run()
    assert not test.exception
    assert [button.label for button in test.get("download_button")] == ["Download PDF", "Download Excel"]


def test_a_lower_is_better_indicator_under_its_target_is_told_better_on_the_dialogue_table(app):
    test = app(programma="wijk")  # W05, fewer complaints is better: 41 against a target of 46
    statuses = [value for value in (m.value for m in test.markdown) if "het doel" in value]
    assert "**▼ beter dan het doel**" in "".join(statuses)
    assert "onder het doel" not in _text(test)


LOWER_IS_BETTER = {"▼ beter dan het doel", "▲ slechter dan het doel", "● op het doel", "–"}


@pytest.mark.parametrize("role", ["professional@wvs", "gemeente@GM9901"])
def test_the_trends_table_tells_a_lower_is_better_indicator_better_below_its_target(app, role):
    test = app(programma="wijk", rol=role)
    test.switch_page("pages/trends.py").run()
    test.selectbox(key="trend_indicator").set_value("W05").run()
    assert not test.exception
    statuses = set(test.dataframe[1].value["Stand"])  # after the chart's own table
    assert statuses <= LOWER_IS_BETTER and statuses & {"▼ beter dan het doel", "▲ slechter dan het doel"}


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("gemeente@GM9901", "Groepen van minder dan 10 mensen tellen hier niet mee. Daarom ziet de organisatie"),
        ("professional@wvs", "Hier tellen groepen van minder dan 10 mensen mee. De gemeente ziet ze niet"),
    ],
)
def test_a_card_says_why_the_municipality_and_the_organisation_see_different_figures(app, role, said):
    test = app(programma="ouderen", rol=role)  # OU04: 41,3% for the municipality, 45,9% for the organisation
    assert not test.exception
    assert said in " ".join(card.value for card in test.markdown)  # the card's by-line, in small type


@pytest.mark.parametrize("storyteller", ["Samira B.", "Samira"])
def test_a_first_name_as_pseudonym_is_refused_when_the_story_is_checked_saying_what_is_accepted(
    writing_app, storyteller
):
    test = writing_app(programma="wijk")
    _open_stories_tab(test, "Nieuw verhaal")
    _by_label(test.text_input, "Titel").input("Weer naar buiten")
    _by_label(test.text_area, "Het verhaal").input("Ze gaat weer elke week naar de markt.")
    _by_label(test.text_input, "Verzameld door").input("buurtwerker")
    _by_label(test.text_input, "Pseudoniem verteller").input(storyteller)
    next(button for button in test.button if button.label == "Controleer privacy").click().run()
    assert not test.exception
    refused = " ".join(error.value for error in test.error)
    assert "Pseudoniem verteller: lijkt een naam" in refused and "zoals VT-0012" in refused
    assert "2. Controleer de gemaskeerde tekst" not in [subheader.value for subheader in test.subheader]


def test_a_story_without_a_title_is_refused_at_the_check_saying_what_to_fill_in_with_the_form_still_open(
    writing_app,
):
    test = writing_app(programma="wijk")
    _open_stories_tab(test, "Nieuw verhaal")
    assert _by_label(test.text_input, "Titel").label == "Titel *"
    _by_label(test.text_area, "Het verhaal").input("Ze gaat weer elke week naar de markt.")
    _by_label(test.text_input, "Verzameld door").input("buurtwerker")
    next(button for button in test.button if button.label == "Controleer privacy").click().run()
    assert not test.exception
    assert [error.value for error in test.error] == [
        "Het verhaal is niet opgeslagen: titel: is leeg; vul het in, dit veld is verplicht"
    ]
    assert "2. Controleer de gemaskeerde tekst" not in [header.value for header in test.header]


def _metric(test: AppTest, label: str) -> str:
    return next(metric.value for metric in test.metric if metric.label == label)


def test_the_quick_estimate_shows_its_factor_beside_the_references_range(app):
    test = app(programma="jeugd")
    test.switch_page("pages/waarde.py").run()
    assert not test.exception
    assert _metric(test, "Factor van de referenties") == "1,25 – 2,21"
    assert _metric(test, "Rendementsfactor") == "1,73"  # it said 4,59


def test_the_quick_estimate_changes_with_the_cost(app):
    test = app(programma="jeugd")
    test.switch_page("pages/waarde.py").run()
    before = _metric(test, "Geschatte waarde")
    test.number_input(key="quick_cost").set_value(75_000.0).run()
    assert not test.exception
    assert _metric(test, "Geschatte waarde") != before


def test_a_factor_below_the_references_says_why(app):
    test = app(programma="jeugd")
    test.switch_page("pages/waarde.py").run()
    assert not any("lager dan die van de referenties" in warning.value for warning in test.warning)
    test.number_input(key="quick_cost").set_value(2_000_000.0).run()
    assert any("De factor is lager dan die van de referenties" in warning.value for warning in test.warning)


def test_a_meeting_summary_naming_a_person_is_saved_only_after_its_masked_text_was_checked(demo_file, monkeypatch):
    test = _meetings_page(_starter(demo_file, monkeypatch))
    _labelled(test.text_input, "Titel of vraag").input("Terugblik")
    _labelled(test.text_area, "Samenvatting").input("Pieter Jansen vertelde over de buurtmaaltijd.")
    _labelled(test.button, "Bijeenkomst vastleggen").click().run()
    assert not test.exception
    assert _labelled(test.text_area, "Samenvatting").value == "[naam] vertelde over de buurtmaaltijd."
    _labelled(test.button, "Opslaan zoals getoond").click().run()
    assert not test.exception
    store = Store(demo_file)  # a connection of its own: the app's stays open
    saved = store.query("SELECT summary, masked_summary FROM meeting WHERE title = 'Terugblik'").values.tolist()
    store.close()
    assert saved == [["Pieter Jansen vertelde over de buurtmaaltijd.", "[naam] vertelde over de buurtmaaltijd."]]
