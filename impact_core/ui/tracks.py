"""The three track columns of the dialogue table. Data in, parts out (``drawn``): built once per
viewer, filters, language and screen, drawn on every rerun.

On the shared screen (presentation mode) each column is compact, so the three tracks of one
programme fit one or two screens of a 1280x720 projector: the first few items as short cards,
the rest as one summary line that says where to read them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from impact_core.doelmatigheid.indicators import IndicatorCard, small_groups_text, target_text
from impact_core.i18n import amount, label
from impact_core.i18n import date as date_text
from impact_core.render import svg_trend
from impact_core.ui import drawn, safe
from impact_core.ui.drawn import Part
from impact_core.ui.session import lang, presenting, tr
from impact_core.ui.stories import story_part

# Cards per column on the shared screen; the rest are summed up. One indicator with its trend
# (outcomes come first), the others as a line each: a trend picture is as tall as two cards.
SHARED_SCREEN_ITEMS = {"doelmatigheid": 1, "betekenisgeving": 2, "vakmanschap": 2}


def _track(name: str, lead: Sequence[str | None], parts: Sequence[Part | None]) -> Part:
    """A track's column: its heading, its question with the lead paragraphs (escaped markdown) in
    one element, then its parts (None left out)."""
    return drawn.box(  # styled by context.track_heading_style, once per page
        drawn.header(tr(f"track.{name}")),
        drawn.markdown(f"*{tr(f'track.{name}.question')}*", *lead),
        *(part for part in parts if part is not None),
        key=f"track-{name}",
    )


def _shared_screen_part(items: list, track_name: str) -> list:
    """On the shared screen the first few items; the rest are summed up below them."""
    return items[: SHARED_SCREEN_ITEMS[track_name]] if presenting() else items


def numbers_column(
    cards: list[IndicatorCard],
    min_cell: int,
    stories_behind: pd.DataFrame,
    instrument_lines: Sequence[str] = (),
) -> Part:
    """``instrument_lines``: the outcome instruments summed up, one line each (ZRM, Positieve Gezondheid)."""
    parts: list[Part | None] = []
    if presenting():  # one note for the column instead of one per card
        small = any(card.summary.small_groups or card.summary.suppressed_months for card in cards)
        small_groups = tr("presentation.small_groups", threshold=min_cell) if small and min_cell else ""
        parts.append(drawn.caption(f"{tr('numbers.not_for_accounting')} {small_groups}"))
    else:
        parts.append(drawn.info(tr("numbers.not_for_accounting"), icon=":material/forum:"))
    if not cards:
        parts.append(drawn.write(tr("numbers.none")))
    shown = _shared_screen_part(cards, "doelmatigheid")
    titles = stories_behind.groupby("indicator_id", sort=False)["title"].agg(tuple).to_dict()
    parts.extend(_indicator_card(card, min_cell, titles.get(card.indicator["id"], ())) for card in shown)
    if len(shown) < len(cards):
        parts.append(_more_indicators(cards[len(shown) :], min_cell))
    if instrument_lines:  # one element, a line each; a programme's words may be in them
        parts.append(drawn.caption("  \n".join(safe.escape_markdown(line) for line in instrument_lines)))
    return _track("doelmatigheid", (), parts)


def _status_line(card: IndicatorCard) -> str:
    indicator, summary = card.indicator, card.summary
    parts = [tr("numbers.now", value=amount(summary.current, indicator["unit"], lang()))]
    if summary.target is not None:
        parts.append(tr("numbers.target", value=amount(summary.target, indicator["unit"], lang())))
    return f"**{target_text(summary.status, lang())}** · {safe.escape_markdown(' · '.join(parts))}"


def _more_indicators(cards: list[IndicatorCard], min_cell: int) -> Part:
    lines = [
        f"{safe.strong(card.indicator['name'])}: "
        + (_status_line(card) if card.summary.current is not None else tr("numbers.all_suppressed", threshold=min_cell))
        for card in cards
    ]
    return drawn.markdown(f"*{tr('presentation.more_indicators')}*", "  \n".join(lines))


def _indicator_card(card: IndicatorCard, min_cell: int, stories_behind: tuple[str, ...]) -> Part:
    indicator, summary = card.indicator, card.summary
    # The indicator's name is the card's heading (under the track's), the figure its first line.
    heading = drawn.subheader(safe.escape_markdown(indicator["name"]))
    if summary.current is None:
        return drawn.box(heading, drawn.write(tr("numbers.all_suppressed", threshold=min_cell)), border=True)
    status = target_text(summary.status, lang())
    if presenting():  # one line for the figure, the target and how they compare; then the trend
        figures = drawn.markdown(_status_line(card))
    else:
        parts = []
        if summary.target is not None:
            parts.append(tr("numbers.target", value=amount(summary.target, indicator["unit"], lang())))
        parts.append(tr("numbers.baseline", value=amount(summary.baseline, indicator["unit"], lang())))
        ambition = indicator.get("ambition")
        serves = tr("numbers.serves", ambition=ambition) if ambition else tr("numbers.no_ambition")
        who = tr("numbers.set_by", who=label("set_by", indicator["set_by"], lang()))
        # The by-line in the same element as the figures: every element costs the browser a
        # render on each rerun.
        figures = drawn.markdown(
            f"**{tr('numbers.now', value=amount(summary.current, indicator['unit'], lang()))}**",
            f"**{status}**",
            safe.escape_markdown(" · ".join(parts)),
            safe.small(
                tr("numbers.suppressed", count=summary.suppressed_months, threshold=min_cell)
                if summary.suppressed_months
                else None,
                small_groups_text(summary.small_groups, lang()),
                safe.escape_markdown(f"{who} · {serves}"),  # the ambition is user text
            ),
        )
    trend = drawn.image(
        svg_trend.trend_svg(card.series, unit=indicator["unit"], lang=lang(), presenting=presenting()),
        alt=svg_trend.trend_alt(
            card.series,
            name=indicator["name"],
            unit=indicator["unit"],
            current=summary.current,
            target=summary.target,
            status=status,
            lang=lang(),
        ),
    )
    if presenting() or not stories_behind:
        return drawn.box(heading, figures, trend, border=True)
    behind = drawn.expander(
        tr("numbers.stories_behind", count=len(stories_behind)),
        drawn.text("\n".join(f"• {title}" for title in stories_behind)),  # plain text: no markup to escape
    )
    return drawn.box(heading, figures, trend, behind, border=True)


def stories_column(stories: list[dict[str, Any]], counts: dict[str, int], own_marks_line: str | None = None) -> Part:
    """``own_marks_line``: what storytellers marked themselves, beside the panels' choices, in one line."""
    shown = _shared_screen_part(stories, "betekenisgeving")
    return _track(
        "betekenisgeving",
        (f"**{tr('stories.count', **counts)}**",),
        (
            None if stories else drawn.write(tr("stories.none")),
            *(story_part(story, compact=presenting()) for story in shown),
            _more("presentation.more_stories", len(stories) - len(shown)) if len(shown) < len(stories) else None,
            drawn.caption(safe.escape_markdown(own_marks_line)) if own_marks_line else None,
        ),
    )


def craft_column(reflections: list[dict[str, Any]], counts: dict[str, int], values: pd.DataFrame) -> Part:
    top = "" if values.empty else ", ".join(label("value", value, lang()) for value in values["value"].head(3))
    shown = _shared_screen_part(reflections, "vakmanschap")
    return _track(
        "vakmanschap",
        (
            f"**{tr('vakmanschap.count', **counts)}**",
            safe.escape_markdown(tr("vakmanschap.values", values=top)) if top else None,
        ),
        (
            None if reflections else drawn.write(tr("vakmanschap.none")),
            *(_reflection_card(reflection) for reflection in shown),
            _more("presentation.more_reflections", len(reflections) - len(shown))
            if len(shown) < len(reflections)
            else None,
        ),
    )


def _reflection_card(reflection: dict) -> Part:
    if presenting():
        return _compact_reflection_card(reflection)
    deliberation = reflection["kind"] == "moreel_beraad" and bool(reflection["dilemma"])
    return drawn.box(
        drawn.markdown(
            safe.strong(label("reflection_kind", reflection["kind"], lang()) + " · " + reflection["method"]),
            safe.labelled_text(tr("vakmanschap.dilemma"), reflection["dilemma"])
            if deliberation
            else safe.escape_markdown(reflection["what_happened"]),
            safe.labelled_text(tr("vakmanschap.choice"), reflection["choice"])
            if deliberation and reflection["choice"]
            else None,
            safe.labelled_text(tr("vakmanschap.learned"), reflection["learned"]) if reflection["learned"] else None,
            safe.small(
                safe.escape_markdown(
                    tr(
                        "vakmanschap.by",
                        professional=reflection["professional"],
                        date=date_text(reflection["reflected_on"]),
                    )
                    + " · "
                    + ", ".join(label("value", value, lang()) for value in reflection["values"])
                )
            ),
        ),
        border=True,
    )


def _compact_reflection_card(reflection: dict) -> Part:
    """The shared screen's card: kind and method, then the dilemma or the lesson (else what
    happened), in short."""
    if reflection["kind"] == "moreel_beraad" and reflection["dilemma"]:
        gist_part = safe.labelled_text(tr("vakmanschap.dilemma"), safe.gist(reflection["dilemma"]))
    elif reflection["learned"]:
        gist_part = safe.labelled_text(tr("vakmanschap.learned"), safe.gist(reflection["learned"]))
    else:
        gist_part = safe.escape_markdown(safe.gist(reflection["what_happened"]))
    return drawn.box(
        drawn.markdown(
            safe.strong(label("reflection_kind", reflection["kind"], lang()) + " · " + reflection["method"]), gist_part
        ),
        border=True,
    )


def _more(key: str, count: int) -> Part:
    """How many more a track holds than the shared screen shows, and where to read them."""
    return drawn.markdown(f"*{tr(key, count=count)}*")
