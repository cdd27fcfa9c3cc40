"""A real streamlit server on a free local port, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from benchmarks.harness import CHROMIUM, ROOT, launch_chromium, streamlit_server
from impact_core.db.store import Store
from tests.conftest import copy_demo

ARTIFACTS = ROOT / "test-artifacts"


@contextmanager
def running_server(database: Path, **env: str) -> Iterator[str]:
    """``streamlit run app.py`` over this database until the block ends; yields its address."""
    with streamlit_server(database, timeout=60, **env) as (url, _):
        yield url


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory, demo_db: Path, browser) -> Iterator[str]:
    # The server gets a database file of its own: DuckDB lets one process hold a file.
    database = copy_demo(demo_db, tmp_path_factory.mktemp("server") / "demo.duckdb")
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
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


def label(name: str) -> re.Pattern[str]:
    """A field's label whole, with or without the star that marks a required field."""
    return re.compile(rf"^{re.escape(name)}( \*)?$")


# A picture (an <img> of SVG) keeps its words inside: each text with the size it shows at, its size
# in the picture times the scale the picture is drawn at. [[size in px, text], ...] over all images.
PICTURE_TEXTS = """async images => {
  const found = [];
  for (const image of images) {
    const picture = new DOMParser().parseFromString(await (await fetch(image.src)).text(), 'image/svg+xml');
    const drawnWidth = Number(picture.documentElement.getAttribute('viewBox').split(' ')[2]);
    const scale = image.getBoundingClientRect().width / drawnWidth;
    for (const text of picture.querySelectorAll('text')) {
      found.push([Number(text.closest('[font-size]').getAttribute('font-size')) * scale, text.textContent]);
    }
  }
  return found;
}"""


def screenshot(page, name: str) -> Path:
    """Keep what a person would see, for looking at after the run."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# True once the app has been idle (no run, no status widget) for ``quiet`` ms since the first call
# with this token: a run that an action just asked for can take a moment to start, and an idle
# page seen in that moment is not settled.
_QUIET_FOR = """([token, quiet]) => {
  const now = performance.now();
  if (window.__settleToken !== token) { window.__settleToken = token; window.__busyAt = now; }
  const app = document.querySelector('[data-testid="stApp"]');
  const busy = app === null || app.getAttribute('data-test-script-state') !== 'notRunning'
    || document.querySelector('[data-testid="stStatusWidget"]') !== null;
  if (busy) { window.__busyAt = now; return false; }
  return now - window.__busyAt >= quiet;
}"""
_settle_count = itertools.count()


def settled(page, quiet_ms: int = 250) -> None:
    """Wait until the page has finished its run and stayed idle a moment: a click or a fill while
    it still runs, or just before a run it asked for starts, can be lost or drawn over when that
    run ends (seen under CI load)."""
    page.wait_for_function(_QUIET_FOR, arg=[next(_settle_count), quiet_ms], polling=50, timeout=30_000)


def open_tab(page, name: str) -> None:
    """Click the tab ``name`` once the page is settled, and again when a run that ended just then
    drew the tab bar over the click (seen once in CI after a save: the status widget had gone,
    the save's last run had not)."""
    from playwright.sync_api import expect

    tab = page.get_by_role("tab", name=name)
    for _ in range(3):
        settled(page)
        tab.click()
        try:
            expect(tab).to_have_attribute("aria-selected", "true", timeout=5_000)
            return
        except AssertionError:
            continue
    expect(tab).to_have_attribute("aria-selected", "true", timeout=5_000)


def click_until(page, button, shown, attempts: int = 3) -> None:
    """Click ``button`` once the page is settled until ``shown`` appears, and again while the
    button is still there: a click that lands as a run ends can be drawn over (seen in CI on
    "Ronde afronden"). For actions that a second click cannot do twice."""
    from playwright.sync_api import expect

    for _ in range(attempts):
        settled(page)
        if shown.count():
            return
        button.click()
        try:
            expect(shown).to_be_visible(timeout=10_000)
            return
        except AssertionError:
            if not button.count():
                break
    expect(shown).to_be_visible(timeout=30_000)
