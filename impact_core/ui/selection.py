"""Widgets of the Selectierondes page: open a round, shortlist, vote, choose with reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from impact_core.access import policy
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import selection
from impact_core.db.store import Store
from impact_core.i18n import date as date_text
from impact_core.i18n import label
from impact_core.models import PanelLevel, flagged
from impact_core.refusal import Refused
from impact_core.ui import corrections, review, safe
from impact_core.ui.options import labelled_by, named_by, named_choice, required
from impact_core.ui.session import lang, tr


def _attempt(action: Callable[..., object], *args: object, **kwargs: object) -> bool:
    """Run a write; show its refusal in the reader's language instead of a traceback."""
    try:
        action(*args, **kwargs)
    except Refused as problem:
        st.error(problem.text(lang()))
        return False
    return True


def round_list(rounds: pd.DataFrame, *, key: str = "round_id") -> str | None:
    """The rounds as a table, and the one to work on (widget ``key``: one per page that lists rounds)."""
    if rounds.empty:
        st.write(tr("rounds.none"))
        return None
    shown = pd.DataFrame(
        {
            tr("rounds.title"): rounds["title"],
            tr("rounds.level"): [label("panel_level", level, lang()) for level in rounds["level"]],
            tr("rounds.status"): [tr(f"rounds.status.{status}") for status in rounds["status"]],
            tr("rounds.shortlisted"): rounds["shortlisted"],
            tr("rounds.selected"): rounds["selected"],
            tr("rounds.fed_back"): [date_text(day) for day in rounds["fed_back_on"]],
        }
    )
    safe.table(shown.set_index(tr("rounds.title")))
    titles = dict(zip(rounds["id"], rounds["title"], strict=True))
    if st.session_state.get("open_round") in titles:  # a round just opened: work on it at once
        st.session_state[key] = st.session_state.pop("open_round")
    return named_choice(tr("rounds.open"), titles, key)


def _levels(viewer: Viewer) -> list[PanelLevel]:
    """The levels at which this seat may open a round (the shared screen: none)."""
    return [level for level in PanelLevel if policy.may(viewer, selection.round_action(level))]


def may_open_round(viewer: Viewer) -> bool:
    return bool(_levels(viewer))


def new_round_form(
    store: Store, viewer: Viewer, programme: str | None, domains: list[str], *, meeting_id: str | None = None
) -> None:
    """Open a round for the programme; in a meeting, the round is held in that meeting."""
    if not programme:
        st.info(tr("rounds.choose_programme"))
        return
    levels = _levels(viewer)
    with st.form(f"new_round_{meeting_id}" if meeting_id else "new_round", clear_on_submit=True):
        st.caption(tr("form.required_note"))
        title = st.text_input(required(tr("rounds.title")))
        left, middle, right, far = st.columns(4)
        level = left.selectbox(tr("rounds.level"), levels, format_func=named_by("panel_level"))
        start = middle.date_input(tr("rounds.from"), value=dt.date(dt.date.today().year, 1, 1), format="DD-MM-YYYY")
        end = right.date_input(tr("rounds.to"), value=dt.date.today(), format="DD-MM-YYYY")
        domain = far.selectbox(
            tr("stories.domain"), ["", *domains], format_func=lambda value: value or tr("vakmanschap.filter.all")
        )
        submitted = st.form_submit_button(tr("rounds.create"), type="primary")
    if not submitted:
        return
    try:
        st.session_state["open_round"] = selection.create_round(
            store,
            viewer,
            programme_id=programme,
            level=level,
            title=title,
            period_from=start,
            period_to=end,
            domain=domain or None,
            meeting_id=meeting_id,
        )
    except Refused as problem:
        st.error(problem.text(lang()))
    else:
        st.rerun()


def round_detail(store: Store, viewer: Viewer, round_id: str, *, within_section: bool = False) -> None:
    """The round under its title: a section of the page (H2), or of a meeting's section (H4)."""
    chosen = selection.get_round(store, viewer, round_id)
    tally = selection.tally(store, viewer, round_id)
    title = safe.escape_markdown(chosen["title"])
    if within_section:
        st.markdown(f"#### {title}")
    else:
        st.header(title, anchor=False)
    st.markdown(
        tr(
            "rounds.summary",
            level=label("panel_level", chosen["level"], lang()),
            start=date_text(chosen["period_from"]),
            end=date_text(chosen["period_to"]),
            domain=safe.escape_markdown(chosen["domain"]) if chosen["domain"] else tr("vakmanschap.filter.all"),
        )
    )
    may_run = policy.may(viewer, selection.round_action(chosen["level"]))
    may_vote = policy.may(viewer, selection.vote_action(chosen["level"]))
    if chosen["status"] == "open" and (may_run or may_vote):
        if may_run:
            _shortlist_step(store, viewer, round_id)
        _vote_step(store, viewer, round_id, tally)  # the shared screen takes the panel's votes too
        if may_run:
            _choose_step(store, viewer, round_id, tally)
        corrections.withdraw_round(store, viewer, chosen, tally)
    else:
        _outcome(store, viewer, chosen, tally)


def _story_label(story: dict) -> str:
    mark = "⚠ " if flagged(story["valence"], story["intention"]) else ""
    return f"{mark}{story['title']} ({story['domain']})"


def _shortlist_step(store: Store, viewer: Viewer, round_id: str) -> None:
    st.markdown(f"### {tr('rounds.step.shortlist')}")
    options = selection.candidates(store, viewer, round_id)
    if options.empty:
        st.write(tr("rounds.no_candidates"))
        return
    names = {story["id"]: _story_label(story) for story in options.to_dict("records")}
    picked = st.multiselect(
        tr("rounds.candidates", count=len(names)),
        list(names),
        format_func=labelled_by(names),
        key=f"shortlist_{round_id}",
        placeholder=tr("form.choose"),
    )
    if st.button(tr("rounds.add_to_shortlist"), disabled=not picked) and _attempt(
        selection.shortlist, store, viewer, round_id, picked
    ):
        st.rerun()


def _vote_step(store: Store, viewer: Viewer, round_id: str, tally: pd.DataFrame) -> None:
    if tally.empty:
        return
    st.markdown(f"### {tr('rounds.step.vote')}")
    st.caption(tr("rounds.vote.note"))
    # The ballot keeps one order, by story, however the scores change: a slider belongs to its story.
    ballot = tally.sort_values("id", kind="stable")
    with st.form(f"votes_{round_id}", clear_on_submit=True):
        st.caption(tr("form.required_note"))
        voter = st.text_input(required(tr("rounds.voter")))
        scores = {}
        for story in ballot.to_dict("records"):
            with st.container(border=True):
                safe.text(_story_label(story), bold=True)
                with st.expander(tr("stories.read_more")):
                    safe.text(story["text"])
                scores[story["id"]] = st.slider(tr("rounds.score"), 0, 5, 0, key=f"score_{round_id}_{story['id']}")
        submitted = st.form_submit_button(tr("rounds.save_votes"), type="primary")
    if submitted and _attempt(selection.cast_votes, store, viewer, round_id, voter=voter, scores=scores):
        st.session_state["votes_saved"] = voter
        st.rerun()
    if saved := st.session_state.pop("votes_saved", None):
        st.success(tr("rounds.votes_saved", voter=safe.escape_markdown(saved)))
    _tally_table(tally)


def _tally_table(tally: pd.DataFrame) -> None:
    shown = pd.DataFrame(
        {
            tr("rounds.story"): tally["title"],
            tr("rounds.votes"): tally["votes"],
            tr("rounds.total"): tally["total"],
            tr("rounds.chosen"): [tr("rounds.yes") if chosen else "" for chosen in tally["selected"]],
        }
    )
    safe.table(shown.set_index(tr("rounds.story")))


def _choose_step(store: Store, viewer: Viewer, round_id: str, tally: pd.DataFrame) -> None:
    if tally.empty:
        return
    st.markdown(f"### {tr('rounds.step.choose')}")

    def close(values: dict[str, Any], masked: dict[str, str]) -> bool:
        if not _attempt(selection.close_round, store, viewer, round_id, masked=masked, **values):
            return False
        st.session_state["round_closed"] = True
        st.rerun()
        return True

    name = f"close_{round_id}"
    labels = {"reasons": tr("rounds.reasons"), "dissent": tr("rounds.dissent")}
    if review.pending(name, labels, close):
        return
    names = {story["id"]: story["title"] for story in tally.to_dict("records")}
    with st.form(name):
        chosen = st.multiselect(
            tr("rounds.choose"),
            list(names),
            format_func=labelled_by(names),
            default=list(names)[:1],
            placeholder=tr("form.choose"),
        )
        reasons = st.text_area(labels["reasons"], help=tr("rounds.reasons.help"))
        dissent = st.text_area(labels["dissent"])
        submitted = st.form_submit_button(tr("rounds.close"), type="primary")
    if submitted:
        review.check(name, {"selected": chosen, "reasons": reasons, "dissent": dissent}, list(labels), close)


def _outcome(store: Store, viewer: Viewer, chosen: dict, tally: pd.DataFrame) -> None:
    if st.session_state.pop("round_closed", False):
        st.success(tr("rounds.closed"))
    if chosen["reasons"]:
        safe.labelled(tr("rounds.reasons"), chosen["reasons"])
    if chosen["dissent"]:
        safe.labelled(tr("rounds.dissent"), chosen["dissent"])
    _tally_table(tally)
    if chosen["fed_back_on"]:
        st.write(tr("rounds.fed_back_on", date=date_text(chosen["fed_back_on"])))
    elif chosen["status"] != "open" and policy.may(viewer, selection.round_action(chosen["level"])):
        st.warning(tr("rounds.not_fed_back"))
        if st.button(tr("rounds.mark_fed_back")) and _attempt(
            selection.mark_fed_back, store, viewer, chosen["id"], dt.date.today()
        ):
            st.rerun()
