"""The three track columns of the dialogue table. Data in, drawing out."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impact_core.doelmatigheid.indicators import IndicatorCard, small_groups_text, target_text
from impact_core.i18n import amount, label
from impact_core.i18n import date as date_text
from impact_core.render import svg_trend
from impact_core.ui import safe
from impact_core.ui.session import lang, tr
from impact_core.ui.stories import story_card


def track_heading(track: str) -> None:
    st.header(tr(f"track.{track}"), anchor=False)
    st.markdown(f"*{tr(f'track.{track}.question')}*")


def numbers_column(cards: list[IndicatorCard], min_cell: int, stories_behind: pd.DataFrame) -> None:
    track_heading("doelmatigheid")
    st.info(tr("numbers.not_for_accounting"), icon=":material/forum:")
    if not cards:
        st.write(tr("numbers.none"))
    for card in cards:
        indicator, summary = card.indicator, card.summary
        with st.container(border=True):
            # The indicator's name is the card's heading (under the track's), the figure its first line.
            st.subheader(safe.escape_markdown(indicator["name"]), anchor=False)
            if summary.current is None:
                st.write(tr("numbers.all_suppressed", threshold=min_cell))
                continue
            status = target_text(summary.status, lang())
            parts = []
            if summary.target is not None:
                parts.append(tr("numbers.target", value=amount(summary.target, indicator["unit"], lang())))
            parts.append(tr("numbers.baseline", value=amount(summary.baseline, indicator["unit"], lang())))
            safe.paragraphs(
                f"**{tr('numbers.now', value=amount(summary.current, indicator['unit'], lang()))}**",
                f"**{status}**",
                safe.escape_markdown(" · ".join(parts)),
            )
            alt = svg_trend.trend_alt(
                card.series,
                name=indicator["name"],
                unit=indicator["unit"],
                current=summary.current,
                target=summary.target,
                status=status,
                lang=lang(),
            )
            st.image(svg_trend.trend_svg(card.series, unit=indicator["unit"], lang=lang()), width="stretch", alt=alt)
            if summary.suppressed_months:
                st.caption(tr("numbers.suppressed", count=summary.suppressed_months, threshold=min_cell))
            small_groups = small_groups_text(summary.small_groups, lang())
            if small_groups:
                st.caption(small_groups)
            ambition = indicator.get("ambition")
            serves = tr("numbers.serves", ambition=ambition) if isinstance(ambition, str) else tr("numbers.no_ambition")
            who = tr("numbers.set_by", who=label("set_by", indicator["set_by"], lang()))
            safe.caption(f"{who} · {serves}")
            behind = stories_behind[stories_behind["indicator_id"] == indicator["id"]]["title"]
            if len(behind):
                with st.expander(tr("numbers.stories_behind", count=len(behind))):
                    for title in behind:
                        safe.text(f"• {title}")


def stories_column(stories: pd.DataFrame, counts: dict[str, int]) -> None:
    track_heading("betekenisgeving")
    st.markdown(f"**{tr('stories.count', **counts)}**")
    if stories.empty:
        st.write(tr("stories.none"))
    for story in stories.to_dict("records"):
        story_card(story)


def craft_column(reflections: pd.DataFrame, counts: dict[str, int], values: pd.DataFrame) -> None:
    track_heading("vakmanschap")
    st.markdown(f"**{tr('vakmanschap.count', **counts)}**")
    if not values.empty:
        top = ", ".join(label("value", value, lang()) for value in values["value"].head(3))
        st.markdown(safe.escape_markdown(tr("vakmanschap.values", values=top)))
    if reflections.empty:
        st.write(tr("vakmanschap.none"))
    for reflection in reflections.to_dict("records"):
        deliberation = reflection["kind"] == "moreel_beraad" and bool(reflection["dilemma"])
        with st.container(border=True):
            safe.paragraphs(
                safe.strong(label("reflection_kind", reflection["kind"], lang()) + " · " + reflection["method"]),
                safe.labelled_text(tr("vakmanschap.dilemma"), reflection["dilemma"])
                if deliberation
                else safe.escape_markdown(reflection["what_happened"]),
                safe.labelled_text(tr("vakmanschap.choice"), reflection["choice"])
                if deliberation and reflection["choice"]
                else None,
                safe.labelled_text(tr("vakmanschap.learned"), reflection["learned"]) if reflection["learned"] else None,
            )
            safe.caption(
                tr(
                    "vakmanschap.by",
                    professional=reflection["professional"],
                    date=date_text(reflection["reflected_on"]),
                )
                + " · "
                + ", ".join(label("value", value, lang()) for value in reflection["values"])
            )
