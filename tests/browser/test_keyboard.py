"""With the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7): change the programme, open a page from
the top navigation, turn presentation mode on and off, and save a story. No mouse, no click, no
fill: Tab, arrows, Enter and typed keys. At every step the focused element shows a ring of at
least 2 px whose colour stands out 3:1 against what is behind it (1.4.11), on an element a person
can see; after an action that removes the focused control, focus lands on the control used next
instead of falling to the page's body."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import label, screenshot, settled

pytestmark = pytest.mark.browser

MAX_TABS = 40  # more stops than this before the target: it is not there

# The focused element and its ring: the element itself or, where Streamlit hides or clips the
# element (a radio's input, the text inside a field's box), the nearest ancestor drawing one.
_FOCUS = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  let ring = element;
  for (let up = 0; ring && up < 4 && getComputedStyle(ring).outlineStyle === 'none'; up++) ring = ring.parentElement;
  if (!ring || getComputedStyle(ring).outlineStyle === 'none') ring = element;
  const style = getComputedStyle(ring);
  let opacity = 1;
  let hidden = false;
  for (let node = ring; node; node = node.parentElement) {
    const own = getComputedStyle(node);
    opacity *= parseFloat(own.opacity);
    hidden = hidden || own.visibility === 'hidden' || own.display === 'none';
  }
  let background = 'rgb(255, 255, 255)';
  for (let node = ring.parentElement; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') { background = colour; break; }
  }
  const box = ring.getBoundingClientRect();
  const label = element.getAttribute('aria-label') || element.innerText || element.getAttribute('title') || '';
  return {
    name: label.replace(/\\s+/g, ' ').trim(),
    tag: element.tagName.toLowerCase(),
    outline: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    colour: style.outlineColor,
    background: background,
    opacity: opacity,
    hidden: hidden,
    size: [box.width, box.height],
  };
}"""


def _channels(colour: str) -> tuple[float, float, float, float]:
    parts = [float(part) for part in re.findall(r"[\d.]+", colour)]
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 1.0)


def _luminance(red: float, green: float, blue: float) -> float:
    def linear(channel: float) -> float:
        channel /= 255
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(foreground: str, background: str) -> float:
    """WCAG's contrast ratio; a translucent foreground is first laid over the background."""
    red, green, blue, alpha = _channels(foreground)
    under = _channels(background)[:3]
    laid = [alpha * own + (1 - alpha) * behind for own, behind in zip((red, green, blue), under, strict=True)]
    lighter, darker = sorted((_luminance(*laid), _luminance(*under)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_is_wcags_ratio():
    assert round(contrast("rgb(31, 42, 55)", "rgb(255, 255, 255)"), 1) == 14.5
    assert round(contrast("rgba(38, 39, 48, 0.2)", "rgb(255, 255, 255)"), 1) == 1.5


def visible_focus(page) -> dict:
    """The focused element, after checking a person sees where focus is."""
    focus = page.evaluate(_FOCUS)
    assert focus is not None, "focus fell to the page's body"
    where = f"{focus['tag']} '{focus['name'][:60]}'"
    assert focus["outline"] != "none" and focus["width"] >= 2, f"no focus ring on {where}: {focus}"
    assert contrast(focus["colour"], focus["background"]) >= 3, f"faint focus ring on {where}: {focus}"
    assert focus["opacity"] > 0.9 and not focus["hidden"], f"{where} is focused but not shown: {focus}"
    assert min(focus["size"]) > 1, f"{where} is focused but has no size: {focus}"
    return focus


def press(page, key: str) -> dict:
    page.keyboard.press(key)
    page.wait_for_timeout(60)
    return visible_focus(page)


def tab_to(page, name: str) -> dict:
    """Tab until the element named ``name`` (a pattern) has focus; every stop on the way shows it."""
    seen = []
    for _ in range(MAX_TABS):
        focus = press(page, "Tab")
        if re.search(name, focus["name"]):
            return focus
        seen.append(focus["name"][:30])
    raise AssertionError(f"Tab never reached '{name}'; it passed {seen}")


def focus_lands_on(page, name: str) -> dict:
    """After a rerun, focus is on the element named ``name``: not on the body, and visibly."""
    settled(page)
    page.wait_for_function("() => document.activeElement !== document.body", timeout=10_000)
    focus = visible_focus(page)
    assert re.search(name, focus["name"]), f"focus went to '{focus['name'][:60]}', not '{name}'"
    return focus


def _open(page, url: str, heading: str) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible(timeout=30_000)
    # Streamlit loads the code of a kind of element when it first draws one: in a fresh browser
    # the heading shows before the sidebar's lists and the app's style sheet (with the focus ring).
    expect(page.get_by_role("combobox", name="Programma").first).to_be_visible(timeout=30_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('style')].some(s => s.textContent.includes(':focus-visible'))",
        timeout=30_000,
    )
    settled(page)


def test_the_programme_is_changed_in_the_sidebar_with_the_keyboard(page, server_url):
    _open(page, f"{server_url}/?programma=jeugd", "Perspectief voor kinderen en jongeren (0-27 jaar)")
    tab_to(page, "^Programma$")
    press(page, "ArrowDown")  # opens the list on the first option
    expect(page.get_by_role("listbox")).to_be_visible()
    page.keyboard.type("Wijk")  # typing narrows the list
    expect(page.get_by_role("option")).to_have_count(1)
    press(page, "ArrowDown")
    press(page, "Enter")
    expect(page.get_by_role("heading", name="Wijk- en buurtgerichte aanpak", level=1)).to_be_visible(timeout=30_000)
    expect(page).to_have_url(re.compile(r"programma=wijk"))
    focus_lands_on(page, "^Programma$")


def test_a_page_is_opened_from_the_top_navigation_with_the_keyboard(page, server_url):
    _open(page, f"{server_url}/?programma=jeugd", "Perspectief voor kinderen en jongeren (0-27 jaar)")
    tab_to(page, "^Betekenisgeving$")
    assert re.search("Verhalen", press(page, "Enter")["name"]), "the menu opens on its first page"
    assert re.search("Selectierondes", press(page, "ArrowDown")["name"])
    screenshot(page, "keyboard-top-navigation")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Selectierondes", level=1)).to_be_visible(timeout=30_000)
    expect(page).to_have_url(re.compile(r"/selectierondes"))


def test_presentation_mode_goes_on_and_off_with_the_keyboard_and_focus_stays_on_the_switch(page, server_url):
    _open(page, f"{server_url}/?programma=jeugd", "Perspectief voor kinderen en jongeren (0-27 jaar)")
    tab_to(page, "Presentatiemodus")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"presentatie=1"), timeout=30_000)
    expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
    focus_lands_on(page, "Presentatie verlaten")
    screenshot(page, "keyboard-presentation-focus")

    page.keyboard.press("Space")
    expect(page.locator("[data-testid='stSidebar']")).to_be_visible(timeout=30_000)
    expect(page).not_to_have_url(re.compile(r"presentatie=1"))
    focus_lands_on(page, "Presentatiemodus")


def test_a_story_is_checked_and_saved_with_the_keyboard(page, server_url):
    marker = f"toetsenbord-{uuid.uuid4().hex[:6]}"
    _open(page, f"{server_url}/verhalen?programma=wijk", "Verhalen")
    tab_to(page, "^Overzicht$")
    # Each arrow moves to the next tab and opens it with a rerun: a person sees it open before the next.
    for name in ("Zoeken", "Alle verhalen", "Nieuw verhaal"):
        focus = press(page, "ArrowRight")
        assert focus["name"] == name
        expect(page.get_by_role("tab", name=name)).to_have_attribute("aria-selected", "true")
        settled(page)
    expect(page.get_by_label(label("Titel"))).to_be_visible(timeout=60_000)
    # Until the browser has drawn the text areas they are no tab stops, and a Tab from the title
    # skips them (a focus log showed Titel -> the marks -> ... -> the page's body, in 4 of 10 runs).
    for field in ("Het verhaal", "Waarom is deze verandering"):
        expect(page.get_by_role("textbox", name=re.compile(f"^{field}"))).to_be_editable(timeout=30_000)
    settled(page)

    tab_to(page, "^Titel")
    page.keyboard.type(f"Weer naar de club {marker}")
    tab_to(page, "^Het verhaal")
    page.keyboard.type("Piet de Vries kwam weer naar de club. Hij belt nu zelf de buren.")
    tab_to(page, "^Waarom is deze verandering")
    page.keyboard.type("Hij heeft weer contact.")
    tab_to(page, "^Verzameld door")
    page.keyboard.type("buurtwerker")
    tab_to(page, "Controleer privacy")
    screenshot(page, "keyboard-story-check")
    page.keyboard.press("Enter")

    # The form folds away for the review: focus goes on to the masked title to check.
    expect(page.get_by_role("heading", name=re.compile("Controleer"))).to_be_visible(timeout=60_000)
    focus_lands_on(page, "^Titel")
    expect(page.get_by_label("Het verhaal").last).to_have_value(re.compile(r"^\[naam\] kwam weer naar de club"))
    tab_to(page, "^Opslaan$")
    page.keyboard.press("Enter")

    expect(page.get_by_text("Het verhaal is opgeslagen.")).to_be_visible(timeout=30_000)
    focus_lands_on(page, "Het verhaal is opgeslagen")
    screenshot(page, "keyboard-story-saved")
