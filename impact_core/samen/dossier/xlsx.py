"""The dossier as a workbook: a sheet per section, numbers as numbers, suppressed cells as '<10' with a note."""

from __future__ import annotations

import datetime as dt
import io
import re

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from impact_core.betekenisgeving.signification import GROUPS, SCALE_VALUES, Patterns, sentence
from impact_core.doelmatigheid.instruments import DomainChange, InstrumentPanel
from impact_core.doelmatigheid.peers import MIN_PEERS, PeerComparison
from impact_core.i18n import Lang, label, t
from impact_core.models import Expected, Instrument, LifeDomain
from impact_core.samen.dossier.content import (
    ASSUMPTION_COLUMNS,
    WATERFALL,
    Dossier,
    glance,
    level_name,
    period_text,
    small_groups_note,
    suppressed_text,
)

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1D5F8C")
_TITLE_FONT = Font(bold=True, size=14, color="1D5F8C")
_NOTE_FONT = Font(italic=True, color="5B6675")
_MONEY = '"€" #,##0.00'
_PERCENT = "0%"
_MEAN = "0.0"
_MONTH = "mm-yyyy"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an .xlsx cannot hold


class _Sheet:
    """Writes blocks (a title, a header row, rows, a note) one under the other on one sheet."""

    def __init__(self, sheet: Worksheet, widths: list[int]) -> None:
        self.sheet = sheet
        self.row = 1
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width

    def title(self, text: str) -> None:
        self._text(self.row, 1, text).font = _TITLE_FONT
        self.row += 2 if self.row == 1 else 1

    def header(self, names: list[str], *, freeze: bool = False) -> None:
        """A header row; ``freeze`` keeps it in view while scrolling (for a sheet's one long table)."""
        for column, name in enumerate(names, start=1):
            cell = self._text(self.row, column, name)
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if freeze:
            self.sheet.freeze_panes = self.sheet.cell(self.row + 1, 1)
        self.row += 1

    def line(self, values: list[object], formats: dict[int, str] | None = None, *, bold: bool = False) -> None:
        """One row: text stays text (never a formula), numbers and dates stay numbers and dates."""
        for column, value in enumerate(values, start=1):
            if value is None:
                continue
            if isinstance(value, str):
                cell = self._text(self.row, column, value)
            else:
                cell = self.sheet.cell(self.row, column, value)
                if isinstance(value, dt.date):
                    cell.number_format = "dd-mm-yyyy"
            if formats and column - 1 in formats:
                cell.number_format = formats[column - 1]
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if bold:
                cell.font = Font(bold=True)
        self.row += 1

    def formula(self, row: int, column: int, expression: str, number_format: str, *, bold: bool = False) -> None:
        """A calculation of our own over cells of this sheet (never user text): it recalculates
        when someone changes an assumption."""
        cell = self.sheet.cell(row, column, f"={expression}")
        cell.number_format = number_format
        if bold:
            cell.font = Font(bold=True)

    def suppressed(self, column: int, text: str, note: str) -> None:
        """A suppressed number on the last written row: the '<10' text, with the reason as a comment."""
        cell = self._text(self.row - 1, column + 1, text)
        cell.alignment = Alignment(horizontal="right", vertical="top")
        cell.comment = Comment(note, "Impactdialoog")

    def note(self, text: str) -> None:
        cell = self._text(self.row, 1, text)
        cell.font = _NOTE_FONT
        self.row += 1

    def gap(self) -> None:
        self.row += 1

    def _text(self, row: int, column: int, value: str) -> Cell:
        cell = self.sheet.cell(row, column)
        cell.value = _ILLEGAL.sub("", value)
        cell.data_type = "s"  # '=HYPERLINK(...)' in a story stays text
        return cell


def _cover_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    cover = dossier.cover
    out = _Sheet(book.active, [28, 100])
    out.sheet.title = t("dossier.sheet.cover", lang)
    out.title(f"{t('dossier.kicker', lang)}: {cover.programme}")
    for name, value in [
        (t("dossier.fact.organisation", lang), cover.organisation),
        (t("dossier.fact.municipality", lang), cover.municipality),
        (t("dossier.fact.period", lang), period_text(cover, lang)),
        (t("dossier.fact.kind", lang), label("pyramid_level", cover.pyramid_level, lang)),
        (t("dossier.fact.target_group", lang), label("target_group", cover.target_group, lang)),
        (t("dossier.fact.about", lang), cover.description),
    ]:
        out.line([name, value], bold=False)
    out.line([t("dossier.fact.generated", lang), cover.generated_on])
    out.gap()
    out.line([t("dossier.how_to_read", lang), t("dossier.how_to_read.text", lang, min_cell=cover.min_cell)])
    out.line([t("dossier.glance", lang), "\n".join(glance(dossier, lang))])


def _line_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    out = _Sheet(book.create_sheet(t("dossier.sheet.line", lang)), [8, 18, 60, 10, 10, 12])
    out.title(t("dossier.section.line", lang))
    if not dossier.steps:
        out.note(t("dossier.line.none", lang))
        return
    out.header(
        [
            t("dossier.col.step", lang),
            t("dossier.col.level", lang),
            t("dossier.col.description", lang),
            t("dossier.col.indicators", lang),
            t("dossier.col.stories", lang),
            t("dossier.col.reflections", lang),
        ]
    )
    for step in dossier.steps:
        out.line(
            [
                step.number,
                level_name(step.level, lang),
                step.description,
                step.indicators,
                step.stories,
                step.reflections,
            ]
        )
    out.note(t("dossier.line.evidence_note", lang))
    out.gap()
    out.title(t("dossier.line.links", lang))
    out.header(
        [
            t("dossier.col.from", lang),
            t("dossier.col.to", lang),
            t("dossier.col.assumption", lang),
            t("dossier.col.confidence", lang),
            t("dossier.col.evidence", lang),
        ]
    )
    out.sheet.column_dimensions["E"].width = 60
    for link in dossier.links:
        out.line(
            [
                link.from_number,
                link.to_number,
                link.assumption,
                None if link.confidence is None else link.confidence / 100,
                link.evidence,
            ],
            {3: _PERCENT},
        )


def _indicators_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    out = _Sheet(book.create_sheet(t("dossier.sheet.indicators", lang)), [45, 10, 14, 26, 40, 10, 10, 10, 20, 12])
    out.title(t("dossier.section.indicators", lang))
    if not dossier.indicators:
        out.note(t("dossier.indicators.none", lang))
        return
    out.header(
        [
            t("dossier.col.indicator", lang),
            t("dossier.col.chain", lang),
            t("dossier.col.unit", lang),
            t("dossier.col.set_by", lang),
            t("dossier.col.ambition", lang),
            t("dossier.col.baseline", lang),
            t("dossier.col.current", lang),
            t("dossier.col.target", lang),
            t("dossier.col.status", lang),
            t("dossier.col.suppressed_months", lang),
        ],
        freeze=True,
    )
    note = t("dossier.suppressed_note", lang, min_cell=dossier.cover.min_cell)
    for line in dossier.indicators:
        shown = line.status != "suppressed"
        numbers = [line.baseline, line.current] if shown else [None, None]
        out.line(
            [
                line.name,
                label("chain_level", line.chain_level, lang),
                line.unit,
                label("set_by", line.set_by, lang),
                line.ambition or "",
                *numbers,
                line.target,
                line.status_text(lang),
                line.suppressed_months,
            ],
            {5: "0.0", 6: "0.0", 7: "0.0"},
        )
        if not shown:
            out.suppressed(5, suppressed_text(dossier), note)
            out.suppressed(6, suppressed_text(dossier), note)
    if any(line.status == "suppressed" for line in dossier.indicators):
        out.note(note)
    without_small = [line.name for line in dossier.indicators if line.small_groups == "left_out"]
    if without_small:
        out.note(small_groups_note(without_small, dossier.cover.min_cell, lang))
    out.note(t("dossier.indicators.intro", lang))
    out.note(t("numbers.not_for_accounting", lang))


def _instruments_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    """ZRM and Positieve Gezondheid per domain: the group's first against its latest measurement,
    never a person; a domain on too few participants shows '<10'."""
    out = _Sheet(book.create_sheet(t("dossier.sheet.instruments", lang)), [36, 14, 16, 16, 12, 12, 12])
    out.title(t("instruments.title", lang))
    out.note(t("instruments.intro", lang))
    if not dossier.instruments:
        out.note(t("instruments.none", lang))
        return
    for panel in dossier.instruments:
        out.gap()
        _instrument_block(out, panel, dossier, lang)


def _instrument_block(out: _Sheet, panel: InstrumentPanel, dossier: Dossier, lang: Lang) -> None:
    min_cell = dossier.cover.min_cell
    note = t("instruments.suppressed", lang, threshold=min_cell)
    name = label("instrument", panel.instrument, lang)
    out.title(t("instruments.heading", lang, instrument=name, programme=panel.programme))
    if panel.instrument is Instrument.POSITIEVE_GEZONDHEID:  # a conversation aid: said above its figures
        out.note(t("instruments.pg_note", lang))
    if panel.suppressed:
        out.note(note)
    else:
        low, high = panel.scale
        out.note(t("instruments.participants", lang, count=panel.participants, low=low, high=high))
    out.header(
        [
            t("instruments.col.domain", lang),
            t("instruments.col.participants", lang),
            t("instruments.col.first", lang),
            t("instruments.col.latest", lang),
            t("instruments.col.up", lang),
            t("instruments.col.same", lang),
            t("instruments.col.down", lang),
        ]
    )
    for domain in panel.domains:
        out.line(_domain_cells(domain, lang), {2: _MEAN, 3: _MEAN, 4: _PERCENT, 5: _PERCENT, 6: _PERCENT})
        if domain.suppressed:
            for column in range(1, 7):
                out.suppressed(column, suppressed_text(dossier), note)
    left_out = [label("instrument_domain", domain.domain, lang) for domain in panel.domains if domain.suppressed]
    if left_out and not panel.suppressed:
        out.note(t("instruments.left_out", lang, threshold=min_cell, domains=", ".join(left_out)))


def _domain_cells(domain: DomainChange, lang: Lang) -> list[object]:
    name = label("instrument_domain", domain.domain, lang)
    if domain.suppressed:
        return [name]
    moved = [domain.share(direction) for direction in ("up", "same", "down")]
    return [name, domain.participants, domain.first, domain.latest, *moved]


def _peers_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    """Per compared indicator and month the organisation against the other organisations' median
    and middle half; only how many others, never who."""
    out = _Sheet(book.create_sheet(t("dossier.sheet.peers", lang)), [14, 16, 14, 18, 18, 14, 44])
    out.title(t("peers.title", lang))
    out.note(t("dossier.peers.intro", lang, peers=MIN_PEERS, threshold=dossier.cover.min_cell))
    if not dossier.peers:
        out.note(t("dossier.peers.none", lang, peers=MIN_PEERS))
        return
    for compared in dossier.peers:
        out.gap()
        _peer_block(out, compared, lang)


def _peer_block(out: _Sheet, compared: PeerComparison, lang: Lang) -> None:
    out.title(t("dossier.peers.heading", lang, name=compared.name, unit=compared.unit))
    out.header(
        [
            t("peers.col.month", lang),
            t("dossier.peers.col.own", lang),
            t("peers.col.median", lang),
            t("dossier.peers.col.p25", lang),
            t("dossier.peers.col.p75", lang),
            t("peers.col.peers", lang),
            t("dossier.peers.col.note", lang),
        ]
    )
    too_few = t("dossier.peers.too_few", lang, peers=MIN_PEERS)
    for month in compared.months.to_dict("records"):
        band = [_number(month[column]) for column in ("median", "p25", "p75")]
        out.line(
            [
                month["month"].date(),
                _number(month["own"]),
                *band,
                int(month["peers"]),
                too_few if band[0] is None else None,
            ],
            {0: _MONTH, 1: _MEAN, 2: _MEAN, 3: _MEAN, 4: _MEAN},
        )
    if compared.other_unit:
        out.note(t("peers.other_unit", lang, count=compared.other_unit))


def _number(value: object) -> float | None:
    """A figure of a month, or None where there is none (NaN in the frame)."""
    return None if value is None or value != value else float(value)  # type: ignore[arg-type]


def _value_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    """The value section to calculate with: the key figures are formulas over the assumptions
    table and the discount rate, so changing a proxy or a deduction changes the outcome."""
    out = _Sheet(book.create_sheet(t("dossier.sheet.value", lang)), [40, 30, 12, 16, 14, 14, 14, 16, 10, 40, 18, 18])
    out.title(t("dossier.section.value", lang))
    if dossier.value is None:
        out.note(t("dossier.value.none", lang))
        return
    case, result, band = dossier.value.case, dossier.value.result, dossier.value.band
    out.note(t("value.caveat", lang))
    out.note(t("dossier.value.formulas", lang))
    out.gap()
    out.header([t("dossier.value.key_figures", lang), t("dossier.col.amount", lang)])
    figures = ("present_value", "investment", "ratio", "npv", "payback")
    key = {name: out.row + offset for offset, name in enumerate(figures)}
    for name in figures:
        out.line([t(f"value.summary.{name}", lang)])
    rate = out.row
    out.line([t("value.rate", lang), case.discount_rate], {1: "0.00%"})
    out.sheet.cell(key["payback"], 2, result.payback_year)
    out.gap()
    out.header([t("value.waterfall", lang), t("dossier.col.amount", lang)])
    for index, name in enumerate(WATERFALL):
        amount_value = getattr(result.waterfall, name)
        deducted = index and name != "present_value"
        out.line(
            [t(f"value.step.{name}", lang), -amount_value if deducted else amount_value],
            {1: _MONEY},
            bold=name == "present_value",
        )
    out.gap()
    out.header([t("dossier.col.scenario", lang), t("dossier.col.present_value", lang), t("dossier.col.ratio", lang)])
    for key_name, found in band.items():
        out.line([t(f"value.band.{key_name}", lang), found.present_value, found.ratio], {1: _MONEY, 2: "0.00"})
    out.note(t("dossier.value.band_note", lang))
    out.gap()
    out.header(
        [
            t("value.col.stakeholder", lang),
            t("value.col.investment", lang),
            t("value.col.value_received", lang),
            t("value.col.balance", lang),
        ]
    )
    first_party = out.row
    for party, sums in sorted(result.stakeholders.items()):
        out.line([party, sums["investment"], sums["value_received"]], {1: _MONEY, 2: _MONEY})
        out.formula(out.row - 1, 4, f"C{out.row - 1}-B{out.row - 1}", _MONEY)
    last_party = out.row - 1
    out.gap()
    out.header(
        [
            t("value.col.name", lang),
            t("value.col.beneficiary", lang),
            *(t(f"value.col.{column}", lang) for column in ASSUMPTION_COLUMNS),
            t("value.col.proxy_source", lang),
            t("dossier.value.first_year", lang),
            t("dossier.value.outcome_present", lang),
        ]
    )
    first_outcome = out.row
    for outcome in case.outcomes:
        out.line(
            [
                outcome.name,
                outcome.beneficiary,
                outcome.quantity,
                outcome.proxy,
                outcome.deadweight,
                outcome.displacement,
                outcome.attribution,
                outcome.drop_off,
                outcome.years,
                outcome.proxy_source,
            ],
            {2: "#,##0", 3: _MONEY, 4: _PERCENT, 5: _PERCENT, 6: _PERCENT, 7: _PERCENT},
        )
        row, r = out.row - 1, f"$B${rate}"
        # value.convention: year 1 after the deductions, then drop-off each year, discounted by (1 + r)^t;
        # the sum over t = 1..n of (1 - d)^(t-1) / (1 + r)^t in closed form, q = (1 - d) / (1 + r).
        out.formula(row, 11, f"C{row}*D{row}*(1-E{row})*(1-F{row})*(1-G{row})", _MONEY)
        q = f"((1-H{row})/(1+{r}))"
        out.formula(row, 12, f"IF({q}=1,K{row}*I{row}/(1+{r}),K{row}/(1+{r})*(1-{q}^I{row})/(1-{q}))", _MONEY)
    last_outcome = out.row - 1
    out.note(t("value.convention", lang))
    present, investment = f"B{key['present_value']}", f"B{key['investment']}"
    # An empty range would read as reversed (L30:L29 is L29:L30): a case without rows sums to 0.
    outcomes = f"SUM(L{first_outcome}:L{last_outcome})" if case.outcomes else "0"
    parties = f"SUM(B{first_party}:B{last_party})" if result.stakeholders else "0"
    out.formula(key["present_value"], 2, outcomes, _MONEY, bold=True)
    out.formula(key["investment"], 2, parties, _MONEY)
    out.formula(key["ratio"], 2, f'IF({investment}=0,"",{present}/{investment})', "0.00")
    out.formula(key["npv"], 2, f"{present}-{investment}", _MONEY)


def _stories_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    out = _Sheet(book.create_sheet(t("dossier.sheet.stories", lang)), [32, 22, 16, 12, 18, 22, 50, 90])
    out.title(t("dossier.section.stories", lang))
    out.note(t("dossier.stories.counts", lang, **dossier.story_counts))
    if not dossier.stories:
        out.note(t("dossier.stories.none", lang))
        return
    out.header(
        [
            t("dossier.col.title", lang),
            t("dossier.col.domain", lang),
            t("dossier.col.storyteller", lang),
            t("dossier.col.date", lang),
            t("dossier.col.selected", lang),
            t("dossier.col.valence", lang),
            t("dossier.col.why", lang),
            t("dossier.col.text", lang),
        ],
        freeze=True,
    )
    for story in dossier.stories:
        kind = ", ".join([label("valence", story.valence, lang), label("intention", story.intention, lang)])
        out.line(
            [
                story.title,
                story.domain,
                label("storyteller_role", story.storyteller_role, lang),
                story.collected_on,
                label("panel_level", story.selected_level, lang),
                kind,
                story.significance,
                story.text,
            ]
        )
    out.note(t("dossier.stories.intro", lang))


# Per question: the answers in the order the form offers them, their labels and the table's title.
_MARK_TABLES = (
    ("change_size", SCALE_VALUES, "change_size", "signification.chart.change_size"),
    ("feeling", SCALE_VALUES, "feeling", "signification.chart.feeling"),
    ("expected", tuple(Expected), "expected", "signification.expected_title"),
    ("about", tuple(LifeDomain), "life_domain", "signification.about_title"),
)


def _own_marks_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    """The storytellers' own marks: per question and answer how many stories and which share, for
    every story with marks and for those panels chose; a group too small for the municipality
    shows '<10' in each of its cells, as ``signification.patterns`` leaves it out."""
    found = dossier.own_marks.patterns
    out = _Sheet(book.create_sheet(t("dossier.sheet.own_marks", lang)), [44, 18, 18, 18, 18])
    out.title(t("signification.title", lang))
    out.note(sentence(found, lang))
    out.note(t("signification.intro", lang))
    out.gap()
    note = t("dossier.marks.suppressed_note", lang, min_cell=found.min_cell)
    out.header([t("signification.col.group", lang), t("signification.col.stories", lang)])
    for group in GROUPS:
        out.line([t(f"signification.group.{group}", lang), found.stories[group]])
        if not found.shown(group):
            out.suppressed(1, suppressed_text(dossier), note)
    if found.stories["alle"]:
        for measure, values, namespace, title in _MARK_TABLES:
            out.gap()
            out.title(t(title, lang))
            _mark_table(out, found, measure, [(value, label(namespace, value, lang)) for value in values], note, lang)
            if measure == "about":
                out.note(t("dossier.marks.about_note", lang))
    if not all(found.shown(group) for group in GROUPS):
        out.note(note)


def _mark_table(
    out: _Sheet, found: Patterns, measure: str, answers: list[tuple[str, str]], note: str, lang: Lang
) -> None:
    """One question: per answer the number and share of stories in each group."""
    header = [t("signification.col.answer", lang)]
    for group in GROUPS:
        name = t(f"signification.group.{group}", lang)
        header += [t("dossier.marks.col.count", lang, group=name), t("dossier.marks.col.share", lang, group=name)]
    out.header(header)
    shares = found.distribution(measure).set_index(["group", "value"])
    for value, answer in answers:
        cells: list[object] = [answer]
        for group in GROUPS:
            if not found.shown(group):
                cells += [None, None]
            elif (group, value) in shares.index:
                cells += [int(shares.at[(group, value), "n"]), float(shares.at[(group, value), "share"])]
            else:  # an answer nobody in the group gave; a group without answers has no share
                cells += [0, 0.0 if found.answered(group, measure) else None]
        out.line(cells, {2: _PERCENT, 4: _PERCENT})
        for index, group in enumerate(GROUPS):
            if not found.shown(group):
                out.suppressed(1 + 2 * index, f"<{found.min_cell}", note)
                out.suppressed(2 + 2 * index, f"<{found.min_cell}", note)


def _reflections_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    out = _Sheet(book.create_sheet(t("dossier.sheet.reflections", lang)), [12, 16, 26, 24, 26, 60, 45, 40, 45, 45])
    out.title(t("dossier.section.reflections", lang))
    if not dossier.reflections:
        out.note(t("dossier.reflections.none", lang))
        return
    out.header(
        [
            t("dossier.col.date", lang),
            t("dossier.col.kind", lang),
            t("dossier.col.method", lang),
            t("dossier.col.professional", lang),
            t("dossier.col.values", lang),
            t("dossier.col.what", lang),
            t("dossier.col.learned", lang),
            t("dossier.col.differently", lang),
            t("dossier.col.dilemma", lang),
            t("dossier.col.choice", lang),
        ],
        freeze=True,
    )
    for item in dossier.reflections:
        out.line(
            [
                item.reflected_on,
                label("reflection_kind", item.kind, lang),
                item.method,
                item.professional,
                ", ".join(label("value", value, lang) for value in item.values),
                item.what_happened,
                item.learned,
                item.do_differently,
                item.dilemma,
                item.choice,
            ]
        )
    out.note(t("dossier.reflections.intro", lang))


def _beside_sheet(book: Workbook, dossier: Dossier, lang: Lang) -> None:
    out = _Sheet(book.create_sheet(t("dossier.sheet.beside", lang)), [70, 16, 14, 14, 14])
    out.title(t("dossier.section.beside", lang))
    if not dossier.effects:
        out.note(t("dossier.beside.none", lang))
        return
    out.header(
        [
            t("dossier.col.effect", lang),
            t("dossier.col.kind", lang),
            t("dossier.col.valence", lang),
            t("dossier.col.intention", lang),
            t("dossier.col.directness", lang),
        ],
        freeze=True,
    )
    for effect in dossier.effects:
        out.line(
            [
                effect.description,
                label("effect_kind", effect.kind, lang),
                label("valence", effect.valence, lang),
                label("intention", effect.intention, lang),
                label("directness", effect.directness, lang),
            ]
        )


def dossier_xlsx(dossier: Dossier, lang: Lang = "nl") -> bytes:
    """The dossier as a workbook, a sheet per section, numbers as numbers to work with."""
    book = Workbook()
    for write in (
        _cover_sheet,
        _line_sheet,
        _indicators_sheet,
        _instruments_sheet,
        _peers_sheet,
        _value_sheet,
        _stories_sheet,
        _own_marks_sheet,
        _reflections_sheet,
        _beside_sheet,
    ):
        write(book, dossier, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
