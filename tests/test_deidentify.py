"""Masking: what identifies a person is replaced by a label before a story travels."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
        ("Ze woont op de Kerkstraat 4.", "Ze woont op de [plaats]."),
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
