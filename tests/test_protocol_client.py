"""The benchmark's browserless session (benchmarks/protocol_client.py) really drives the app: a
programme change it sends is applied and drawn, so the load figure cannot time reruns that did
nothing or stopped with an error."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.harness import streamlit_server
from benchmarks.protocol_client import ProtocolError, Rerun, Session
from benchmarks.server import programme_names
from tests.conftest import copy_demo

Server = tuple[str, dict[str, str]]  # its address, and the programme names by id


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, demo_db: Path) -> Iterator[Server]:
    # The server gets a file of its own: DuckDB lets one process hold a file.
    database = copy_demo(demo_db, tmp_path_factory.mktemp("protocol") / "demo.duckdb")
    names = programme_names(database)
    with streamlit_server(database, timeout=60) as (url, _):
        yield url, names


def _open_and_choose(url: str, *options: str) -> tuple[Rerun, list[Rerun], Session]:
    """Open the dialogue table, then choose each programme in turn in the sidebar."""

    async def scenario() -> tuple[Rerun, list[Rerun], Session]:
        session, first = await Session.open(url)
        try:
            return first, [await session.choose("Programma", option) for option in options], session
        finally:
            await session.close()

    return asyncio.run(scenario())


def test_a_session_opens_the_dialogue_table(server: Server) -> None:
    url, names = server
    first, _, _ = _open_and_choose(url, names["wijk"])
    assert first.ok, first.exceptions
    assert first.title in names.values()
    assert {"Doelmatigheid", "Betekenisgeving", "Vakmanschap"} <= {text for tag, text in first.headings if tag == "h2"}


@pytest.mark.parametrize("programme", ["jeugd", "wijk"])
def test_choosing_a_programme_reruns_the_page_with_its_title(server: Server, programme: str) -> None:
    url, names = server
    first, [changed], session = _open_and_choose(url, names[programme])
    assert first.title != names[programme]  # the default programme is another one: a change to see
    assert changed.ok, changed.exceptions
    assert changed.title == names[programme]
    assert f"programma={programme}" in session.query_string  # the app wrote the URL, as for a browser


def test_every_change_in_a_row_is_applied(server: Server) -> None:
    """As the benchmark alternates: each rerun must carry every widget's value, as the browser's
    does (the app keeps its language in a widget), not only the one that changed."""
    url, names = server
    chosen = [names[programme] for programme in ("jeugd", "wijk", "jeugd", "wijk")]
    _, changes, _ = _open_and_choose(url, *chosen)
    assert [(change.ok, change.title, change.exceptions) for change in changes] == [(True, name, []) for name in chosen]


def test_a_change_is_timed_until_the_run_is_finished(server: Server) -> None:
    url, names = server
    _, [changed], _ = _open_and_choose(url, names["jeugd"])
    assert changed.seconds > 0
    assert changed.messages > 20  # the whole page is drawn again: dozens of elements
    assert changed.bytes > 10_000


def test_an_option_the_select_box_does_not_have_is_refused(server: Server) -> None:
    with pytest.raises(ProtocolError, match="not an option"):
        _open_and_choose(server[0], "Een programma dat er niet is")
