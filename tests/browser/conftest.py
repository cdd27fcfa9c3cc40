"""A real streamlit server on a free local port, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from impact_core.db.store import Store
from impact_core.gegevens.demo import build_demo

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(url: str, server: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit stopped: {log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not become healthy at {url}")


@contextmanager
def running_server(database: Path, **env: str) -> Iterator[str]:
    """``streamlit run app.py`` on a free port over this database, until the block ends."""
    port = _free_port()
    # The server writes to a file: an unread pipe fills up and then blocks the server.
    log = database.with_name(f"streamlit-{port}.log")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env={**os.environ, "IMPACT_DB": str(database), **env},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server, log)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a rerun still loading deduce does not stop at once
            server.kill()
            server.wait()


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory, browser) -> Iterator[str]:
    # The server gets a database file of its own: DuckDB lets one process hold a file.
    database = tmp_path_factory.mktemp("server") / "demo.duckdb"
    build_demo(database)
    _add_hostile_story(database)
    with running_server(database) as url:
        _first_visit(browser, url)
        yield url


HOSTILE_TITLE = "Titel <b>vet</b> [link](https://voorbeeld.invalid)"
HOSTILE_TEXT = '<script>window.hacked = 1</script><img src=x onerror="window.hacked = 2"> **sterk** _schuin_'


def _add_hostile_story(database: Path) -> None:
    """A consented story whose text is full of markup, selected so that it shows first."""
    store = Store(database)
    try:
        # Columns named: later migrations add columns (the masked versions, here as hostile as the raw text).
        store.write(
            lambda cur: cur.execute(
                "INSERT INTO story (id, title, text, storyteller_role, collected_by, collected_on, programme_id,"
                " domain, significance, valence, intention, directness, consent, read_back, selected_level,"
                " masked_title, masked_text, masked_significance)"
                " VALUES ('V-HOSTILE', $1, $2, 'bewoner', 'test', current_date - 1, 'ouderen', 'Sociale contacten',"
                " $3, 'positief', 'bedoeld', 'direct', 'openbaar', TRUE, 'gemeente', $1, $2, $3)",
                [HOSTILE_TITLE, HOSTILE_TEXT, "<i>waarom</i> :red[rood]"],
            )
        )
    finally:
        store.close()


def _first_visit(browser, url: str) -> None:
    """Streamlit learns the pages of st.navigation in the first session it runs; a deep
    link opened before that shows 'Page not found'. Real users meet a warm server."""
    page = browser.new_page()
    try:
        page.goto(url)
        page.get_by_role("heading", name="Doelmatigheid").wait_for(timeout=60_000)
    finally:
        page.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium ontbreekt: installeer het met 'apt-get install chromium' (of draai make test als root).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    """Keep what a person would see, for looking at after the run."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
