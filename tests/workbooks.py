"""Real Excel files for the import tests, written as Excel writes them (openpyxl)."""

from __future__ import annotations

import io

from openpyxl import Workbook


def xlsx(sheets: dict[str, list[list[object]]], formats: dict[tuple[str, str], str] | None = None) -> bytes:
    """A workbook of these sheets; ``formats`` gives cells a number format, e.g. ('metingen', 'E4'): '0%'."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    for (title, cell), written in (formats or {}).items():
        book[title][cell].number_format = written
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
