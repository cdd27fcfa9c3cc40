"""The shared screen on a 1280x720 projector, as the back of a meeting room sees it: the dialogue
table on two screens at most, chart text of 16 px or more, no editing controls, whole words in the
track headings."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PICTURE_TEXTS, screenshot, settled

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1280, "height": 720}
LEAST_TEXT = 16  # px
TRACKS = ["Doelmatigheid", "Betekenisgeving", "Vakmanschap"]
# The page (its URL path) and what shows it has been drawn.
PAGES = {
    "dialoogtafel": ("", "h2:has-text('Vakmanschap')"),
    "redeneerlijn": ("redeneerlijn", ".main-svg text"),
    "trends": ("trends", ".main-svg text"),
    "waarde": ("waarde", ".main-svg text"),
    "verhalen": ("verhalen", "[role='tab']"),
    "vakmanschap": ("vakmanschap", "[role='tab']"),
    "bijeenkomsten": ("bijeenkomsten", "[role='tab']"),
    "dossier": ("dossier", "[data-testid='stAlert']"),
}


@pytest.fixture
def projector(browser):
    context = browser.new_context(viewport=PROJECTOR, locale="nl-NL")
    yield context.new_page()
    context.close()


def _present(page, server_url: str, name: str) -> None:
    path, drawn = PAGES[name]
    page.goto(f"{server_url}/{path}?programma=jeugd&presentatie=1")
    expect(page.locator(drawn).first).to_be_attached(timeout=60_000)  # plotly loads slowly under CI load
    settled(page)
    expect(page.locator("[data-testid='stException']")).to_have_count(0)


def test_the_dialogue_table_fits_two_projector_screens(projector, server_url):
    _present(projector, server_url, "dialoogtafel")
    expect(projector.locator("[data-testid='stImage'] img").first).to_be_visible()
    height = projector.locator("[data-testid='stMain']").evaluate("main => main.scrollHeight")
    screenshot(projector, "shared-screen-dialogue-table")
    assert height <= 2 * PROJECTOR["height"], f"{height} px: {height / PROJECTOR['height']:.1f} screens"


@pytest.mark.parametrize("name", ["trends", "redeneerlijn", "waarde"])
def test_no_chart_text_on_the_shared_screen_is_smaller_than_16_px(projector, server_url, name):
    _present(projector, server_url, name)
    sizes = projector.locator(".main-svg text").evaluate_all(
        "texts => texts.filter(t => t.textContent.trim())"
        ".map(t => [parseFloat(getComputedStyle(t).fontSize), t.textContent])"
    )
    small = [(size, text) for size, text in sizes if size < LEAST_TEXT]
    assert sizes and not small, small[:5]


def test_no_text_in_the_dialogue_tables_trend_pictures_is_smaller_than_16_px(projector, server_url):
    _present(projector, server_url, "dialoogtafel")
    images = projector.locator("[data-testid='stImage'] img")
    expect(images.first).to_be_visible()
    sizes = [size for size, _ in images.evaluate_all(PICTURE_TEXTS)]
    assert sizes and min(sizes) >= LEAST_TEXT, f"smallest {min(sizes):.1f} px"


# Controls a page may keep on the shared screen: the way out of presentation mode, and an element's own
# view toolbar (full screen, search in a table). Navigation sits outside the page's main area.
_CONTROLS = """main => [...main.querySelectorAll('input, textarea, button, [role="tab"]')]
  .filter(control => !control.closest('[data-testid="stElementToolbar"]'))
  .map(control => (control.getAttribute('role') === 'tab' ? 'tab: ' : '')
    + (control.innerText || control.getAttribute('aria-label') || control.tagName).trim())
  .filter(name => !name.endsWith('Presentatie verlaten'))"""


@pytest.mark.parametrize("name", PAGES)
def test_the_shared_screen_draws_no_editing_controls(projector, server_url, name):
    _present(projector, server_url, name)
    controls = projector.locator("[data-testid='stMain']").evaluate(_CONTROLS)
    editing = [control for control in controls if not control.startswith("tab: ") or "Nieuw" in control]
    assert not editing, editing


# The heading's text drawn on more than one line: a word split over two lines is drawn on two.
_LINES = """async heading => {
  await document.fonts.ready;
  const range = document.createRange();
  range.selectNodeContents(heading);
  const lines = [...range.getClientRects()].filter(rect => rect.width > 0).map(rect => Math.round(rect.top));
  return new Set(lines).size;
}"""


def _track_heading_lines(page) -> dict[str, int]:
    """Lines per track heading once the page has stopped changing: a run still drawing can show a
    heading before its style sheet (seen under load), so a split is only counted when it stays."""
    expect(page.locator("[data-testid='stImage'] img").first).to_be_visible()
    for _ in range(10):
        lines = {track: page.get_by_role("heading", name=track, exact=True).evaluate(_LINES) for track in TRACKS}
        if set(lines.values()) == {1}:
            break
        page.wait_for_timeout(1_000)
    return lines


def test_track_headings_on_the_shared_screen_keep_each_word_whole(projector, server_url):
    _present(projector, server_url, "dialoogtafel")
    assert _track_heading_lines(projector) == dict.fromkeys(TRACKS, 1)


def test_track_headings_beside_the_open_sidebar_keep_each_word_whole(projector, server_url):
    projector.goto(f"{server_url}/?programma=jeugd")
    expect(projector.get_by_role("heading", name="Vakmanschap", exact=True)).to_be_visible(timeout=30_000)
    settled(projector)
    expect(projector.locator("[data-testid='stSidebar']")).to_be_visible()
    assert _track_heading_lines(projector) == dict.fromkeys(TRACKS, 1)
