"""Per-session context: the store, the language, the viewer, and the URL they live in."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Literal, NoReturn, TypeVar

import streamlit as st
from streamlit import config as streamlit_config

from impact_core.access.signin import (
    InvalidAccessFile,
    access_path,
    email_unverified,
    load_access,
    missing_auth_settings,
)
from impact_core.access.viewer import Viewer
from impact_core.config import database_path, default_language, demo_forced
from impact_core.db.store import DatabaseUnreachable, Store, open_store
from impact_core.gegevens import demo
from impact_core.i18n import LANGUAGES, Lang, label, t
from impact_core.refusal import Refused
from impact_core.samen import catalog
from impact_core.ui import safe
from impact_core.ui.options import named_choice

log = logging.getLogger(__name__)
T = TypeVar("T")


@st.cache_resource(show_spinner=False)
def _store(path: str) -> Store:
    return open_store(path)


def store() -> Store:
    path = database_path()
    if isinstance(path, Path) and not path.exists():
        st.error(tr("app.no_database"))
        st.stop()
    try:
        return _store(str(path))
    except Refused as refusal:  # the file is held by another program
        st.error(refusal.text(lang()))
        st.stop()
    except DatabaseUnreachable:  # a PostgreSQL server that does not answer, or has no such database
        log.exception("database %s unreachable", path)
        st.error(tr("app.no_database"))
        st.stop()


def release_store(current: Store) -> None:
    """Let go of the database file (a restore replaces it); the next run opens it afresh."""
    _store.clear()
    current.close()


def lang() -> Lang:
    """The session's language: the link's or the language bar's, else the installation's."""
    value = st.session_state.get("taal")
    return value if value in LANGUAGES else default_language()


def tr(key: str, **values: object) -> str:
    return t(key, lang(), **values)


DEFAULT_SEAT = "professional@wvs"


def viewer() -> Viewer:
    """The signed-in user's seat from the mapping file, in demo mode the role switch's; in
    presentation mode that seat narrowed to what the shared screen may show."""
    signed_in = st.session_state.get("_signed_in_viewer")
    seat = signed_in if signed_in is not None else Viewer.from_seat(st.session_state.get("rol", DEFAULT_SEAT))
    if presenting():
        return seat.on_shared_screen(catalog.funder(store(), seat))
    return seat


def presenting() -> bool:
    return st.session_state.get("presentatie") == "1"


def view_choice(key: str, options: list[T], draw: Callable[[], T]) -> T | None:
    """A choice of what to look at (an indicator, a meeting), drawn by ``draw`` as a widget with
    ``key``. The shared screen draws no controls: there the choice made before presenting holds,
    else the first option. Streamlit forgets the state of a widget a run does not draw, so the
    choice is also kept under a key of its own, and the widget gets it back after presenting."""
    kept = f"_kept_{key}"
    if presenting():
        chosen = st.session_state.get(kept)
        return chosen if chosen in options else next(iter(options), None)
    if key not in st.session_state and st.session_state.get(kept) in options:
        st.session_state[key] = st.session_state[kept]
    chosen = draw()
    st.session_state[kept] = chosen
    return chosen


FocusTarget = Literal[
    "presentation_start",
    "presentation_leave",
    "story_review",
    "story_saved",
    "marks_form",
    "marks_corrected",
    "marks_reopen",
]
FOCUS_KEY = "_focus_next"


def focus_next(target: FocusTarget) -> None:
    """Ask the next run to put keyboard focus on ``target`` (``context.place_focus`` does it):
    an action that removes the focused control would otherwise drop focus to the page's body."""
    st.session_state[FOCUS_KEY] = target


def _present(on: bool) -> None:
    st.session_state["presentatie"] = "1" if on else ""
    focus_next("presentation_leave" if on else "presentation_start")  # the button that undoes it


def presentation_switch() -> None:
    """Presentation mode for the shared screen: on from the sidebar, off from the page itself
    (the sidebar is folded away while presenting)."""
    seed_from_url({"presentatie": ""})
    if presenting():
        st.button(
            tr("presentation.leave"),
            icon=":material/close_fullscreen:",
            type="tertiary",
            on_click=_present,
            args=(False,),
            key="presentation_leave",
        )
    else:
        st.sidebar.button(
            tr("presentation.start"),
            icon=":material/co_present:",
            help=tr("presentation.help"),
            on_click=_present,
            args=(True,),
            width="stretch",
            key="presentation_start",
        )


SignIn = Literal["off", "on", "broken"]


def sign_in() -> SignIn:
    """Whether the secrets set up sign-in: "off" without a secrets file or without an ``[auth]``
    section, "broken" when a secrets file is there but cannot be read or its ``[auth]`` section
    lacks what ``st.login`` needs. Broken must never be taken for off: off means demo mode."""
    try:
        section = st.secrets.get("auth")
    except Exception as error:  # Streamlit raises the same error for a missing and an unreadable file
        if not any(Path(path).exists() for path in streamlit_config.get_option("secrets.files")):
            return "off"
        log.error("Sign-in is set up but the secrets cannot be read: %s", error)
        return "broken"
    if section is None:
        return "off"
    missing = missing_auth_settings(section)
    if missing:
        log.error("The [auth] section of the secrets lacks: %s", ", ".join(missing))
        return "broken"
    return "on"


def _closed(title_key: str, text_key: str) -> NoReturn:
    """A page with only the reason in it: no data, no role switch."""
    st.title(tr(title_key), anchor=False)
    st.error(tr(text_key))
    st.stop()


def seed_from_url(defaults: dict[str, str]) -> None:
    """Once per session and key, start a widget from the URL a colleague sent."""
    seeded = st.session_state.setdefault("_seeded_from_url", set())
    params = st.query_params.to_dict()
    for key, fallback in defaults.items():
        if key not in seeded:
            st.session_state[key] = params.get(key, fallback)
            seeded.add(key)


def language_from_url() -> None:
    """Before anything is drawn: the language a link asks for (?taal=en), so the navigation,
    built first, speaks it too."""
    seed_from_url({"taal": default_language()})  # IMPACT_LANGUAGE: nl-BE in a Flemish installation
    if st.session_state["taal"] not in LANGUAGES:
        st.session_state["taal"] = default_language()


def language_and_role_bar() -> None:
    """Language switch, then either the signed-in user or, in demo mode, the role switch."""
    language_from_url()
    seed_from_url({"rol": DEFAULT_SEAT})
    st.sidebar.segmented_control(
        tr("app.language"),
        LANGUAGES,
        default=st.session_state["taal"],  # see options.held_index
        key="taal",
        format_func=str.upper,
        required=True,
    )
    state = sign_in()
    if state == "broken":
        _closed("auth.broken_title", "auth.broken")
    if state == "on":
        _signed_in_user()
        return
    st.session_state.pop("_signed_in_viewer", None)
    # The role switch hands anyone every seat, beheer included: only for made-up data.
    if not (demo_forced() or demo.is_demo(store())):
        _closed("auth.required_title", "auth.required")
    seats = demo_seats(store())
    if st.session_state["rol"] not in seats:
        st.session_state["rol"] = DEFAULT_SEAT if DEFAULT_SEAT in seats else next(iter(seats))
    st.sidebar.info(tr("app.demo_banner"), icon=":material/science:")
    named_choice(tr("app.role"), seats, "rol", place=st.sidebar)


def _signed_in_user() -> None:
    """With sign-in configured the seat comes from the mapping file; the URL cannot change it."""
    st.session_state.pop("_signed_in_viewer", None)  # decided afresh on every run
    if not st.user.is_logged_in:
        st.title(tr("app.title"), anchor=False)
        st.markdown(tr("auth.please"))
        st.button(tr("auth.login"), on_click=st.login, type="primary")
        st.stop()
    try:
        access = load_access(access_path())
    except InvalidAccessFile as problem:
        # The details name other users' addresses: they go to the administrator's log, not the page.
        log.error("%s", problem)
        st.error(tr("auth.access_file_broken"))
        st.button(tr("auth.logout"), on_click=st.logout)
        st.stop()
    claims = st.user.to_dict()
    email = claims.get("email")
    who = email if isinstance(email, str) and email else "?"
    signed_in = access.viewer_for_claims(claims)
    if signed_in is None:
        st.error(
            tr("auth.email_unverified" if email_unverified(claims) else "auth.no_access", who=safe.escape_markdown(who))
        )
        st.button(tr("auth.logout"), on_click=st.logout)
        st.stop()
    st.session_state["_signed_in_viewer"] = signed_in
    seats = demo_seats(store())
    st.sidebar.caption(tr("auth.signed_in_as", who=who, seat=seats.get(signed_in.seat, signed_in.seat)))
    st.sidebar.button(tr("auth.logout"), on_click=st.logout)


def demo_seats(store: Store) -> dict[str, str]:
    """Seat (``role@whose``) -> what the role switch shows, e.g. 'Gemeente · Rivierdorp'."""
    return {viewer.seat: f"{label('role', viewer.role, lang())} · {name}" for viewer, name in demo.seats(store)}


def url_state() -> dict[str, str]:
    """Language and role as URL parameters, left out when they are the default (the installation's
    language: a link that chose Dutch on a Flemish installation says so)."""
    state = {"presentatie": "1"} if presenting() else {}
    if lang() != default_language():
        state["taal"] = lang()
    if "_signed_in_viewer" not in st.session_state and st.session_state.get("rol", DEFAULT_SEAT) != DEFAULT_SEAT:
        state["rol"] = st.session_state["rol"]
    return state
