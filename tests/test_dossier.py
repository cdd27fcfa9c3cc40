"""The legitimation dossier: every section, always the municipality's view, as PDF and as Excel.

The forbidden strings come from the demo database itself: raw titles and passages of stories
whose masked version differs, titles of stories nobody consented to share, internal
reflections and the professionals' pseudonyms. None of them may reach the dossier, whoever makes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import io
import re

import pytest
from openpyxl import load_workbook
from pycel import ExcelCompiler
from pypdf import PdfReader

from impact_core.__main__ import main
from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.db.store import Store
from impact_core.doelmatigheid import value
from impact_core.filters import Filters
from impact_core.i18n import t
from impact_core.models import Reflection
from impact_core.refusal import NotAllowed
from impact_core.samen import dossier, roadmap
from impact_core.vakmanschap import reflections as vakmanschap

PROGRAMMES = {
    "wijk": "professional@wvs",
    "ontmoeten": "beheer@wvs",
    "jeugd": "professional@wvs",
    "ouderen": "gemeente@GM9901",
    "rvd-dorpen": "professional@rvd",
}
SECTIONS = (
    "dossier.section.line",
    "dossier.section.indicators",
    "dossier.section.value",
    "dossier.section.stories",
    "dossier.section.reflections",
    "dossier.section.beside",
)
PSEUDONYM = re.compile(r"\([A-Z]\.\)")
TODAY = dt.date(2026, 11, 24)


def pdf_text(data: bytes) -> str:
    """The whole text of a PDF, every run of white space as one space (lines wrap anywhere)."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _changed_passages(raw: str, masked: str) -> list[str]:
    """Each passage masking changed, as the raw text has it, with two words either side."""
    words, shown = raw.split(), masked.split()
    passages = []
    for kind, start, end, _, _ in difflib.SequenceMatcher(a=words, b=shown, autojunk=False).get_opcodes():
        passage = " ".join(words[max(0, start - 2) : end + 2])
        if kind in ("replace", "delete") and passage not in " ".join(shown):
            passages.append(passage)
    return passages


def forbidden_strings(store: Store, programme_id: str) -> list[str]:
    """What the municipality may not read about a programme, taken from the database."""
    stories = store.query(
        "SELECT title, text, significance, masked_title, masked_text, masked_significance, consent"
        " FROM story WHERE programme_id = ?",
        [programme_id],
    )
    shared = stories[stories["consent"].isin(["gemeente", "openbaar"])]
    found: set[str] = set()
    for story in stories.to_dict("records"):
        if story["consent"] not in ("gemeente", "openbaar") and story["title"] not in set(shared["masked_title"]):
            found.add(story["title"])
        for raw in ("title", "text", "significance"):
            if story[raw] and story[f"masked_{raw}"] and story[raw] != story[f"masked_{raw}"]:
                found.update(_changed_passages(story[raw], story[f"masked_{raw}"]))
    internal = store.query(
        "SELECT what_happened, learned, do_differently, dilemma, choice FROM reflection"
        " WHERE programme_id = ? AND visibility = 'intern'",
        [programme_id],
    )
    found.update(" ".join(text.split())[:60] for row in internal.itertuples(index=False) for text in row if text)
    found.update(store.query("SELECT DISTINCT professional FROM reflection")["professional"])
    return sorted(found)


@pytest.fixture(scope="module")
def made(demo_store) -> dict[str, tuple[dossier.Dossier, str]]:
    """Each demo programme's dossier and the text of its PDF, made by someone of the organisation."""
    found = {}
    for programme, seat in PROGRAMMES.items():
        content = dossier.build(demo_store, Viewer.from_seat(seat), programme, today=TODAY)
        found[programme] = (content, pdf_text(dossier.dossier_pdf(content)))
    return found


# --- what the PDF holds ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pdf_has_every_section_in_order(demo_store, lang):
    text = pdf_text(dossier.dossier_pdf(dossier.build(demo_store, Viewer.from_seat("professional@wvs"), "wijk"), lang))
    positions = [text.rindex(t(key, lang)) for key in SECTIONS]  # the last: the contents list names them too
    assert positions == sorted(positions)
    assert t("dossier.kicker", lang) in text and "Wijk- en buurtgerichte aanpak" in text


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_the_pdf_holds_nothing_the_municipality_may_not_read(made, demo_store, programme):
    _, text = made[programme]
    forbidden = forbidden_strings(demo_store, programme)
    assert [item for item in forbidden if item in text] == []
    assert not PSEUDONYM.search(text)


def test_the_forbidden_strings_are_there_for_the_organisation_to_read(demo_store):
    """The check above can fail: what it forbids is what the organisation's own view shows."""
    professional = Viewer.from_seat("professional@wvs")
    filters = Filters(programme="ouderen")
    register = betekenisgeving.story_register(demo_store, professional, filters, limit=1000)
    craft = vakmanschap.recent_reflections(demo_store, professional, filters, limit=1000)
    inside = " ".join(
        " ".join(str(story[column]).split()) for column in ("title", "text", "significance") for story in register
    )
    inside += " " + " ".join(
        " ".join(str(reflection[column]).split())
        for column in ("professional", "what_happened")
        for reflection in craft
    )
    forbidden = forbidden_strings(demo_store, "ouderen")
    assert sum(item in inside for item in forbidden) >= 10
    assert PSEUDONYM.search(inside)


def test_whoever_makes_it_the_dossier_is_the_municipality_view(demo_store):
    made_by = {
        seat: dossier.build(demo_store, Viewer.from_seat(seat), "jeugd", today=TODAY)
        for seat in ("professional@wvs", "beheer@wvs", "gemeente@GM9901", "presentatie@GM9901")
    }
    first = next(iter(made_by.values()))
    assert all(found == first for found in made_by.values())


@pytest.mark.parametrize(
    ("seat", "programme"),
    [
        ("gemeente@GM9902", "wijk"),
        ("professional@rvd", "jeugd"),
        ("professional@wvs", "rvd-dorpen"),
        ("gemeente@GM9901", "bestaatniet"),
    ],
)
def test_a_programme_outside_your_role_gives_no_dossier(demo_store, seat, programme):
    with pytest.raises(NotAllowed):
        dossier.build(demo_store, Viewer.from_seat(seat), programme)


def test_a_municipality_that_does_not_fund_the_programme_gets_no_dossier(demo_store):
    with pytest.raises(NotAllowed):
        dossier.build(demo_store, Viewer.from_seat("professional@wvs"), "wijk", municipality_code="GM9902")


# --- what goes in ----------------------------------------------------------------------------


def test_stories_are_one_to_three_selected_ones_shared_and_masked_the_highest_panel_first(made, demo_store):
    shared = demo_store.query(
        "SELECT masked_title, masked_text, selected_level FROM story WHERE consent IN ('gemeente', 'openbaar')"
    )
    masked = {row.masked_title: row for row in shared.itertuples()}
    rank = {"gemeente": 0, "organisatie": 1, "team": 2}
    for content, _ in made.values():
        assert 1 <= len(content.stories) <= 3
        assert all(story.title in masked and masked[story.title].masked_text == story.text for story in content.stories)
        levels = [rank[story.selected_level] for story in content.stories]
        assert levels == sorted(levels)


def test_reflections_are_one_or_two_shared_ones_by_role_only_in_their_masked_form(made, demo_store):
    shared = set(
        demo_store.query("SELECT masked_what_happened FROM reflection WHERE visibility = 'gemeente'")[
            "masked_what_happened"
        ]
    )
    for content, _ in made.values():
        assert 1 <= len(content.reflections) <= 2
        assert all(item.what_happened in shared and "(" not in item.professional for item in content.reflections)


def test_the_value_section_is_the_programme_calculation_with_its_range(made, demo_store):
    content, text = made["wijk"]
    case = value.programme_case(demo_store, Viewer.from_seat("professional@wvs"), "wijk")
    assert content.value.result == value.calculate(case)
    assert list(content.value.band) == ["laag", "basis", "hoog"]
    assert content.value.band["laag"].ratio < content.value.result.ratio < content.value.band["hoog"].ratio
    assert "€ 847.956,81" in text and "1,12" in text and "0,64" in text and "1,81" in text


def test_without_a_value_case_the_dossier_says_so_plainly(demo_copy):
    demo_copy.write(lambda cur: cur.execute("DELETE FROM effect WHERE programme_id = 'jeugd'"))
    content = dossier.build(demo_copy, Viewer.from_seat("professional@wvs"), "jeugd")
    assert content.value is None
    text = pdf_text(dossier.dossier_pdf(content))
    assert t("dossier.value.none") in text
    assert t("dossier.section.stories") in text  # the rest is still there


def test_the_reasoning_line_numbers_its_steps_and_carries_assumptions_and_confidence(made):
    content, text = made["wijk"]
    assert [step.number for step in content.steps] == list(range(1, len(content.steps) + 1))
    assert content.links and all(link.assumption and link.confidence is not None for link in content.links)
    first = content.links[0]
    assert f"{first.from_number} → {first.to_number}" in text and f"{first.confidence}%" in text


def test_an_outcome_nothing_speaks_for_is_named_a_blind_spot(made):
    content, text = made["jeugd"]
    blind = [step for step in content.steps if step.blind_spot]
    assert blind and all(step.level in ("uitkomst", "impact") for step in blind)
    assert t("dossier.step.blind_spot") in text


# --- small groups ----------------------------------------------------------------------------


@pytest.fixture
def everything_small(demo_store, monkeypatch):
    """A threshold no aggregate of the demo reaches: every number is suppressed. Set once the
    shared store is open: opened under it, the store would count the shared demo's sums afresh."""
    monkeypatch.setenv("IMPACT_MIN_CELL", "1000000")


def _counts_people(store: Store) -> set[str]:
    """Indicators whose measurements say how many people they rest on (a count of reports does not)."""
    return set(
        store.query(
            "SELECT DISTINCT i.name FROM indicator i JOIN measurement m ON m.indicator_id = i.id"
            " WHERE m.programme_id = 'wijk' AND m.people IS NOT NULL"
        )["name"]
    )


def test_numbers_resting_on_too_few_people_are_shown_as_suppressed(demo_store, everything_small):
    content = dossier.build(demo_store, Viewer.from_seat("professional@wvs"), "wijk")
    suppressed = {line.name for line in content.indicators if line.status == "suppressed"}
    shown = {line.name for line in content.indicators}
    assert len(suppressed) >= 4 and suppressed == shown & _counts_people(demo_store)
    assert all(line.current is None and line.baseline is None for line in content.indicators if line.name in suppressed)
    text = pdf_text(dossier.dossier_pdf(content))
    assert "<1000000" in text
    assert t("dossier.suppressed_note", min_cell=1000000) in text


def test_suppressed_cells_in_excel_are_text_with_the_reason_as_a_note(demo_store, everything_small):
    content = dossier.build(demo_store, Viewer.from_seat("professional@wvs"), "wijk")
    sheet = load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))["Indicatoren"]
    header = [cell.value for cell in sheet[3]]
    start, now = header.index("Begin") + 1, header.index("Nu") + 1
    rows = {sheet.cell(row, 1).value: row for row in range(4, 4 + len(content.indicators))}
    for line in content.indicators:
        if line.status != "suppressed":
            continue
        for column in (start, now):
            cell = sheet.cell(rows[line.name], column)
            assert cell.value == "<1000000" and "minder dan 1000000 mensen" in cell.comment.text


# --- the workbook ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook(made):
    return load_workbook(io.BytesIO(dossier.dossier_xlsx(made["wijk"][0])))


def test_the_workbook_has_a_sheet_per_section(workbook):
    assert workbook.sheetnames == [
        "Voorblad",
        "Redeneerlijn",
        "Indicatoren",
        "Instrumenten",
        "Vergelijking",
        "Waarde",
        "Verhalen",
        "Eigen duiding",
        "Reflecties",
        "Naast de cijfers",
    ]


def test_the_workbook_keeps_numbers_as_numbers(workbook, made):
    content = made["wijk"][0]
    indicators = workbook["Indicatoren"]
    assert [cell.value for cell in indicators[3]][:2] == ["Indicator", "Keten"]
    assert indicators.cell(4, 7).value == pytest.approx(content.indicators[0].current)
    assert isinstance(workbook["Verhalen"].cell(5, 4).value, dt.datetime)


def test_the_workbook_has_the_same_stories_as_the_pdf(workbook, made):
    content = made["wijk"][0]
    titles = [
        row[0] for row in workbook["Verhalen"].iter_rows(min_row=5, max_row=4 + len(content.stories), values_only=True)
    ]
    assert titles == [story.title for story in content.stories]


# --- user text that looks like markup or a formula ---------------------------------------------

HOSTILE_TITLE = "Titel <b>vet</b> & <a href='https://voorbeeld.invalid'>link</a>"
HOSTILE_TEXT = '=HYPERLINK("https://voorbeeld.invalid", "klik") <font size=40>groot</font> R&D &amp;'


def _add_selected_story(
    store: Store, story_id: str, title: str, text: str, masked_title: str, masked_text: str, consent: str = "gemeente"
) -> None:
    """A story of today, chosen by the municipality's panel, so it leads the dossier of 'wijk'."""
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO story (id, title, text, storyteller_role, collected_by, collected_on, programme_id, domain,"
            " significance, valence, intention, directness, consent, read_back, selected_level, masked_title,"
            " masked_text, masked_significance)"
            " VALUES ($1, $2, $3, 'bewoner', 'test', current_date, 'wijk', 'Meedoen in de buurt', 'Omdat het telt.',"
            " 'positief', 'bedoeld', 'direct', $6, TRUE, 'gemeente', $4, $5, 'Omdat het telt.')",
            [story_id, title, text, masked_title, masked_text, consent],
        )
    )


def test_markup_in_a_story_prints_literally_and_a_formula_stays_text(demo_copy):
    _add_selected_story(demo_copy, "V-MARKUP", HOSTILE_TITLE, HOSTILE_TEXT, HOSTILE_TITLE, HOSTILE_TEXT)
    content = dossier.build(demo_copy, Viewer.from_seat("professional@wvs"), "wijk")
    assert content.stories[0].title == HOSTILE_TITLE
    text = pdf_text(dossier.dossier_pdf(content))
    assert HOSTILE_TITLE in text and HOSTILE_TEXT in text
    cell = load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))["Verhalen"].cell(5, 8)
    assert cell.value == HOSTILE_TEXT and cell.data_type == "s"


def test_a_story_goes_out_masked_even_when_its_own_organisation_makes_the_dossier(demo_copy):
    _add_selected_story(
        demo_copy,
        "V-NAAM",
        "Jan Jansen van de Lindelaan helpt",
        "Jan Jansen belde elke dag.",
        "[naam] van de [adres] helpt",
        "[naam] belde elke dag.",
    )
    text = pdf_text(dossier.dossier_pdf(dossier.build(demo_copy, Viewer.from_seat("beheer@wvs"), "wijk")))
    assert "[naam] van de [adres] helpt" in text and "[naam] belde elke dag." in text
    assert "Jansen" not in text and "Lindelaan" not in text


def test_a_story_kept_within_the_organisation_stays_out(demo_copy):
    _add_selected_story(
        demo_copy,
        "V-BINNEN",
        "Alleen voor ons",
        "Niet voor de gemeente.",
        "Alleen voor ons",
        "Niet voor de gemeente.",
        consent="organisatie",
    )
    text = pdf_text(dossier.dossier_pdf(dossier.build(demo_copy, Viewer.from_seat("beheer@wvs"), "wijk")))
    assert "Alleen voor ons" not in text


@pytest.mark.parametrize(("visibility", "shown"), [("intern", False), ("gemeente", True)])
def test_only_a_shared_reflection_goes_out_and_never_with_the_pseudonym(demo_copy, visibility, shown):
    reflection = Reflection.model_validate(
        {
            "id": vakmanschap.new_reflection_id(),
            "professional": "buurtwerker (Q.)",
            "reflected_on": dt.date.today(),
            "programme_id": "wijk",
            "kind": "reflectie",
            "method": "Buurtbemiddeling",
            "values": ["trouw"],
            "what_happened": "Vandaag zat ik drie uur bij de tweede bemiddeling in de Vogelbuurt.",
            "visibility": visibility,
        }
    )
    vakmanschap.add_reflection(demo_copy, Viewer.from_seat("professional@wvs"), reflection)
    text = pdf_text(dossier.dossier_pdf(dossier.build(demo_copy, Viewer.from_seat("professional@wvs"), "wijk")))
    assert ("Vandaag zat ik drie uur" in text) is shown
    assert "(Q.)" not in text and ("buurtwerker" in text) is shown


# --- command line ----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_the_command_line_writes_the_dossier(demo_copy, tmp_path, suffix, capsys):
    path = demo_copy.location
    demo_copy.close()
    out = tmp_path / f"dossier{suffix}"
    arguments = ["--organisation", "wvs", "--programme", "ouderen", "--out", str(out)]
    assert main(["dossier", "--db", str(path), *arguments]) == 0
    assert out.read_bytes()[:4] == (b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")
    assert "Dossier geschreven" in capsys.readouterr().out
    if suffix == ".pdf":
        assert "Gezond en gelukkig oud" in pdf_text(out.read_bytes())


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--programme", "wijk", "--out", "dossier.docx"], "eindigt op .pdf of .xlsx"),
        (["--programme", "bestaatniet", "--out", "dossier.pdf"], "valt buiten uw rol"),
        (["--programme", "rvd-dorpen", "--out", "dossier.pdf"], "valt buiten uw rol"),
        (["--programme", "wijk", "--gemeente", "GM9902", "--out", "dossier.pdf"], "financiert dit programma niet"),
        (["--programme", "wijk", "--from", "januari", "--out", "dossier.pdf"], "JJJJ-MM"),
    ],
)
def test_the_command_line_refuses_in_plain_dutch(demo_copy, tmp_path, arguments, message, capsys):
    path = demo_copy.location
    demo_copy.close()
    arguments = [str(tmp_path / argument) if argument.startswith("dossier.") else argument for argument in arguments]
    assert main(["dossier", "--db", str(path), "--organisation", "wvs", *arguments]) == 2
    assert message in capsys.readouterr().err


def test_the_dossier_dataclasses_are_frozen(made):
    with pytest.raises(dataclasses.FrozenInstanceError):
        made["wijk"][0].cover.programme = "iets anders"  # type: ignore[misc]


# --- long names, as an import accepts them -------------------------------------------------------

LONG = "Wijk- en buurtgerichte aanpak " + "met bewoners, vrijwilligers en partners in de hele wijk " * 8


@pytest.fixture
def long_names(demo_copy) -> Store:
    """Every name an import accepts at up to 500 characters, made long: programme, effect,
    stakeholder, indicator and a step of the reasoning line."""

    def lengthen(cur) -> None:
        cur.execute("UPDATE programme SET name = ? WHERE id = 'wijk'", [LONG[:500]])
        cur.execute("UPDATE effect SET name = ? WHERE programme_id = 'wijk'", [LONG[:500]])
        cur.execute("UPDATE stakeholder SET name = ? || id", [LONG[:480]])
        cur.execute("UPDATE indicator SET name = ? || id", [LONG[:480]])
        cur.execute("UPDATE reasoning_step SET description = ? WHERE programme_id = 'wijk'", [LONG[:500]])

    demo_copy.write(lengthen)
    return demo_copy


def _calculated(content: dossier.Dossier, tmp_path, **changes: tuple[str, float]) -> dict[str, float]:
    """The value sheet's key figures as Excel calculates them (pycel), after typing ``changes``
    (label of the figure -> (cell, new value)) into the sheet."""
    path = tmp_path / "dossier.xlsx"
    written = load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))
    sheet = written["Waarde"]
    for cell, new in changes.values():
        sheet[cell] = new
    written.save(path)
    rows = {row[0].value: row[0].row for row in sheet.iter_rows() if isinstance(row[0].value, str)}
    book = ExcelCompiler(filename=str(path))
    return {
        name: book.evaluate(f"Waarde!B{rows[label]}")
        for name, label in (
            ("present", "Contante waarde baten"),
            ("investment", "Investering"),
            ("ratio", "Ratio baten / investering"),
            ("npv", "Netto contante waarde"),
        )
    }


@pytest.mark.parametrize("programme", list(PROGRAMMES))
def test_the_workbook_calculates_the_key_figures_the_page_shows(made, programme, tmp_path):
    content = made[programme][0]
    if content.value is None:
        pytest.skip("no value case for this programme")
    result = content.value.result
    assert _calculated(content, tmp_path) == pytest.approx(
        {
            "present": result.present_value,
            "investment": result.investment,
            "ratio": result.ratio,
            "npv": result.net_present_value,
        }
    )


@pytest.mark.parametrize(
    ("change", "column"),
    [("proxy", "D"), ("deadweight", "E"), ("drop_off", "H"), ("years", "I")],
)
def test_changing_an_assumption_in_the_workbook_recalculates_as_the_page_would(made, tmp_path, change, column):
    content = made["wijk"][0]
    case = content.value.case
    first = case.outcomes[0]
    new = {"proxy": first.proxy * 2, "deadweight": 0.5, "drop_off": 0.3, "years": first.years + 2}[change]
    sheet = load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))["Waarde"]
    (row,) = [cells[0].row for cells in sheet.iter_rows() if cells[0].value == first.name and cells[1].value]
    changed = case.model_copy(update={"outcomes": [first.model_copy(update={change: new}), *case.outcomes[1:]]})
    expected = value.calculate(changed).present_value
    assert expected != pytest.approx(content.value.result.present_value)
    assert _calculated(content, tmp_path, figure=(f"{column}{row}", new))["present"] == pytest.approx(expected)


def test_changing_the_discount_rate_in_the_workbook_recalculates(made, tmp_path):
    content = made["wijk"][0]
    sheet = load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))["Waarde"]
    (row,) = [cells[0].row for cells in sheet.iter_rows() if cells[0].value == t("value.rate", "nl")]
    expected = value.calculate(content.value.case.model_copy(update={"discount_rate": 0.04})).present_value
    assert _calculated(content, tmp_path, rate=(f"B{row}", 0.04))["present"] == pytest.approx(expected)


def test_a_long_programme_name_makes_a_pdf_that_holds_the_whole_name(long_names):
    content = dossier.build(long_names, Viewer.from_seat("professional@wvs"), "wijk", today=TODAY)
    text = pdf_text(dossier.dossier_pdf(content))
    assert " ".join(LONG[:500].split()) in text


def test_a_long_programme_name_makes_a_workbook_with_the_whole_name(long_names):
    content = dossier.build(long_names, Viewer.from_seat("professional@wvs"), "wijk", today=TODAY)
    book = load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))
    assert all(len(sheet.title) <= 31 for sheet in book.worksheets)
    assert any(LONG[:500] in str(cell.value) for row in book.worksheets[0].iter_rows() for cell in row)


def test_the_dossier_tells_a_lower_is_better_indicator_better_below_its_target(made, demo_store):
    content, _ = made["wijk"]
    complaints = next(line for line in content.indicators if line.name == "Meldingen van woonoverlast")
    assert complaints.current < complaints.target  # fewer complaints than the target: better
    assert complaints.status_text("nl") == "▼ beter dan het doel"
    book = load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))
    assert "▼ beter dan het doel" in {cell.value for row in book["Indicatoren"].iter_rows() for cell in row}


def test_the_dossier_names_the_figures_that_leave_small_groups_out(made):
    content, text = made["ouderen"]
    assert "Groepen van minder dan 10 mensen tellen niet mee bij:" in text
    assert "Mantelzorgers die zich overbelast voelen" in text.split("tellen niet mee bij:")[1]
    book = load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))
    notes = [str(cell.value) for row in book["Indicatoren"].iter_rows() for cell in row if cell.value]
    assert any(note.startswith("Groepen van minder dan 10 mensen tellen niet mee bij:") for note in notes)


def test_the_cover_says_where_the_programme_stands_on_the_way_to_impact_oriented_work(made):
    content, text = made["wijk"]
    expected = roadmap.summary_text(list(content.roadmap))
    assert content.roadmap and " ".join(expected.split()) in text
    assert "Op weg naar impactgericht werken" in text


def test_the_cover_counts_the_roadmap_as_the_municipality_does(made, demo_store):
    content, _ = made["wijk"]
    municipality = roadmap.roadmap(demo_store, Viewer.from_seat("gemeente@GM9901"), "wijk", today=TODAY)
    assert list(content.roadmap) == municipality
