"""Building blocks for the PDF documents the product hands out (dossier, minutes).

An A4 document with a title block, a running footer (what it is, the date, page x of y),
headings, paragraphs, labelled lines, tables with a header row, captions and a shaded
note box. Every function that takes text treats it as PLAIN text: reportlab's Paragraph
reads a small markup language (``<b>``, ``<a href>``, ``&amp;``), so text from users is
escaped here and a story full of tags prints its tags literally. Our own emphasis comes
from the styles and from ``labelled``, never from markup in the text.

The standard Helvetica font is used (nothing to bundle, nothing fetched). Its WinAnsi
encoding covers Dutch and the other western European languages (é ë ï ‘ ’ “ ” € – … •),
and reportlab borrows arrows and ticks (→ ✔) from the standard Symbol and ZapfDingbats
fonts. Letters outside all three (ş ğ ł ő, emoji, ▶ ⚠) would print as black boxes, so
``printable`` spells them without their accent, or as '?' when there is no such spelling.

Usage::

    from impact_core.render import pdf
    flowables = [*pdf.title_block("Verslag", "Leeratelier 12 maart", [("Plaats", "De Kroon")]),
                 pdf.heading("Besluiten"), pdf.table(["Wat", "Wie"], [["Bellen", "Sanne"]])]
    data = pdf.document(flowables, title="Verslag", footer="Leeratelier", date_text="12-03-2026", lang="nl")
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import unicode2T1
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from impact_core.i18n import Lang, t
from impact_core.render import palette

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN  # what a table or drawing may use

# The app's theme (.streamlit/config.toml), so the paper looks like the screen.
INK = colors.HexColor(palette.INK)
ACCENT = colors.HexColor(palette.ACCENT)
MUTED = colors.HexColor(palette.MUTED)
RULE = colors.HexColor(palette.RULE)
SHADE = colors.HexColor(palette.SHADE)
HEADER_FILL = colors.HexColor(palette.HEADER_FILL)
GOOD = colors.HexColor(palette.ON_TRACK)
BAD = colors.HexColor(palette.OFF_TRACK)

_FONT, _BOLD, _ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=_FONT, fontSize=10, leading=14, textColor=INK, spaceAfter=5)
    return {
        "body": base,
        "kicker": ParagraphStyle("kicker", base, fontName=_BOLD, fontSize=10, textColor=ACCENT, spaceAfter=4),
        "title": ParagraphStyle("title", base, fontName=_BOLD, fontSize=24, leading=29, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=17, textColor=MUTED, spaceAfter=14),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=_BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=_BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1
        ),
        "h3": ParagraphStyle(
            "h3", base, fontName=_BOLD, fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=2, keepWithNext=1
        ),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=3),
        "caption": ParagraphStyle(
            "caption", base, fontName=_ITALIC, fontSize=8.5, leading=11, textColor=MUTED, spaceBefore=3, spaceAfter=8
        ),
        "quote": ParagraphStyle("quote", base, leftIndent=10, rightIndent=10, spaceAfter=10),
        "arrow": ParagraphStyle(
            "arrow", base, fontSize=14, leading=16, textColor=ACCENT, alignment=TA_CENTER, spaceAfter=0
        ),
        "on_accent": ParagraphStyle(
            "on_accent",
            base,
            fontName=_BOLD,
            fontSize=9,
            leading=11,
            textColor=colors.white,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        "cell_note": ParagraphStyle(
            "cell_note", base, fontSize=7.5, leading=9.5, textColor=MUTED, spaceBefore=2, spaceAfter=0
        ),
        "cell_warning": ParagraphStyle(
            "cell_warning", base, fontName=_BOLD, fontSize=7.5, leading=9.5, textColor=BAD, spaceBefore=2, spaceAfter=0
        ),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT),
        "header_cell": ParagraphStyle("header_cell", base, fontName=_BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        "header_cell_right": ParagraphStyle(
            "header_cell_right", base, fontName=_BOLD, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT
        ),
    }


STYLES = _styles()

# Letters WinAnsi lacks that have no decomposition to a base letter.
_SPELLED = str.maketrans({"\u2212": "–", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "ŧ": "t"})


def printable(text: str) -> str:
    """The text in characters Helvetica can draw: accents it lacks are dropped (ş -> s), the rest is '?'."""
    kept = []
    for char in str(text).translate(_SPELLED):
        if _encodable(char):
            kept.append(char)
            continue
        base = "".join(part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part))
        kept.append(base if base and all(_encodable(part) for part in base) else "?")
    return "".join(kept)


@lru_cache(maxsize=4096)
def _encodable(char: str) -> bool:
    """Helvetica draws it, or reportlab's fallback to Symbol and ZapfDingbats does (→, ✔); anything
    else reportlab draws as ZapfDingbats' black square."""
    helvetica = pdfmetrics.getFont(_FONT)
    drawn = unicode2T1(char, [helvetica, *helvetica.substitutionFonts])
    return char == "\u25a0" or drawn != [(helvetica.substitutionFonts[-1], b"n")]


def plain(text: object) -> str:
    """Plain text as Paragraph markup that shows it literally; line breaks stay line breaks, and the
    euro sign stays with its amount."""
    return escape(printable(str(text))).replace("€ ", "€\u00a0").replace("\n", "<br/>")


def paragraph(text: object, style: str = "body") -> Paragraph:
    """A paragraph of plain (user) text."""
    return Paragraph(plain(text), STYLES[style])


def heading(text: object, level: int = 1) -> Paragraph:
    """A section heading (1), sub-heading (2) or minor heading (3); kept with what follows."""
    return Paragraph(plain(text), STYLES[f"h{level}"])


def caption(text: object) -> Paragraph:
    """A note under a table or figure."""
    return Paragraph(plain(text), STYLES["caption"])


def labelled(label: object, text: object, style: str = "body") -> Paragraph:
    """Our own bold label, then plain text on the same line: 'Waarom belangrijk: ...'."""
    return Paragraph(f"<b>{plain(label)}</b> {plain(text)}", STYLES[style])


def bullets(items: Iterable[object], style: str = "body") -> list[Paragraph]:
    """One paragraph per item, each with a bullet."""
    return [Paragraph(plain(item), STYLES[style], bulletText="•") for item in items]


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def title_block(kicker: str, title: str, facts: Sequence[tuple[str, str]] = (), subtitle: str = "") -> list[Flowable]:
    """The top of a document: a small kicker line, the title, a subtitle and a two-column facts table."""
    block: list[Flowable] = [Paragraph(plain(kicker), STYLES["kicker"]), Paragraph(plain(title), STYLES["title"])]
    if subtitle:
        block.append(Paragraph(plain(subtitle), STYLES["subtitle"]))
    if facts:
        rows = [
            [Paragraph(plain(name), STYLES["header_cell"]), Paragraph(plain(value), STYLES["cell"])]
            for name, value in facts
        ]
        facts_table = Table(rows, colWidths=[45 * mm, WIDTH - 45 * mm], hAlign="LEFT")
        facts_table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        block += [facts_table, spacer(6)]
    return block


def note_box(flowables: Sequence[Flowable] | Flowable, *, width: float = WIDTH) -> Table:
    """A shaded box around a few paragraphs: 'how to read this', a caveat."""
    content = list(flowables) if isinstance(flowables, Sequence) else [flowables]
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


Cell = object  # a Flowable is placed as it is; anything else is shown as plain text


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    widths: Sequence[float | None] | None = None,
    numeric: Iterable[int] = (),
    emphasis: Sequence[int] = (),
    width: float = WIDTH,
) -> Table:
    """A table with a header row repeated on every page, wrapped cells and light zebra rows.

    ``widths`` in points per column; a column given as None (or all, by default) is sized
    from its content: never narrower than its longest word, so no word is broken, and the
    table fills ``width``. ``numeric`` column indexes are right-aligned; ``emphasis`` row
    indexes (of ``rows``) are bold with a rule above, for totals. Pass numbers already
    formatted for the reader.
    """
    right = set(numeric)
    bold = set(emphasis)

    def cell(value: Cell, column: int, style: str) -> Flowable:
        if isinstance(value, Flowable):
            return value
        name = f"{style}_right" if column in right else style
        return Paragraph(plain("" if value is None else value), STYLES[name])

    data = [[cell(value, column, "header_cell") for column, value in enumerate(header)]]
    for index, row in enumerate(rows):
        style = "header_cell" if index in bold else "cell"
        data.append([cell(value, column, style) for column, value in enumerate(row)])
    grid = Table(data, colWidths=_column_widths(data, widths, width), repeatRows=1, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), SHADE) for row in range(2, len(data), 2)]
    commands += [("LINEABOVE", (0, row + 1), (-1, row + 1), 0.8, INK) for row in bold]
    grid.setStyle(TableStyle(commands))
    return grid


_PADDING = 4


def _column_widths(data: list[list[Flowable]], widths: Sequence[float | None] | None, total: float) -> list[float]:
    """Given widths stay; the others share what is left, each at least its longest word wide and,
    when there is room, as wide as its longest line."""
    columns = len(data[0])
    given = list(widths) if widths else [None] * columns
    sized = [index for index, value in enumerate(given) if value is None]
    if not sized:
        return [float(value) for value in given]  # type: ignore[arg-type]
    left = total - sum(value for value in given if value is not None)
    least = {index: max(_min_width(row[index]) for row in data) + 2 * _PADDING for index in sized}
    most = {index: max(max(_line_width(row[index]) for row in data) + 2 * _PADDING, least[index]) for index in sized}
    if sum(least.values()) >= left:
        share = {index: left * least[index] / sum(least.values()) for index in sized}
    elif sum(most.values()) <= left:
        share = {index: most[index] + (left - sum(most.values())) * most[index] / sum(most.values()) for index in sized}
    else:
        room = sum(most[index] - least[index] for index in sized)
        share = {
            index: least[index] + (left - sum(least.values())) * (most[index] - least[index]) / room for index in sized
        }
    return [float(value) if value is not None else share[index] for index, value in enumerate(given)]


def _min_width(flowable: Flowable) -> float:
    return flowable.minWidth() if isinstance(flowable, Paragraph) else 20 * mm


def _line_width(flowable: Flowable) -> float:
    """The width of the longest line the cell would need without wrapping."""
    if not isinstance(flowable, Paragraph):
        return 60 * mm
    style = flowable.style
    lines = [line for line in flowable.getPlainText().split("\n")] or [""]
    return max(pdfmetrics.stringWidth(line, style.fontName, style.fontSize) for line in lines)


def contents(title: str) -> list[Flowable]:
    """A table of contents listing every level-1 heading with its page (the document is laid out twice)."""
    toc = TableOfContents(
        dotsMinLevel=0,
        levelStyles=[
            ParagraphStyle(
                "contents",
                STYLES["body"],
                fontSize=11,
                leading=15,
                leftIndent=0,
                firstLineIndent=0,
                spaceBefore=2,
                spaceAfter=2,
            ),
        ],
    )
    return [heading(title, 2), toc]


def keep_together(flowables: Sequence[Flowable]) -> KeepTogether:
    """Keep a small group (a heading with its table) on one page when it fits."""
    return KeepTogether(list(flowables))


def document(
    flowables: Sequence[Flowable], *, title: str, footer: str, date_text: str, lang: Lang, author: str = ""
) -> bytes:
    """Lay the flowables out on A4 and return the PDF.

    Every page carries the footer: ``footer`` on the left (shortened when it is long), and
    ``date_text`` with 'pagina x van y' on the right. The file is reproducible: the same input gives the same bytes.
    """
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=printable(title),
        author=printable(author),
        creator="Impactdialoog",
        lang=lang,
        invariant=1,
        displayDocTitle=1,
    )
    footer_left, footer_middle = printable(footer), printable(date_text)

    class FooterCanvas(_NumberedCanvas):
        def draw_footer(self, page: int, pages: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, MARGIN, PAGE_WIDTH - MARGIN, MARGIN)
            self.setFont(_FONT, 8)
            self.setFillColor(MUTED)
            right = f"{footer_middle} · {t('report.page', lang, page=page, pages=pages)}"
            room = WIDTH - pdfmetrics.stringWidth(right, _FONT, 8) - 8 * mm
            self.drawString(MARGIN, MARGIN - 4 * mm, _shortened(footer_left, room, 8))
            self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 4 * mm, right)
            self.restoreState()

    if any(isinstance(flowable, TableOfContents) for flowable in flowables):
        doc.multiBuild(list(flowables), canvasmaker=FooterCanvas)
    else:
        doc.build(list(flowables), canvasmaker=FooterCanvas)
    return buffer.getvalue()


def _shortened(text: str, width: float, size: float) -> str:
    """The text, cut with '…' where it would run into what stands beside it."""
    if pdfmetrics.stringWidth(text, _FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(f"{text}…", _FONT, size) > width:
        text = text[:-1]
    return f"{text.rstrip()}…"


class _Document(SimpleDocTemplate):
    """Tells a table of contents where each level-1 heading landed."""

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name
        if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
            self.notify("TOCEntry", (0, escape(flowable.getPlainText()), self.page))


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so each footer can say how many pages there are."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.draw_footer(number, len(self._pages))
            super().showPage()
        super().save()

    def draw_footer(self, page: int, pages: int) -> None:
        raise NotImplementedError
