"""Masking: what identifies a person is replaced by a label before a story travels."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks import masking
from impact_core.access.deidentify import fill_masked, mask
from impact_core.bsn import find_bsns


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Mail me op k.jansen@voorbeeld.nl of bel 06-12345678.", "Mail me op [e-mail] of bel [telefoon]."),
        ("Mijn BSN is 111222333 en 123.456.782.", "Mijn BSN is [BSN] en [BSN]."),
        ("Ik heet Fatima el Amrani, nummer 1234 56 782.", "Ik heet [naam], nummer [BSN]."),
        ("Geboren 03-04-1951.", "Geboren [datum]."),
        ("Bel +31 6 12345678 voor de eettafel.", "Bel [telefoon] voor de eettafel."),
        ("Ik ben Piet de Vries en ik voelde me eenzaam.", "Ik ben [naam] en ik voelde me eenzaam."),
        ("Ze woont op de Kerkstraat 4.", "Ze woont op de [adres]."),
        ("Niets persoonlijks, 12 mensen kwamen op 3 juni.", "Niets persoonlijks, 12 mensen kwamen op 3 juni."),
    ],
)
def test_masking_replaces_what_identifies_a_person_by_a_label(text, masked):
    assert mask(text).text == masked


def test_masking_reports_each_finding_with_its_label():
    findings = mask("Sanne belde op 0612345678.").findings
    assert {(finding.label, finding.text) for finding in findings} == {("naam", "Sanne"), ("telefoon", "0612345678")}


def test_place_names_to_keep_stay_readable():
    assert mask("In Hoogveld is een nieuwe eettafel.", keep=["Hoogveld"]).text == "In Hoogveld is een nieuwe eettafel."


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789 .-abcPiet", max_size=60))
def test_masked_text_never_holds_a_valid_bsn(text):
    assert find_bsns(mask(text).text) == []


def test_missing_masked_versions_are_filled_and_given_ones_kept():
    import pandas as pd

    stories = pd.DataFrame(
        {
            "title": ["Over Sanne", "Gewoon"],
            "text": ["Sanne belde.", "Niets."],
            "significance": ["", ""],
            "masked_text": [None, "al nagekeken"],
        }
    )
    filled = fill_masked(stories)
    assert list(filled["masked_text"]) == ["[naam] belde.", "al nagekeken"]
    assert filled.loc[0, "masked_title"] == "Over [naam]"


def test_the_demo_stories_carry_the_masks_deduce_gives(demo_store):
    store = demo_store
    places = list(store.query("SELECT name FROM neighbourhood UNION SELECT name FROM municipality")["name"])
    rows = store.query("SELECT title, text, significance, masked_title, masked_text, masked_significance FROM story")
    for title, text, significance, *masked in rows.itertuples(index=False):
        assert [mask(value, keep=places).text for value in (title, text, significance)] == masked


def test_loading_deduce_leaves_the_logging_of_the_process_alone():
    import logging
    import subprocess
    import sys

    script = (
        "import logging; from impact_core.access.deidentify import mask; mask('Piet belde'); "
        "root = logging.getLogger(); print(logging.getLevelName(root.level), len(root.handlers))"
    )
    assert subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split() == [logging.getLevelName(logging.WARNING), "0"]


def test_the_mask_command_reads_stdin_and_prints_masked_text(monkeypatch, capsys):
    import io

    from impact_core.__main__ import main

    monkeypatch.setattr("sys.stdin", io.StringIO("Ik belde Piet de Vries op 06-12345678."))
    assert main(["mask"]) == 0
    assert capsys.readouterr().out == "Ik belde [naam] op [telefoon]."


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Bel haar op 0486/21 47 93.", "Bel haar op [telefoon]."),
        ("Bel haar op +32 478 55 21 09.", "Bel haar op [telefoon]."),
        ("Het buurthuis: 03 238 45 67.", "Het buurthuis: [telefoon]."),
        ("Vaste lijn +31 (0)75 612 34 56.", "Vaste lijn [telefoon]."),
        ("Vaste lijn 013-5431234.", "Vaste lijn [telefoon]."),
        ("De huur gaat van NL91 ABNA 0417 1643 00 af.", "De huur gaat van [IBAN] af."),
        ("De huur gaat van NL91ABNA0417164300 af.", "De huur gaat van [IBAN] af."),
        ("De huur gaat van BE68 5390 0754 7034 af.", "De huur gaat van [IBAN] af."),
        ("Ze woont in 2060 Antwerpen.", "Ze woont in [postcode] Antwerpen."),
        ("Adres: Vrieseweg 52, 3311 NX Dordrecht.", "Adres: [adres], [postcode] Dordrecht."),
        ("Hij woont op de Ringbaan-Oost 214 in Tilburg.", "Hij woont op de [adres] in Tilburg."),
        ("Ze wonen aan de Turnhoutsebaan 112 bus 3.", "Ze wonen aan de [adres]."),
        ("Ze wonen aan de Kempische Steenweg 233.", "Ze wonen aan de [adres]."),
        ("Geboren °12.05.2011 in Gent.", "Geboren °[datum] in Gent."),
    ],
)
def test_dutch_and_belgian_numbers_and_addresses_are_masked(text, masked):
    assert mask(text).text == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Het gaat om een jongen van 15 uit de wijk.", "Het gaat om een jongen van [leeftijd] uit de wijk."),
        ("Twee 14-jarige meiden begonnen een dansgroep.", "Twee [leeftijd]-jarige meiden begonnen een dansgroep."),
        ("Haar zoon (9) speelt buiten.", "Haar zoon ([leeftijd]) speelt buiten."),
        # An age in brackets after an initial, a comma or nothing at all, or with a word beside it.
        ("Haar dochter S. (16) gaat weer naar school.", "Haar dochter S. ([leeftijd]) gaat weer naar school."),
        ("Haar dochter, (16), gaat weer naar school.", "Haar dochter, ([leeftijd]), gaat weer naar school."),
        ("Een jongen(16) kwam langs.", "Een jongen([leeftijd]) kwam langs."),
        ("Het meisje ( 16 ) kwam langs.", "Het meisje ( [leeftijd] ) kwam langs."),
        ("Een jongen (16j) kwam langs.", "Een jongen ([leeftijd]j) kwam langs."),
        ("Haar dochter (16, vmbo) kwam langs.", "Haar dochter ([leeftijd], vmbo) kwam langs."),
        ("Mijn vader is 87 en woont alleen.", "Mijn vader is [leeftijd] en woont alleen."),
        ("Ze zit op het Stedelijk Lyceum.", "Ze zit op het [school]."),
        ("Hij gaat naar basisschool De Regenboog.", "Hij gaat naar [school]."),
        ("Ze zit op het Sint-Jozefcollege.", "Ze zit op het [school]."),
        ("Hij zit op het Koninklijk Atheneum Anderlecht.", "Hij zit op het [school]."),
    ],
)
def test_ages_and_school_names_are_masked(text, masked):
    assert mask(text).text == masked


@pytest.mark.parametrize(
    "name",
    ["Tesfay", "Senait", "Olena", "Dmytro", "Wiktor", "Agnieszka", "Zahra", "Sohrab", "Fadumo", "Emre", "Yassine"],
)
def test_first_names_common_among_newcomers_are_masked(name):
    assert mask(f"Vandaag kwam {name} langs op het spreekuur.").text == "Vandaag kwam [naam] langs op het spreekuur."


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("vandaag sprak ik met yusuf op het plein.", "vandaag sprak ik met [naam] op het plein."),
        ("gesprek met fatima el amrani over de huur.", "gesprek met [naam] over de huur."),
        ("haar man kees is verward.", "haar man [naam] is verward."),
        ("Het gezin Al-Hamwi kwam uit Syrië.", "Het gezin [naam] kwam uit Syrië."),
        ("Samira B. (16) gaat weer naar school.", "[naam] ([leeftijd]) gaat weer naar school."),  # with initial
        ("Daarna kwam Olena K. M. langs.", "Daarna kwam [naam] langs."),
    ],
)
def test_names_in_lowercase_and_family_names_are_masked(text, masked):
    assert mask(text).text == masked


@pytest.mark.parametrize("city", ["Tilburg", "Antwerpen", "Gent", "Genk", "Den Haag", "Leuven", "Amsterdam", "Zaandam"])
def test_city_and_municipality_names_stay_readable(city):
    text = f"De buurtcoach in {city} startte een eettafel."
    assert mask(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "De roos in de tuin bloeide weer en ze had hoop.",
        "Na de storm in mei kwam de rust terug.",
        "De vrijwilliger en de jongerenwerker kookten samen.",
        "Een mevrouw van de huisbezoeken kwam langs.",
        "We waren onderweg 3 uur en de vergadering 2 duurde lang.",
        "In 2019 had ze 1500 euro schuld en 3 kinderen.",
        "Ze belde (2 keer) en kwam in 2024 (maart) langs.",
    ],
)
def test_ordinary_words_that_look_like_names_or_numbers_stay(text):
    assert mask(text).text == text


@pytest.fixture(scope="module")
def evaluation():
    return masking.evaluate(lambda text: mask(text).text)


def test_masking_finds_at_least_95_percent_of_what_identifies_in_the_evaluation_stories(evaluation):
    assert evaluation.recall >= 0.95, masking.table(evaluation)


def test_masking_keeps_at_least_90_percent_of_the_words_that_must_stay(evaluation):
    assert evaluation.preservation >= 0.90, masking.table(evaluation)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "Huiswerkbegeleiding voor jongeren van 12 tot 23 jaar",
            "Huiswerkbegeleiding voor jongeren van 12 tot 23 jaar",
        ),
        ("Voor kinderen en jongeren van 0-27 jaar", "Voor kinderen en jongeren van 0-27 jaar"),
        ("Jongeren van 12 t/m 18 jaar doen mee", "Jongeren van 12 t/m 18 jaar doen mee"),
        ("Hij is 23 jaar en woont alleen", "Hij is [leeftijd] jaar en woont alleen"),
    ],
)
def test_an_age_range_describes_a_group_and_stays_a_persons_age_is_masked(text, masked):
    assert mask(text).text == masked
