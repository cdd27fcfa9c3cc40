"""As the municipality and as the shared screen, every page: personal data written in any free
text of the organisation (a shared moral deliberation, a meeting summary, an afspraak and its
owner, a reasoning step, an Effectenarena effect, a tested assumption, the reasons of a
municipality round) never shows; nor does an internal reflection, an unconsented story, another
organisation's work or a pseudonym; and names crafted with links, images and HTML show literally."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from impact_core.db.store import Store
from tests.browser.conftest import running_server, screenshot, settled
from tests.conftest import copy_demo
from tests.personal_data import PERSONAL, seed_personal_data

pytestmark = pytest.mark.browser

SEATS = ["gemeente@GM9901", "presentatie@GM9901"]
CRAFTED = (
    '![x](https://voorbeeld.invalid/x.png) [klik](https://voorbeeld.invalid) <img src=x onerror="window.hacked=1">'
)
# Page, its heading (None: the programme's name), the tabs that draw only when opened, and
# whether it shows masked text ('[naam]': the test cannot pass on a page that drew nothing).
PAGES = [
    ("", None, [], True),
    ("trends", "Trends", [], False),
    ("waarde", "Waarde (business case)", [], False),
    ("vakmanschap", "Vakmanschap", [], True),
    ("verhalen", "Verhalen", ["Alle verhalen"], True),
    ("selectierondes", "Selectierondes", [], True),
    ("indicatoren", "Indicatoren", [], False),
    ("redeneerlijn", None, [], True),
    ("dossier", "Dossier", [], False),
    ("over", "Over de drie sporen", [], False),
    ("start", "Op weg naar impactgericht werken", [], False),
    ("bijeenkomsten", "Bijeenkomsten", ["Tijdens de bijeenkomst", "Verslag", "Open afspraken"], True),
]


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory, demo_db, browser):
    database = copy_demo(demo_db, tmp_path_factory.mktemp("outside") / "demo.duckdb")
    _seed(database)
    with running_server(database) as url:
        page = browser.new_page()
        page.goto(url)  # the first session teaches the server its pages
        page.get_by_role("heading", name="Doelmatigheid").wait_for(timeout=60_000)
        page.close()
        yield url


@pytest.fixture(scope="module")
def forbidden(demo_db, tmp_path_factory) -> dict[str, list[str]]:
    """What must never reach an outside seat's screen, read straight from a demo database."""
    store = Store(copy_demo(demo_db, tmp_path_factory.mktemp("forbidden") / "demo.duckdb"))
    try:
        return {
            "personal data": PERSONAL,
            "unconsented story": list(
                store.query("SELECT title FROM story WHERE consent IN ('geen', 'organisatie')")["title"]
            ),
            "internal reflection": [
                text[:60]
                for text in store.query("SELECT what_happened FROM reflection WHERE visibility = 'intern'")[
                    "what_happened"
                ]
            ],
            "pseudonym": sorted(set(store.query("SELECT professional FROM reflection")["professional"])),
            "other organisation": list(
                store.query("SELECT title FROM story WHERE programme_id = 'rvd-dorpen'")["title"]
            ),
            "bewoner's name": list(
                store.query("SELECT DISTINCT name FROM participant WHERE role = 'bewoner' AND name IS NOT NULL")["name"]
            ),
        }
    finally:
        store.close()


def _seed(database: Path) -> None:
    store = Store(database)
    try:
        seed_personal_data(store)
        store.write(
            lambda cur: [
                cur.execute("UPDATE programme SET name = ? WHERE id = 'ontmoeten'", [f"Ontmoeten {CRAFTED}"]),
                cur.execute("UPDATE neighbourhood SET name = ? WHERE code = 'BU99010101'", [f"Centrum {CRAFTED}"]),
            ]
        )
    finally:
        store.close()


@pytest.mark.parametrize(
    ("path", "heading", "tabs", "shows_seeded"), PAGES, ids=[page[0] or "dialoogtafel" for page in PAGES]
)
@pytest.mark.parametrize("seat", SEATS)
def test_no_page_shows_an_outside_seat_what_it_may_not_see_or_live_markup(
    page, seeded_url, forbidden, seat, path, heading, tabs, shows_seeded
):
    page.goto(f"{seeded_url}/{path}?programma=ontmoeten&rol={seat}")
    expect(page.get_by_role("heading", level=1, name=heading).first).to_be_visible(timeout=30_000)
    seen: list[str] = []
    for tab in [None, *tabs]:
        if tab:
            page.get_by_role("tab", name=tab).click()
            # a tab that runs only when opened is empty until its rerun has drawn it
            panel = page.get_by_role("tabpanel", name=tab)
            expect(panel.locator("[data-testid='stElementContainer']").first).to_be_visible(timeout=30_000)
        settled(page)
        expect(page.locator("[data-testid='stSkeleton']")).to_have_count(0, timeout=30_000)
        page.wait_for_timeout(500)
        text = page.evaluate("document.body.textContent")
        seen.append(text)
        for kind, items in forbidden.items():
            leaked = [item for item in items if item and item in text]
            assert not leaked, f"{kind} on /{path} {tab or ''} as {seat}: {leaked[:3]}"
        expect(page.locator("img[src*='voorbeeld.invalid'], a[href*='voorbeeld.invalid']")).to_have_count(0)
        assert page.evaluate("window.hacked") is None
    assert ("[naam]" in " ".join(seen)) is shows_seeded
    screenshot(page, f"outside-{seat.split('@')[0]}-{path or 'dialoogtafel'}")


@pytest.mark.parametrize("seat", SEATS)
def test_a_crafted_programme_name_shows_literally(page, seeded_url, seat):
    page.goto(f"{seeded_url}/?programma=ontmoeten&rol={seat}")
    expect(page.get_by_role("heading", level=1).filter(has_text="voorbeeld.invalid/x.png")).to_be_visible(
        timeout=30_000
    )
    expect(page.locator("img[src*='voorbeeld.invalid'], a[href*='voorbeeld.invalid']")).to_have_count(0)
