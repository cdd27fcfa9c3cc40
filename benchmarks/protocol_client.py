"""A Streamlit session without a browser: Streamlit's own websocket protocol, spoken from Python.

The server cannot tell this client from a browser tab: it connects to ``/_stcore/stream``
(subprotocol ``streamlit``), asks for a run with a ``BackMsg.rerun_script`` and reads
``ForwardMsg``s until ``script_finished``. What the browser's front end does between runs, this
client does too, so that a rerun costs the server the same:

- **every widget's value on every rerun.** The front end sends the state of every widget of the
  last run, not only the one that changed; the app counts on it (its language switch's value
  lives in the widget state: without it the next run stops with a KeyError). A widget's value
  is the value the server pushed (``set_value``), else the one it had, else its default.
- **the URL**: the query string the app last wrote (``page_info_changed``) goes back with the
  next rerun, with the page's script hash, as the address bar does.
- **the message cache**: the hashes of the elements it keeps, so the server sends a reference
  (``ref_hash``) instead of an element the client already has.

Only the widget kinds the app's sidebar uses are understood (select box, multiselect, button
group; buttons are only sent when clicked); any other widget stops the client with an error,
so a benchmark never silently sends a rerun the browser would not.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any, Self

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

# Widgets that are sent only at the moment they are clicked, never as a standing value.
_TRIGGERS = frozenset({"button", "download_button", "form_submit_button", "link_button", "page_link"})
_DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}
_MARKDOWN_ESCAPE = re.compile(r"\\(.)")


class ProtocolError(RuntimeError):
    """The client met something it cannot answer as a browser would."""


@dataclass
class Rerun:
    """One run of the script as the client saw it, from its request to ``script_finished``."""

    seconds: float
    messages: int  # ForwardMsgs received, references included
    bytes: int
    headings: list[tuple[str, str]] = field(default_factory=list)  # (tag, text): ("h1", "Wijkgericht werken")
    texts: list[str] = field(default_factory=list)  # every Markdown element's text, as sent
    exceptions: list[str] = field(default_factory=list)
    status: int = ForwardMsg.FINISHED_SUCCESSFULLY

    @property
    def title(self) -> str | None:
        """The page's h1, as a reader sees it (Markdown escapes removed)."""
        return next((text for tag, text in self.headings if tag == "h1"), None)

    @property
    def ok(self) -> bool:
        return self.status == ForwardMsg.FINISHED_SUCCESSFULLY and not self.exceptions


@dataclass
class _Widget:
    id: str
    kind: str
    label: str
    options: list[str]
    state: WidgetState | None  # None: no value yet (a select box showing its placeholder), nothing to send


def _options(kind: str, element: Any) -> list[str]:
    if kind == "button_group":
        return [option.content for option in element.options]
    return list(element.options)


def _state(kind: str, element: Any, options: list[str], known: WidgetState | None) -> WidgetState | None:
    """The value the front end holds for this widget after drawing it."""
    state = WidgetState(id=element.id)
    if kind == "selectbox":
        if element.set_value:
            if not element.HasField("raw_value"):
                return None  # the server cleared it
            state.string_value = element.raw_value
        elif known is not None:
            return known
        elif element.HasField("default"):
            state.string_value = options[element.default]
        else:
            return None  # no choice yet (a placeholder): nothing to send
        return state
    if element.set_value:
        values = list(element.raw_values)
    elif known is not None:
        return known
    else:
        values = [options[index] for index in element.default]
    state.string_array_value.data[:] = values
    return state


class Session:
    """One open session on a Streamlit server; ``await Session.open(url)`` runs the first page."""

    def __init__(self, socket: ClientConnection) -> None:
        self._socket = socket
        self._widgets: dict[str, _Widget] = {}  # of the last run, by widget id
        self._cache: dict[str, ForwardMsg] = {}  # cacheable elements by hash, as the front end keeps them
        self.query_string = ""
        self.page_script_hash = ""

    @classmethod
    async def open(cls, url: str, *, page: str = "", query_string: str = "") -> tuple[Self, Rerun]:
        """Connect to the server at ``url`` (http://host:port) and run ``page`` ("" is the default page)."""
        socket = await connect(
            f"{url.replace('http', 'ws', 1)}/_stcore/stream", subprotocols=[Subprotocol("streamlit")], max_size=None
        )
        session = cls(socket)
        session.query_string = query_string
        first = BackMsg()
        first.rerun_script.query_string = query_string
        first.rerun_script.page_name = page
        return session, await session._run(first)

    async def close(self) -> None:
        await self._socket.close()

    def widget(self, label: str) -> _Widget:
        found = [widget for widget in self._widgets.values() if widget.label == label]
        if len(found) != 1:
            raise ProtocolError(f"{len(found)} widgets labelled {label!r} in the last run")
        return found[0]

    def options(self, label: str) -> list[str]:
        return self.widget(label).options

    async def choose(self, label: str, option: str) -> Rerun:
        """Pick ``option`` (as shown) in the select box ``label``: the rerun the browser asks for,
        timed from sending it until the run is finished."""
        widget = self.widget(label)
        if widget.kind != "selectbox" or option not in widget.options:
            raise ProtocolError(f"{option!r} is not an option of the select box {label!r}: {widget.options}")
        return await self._run(self._rerun(WidgetState(id=widget.id, string_value=option)))

    def _rerun(self, changed: WidgetState) -> BackMsg:
        message = BackMsg()
        rerun = message.rerun_script
        rerun.query_string = self.query_string
        rerun.page_script_hash = self.page_script_hash
        for widget in self._widgets.values():
            state = changed if widget.id == changed.id else widget.state
            if state is not None:
                rerun.widget_states.widgets.append(state)
        rerun.cached_message_hashes.extend(self._cache)
        return message

    async def _run(self, request: BackMsg) -> Rerun:
        seen: dict[str, _Widget] = {}
        started = time.perf_counter()
        await self._socket.send(request.SerializeToString())
        rerun = Rerun(seconds=0.0, messages=0, bytes=0)
        while True:
            data = await self._socket.recv(decode=False)
            message = ForwardMsg()
            message.ParseFromString(data)
            rerun.messages += 1
            rerun.bytes += len(data)
            kind = message.WhichOneof("type")
            if kind == "script_finished":
                if message.script_finished in _DONE:
                    rerun.seconds = time.perf_counter() - started
                    rerun.status = message.script_finished
                    self._widgets = seen
                    return rerun
                seen = {}  # ended early for a rerun the script asked for: the next run is the one drawn
                continue
            if kind == "ref_hash":
                if message.ref_hash not in self._cache:
                    raise ProtocolError(f"the server referred to an element the client never had: {message.ref_hash}")
                message = self._cache[message.ref_hash]
                kind = message.WhichOneof("type")
            elif message.metadata.cacheable:
                self._cache[message.hash] = message
            if kind == "new_session":
                self.page_script_hash = message.new_session.page_script_hash
            elif kind == "page_info_changed":
                self.query_string = message.page_info_changed.query_string
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                self._element(message.delta.new_element, rerun, seen)

    def _element(self, element: Any, rerun: Rerun, seen: dict[str, _Widget]) -> None:
        kind = element.WhichOneof("type")
        body = getattr(element, kind)
        if kind == "heading":
            rerun.headings.append((body.tag, _MARKDOWN_ESCAPE.sub(r"\1", body.body)))
        elif kind == "markdown":
            rerun.texts.append(body.body)
        elif kind == "exception":
            rerun.exceptions.append(f"{body.type}: {body.message}")
        elif kind in _TRIGGERS:
            return
        elif "form_id" in body.DESCRIPTOR.fields_by_name and "id" in body.DESCRIPTOR.fields_by_name:  # a widget
            if kind not in ("selectbox", "multiselect", "button_group"):
                raise ProtocolError(f"widget kind {kind!r} ({body.label!r}) is not understood by this client")
            options = _options(kind, body)
            known = self._widgets.get(body.id)
            state = _state(kind, body, options, known.state if known else None)
            seen[body.id] = _Widget(body.id, kind, body.label, options, state)
