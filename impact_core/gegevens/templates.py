"""The import template: a workbook generated from the models, with a sheet per entity,
a sheet explaining every column, and dropdowns for the allowed values."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from impact_core.gegevens.validation import PATTERN_HINTS, Rule, rules
from impact_core.models import ENTITIES

EXPLANATION = "uitleg"
_ROWS_WITH_DROPDOWNS = 5000
_PATTERNS = PATTERN_HINTS  # one wording for the template and the import report
_EXCEL_LIST_LIMIT = 255  # characters Excel allows in a dropdown's list written out in the formula
_FIRST_LIST_COLUMN = 7  # G: the explanation's own columns are A to E
# What a column's own rule cannot say: a rule across columns.
_MORE = {
    ("instrumentscores", "score"): "; Zelfredzaamheid-Matrix 1 tot en met 5, Positieve Gezondheid 0 tot en met 10",
    ("instrumentscores", "domein"): "; de eerste dertien horen bij de Zelfredzaamheid-Matrix, de laatste zes bij "
    "Positieve Gezondheid",
}


def describe(rule: Rule) -> str:
    """What a column holds, in plain Dutch."""
    if rule.kind == "enum":
        return "kies uit de lijst: " + ", ".join(rule.choices)
    if rule.kind == "bool":
        return "ja of nee"
    if rule.kind == "date":
        first = "; de eerste dag van de maand" if rule.month_start else ""
        return f"datum, dd-mm-jjjj of jjjj-mm-dd{first}"
    if rule.kind == "datetime":
        return "tijdstip, jjjj-mm-dd uu:mm of dd-mm-jjjj uu:mm"
    if rule.kind == "list":
        return "een lijst, gescheiden door ; (puntkomma)"
    if rule.kind in ("int", "float"):
        text = "geheel getal" if rule.kind == "int" else "getal (decimaal met komma of punt)"
        if rule.ge is not None and rule.le is not None:
            return f"{text} van {rule.ge:g} tot en met {rule.le:g}"
        if rule.ge is not None:
            return f"{text}, minstens {rule.ge:g}"
        return text
    if rule.pattern:
        return _PATTERNS.get(rule.pattern, "tekst in een vaste vorm")
    text = f"tekst, hoogstens {rule.max_length} tekens" if rule.max_length else "tekst"
    return text + "; nooit een BSN"


def _choices_on_explanation(explanation: Worksheet, title: str, choices: tuple[str, ...]) -> str:
    """Write a long list of choices in a column of its own on the explanation sheet (the ZRM's and
    Positieve Gezondheid's nineteen domains); return the range a dropdown points at."""
    position = _FIRST_LIST_COLUMN
    while explanation.cell(row=1, column=position).value is not None:
        position += 1
    explanation.cell(row=1, column=position, value=title).font = Font(bold=True)
    for row, choice in enumerate(choices, start=2):
        explanation.cell(row=row, column=position, value=choice)
    letter = get_column_letter(position)
    explanation.column_dimensions[letter].width = max(24, len(title) + 2)
    return f"{EXPLANATION}!${letter}$2:${letter}${len(choices) + 1}"


def template_xlsx() -> bytes:
    book = Workbook()
    explanation = book.active
    explanation.title = EXPLANATION
    explanation.append(["blad", "kolom", "Engelse naam", "verplicht", "wat erin hoort"])
    for cell in explanation[1]:
        cell.font = Font(bold=True)
    for model in ENTITIES:
        sheet = book.create_sheet(model.__source__)
        field_rules = rules(model)
        sheet.append([rule.column for rule in field_rules])
        sheet.freeze_panes = "A2"
        for position, rule in enumerate(field_rules, start=1):
            letter = get_column_letter(position)
            sheet[f"{letter}1"].font = Font(bold=True)
            sheet.column_dimensions[letter].width = max(14, len(rule.column) + 4)
            explanation.append(
                [
                    model.__source__,
                    rule.column,
                    rule.name,
                    "ja" if rule.required else "nee",
                    describe(rule) + _MORE.get((model.__source__, rule.column), ""),
                ]
            )
            choices = rule.choices if rule.kind == "enum" else ("ja", "nee") if rule.kind == "bool" else ()
            if choices:
                listed = '"' + ",".join(choices) + '"'
                if len(listed) > _EXCEL_LIST_LIMIT:  # Excel repairs the file away; the list stands on the sheet
                    listed = _choices_on_explanation(explanation, f"{model.__source__}: {rule.column}", choices)
                dropdown = DataValidation(
                    type="list",
                    formula1=listed,
                    allow_blank=True,
                    showErrorMessage=True,
                    errorTitle="Niet toegestaan",
                    error="Kies een waarde uit de lijst.",
                )
                dropdown.add(f"{letter}2:{letter}{_ROWS_WITH_DROPDOWNS}")
                sheet.add_data_validation(dropdown)
    for letter, width in zip("ABCDE", (24, 28, 22, 10, 70), strict=True):
        explanation.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
