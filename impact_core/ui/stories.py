"""Widgets of the Verhalen page: the collection at a glance, search, the register and entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from impact_core import pseudonym
from impact_core.access import deidentify, policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection, search, selection, signification
from impact_core.betekenisgeving import entry as stories
from impact_core.betekenisgeving.collection import IMPACT_TYPES
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.i18n import date as date_text
from impact_core.i18n import label, number
from impact_core.models import (
    ConsentScope,
    Directness,
    Expected,
    Intention,
    LifeDomain,
    MarkedBy,
    StorytellerRole,
    Valence,
    flagged,
)
from impact_core.refusal import Refused
from impact_core.ui import drawn, safe
from impact_core.ui import signification as own_marks
from impact_core.ui.options import labelled_by, named_by, required
from impact_core.ui.session import focus_next, lang, presenting, tr

_DRAFT = "story_draft"


def _tags(story: dict) -> str:
    tags = [label("valence", story["valence"], lang()), label("intention", story["intention"], lang())]
    if flagged(story["valence"], story["intention"]):
        tags[0] = f"⚠ {tags[0]}"
    if story.get("selected_level"):
        tags.append(tr("stories.selected_at", level=label("panel_level", story["selected_level"], lang())))
    return " · ".join(tags)


def overview(store: Store, viewer: Viewer, filters: Filters) -> tuple[drawn.Part, ...]:
    """The overview tab's parts (``_overview_parts``), read and built once per viewer, filters,
    language and screen and remembered until the next write."""
    return store.remember_recent(
        (__name__, viewer, filters, lang(), presenting()),
        lambda: (
            *_overview_parts(
                collection.by_domain_and_impact(store, viewer, filters),
                collection.by_storyteller_role(store, viewer, filters),
                selection.funnel(store, viewer, filters),
                collection.characteristic_words(store, viewer, filters),
            ),
            own_marks.section(signification.patterns(store, viewer, filters)),
        ),
    )


def _overview_parts(
    by_domain: pd.DataFrame, by_role: pd.DataFrame, funnel: pd.DataFrame, words: pd.DataFrame
) -> tuple[drawn.Part, ...]:
    """Secondary analysis: what kind of change, told by whom, how it narrowed, in which words."""
    table = by_domain.rename(columns={kind: tr(f"stories.impact.{kind}") for kind in IMPACT_TYPES})
    table.index.name = tr("stories.domain")
    funnel = funnel.assign(stage=[tr(f"stories.funnel.{stage}") for stage in funnel["stage"]])
    roles = by_role.assign(
        storyteller_role=[label("storyteller_role", role, lang()) for role in by_role["storyteller_role"]]
    )
    return (
        drawn.columns(
            drawn.box(
                drawn.header(tr("stories.by_domain")),
                drawn.caption(tr("stories.by_domain.note")),
                drawn.table(table),
            ),
            drawn.box(
                drawn.header(tr("stories.funnel")),
                drawn.caption(tr("stories.funnel.note")),
                drawn.table(
                    funnel.rename(
                        columns={"stage": tr("stories.funnel.stage"), "stories": tr("stories.count_col")}
                    ).set_index(tr("stories.funnel.stage"))
                ),
            ),
            widths=(3, 2),
            gap="large",
        ),
        drawn.columns(
            drawn.box(
                drawn.header(tr("stories.by_role")),
                drawn.table(
                    roles.rename(
                        columns={
                            "storyteller_role": tr("stories.role"),
                            "stories": tr("stories.count_col"),
                            "flagged": tr("stories.flagged_col"),
                        }
                    ).set_index(tr("stories.role"))
                ),
            ),
            drawn.box(
                drawn.header(tr("stories.words")),
                drawn.caption(tr("stories.words.note")),
                # A heading over nothing reads as a page still loading.
                drawn.info(tr("stories.words.none")) if words.empty else _words(words),
            ),
            widths=(2, 3),
            gap="large",
        ),
    )


def _words(words: pd.DataFrame) -> drawn.Part:
    """Per domain its characteristic words, a line each, in one element."""
    return drawn.markdown(
        *(
            safe.labelled_text(safe.escape_markdown(f"{domain}:"), ", ".join(group["word"]))
            for domain, group in words.groupby("domain", sort=True)
        )
    )


def search_box(domains: list[str]) -> tuple[str, str | None]:
    left, right = st.columns([3, 1])
    query = left.text_input(tr("stories.search"), key="story_query", placeholder=tr("stories.search.placeholder"))
    domain = right.selectbox(
        tr("stories.domain"),
        ["", *domains],
        key="story_search_domain",
        format_func=lambda value: value or tr("vakmanschap.filter.all"),
    )
    return query, domain or None


def search_results(found: pd.DataFrame, query: str) -> None:
    if not query.strip():
        return
    st.caption(tr("stories.search.count", count=len(found)))
    for story in found.to_dict("records"):
        with st.container(border=True):
            safe.text(story["title"], bold=True)
            st.markdown(
                safe.escape_markdown(f"{_tags(story)} · {story['domain']} · {date_text(story['collected_on'])}")
            )
            safe.text(search.snippet(story["text"], query))


STORY_TAB = "story_tab"  # the page's tabs keep their place across reruns, and only the open one runs
REGISTER_PAGE = 50
_REGISTER_LIMIT = "register_limit"


def register_limit() -> int:
    """How many stories the register shows: a page at first, a page more on each request.
    Every card is several elements the browser redraws on each rerun of the page, and a
    sector-wide collection holds tens of thousands."""
    return st.session_state.get(_REGISTER_LIMIT, REGISTER_PAGE)


def register(store: Store, viewer: Viewer, found: list[dict[str, Any]], total: int) -> None:
    """The collection, newest first; negative and unexpected stories are marked, never left out.
    Whoever may enter stories may correct a story's own marks in its card (the shared screen's
    viewer may not, so it draws no such control)."""
    if not found:
        st.write(tr("stories.none"))
        return
    if len(found) < total:
        st.caption(tr("stories.register.shown", shown=number(len(found), lang()), total=number(total, lang())))
    else:
        st.caption(tr("stories.register.all", total=number(total, lang())))
    correct = partial(_marks_correction, store, viewer) if policy.may(viewer, Action.RECORD_STORY) else None
    for story in found:
        story_card(story, correct=correct)
    if len(found) < total and not presenting():  # the shared screen draws no controls
        more = min(REGISTER_PAGE, total - len(found))
        if st.button(tr("stories.register.more", count=more), key="register_more"):
            st.session_state[_REGISTER_LIMIT] = len(found) + REGISTER_PAGE
            st.rerun()


def story_card(story: dict, *, compact: bool = False, correct: Callable[[dict], None] | None = None) -> None:
    """One story as the room reads it: title, kind of change, why it matters, the whole text folded.
    Compact (the shared screen's dialogue table): without the folded text and who told it.
    ``correct`` draws, at the card's foot, the correction of the storyteller's own marks (the card
    then has a key of its own, so a test or a focus script finds the story's own form)."""
    with st.container(border=True, key=None if correct is None else f"story_card_{story['id']}"):
        drawn.draw(_story_parts(story, compact))
        if correct is not None:
            correct(story)


def story_part(story: dict, *, compact: bool = False) -> drawn.Part:
    """``story_card`` as a part, to be drawn later (the dialogue table's)."""
    return drawn.box(*_story_parts(story, compact), border=True)


def _story_parts(story: dict, compact: bool) -> tuple[drawn.Part, ...]:
    text = drawn.markdown(
        safe.strong(story["title"]),
        safe.escape_markdown(_tags(story)),
        safe.labelled_text(tr("stories.why"), _why(story["significance"], compact)) if story["significance"] else None,
        safe.labelled_text(tr("signification.card"), own_marks_line(story)) if story.get("marked_by") else None,
        None if compact else safe.small(safe.escape_markdown(_told_by(story))),
    )
    if compact:
        return (text,)
    return text, drawn.expander(tr("stories.read_more"), drawn.text(str(story["text"])))


def _told_by(story: dict) -> str:
    return tr(
        "stories.told_by",
        role=label("storyteller_role", story["storyteller_role"], lang()),
        domain=story["domain"],
        date=date_text(story["collected_on"]),
    )


_CORRECTING = "marks_correcting"  # the one story whose marks are open for correction
_CORRECTED = "marks_corrected"  # (story, what was done): the notice in its card, on the next run
_CLOSED = "marks_closed"  # the story whose form was just closed: focus returns to its button


def _marks_correction(store: Store, viewer: Viewer, story: dict) -> None:
    """The register's "Duiding aanpassen": one button per card, and the form only in the card that asked for it,
    pre-filled with the current marks. The library decides; a refusal is shown in the form."""
    story_id = story["id"]
    done = st.session_state.get(_CORRECTED)
    if done and done[0] == story_id:
        del st.session_state[_CORRECTED]
        with st.container(key="marks_corrected"):
            st.success(tr(f"signification.edit.{done[1]}"))
    if st.session_state.get(_CORRECTING) != story_id:
        reopen = st.session_state.get(_CLOSED) == story_id
        if st.button(
            tr("signification.edit.open"),
            key="marks_reopen" if reopen else f"marks_open_{story_id}",
            type="tertiary",
            icon=":material/edit:",
        ):
            st.session_state[_CORRECTING] = story_id
            focus_next("marks_form")  # the button gives way to the form: on to its first question
            st.rerun()
        return
    with st.form(f"marks_form_{story_id}"):
        marks = _own_marks(story if story.get("marked_by") else None, key=f"marks_{story_id}")
        with st.container(horizontal=True):  # side by side at their own width, not spread over the card
            saved = st.form_submit_button(tr("signification.edit.save"), type="primary")
            removed = bool(story.get("marked_by")) and st.form_submit_button(tr("signification.edit.remove"))
            cancelled = st.form_submit_button(tr("signification.edit.cancel"))
    if not (saved or removed or cancelled):
        return
    if saved or removed:
        try:
            stored = signification.change_marks(store, viewer, story_id, None if removed else marks)
        except Refused as refusal:
            st.error(refusal.text(lang()))
            return
        done = "saved" if stored is not None else "removed" if story.get("marked_by") else "unmarked"
        st.session_state[_CORRECTED] = (story_id, done)
        focus_next("marks_corrected")  # the form folds away: on to the notice that says what happened
    else:
        st.session_state[_CLOSED] = story_id
        focus_next("marks_reopen")
    del st.session_state[_CORRECTING]
    st.rerun()


def _why(significance: str, compact: bool) -> str:
    return safe.gist(significance) if compact else significance


def prepare_masking() -> None:
    """Have deduce loading (ten seconds) while the professional is still typing; on every run of
    the form, since the machine's masking worker stops when idle."""
    deidentify.warm_up()


def programme_choice(programmes: dict[str, str], chosen: str | None) -> str:
    return st.selectbox(
        tr("stories.form.programme"),
        list(programmes),
        format_func=labelled_by(programmes),
        index=list(programmes).index(chosen) if chosen in programmes else 0,
        key="story_programme",
    )


def entry_form(programme: str, domains: list[str], indicators: dict[str, str], steps: dict[str, str]) -> dict | None:
    """Step one: the story as told. Returns the draft when the professional asks for the check.

    While the masked text is under review the form folds away but keeps what was typed."""
    with st.expander(tr("stories.step.tell"), expanded=_DRAFT not in st.session_state), st.form("story_form"):
        st.caption(tr("form.required_note"))
        title = st.text_input(required(tr("stories.form.title")))
        text = st.text_area(tr("stories.form.text"), height=200)
        significance = st.text_area(tr("stories.form.why"), height=90)
        marks = _own_marks()
        left, middle, right = st.columns(3)
        role = left.selectbox(tr("stories.role"), list(StorytellerRole), format_func=named_by("storyteller_role"))
        collected_by = middle.text_input(required(tr("stories.form.collected_by")))
        collected_on = right.date_input(tr("vakmanschap.form.date"), value=dt.date.today(), format="DD-MM-YYYY")
        left, middle, right = st.columns(3)
        domain = left.selectbox(tr("stories.domain"), domains or ["–"])
        storyteller = middle.text_input(tr("stories.form.storyteller"), help=tr("stories.form.storyteller.help"))
        consent = right.selectbox(
            tr("stories.form.consent"), list(ConsentScope), index=1, format_func=named_by("consent")
        )
        left, middle, right = st.columns(3)
        valence = left.radio(
            tr("stories.form.valence"), list(Valence), horizontal=True, format_func=named_by("valence")
        )
        intention = middle.radio(
            tr("stories.form.intention"), list(Intention), horizontal=True, format_func=named_by("intention")
        )
        directness = right.radio(
            tr("stories.form.directness"), list(Directness), horizontal=True, format_func=named_by("directness")
        )
        read_back = st.checkbox(tr("stories.form.read_back"))
        left, right = st.columns(2)
        linked_indicators = left.multiselect(
            tr("vakmanschap.form.indicators"),
            list(indicators),
            format_func=labelled_by(indicators),
            placeholder=tr("form.choose"),
        )
        linked_steps = right.multiselect(
            tr("stories.form.steps"), list(steps), format_func=labelled_by(steps), placeholder=tr("form.choose")
        )
        submitted = st.form_submit_button(tr("stories.form.check"), type="primary")
    if not submitted:
        return None
    return {
        "story": {
            "title": title,
            "text": text,
            "significance": significance,
            "storyteller_role": role,
            "collected_by": collected_by,
            "collected_on": collected_on,
            "programme_id": programme,
            "domain": domain,
            "storyteller": storyteller.strip() or None,
            "valence": valence,
            "intention": intention,
            "directness": directness,
            "consent": consent,
            "read_back": read_back,
        },
        "indicator_ids": linked_indicators,
        "step_ids": linked_steps,
        "marks": marks,
    }


def _own_marks(current: dict[str, Any] | None = None, *, key: str | None = None) -> dict[str, Any]:
    """The section "De verteller zelf": the storyteller marks their own story (all of it optional).
    Radio buttons and a list, so a keyboard reaches every choice and a screen reader names it.

    With ``key`` it is the correction of a stored story's marks in its register card: pre-filled
    with ``current``, its widgets keyed per story, and no heading (the card has none)."""
    if key is None:
        st.header(tr("signification.form.section"), anchor=False)  # under the page title (heading order)
        st.caption(tr("signification.form.intro"))
    else:
        st.caption(tr("signification.edit.intro"))
    now = current or {}

    def named(name: str) -> str | None:
        return None if key is None else f"{key}_{name}"

    def choice(name: str, options: Sequence[str]) -> Any:
        """One question as a row of radio buttons, on the stored answer where there is one."""
        value = now.get(name)
        return st.radio(
            tr(f"signification.q.{name}"),
            options,
            index=None if value is None else list(options).index(str(value)),
            horizontal=True,
            format_func=named_by(name),
            key=named(name),
        )

    marked_by = choice("marked_by", list(MarkedBy))
    about = st.multiselect(
        tr("signification.q.about"),
        list(LifeDomain),
        default=[LifeDomain(value) for value in now.get("about") or []],
        format_func=named_by("life_domain"),
        placeholder=tr("form.choose"),
        key=named("about"),
    )
    feeling = choice("feeling", list(signification.SCALE_VALUES))
    change_size = choice("change_size", list(signification.SCALE_VALUES))
    expected = choice("expected", list(Expected))
    return {
        "marked_by": marked_by,
        "about": about,
        "feeling": int(feeling) if feeling else None,
        "change_size": int(change_size) if change_size else None,
        "expected": expected,
    }


def start_review(store: Store, viewer: Viewer, draft: dict) -> None:
    """Mask the draft and keep it for step two. A pseudonym that is a name is refused here, before
    the masking, with what a pseudonym is: not after the review, when the form is folded away."""
    story = draft["story"]
    wrong = pseudonym.problem(story["storyteller"]) if story["storyteller"] else None
    if wrong:
        st.error(f"{tr('stories.form.storyteller')}: {wrong}")
        return
    try:
        stories.check(story)
        signification.validated_marks("check", draft.get("marks") or {})
    except Refused as refusal:
        st.error(refusal.text(lang()))
        return
    result = stories.review(store, viewer, title=story["title"], text=story["text"], significance=story["significance"])
    st.session_state[_DRAFT] = draft | {"findings": result.findings}
    for name, value in result.masked.items():
        st.session_state[f"story_masked_{name}"] = value
    focus_next("story_review")  # the form folds away: on to the masked title to check
    st.rerun()


def _held_text(name: str) -> str:
    return st.session_state.get(f"story_masked_{name}", "")


def review_step(store: Store, viewer: Viewer) -> None:
    """Step two: what masking found and the masked text to correct; nothing is stored before 'save'."""
    draft = st.session_state.get(_DRAFT)
    if not draft:
        return
    st.header(tr("stories.review"), anchor=False)
    st.info(tr("stories.review.note"))
    if draft["findings"]:
        st.markdown(f"**{tr('stories.review.found')}**")
        # A BSN is not shown back either: knowing that one was found is enough.
        found = pd.DataFrame(
            [
                {
                    tr("stories.review.kind"): finding.label,
                    tr("stories.review.text"): "•••••••••" if finding.label == "BSN" else finding.text,
                }
                for finding in draft["findings"]
            ]
        )
        safe.table(found.set_index(tr("stories.review.kind")))
    else:
        st.write(tr("stories.review.nothing"))
    # The masked texts are set from Python, so each is its widget's default as well (options.held_index).
    masked = {
        "title": st.text_input(required(tr("stories.form.title")), value=_held_text("title"), key="story_masked_title"),
        "text": st.text_area(tr("stories.form.text"), value=_held_text("text"), key="story_masked_text", height=200),
        "significance": st.text_area(
            tr("stories.form.why"), value=_held_text("significance"), key="story_masked_significance", height=90
        ),
    }
    save, back = st.columns([1, 4])
    if back.button(tr("stories.review.back")):
        del st.session_state[_DRAFT]
        st.rerun()
    if save.button(tr("vakmanschap.form.save"), type="primary"):
        try:
            stories.add_story(
                store,
                viewer,
                draft["story"],
                masked,
                indicator_ids=draft["indicator_ids"],
                step_ids=draft["step_ids"],
                marks=draft.get("marks"),
            )
        except Refused as refusal:
            st.error(refusal.text(lang()))
        else:
            del st.session_state[_DRAFT]
            st.session_state["story_saved"] = True
            focus_next("story_saved")  # the review is gone: focus on the notice that says it is saved
            st.rerun()


def saved_notice() -> None:
    if st.session_state.pop("story_saved", False):
        with st.container(key="story_saved"):
            st.success(tr("stories.saved"))


def own_marks_line(story: dict) -> str:
    """A story's own marks in one line: what it is about, how it felt, how big, whether expected."""
    return " · ".join(f"{question} {answer}" for question, answer in signification.mark_words(story, lang()))
