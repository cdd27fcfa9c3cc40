"""The minutes on paper: Markdown and PDF, user text always as written."""

from __future__ import annotations

from impact_core.i18n import Lang, label, t
from impact_core.i18n import date as date_text
from impact_core.render import pdf
from impact_core.render.markup import markdown_text
from impact_core.samen.meetings.corrections import describe
from impact_core.samen.meetings.minutes import Minutes


def minutes_markdown(record: Minutes, lang: Lang = "nl") -> str:
    """The minutes as a Markdown file; every piece of user text shows as written, never as markup."""
    meeting, lines = record.meeting, []

    def tr(key: str, **values: object) -> str:
        return t(key, lang, **values)

    def section(key: str, rows: list[str]) -> None:
        lines.extend(["", f"## {tr(key)}", ""])
        lines.extend(rows or [f"_{tr('minutes.none')}_"])

    lines.append(f"# {tr('minutes.title')}: {markdown_text(meeting['title'], one_line=True)}")
    lines.append("")
    lines.append(f"- **{tr('minutes.date')}:** {date_text(meeting['held_on'])}")
    lines.append(f"- **{tr('minutes.leeratelier')}:** {markdown_text(meeting['leeratelier'])}")
    if meeting["programme"]:
        lines.append(f"- **{tr('minutes.programme')}:** {markdown_text(meeting['programme'])}")
    if meeting["withdrawn"]:
        lines.extend(["", f"**{tr('minutes.cancelled')}**"])
    if meeting["summary"]:
        lines.extend(["", markdown_text(meeting["summary"])])
    section(
        "minutes.participants",
        [
            f"- **{label('participant_role', role, lang)}** ({len(names)})"
            + (f": {', '.join(markdown_text(name) for name in _participant_names(names, lang))}" if any(names) else "")
            for role, names in record.participants
        ],
    )
    section(
        "minutes.agenda",
        [
            f"{item['position']}. {markdown_text(item['title'])}" + _link_suffix(item, lang) + _withdrawn(item, lang)
            for item in record.agenda
        ],
    )
    round_lines: list[str] = []
    for held in record.rounds:
        round_lines += [
            "",
            f"### {markdown_text(held.title, one_line=True)}",
            "",
            f"- **{tr('minutes.round.level')}:** {label('panel_level', held.level, lang)}"
            f" · {tr(f'rounds.status.{held.status}')}",
        ]
        round_lines += [f"- **{tr('minutes.round.chosen')}:** {markdown_text(title)}" for title in held.chosen]
        if held.reasons:
            round_lines.append(f"- **{tr('minutes.round.reasons')}:** {markdown_text(held.reasons)}")
        if held.dissent:
            round_lines.append(f"- **{tr('minutes.round.dissent')}:** {markdown_text(held.dissent)}")
    section("minutes.rounds", round_lines[1:])
    section(
        "minutes.arena",
        [
            f"- {markdown_text(_effect_name(effect, meeting))} — "
            + tr(
                "minutes.arena.flow",
                contributor=markdown_text(effect["contributor"]),
                beneficiary=markdown_text(effect["beneficiary"]),
            )
            + f" · {label('valence', effect['valence'], lang)} · {label('intention', effect['intention'], lang)}"
            for effect in record.arena
        ],
    )
    section("minutes.decisions", [_decision_line(decision, lang) for decision in record.decisions])
    section("minutes.open_questions", [_decision_line(question, lang) for question in record.open_questions])
    if record.corrections:
        section("corrections.history", [f"- {markdown_text(describe(line, lang))}" for line in record.corrections])
    footer = tr("minutes.footer", role=label("role", record.role, lang), date=date_text(record.made_on))
    lines.extend(["", "---", "", f"_{footer}_", ""])
    return "\n".join(lines)


def _participant_names(names: list[str | None], lang: Lang) -> list[str]:
    """The names, then how many took part without a name shown ('2 zonder naam')."""
    named = [name for name in names if name]
    unnamed = len(names) - len(named)
    return named + ([t("minutes.unnamed", lang, count=unnamed)] if unnamed else [])


def _withdrawn(item: dict, lang: Lang) -> str:
    return f" ({t('corrections.withdrawn', lang)})" if item["withdrawn"] else ""


def _status(row: dict, lang: Lang) -> str:
    return t("corrections.withdrawn", lang) if row["withdrawn"] else label("decision_status", row["status"], lang)


def _link_suffix(item: dict, lang: Lang) -> str:
    if not item["linked_kind"]:
        return ""
    name = markdown_text(item["linked_name"]) if item["linked_name"] else t("minutes.hidden", lang)
    return f" ({label('agenda_link', item['linked_kind'], lang)}: {name})"


def _decision_line(decision: dict, lang: Lang) -> str:
    """'- **Afspraak** (open): text — eigenaar: X · uiterlijk 01-06-2026'."""
    kind = label("decision_kind", decision["kind"], lang).capitalize()
    line = f"- **{kind}** ({_status(decision, lang)}): {markdown_text(decision['text'])}"
    details = []
    if decision["owner"]:
        details.append(t("minutes.owner", lang, owner=markdown_text(decision["owner"], one_line=True)))
    if decision["due_on"]:
        details.append(t("minutes.due", lang, date=date_text(decision["due_on"])))
    return f"{line} — {' · '.join(details)}" if details else line


def minutes_pdf(record: Minutes, lang: Lang = "nl") -> bytes:
    """The minutes as a PDF on the shared report building blocks: user text printed as written."""
    meeting = record.meeting

    def tr(key: str, **values: object) -> str:
        return t(key, lang, **values)

    def section(key: str, content: list) -> list:
        return [pdf.heading(tr(key)), *(content or [pdf.paragraph(tr("minutes.none"), "small")])]

    facts = [(tr("minutes.date"), date_text(meeting["held_on"])), (tr("minutes.leeratelier"), meeting["leeratelier"])]
    if meeting["programme"]:
        facts.append((tr("minutes.programme"), meeting["programme"]))
    flowables = [*pdf.title_block(tr("minutes.title"), meeting["title"], facts)]
    if meeting["withdrawn"]:
        flowables.append(pdf.paragraph(tr("minutes.cancelled")))
    if meeting["summary"]:
        flowables.append(pdf.paragraph(meeting["summary"]))
    flowables += section(
        "minutes.participants",
        [
            pdf.table(
                [tr("meetings.participant.role"), tr("minutes.count"), tr("meetings.participant.name")],
                [
                    [label("participant_role", role, lang), str(len(names)), ", ".join(_participant_names(names, lang))]
                    for role, names in record.participants
                ],
                numeric=[1],
            )
        ]
        if record.participants
        else [],
    )
    flowables += section(
        "minutes.agenda",
        [
            pdf.table(
                ["#", tr("meetings.agenda.title"), tr("meetings.agenda.kind")],
                [
                    [str(item["position"]), item["title"] + _withdrawn(item, lang), _link_text(item, lang)]
                    for item in record.agenda
                ],
                numeric=[0],
            )
        ]
        if record.agenda
        else [],
    )
    rounds = []
    for held in record.rounds:
        rounds += [
            pdf.heading(held.title, 2),
            pdf.labelled(
                f"{tr('minutes.round.level')}:",
                f"{label('panel_level', held.level, lang)} · {tr(f'rounds.status.{held.status}')}",
            ),
        ]
        rounds += [pdf.labelled(f"{tr('minutes.round.chosen')}:", title) for title in held.chosen]
        if held.reasons:
            rounds.append(pdf.labelled(f"{tr('minutes.round.reasons')}:", held.reasons))
        if held.dissent:
            rounds.append(pdf.labelled(f"{tr('minutes.round.dissent')}:", held.dissent))
    flowables += section("minutes.rounds", rounds)
    flowables += section(
        "minutes.arena",
        [
            pdf.table(
                [
                    tr("meetings.arena.description"),
                    tr("meetings.arena.contributor"),
                    tr("meetings.arena.beneficiary"),
                    tr("meetings.arena.valence"),
                ],
                [
                    [
                        _effect_name(effect, meeting),
                        effect["contributor"],
                        effect["beneficiary"],
                        f"{label('valence', effect['valence'], lang)}, {label('intention', effect['intention'], lang)}",
                    ]
                    for effect in record.arena
                ],
            )
        ]
        if record.arena
        else [],
    )
    flowables += section("minutes.decisions", [_decision_table(record.decisions, lang)] if record.decisions else [])
    flowables += section(
        "minutes.open_questions",
        [_decision_table(record.open_questions, lang, with_kind=False)] if record.open_questions else [],
    )
    if record.corrections:
        flowables += section(
            "corrections.history", [pdf.paragraph(describe(line, lang), "small") for line in record.corrections]
        )
    flowables += [
        pdf.spacer(6),
        pdf.caption(tr("minutes.footer", role=label("role", record.role, lang), date=date_text(record.made_on))),
    ]
    return pdf.document(
        flowables,
        title=f"{tr('minutes.title')}: {meeting['title']}",
        footer=f"Impactdialoog · {tr('minutes.title')} · {meeting['leeratelier']}",
        date_text=date_text(meeting["held_on"]),
        lang=lang,
    )


def _link_text(item: dict, lang: Lang) -> str:
    if not item["linked_kind"]:
        return ""
    return f"{label('agenda_link', item['linked_kind'], lang)}: {item['linked_name'] or t('minutes.hidden', lang)}"


def _decision_table(rows: list[dict], lang: Lang, *, with_kind: bool = True) -> object:
    header = [
        t("minutes.what", lang),
        t("minutes.who", lang),
        t("meetings.decision.due", lang),
        t("minutes.status", lang),
    ]
    cells = [[row["text"], row["owner"] or "–", date_text(row["due_on"]), _status(row, lang)] for row in rows]
    if with_kind:
        header = [t("meetings.decision.kind", lang), *header]
        cells = [
            [label("decision_kind", row["kind"], lang).capitalize(), *line]
            for row, line in zip(rows, cells, strict=True)
        ]
    return pdf.table(header, cells)


def _effect_name(effect: dict, meeting: dict) -> str:
    """The effect, with its programme when the meeting is not about that one programme."""
    if effect["programme"] == meeting["programme"]:
        return effect["description"]
    return f"{effect['description']} ({effect['programme']})"
