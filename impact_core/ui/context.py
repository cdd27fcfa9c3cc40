"""What every page needs: the store, the viewer and the filters chosen in the sidebar."""

from __future__ import annotations

import runpy
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import get_script_run_ctx

from impact_core.access.viewer import Viewer
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.i18n import Lang, label, month_name
from impact_core.refusal import Refused
from impact_core.samen import catalog
from impact_core.ui import safe
from impact_core.ui.session import FOCUS_KEY, FocusTarget, lang, store, tr, viewer

_INSIDE_APP = "_inside_app"


def remember(filters: Filters) -> None:
    st.session_state["_filters"] = filters


@contextmanager
def app_shell() -> Iterator[None]:
    """app.py runs the chosen page inside this; a page finds the mark and knows sign-in, the
    role and the filters were settled in this very run. A refusal the page did not catch is
    shown in the reader's language; whatever it refused was not written."""
    st.session_state[_INSIDE_APP] = True
    try:
        yield
    except Refused as refusal:  # one a page did not catch itself (masking unavailable, say): said, not a traceback
        st.error(refusal.text(lang()))
    finally:
        st.session_state.pop(_INSIDE_APP, None)


def inside_app() -> None:
    """Run a page that Streamlit started on its own through app.py instead.

    Until ``st.navigation`` has run once in a server process, Streamlit treats ``pages/`` as
    its old multipage folder and runs a linked page by itself: no sign-in, no role, no
    filters. Then this runs app.py in its place (it opens the same page by its URL path, and
    ends the old mode for the whole process, as ``st.navigation`` always does) and stops the
    stray run. In the same run, so nothing the visitor did is lost."""
    if st.session_state.get(_INSIDE_APP):
        return
    context = get_script_run_ctx()
    if context is None:  # bare mode: no app to run
        return
    PagesManager.uses_pages_directory = False
    runpy.run_path(str(context.pages_manager.main_script_path), run_name="__main__")
    st.stop()


def current() -> tuple[Store, Viewer, Filters]:
    inside_app()
    return store(), viewer(), st.session_state["_filters"]


def chosen_programme(store: Store, viewer: Viewer, filters: Filters) -> pd.Series:
    """The programme in the filter bar; without one the page says so and goes no further."""
    programme = catalog.programme(store, viewer, filters.programme)
    if programme is None:
        st.info(tr("dialogue.choose_programme"))
        st.stop()
    return programme


def programme_header(store: Store, programme: pd.Series, filters: Filters) -> None:
    # Names and step descriptions are user text (a step is editable by the municipality): escaped,
    # so a crafted name shows literally instead of loading an image or a link.
    st.title(safe.escape_markdown(programme["name"]), anchor=False)
    period = tr("all.period", start=month_name(filters.start, lang()), end=month_name(filters.end, lang()))
    names = dict(catalog.neighbourhoods(store, viewer()).itertuples(index=False))
    places = safe.escape_markdown(", ".join(names.get(code, code) for code in filters.neighbourhoods)) or tr(
        "filter.neighbourhoods_all"
    )
    st.markdown(
        tr(
            "dialogue.subtitle",
            pyramid_level=label("pyramid_level", programme["pyramid_level"], lang()),
            target_group=label("target_group", programme["target_group"], lang()),
            period=period,
            neighbourhoods=places,
        )
    )
    if filters.outcome:
        outcome = catalog.outcomes(store, viewer(), filters.programme).get(filters.outcome, filters.outcome)
        st.header(tr("dialogue.outcome", outcome=safe.escape_markdown(outcome)), anchor=False)


_SCRIPT_FRAME = "impactdialoog-script"  # the frames' title, by which apply_style folds them away


def _run_script(script: str) -> None:
    """A constant script (no user text ever reaches one), run in a frame of its own rather than in
    the page, out of the tab order and folded away by ``apply_style``. ``st.iframe``, not
    ``components.v1.html``, which Streamlit deprecated and which wrote a warning to the server's
    log on every run."""
    st.iframe(script, height=1, tab_index=-1, alt=_SCRIPT_FRAME)


# One constant script per language, run in a frame of its own (``_run_script``).
_LANGUAGE_SCRIPTS: dict[Lang, str] = {
    "nl": "<script>window.parent.document.documentElement.lang = 'nl';</script>",
    "nl-BE": "<script>window.parent.document.documentElement.lang = 'nl-BE';</script>",
    "en": "<script>window.parent.document.documentElement.lang = 'en';</script>",
}


def page_language(language: Lang) -> None:
    """The page's ``lang`` in the language chosen, so a screen reader reads Dutch as Dutch (WCAG 3.1.1).
    Streamlit writes ``<html lang="en">`` and has no setting for it; only a script can change the
    document's own element."""
    _run_script(_LANGUAGE_SCRIPTS[language])


# Where focus goes after an action that removes the focused control (WCAG 2.4.3): the control
# the user acts with next. One constant script per target, run in a frame like the language's;
# it waits for the target (drawn in the same run) and focuses it.
_FOCUS_TARGETS: dict[FocusTarget, str] = {
    "presentation_start": ".st-key-presentation_start button",
    "presentation_leave": ".st-key-presentation_leave button",
    "story_review": ".st-key-story_masked_title input",
    "story_saved": ".st-key-story_saved",
    "marks_form": '[class*="st-key-marks_"][class*="_marked_by"] [role="radiogroup"]',  # a form has no key class
    "marks_corrected": ".st-key-marks_corrected",
    "marks_reopen": ".st-key-marks_reopen button",
}
_FOCUS_SCRIPT = (
    "<script>(function find(tries) {{"
    " const target = window.parent.document.querySelector('{selector}');"
    " if (target) {{ if (target.tabIndex < 0) {{ target.setAttribute('tabindex', '-1'); }} target.focus(); }}"
    " else if (tries > 0) {{ setTimeout(() => find(tries - 1), 100); }}"
    " }})(30);</script>"
)
_FOCUS_SCRIPTS: dict[FocusTarget, str] = {
    target: _FOCUS_SCRIPT.format(selector=selector) for target, selector in _FOCUS_TARGETS.items()
}


def place_focus() -> None:
    """Put focus where ``session.focus_next`` asked, once: the run after the action, at the end
    of the page so the target is drawn. Streamlit has no way to focus an element; only a script
    in a frame can."""
    target = st.session_state.pop(FOCUS_KEY, None)
    if target in _FOCUS_SCRIPTS:
        _run_script(_FOCUS_SCRIPTS[target])


def apply_style(*, presenting: bool) -> None:
    """Type that reads from the back of a meeting room; our own CSS, never user text."""
    # Streamlit draws captions in the text colour at 60% opacity: 4.0:1 on white and 3.9:1 in the
    # sidebar, under WCAG's 4.5:1. The palette's MUTED ink (tests/test_charts.py keeps it in step)
    # reads 5.8:1 and 5.3:1.
    st.html(
        """
        <style>
          .stMainBlockContainer { padding-top: 2.5rem; }
          [data-testid="stMarkdownContainer"] p { font-size: 1.05rem; line-height: 1.5; }
          [data-testid="stCaptionContainer"] { font-size: 0.95rem; color: #5b6675; opacity: 1; }
          [data-testid="stSidebar"] h2 { font-size: 1.25rem; }
          /* Keyboard focus that shows (WCAG 2.4.7): Streamlit drew none in the main area and a 20%
             grey shadow (1.5:1) on the top navigation. One ring in the ink, 14.5:1 on white. */
          :focus-visible { outline: 3px solid #1f2a37 !important; outline-offset: 2px !important; }
          /* Round a field's whole box: the input inside is clipped by it, a radio's input hidden. */
          [role="group"]:has(input[role="combobox"]:focus-visible),
          [data-testid="stTextInputRootElement"]:has(input:focus-visible),
          [data-testid="stTextAreaRootElement"]:has(textarea:focus-visible),
          [data-testid="stNumberInputContainer"]:has(input:focus-visible),
          label:has(> span > input:focus-visible) { outline: 3px solid #1f2a37; outline-offset: 2px; }
          [role="group"] input[role="combobox"]:focus-visible, [data-testid="stTextInputRootElement"] input,
          [data-testid="stTextAreaRootElement"] textarea, [data-testid="stNumberInputContainer"] input,
          label > span > input { outline: none !important; }
          /* A chart's toolbar showed on hover only: its focused fullscreen button was invisible. */
          [data-testid="stElementToolbar"]:focus-within { opacity: 1 !important; }
          /* A folded sidebar (narrow windows, 200% zoom) kept its fields as unseen tab stops. */
          [data-testid="stSidebar"][data-collapsed="true"] { visibility: hidden; }
          /* The frames of the scripts (language, focus): nothing to see, and no gap in the page. A
             frame out of sight still runs its script. */
          [data-testid="stElementContainer"]:has(iframe[title="impactdialoog-script"]) { display: none; }
        </style>
        """
    )
    if presenting:
        # The shared screen: larger type still, and the controls folded away.
        st.html(
            """
            <style>
              [data-testid="stToolbarActions"], [data-testid="stMainMenu"] { display: none; }
              /* Below 768 px (a laptop at 200% zoom) Streamlit moves the top navigation into the
                 sidebar: the sidebar's button stays there, or no page could be reached (WCAG 1.4.10). */
              @media (min-width: 768px) {
                [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
                [data-testid="stExpandSidebarButton"] { display: none; }
              }
              .stMainBlockContainer { max-width: 100%; padding: 4rem 2.5rem 1.5rem; }
              [data-testid="stMarkdownContainer"] p, [data-testid="stText"] { font-size: 1.3rem; line-height: 1.45; }
              [data-testid="stCaptionContainer"] { font-size: 1.2rem; }
              h1 { font-size: 3rem !important; }
              h2 { font-size: 2.2rem !important; }
              h3 { font-size: 1.8rem !important; }
              [data-testid="stExpander"] summary p { font-size: 1.3rem; }
              /* The dialogue table's three columns of about 370 px at 1280x720: type that still reads
                 from the back (18 px), lines that fit a column, cards closer together. */
              [class*="st-key-track-"] [data-testid="stMarkdownContainer"] p,
              [class*="st-key-track-"] [data-testid="stCaptionContainer"] { font-size: 1.15rem; line-height: 1.35; }
              [class*="st-key-track-"] [data-testid="stVerticalBlock"] { gap: 0.6rem; }
              /* Static tables (stories per domain, the funnel, a round's tally) wrote 14 px. */
              [data-testid="stTable"] th, [data-testid="stTable"] td { font-size: 1.15rem; }
            </style>
            """
        )


def track_heading_style() -> None:
    """A track's name is one word; with the sidebar open at 1280 px ("Doelmatighei d") or large
    type on the shared screen it broke inside that word. Each track column (a container keyed
    ``track-...``) is a size container, its heading scales with the column (cqi) and never breaks
    inside a word."""
    st.html(
        """
        <style>
          [class*="st-key-track-"] { container-type: inline-size; }
          [class*="st-key-track-"] h2 {
            font-size: min(2.25rem, 10.5cqi) !important;
            overflow-wrap: normal; word-break: keep-all; hyphens: manual;
          }
        </style>
        """
    )
