"""The import template is generated from the models: an explanation of every column, dropdowns for choices."""

import io

import pytest
from openpyxl import load_workbook

from impact_core.access.viewer import Role, Viewer
from impact_core.gegevens.importer import import_upload
from impact_core.gegevens.tabular import FileRefused
from impact_core.gegevens.templates import describe, template_xlsx
from impact_core.gegevens.validation import rules
from impact_core.models import Effect, Measurement

STEWARD = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")


def test_the_template_has_an_explanation_sheet_and_dropdowns_and_unfilled_is_refused(empty_store):
    data = template_xlsx()
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames[0] == "uitleg"
    explained = {(row[0], row[1]) for row in book["uitleg"].iter_rows(min_row=2, values_only=True)}
    assert ("metingen", "maand") in explained and ("verhalen", "toestemming") in explained
    dropdowns = [validation.formula1 for validation in book["verhalen"].data_validations.dataValidation]
    assert '"geen,organisatie,gemeente,openbaar"' in dropdowns
    with pytest.raises(
        FileRefused, match=r"^sjabloon.xlsx: er is niets ingelezen. Overgeslagen: blad 'uitleg' \(de naam"
    ):
        import_upload(empty_store, STEWARD, "sjabloon.xlsx", data)  # an unfilled template is no silent success


def test_each_column_is_explained_in_plain_dutch():
    explained = {rule.column: describe(rule) for rule in rules(Measurement) + rules(Effect)}
    assert explained["maand"] == "datum, dd-mm-jjjj of jjjj-mm-dd; de eerste dag van de maand"
    assert explained["wijk"] == (
        "BU en acht cijfers, zoals BU03630001, of een statistische sector van Statbel, zoals 44021A00-"
    )
    assert explained["deadweight"] == "getal (decimaal met komma of punt) van 0 tot en met 1"


def test_the_command_line_writes_the_template(tmp_path):
    from impact_core.__main__ import main

    assert main(["template", "--out", str(tmp_path / "sjabloon.xlsx")]) == 0
    assert load_workbook(tmp_path / "sjabloon.xlsx", read_only=True).sheetnames[:2] == ["uitleg", "gemeenten"]


def test_a_filled_in_template_loads(empty_store):
    book = load_workbook(io.BytesIO(template_xlsx()))
    book["gemeenten"].append(["GM0001", "Eerstestad"])
    book["wijken"].append(["BU00010101", "Centrum", "GM0001"])
    buffer = io.BytesIO()
    book.save(buffer)
    report = import_upload(empty_store, STEWARD, "ingevuld.xlsx", buffer.getvalue())
    assert report.ok and report.written
    assert empty_store.scalar("SELECT name FROM neighbourhood") == "Centrum"
