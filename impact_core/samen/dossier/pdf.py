"""The dossier as an A4 report for an alderman: cover, reasoning line, indicators, value,
stories, reflections and what the numbers do not show."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table, TableStyle

from impact_core.betekenisgeving.signification import summary_text as own_marks_summary
from impact_core.doelmatigheid import peers
from impact_core.doelmatigheid import value as value_module
from impact_core.doelmatigheid.instruments import summary_text
from impact_core.i18n import Lang, amount, label, money, number, t
from impact_core.i18n import date as date_text
from impact_core.models import StepLevel
from impact_core.render import palette, pdf
from impact_core.samen.dossier.content import (
    ASSUMPTION_COLUMNS,
    WATERFALL,
    Dossier,
    EffectItem,
    IndicatorLine,
    Step,
    glance,
    level_name,
    percent_text,
    period_text,
    small_groups_note,
    suppressed_text,
)
from impact_core.samen.roadmap import summary_text as roadmap_summary


def _cover_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    cover = dossier.cover
    facts = [
        (t("dossier.fact.period", lang), period_text(cover, lang)),
        (t("dossier.fact.kind", lang), label("pyramid_level", cover.pyramid_level, lang)),
        (t("dossier.fact.target_group", lang), label("target_group", cover.target_group, lang)),
        (t("dossier.fact.about", lang), cover.description),
        (t("dossier.fact.generated", lang), date_text(cover.generated_on)),
    ]
    if dossier.roadmap:
        facts.insert(-1, (t("dossier.fact.roadmap", lang), roadmap_summary(list(dossier.roadmap), lang)))
    subtitle = t("dossier.subtitle", lang, organisation=cover.organisation, municipality=cover.municipality)
    return [
        pdf.spacer(18),
        *pdf.title_block(t("dossier.kicker", lang), cover.programme, facts, subtitle=subtitle),
        pdf.note_box(
            [
                pdf.heading(t("dossier.how_to_read", lang), 3),
                pdf.paragraph(t("dossier.how_to_read.text", lang, min_cell=cover.min_cell)),
            ]
        ),
        pdf.heading(t("dossier.glance", lang), 2),
        *pdf.bullets(glance(dossier, lang)),
        pdf.spacer(2),
        *pdf.contents(t("dossier.contents", lang)),
        PageBreak(),
    ]


_ARROW_WIDTH = 7 * mm


def _line_drawing(steps: tuple[Step, ...], lang: Lang) -> Table:
    """The reasoning line left to right: a column per level, a numbered box per step."""
    levels: list[str] = [level for level in StepLevel if any(step.level == level for step in steps)]
    levels += sorted({step.level for step in steps} - set(levels))  # a level added later still shows
    columns = {level: [step for step in steps if step.level == level] for level in levels}
    width = (pdf.WIDTH - _ARROW_WIDTH * (len(levels) - 1)) / len(levels)
    header: list[object] = []
    for index, level in enumerate(levels):
        if index:
            header.append(Paragraph("→", pdf.STYLES["arrow"]))
        header.append(Paragraph(pdf.plain(level_name(level, lang)), pdf.STYLES["on_accent"]))
    rows = [header]
    for rank in range(max(len(found) for found in columns.values())):
        row: list[object] = []
        for index, level in enumerate(levels):
            if index:
                row.append("")
            found = columns[level]
            row.append(_step_box(found[rank], width, lang) if rank < len(found) else "")
        rows.append(row)
    widths = [width if index % 2 == 0 else _ARROW_WIDTH for index in range(2 * len(levels) - 1)]
    drawing = Table(rows, colWidths=widths, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for column in range(0, len(widths), 2):
        commands.append(("BACKGROUND", (column, 0), (column, 0), pdf.ACCENT))
        commands.append(("TOPPADDING", (column, 0), (column, 0), 5))
        commands.append(("BOTTOMPADDING", (column, 0), (column, 0), 5))
    drawing.setStyle(TableStyle(commands))
    return drawing


def _step_box(step: Step, width: float, lang: Lang) -> Table:
    evidence = (
        t("dossier.step.blind_spot", lang)
        if step.blind_spot
        else t(
            "dossier.step.evidence",
            lang,
            indicators=step.indicators,
            stories=step.stories,
            reflections=step.reflections,
        )
    )
    content = [
        Paragraph(f"<b>{step.number}</b>&nbsp;&nbsp;{pdf.plain(step.description)}", pdf.STYLES["cell"]),
        Paragraph(pdf.plain(evidence), pdf.STYLES["cell_warning" if step.blind_spot else "cell_note"]),
    ]
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2 if step.blind_spot else 0.6, pdf.BAD if step.blind_spot else pdf.RULE),
                ("BACKGROUND", (0, 0), (-1, -1), pdf.SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def _line_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    parts: list[Flowable] = [pdf.heading(t("dossier.section.line", lang)), pdf.paragraph(t("dossier.line.intro", lang))]
    if not dossier.steps:
        return [*parts, pdf.paragraph(t("dossier.line.none", lang))]
    parts += [_line_drawing(dossier.steps, lang), pdf.caption(t("dossier.line.evidence_note", lang))]
    if dossier.links:
        rows = [
            [
                f"{link.from_number} → {link.to_number}",
                link.assumption,
                "" if link.confidence is None else f"{link.confidence}%",
                link.evidence,
            ]
            for link in dossier.links
        ]
        parts += [
            pdf.heading(t("dossier.line.links", lang), 2),
            pdf.table(
                [
                    t("dossier.col.link", lang),
                    t("dossier.col.assumption", lang),
                    t("dossier.col.confidence", lang),
                    t("dossier.col.evidence", lang),
                ],
                rows,
                widths=[16 * mm, 66 * mm, 20 * mm, pdf.WIDTH - 102 * mm],
                numeric=[2],
            ),
        ]
    return parts


def _indicator_cells(line: IndicatorLine, dossier: Dossier, lang: Lang) -> list[object]:
    if line.status == "suppressed":
        shown = [suppressed_text(dossier)] * 2
    else:
        shown = [
            amount(line.baseline, line.unit, lang, with_unit=False),
            amount(line.current, line.unit, lang, with_unit=False),
        ]
    target = amount(line.target, line.unit, lang, with_unit=False) if line.target is not None else "–"
    status = line.status_text(lang)
    colour = {"on_track": palette.ON_TRACK, "off_track": palette.OFF_TRACK}.get(line.status)
    if colour:  # the words carry the meaning; the colour only helps the eye
        status = Paragraph(f"<font color='{colour}'><b>{pdf.plain(status)}</b></font>", pdf.STYLES["cell"])
    return [*shown, target, status]


def _indicators_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    parts: list[Flowable] = [
        CondPageBreak(70 * mm),
        pdf.heading(t("dossier.section.indicators", lang)),
        pdf.paragraph(t("dossier.indicators.intro", lang)),
    ]
    if not dossier.indicators:
        return [*parts, pdf.paragraph(t("dossier.indicators.none", lang))]
    rows = []
    for line in dossier.indicators:
        who = label("set_by", line.set_by, lang)
        meta = (
            t("dossier.indicator.meta", lang, who=who)
            if line.unit == "%"
            else t("dossier.indicator.meta_unit", lang, unit=line.unit, who=who)
        )
        rows.append(
            [
                _with_note(line.name, meta),
                label("chain_level", line.chain_level, lang),
                *_indicator_cells(line, dossier, lang),
            ]
        )
    parts.append(
        pdf.table(
            [
                t("dossier.col.indicator", lang),
                t("dossier.col.chain", lang),
                t("dossier.col.baseline", lang),
                t("dossier.col.current", lang),
                t("dossier.col.target", lang),
                t("dossier.col.status", lang),
            ],
            rows,
            widths=[70 * mm, None, None, None, None, None],
            numeric=[2, 3, 4],
        )
    )
    notes = []
    if any(line.status == "suppressed" for line in dossier.indicators):
        notes.append(t("dossier.suppressed_note", lang, min_cell=dossier.cover.min_cell))
    partly = [line for line in dossier.indicators if line.suppressed_months and line.status != "suppressed"]
    if partly:
        notes.append(
            t(
                "dossier.suppressed_months_note",
                lang,
                min_cell=dossier.cover.min_cell,
                count=sum(line.suppressed_months for line in partly),
                indicators=len(partly),
            )
        )
    without_small = [line.name for line in dossier.indicators if line.small_groups == "left_out"]
    if without_small:
        notes.append(small_groups_note(without_small, dossier.cover.min_cell, lang))
    notes.append(t("numbers.not_for_accounting", lang))
    return [
        *parts,
        *(pdf.caption(note) for note in notes),
        *_instruments_pdf(dossier, lang),
        *_peers_pdf(dossier, lang),
    ]


def _instruments_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    """ZRM and Positieve Gezondheid in one line each, as the municipality sees them; never a person."""
    lines = [summary_text(panel, dossier.cover.min_cell, lang) for panel in dossier.instruments]
    if any(panel.instrument == "positieve_gezondheid" for panel in dossier.instruments):
        lines.append(t("instruments.pg_note", lang))
    return [pdf.paragraph(line) for line in lines]


def _peers_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    """Each compared indicator in one line, as the dialogue table says it; never a peer's name."""
    return [pdf.paragraph(peers.summary_text(compared, lang)) for compared in dossier.peers]


def _value_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    parts: list[Flowable] = [CondPageBreak(90 * mm), pdf.heading(t("dossier.section.value", lang))]
    if dossier.value is None:
        return [*parts, pdf.paragraph(t("dossier.value.none", lang))]
    case, result, band = dossier.value.case, dossier.value.result, dossier.value.band
    parts += [pdf.paragraph(t("dossier.value.intro", lang)), pdf.note_box(pdf.paragraph(t("value.caveat", lang)))]
    figures = [(name, figure) for name, figure in value_module.summary_lines(case, result, lang)[1:6]]
    steps = result.waterfall
    waterfall = [
        (
            t(f"value.step.{name}", lang),
            money(getattr(steps, name) * (-1 if index and name != "present_value" else 1), lang),
        )
        for index, name in enumerate(WATERFALL)
    ]
    half = (pdf.WIDTH - 8 * mm) / 2
    item, money_column = t("dossier.col.item", lang), t("dossier.col.amount", lang)
    left = [
        pdf.heading(t("dossier.value.key_figures", lang), 3),
        pdf.table(
            [item, money_column],
            [list(row) for row in figures],
            widths=[half * 0.6, half * 0.4],
            numeric=[1],
            width=half,
        ),
    ]
    right = [
        pdf.heading(t("value.waterfall", lang), 3),
        pdf.table(
            [item, money_column],
            [list(row) for row in waterfall],
            widths=[half * 0.6, half * 0.4],
            numeric=[1],
            emphasis=[len(waterfall) - 1],
            width=half,
        ),
    ]
    pair = Table([[left, "", right]], colWidths=[half, 8 * mm, half], hAlign="LEFT")
    pair.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    parts += [pdf.spacer(2), pair]
    scenarios = [
        [
            t(f"value.band.{key}", lang),
            money(found.present_value, lang),
            number(found.ratio, lang, 2) if found.ratio is not None else t("value.summary.no_ratio", lang),
        ]
        for key, found in band.items()
    ]
    parts.append(
        pdf.keep_together(
            [
                pdf.heading(t("value.sensitivity", lang), 2),
                pdf.table(
                    [
                        t("dossier.col.scenario", lang),
                        t("dossier.col.present_value", lang),
                        t("dossier.col.ratio", lang),
                    ],
                    scenarios,
                    widths=[60 * mm, 60 * mm, pdf.WIDTH - 120 * mm],
                    numeric=[1, 2],
                ),
                pdf.caption(t("dossier.value.band_note", lang)),
            ]
        )
    )
    parts.append(
        pdf.keep_together(
            [
                pdf.heading(t("value.per_party", lang), 2),
                pdf.table(
                    [
                        t("value.col.stakeholder", lang),
                        t("value.col.investment", lang),
                        t("value.col.value_received", lang),
                        t("value.col.balance", lang),
                    ],
                    [
                        [
                            party,
                            money(sums["investment"], lang),
                            money(sums["value_received"], lang),
                            money(sums["value_received"] - sums["investment"], lang),
                        ]
                        for party, sums in sorted(result.stakeholders.items())
                    ],
                    numeric=[1, 2, 3],
                ),
            ]
        )
    )
    effects = [
        [
            _with_note(outcome.name, outcome.beneficiary),
            number(outcome.quantity, lang),
            money(outcome.proxy, lang),
            *(
                percent_text(share, lang)
                for share in (outcome.deadweight, outcome.displacement, outcome.attribution, outcome.drop_off)
            ),
            str(outcome.years),
        ]
        for outcome in case.outcomes
    ]
    parts.append(
        pdf.keep_together(
            [
                pdf.heading(t("dossier.value.effects", lang), 2),
                pdf.table(
                    [
                        f"{t('value.col.name', lang)} ({t('value.col.beneficiary', lang).lower()})",
                        *(t(f"value.col.{column}", lang) for column in ASSUMPTION_COLUMNS),
                    ],
                    effects,
                    numeric=[1, 2, 3, 4, 5, 6, 7],
                ),
                pdf.caption(
                    t("dossier.value.rate", lang, rate=f"{number(case.discount_rate * 100, lang, 2)}%")
                    + " "
                    + t("value.convention", lang)
                ),
            ]
        )
    )
    sources = [f"{outcome.name}: {outcome.proxy_source}" for outcome in case.outcomes if outcome.proxy_source]
    if sources:
        parts += [pdf.heading(t("dossier.value.sources", lang), 3), *pdf.bullets(sources, "small")]
    return parts


def _with_note(text: str, note: str) -> Paragraph:
    """A table cell: the text, and a small grey line under it."""
    return Paragraph(
        f"{pdf.plain(text)}<br/><font color='{palette.MUTED}' size='7.5'>{pdf.plain(note)}</font>", pdf.STYLES["cell"]
    )


def _stories_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    parts: list[Flowable] = [
        CondPageBreak(120 * mm),
        pdf.heading(t("dossier.section.stories", lang)),
        pdf.paragraph(t("dossier.stories.intro", lang)),
        pdf.paragraph(t("dossier.stories.counts", lang, **dossier.story_counts), "small"),
        *_own_marks_pdf(dossier, lang),
    ]
    if not dossier.stories:
        return [*parts, pdf.paragraph(t("dossier.stories.none", lang))]
    for story in dossier.stories:
        told = t(
            "dossier.story.told_by",
            lang,
            role=label("storyteller_role", story.storyteller_role, lang),
            domain=story.domain,
            date=date_text(story.collected_on),
        )
        kind = ", ".join([label("valence", story.valence, lang), label("intention", story.intention, lang)])
        chosen = t("dossier.story.chosen", lang, level=label("panel_level", story.selected_level, lang))
        parts.append(
            pdf.keep_together(
                [
                    pdf.heading(story.title, 2),
                    pdf.paragraph(told, "small"),
                    pdf.labelled(t("dossier.story.kind", lang), f"{kind}. {chosen}", "small"),
                    pdf.labelled(t("stories.why", lang), story.significance) if story.significance else pdf.spacer(0),
                ]
            )
        )
        parts.append(pdf.paragraph(story.text, "quote"))
    return parts


def _own_marks_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    """What storytellers marked themselves, in the dialogue table's line; a panels' choice too small
    to show is said so, not left unsaid. The figures per question are in the workbook."""
    found = dossier.own_marks.patterns
    lines = [own_marks_summary(found, lang)]
    if found.stories["alle"] and not found.shown("gekozen"):
        lines.append(t("dossier.marks.chosen_suppressed", lang, threshold=found.min_cell))
    parts: list[Flowable] = [pdf.heading(t("signification.title", lang), 3), pdf.paragraph(" ".join(lines))]
    if found.stories["alle"]:
        sheet = t("dossier.sheet.own_marks", lang)
        parts.append(pdf.caption(t("dossier.marks.in_workbook", lang, sheet=sheet)))
    return parts


def _reflections_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    parts: list[Flowable] = [
        CondPageBreak(80 * mm),
        pdf.heading(t("dossier.section.reflections", lang)),
        pdf.paragraph(t("dossier.reflections.intro", lang)),
    ]
    if not dossier.reflections:
        return [*parts, pdf.paragraph(t("dossier.reflections.none", lang))]
    for item in dossier.reflections:
        lines = [(t("dossier.reflection.what", lang), item.what_happened)]
        if item.dilemma:
            lines += [
                (t("vakmanschap.dilemma", lang), item.dilemma),
                (t("vakmanschap.tension", lang), item.values_in_tension),
                (t("vakmanschap.choice", lang), item.choice),
            ]
        lines += [
            (t("vakmanschap.learned", lang), item.learned),
            (t("dossier.reflection.differently", lang), item.do_differently),
        ]
        values = ", ".join(label("value", value, lang) for value in item.values)
        if values:
            lines.append((t("dossier.reflection.values", lang), values))
        heading = f"{label('reflection_kind', item.kind, lang)} · {item.method}"
        by = t("dossier.reflection.by", lang, professional=item.professional, date=date_text(item.reflected_on))
        parts += [
            pdf.keep_together([pdf.heading(heading, 2), pdf.paragraph(by, "small")]),
            *(pdf.labelled(name, text) for name, text in lines if text),
        ]
    return parts


def _beside_pdf(dossier: Dossier, lang: Lang) -> list[Flowable]:
    parts: list[Flowable] = [
        pdf.heading(t("dossier.section.beside", lang)),
        pdf.paragraph(t("dossier.beside.intro", lang)),
    ]
    if not dossier.effects:
        return [*parts, pdf.paragraph(t("dossier.beside.none", lang))]
    rows = [
        [effect.description, label("effect_kind", effect.kind, lang), _effect_kind(effect, lang)]
        for effect in dossier.effects
    ]
    effects = pdf.table(
        [t("dossier.col.effect", lang), t("dossier.col.kind", lang), t("dossier.col.valence", lang)],
        rows,
        widths=[None, 25 * mm, 45 * mm],
    )
    return [pdf.keep_together([*parts, effects])]


def _effect_kind(effect: EffectItem, lang: Lang) -> str:
    return ", ".join(
        [
            label("valence", effect.valence, lang),
            label("intention", effect.intention, lang),
            label("directness", effect.directness, lang),
        ]
    )


def dossier_pdf(dossier: Dossier, lang: Lang = "nl") -> bytes:
    """The dossier as an A4 report: cover, reasoning line, indicators, value, stories, reflections."""
    cover = dossier.cover
    flowables = [
        *_cover_pdf(dossier, lang),
        *_line_pdf(dossier, lang),
        *_indicators_pdf(dossier, lang),
        *_value_pdf(dossier, lang),
        *_stories_pdf(dossier, lang),
        *_reflections_pdf(dossier, lang),
        *_beside_pdf(dossier, lang),
    ]
    return pdf.document(
        flowables,
        title=f"{t('dossier.kicker', lang)}: {cover.programme}",
        footer=t("dossier.footer", lang, programme=cover.programme),
        date_text=date_text(cover.generated_on),
        lang=lang,
        author=cover.organisation,
    )
