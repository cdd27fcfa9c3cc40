"""What a funder meeting uses, in the dossier: the storytellers' own marks (PDF and Excel), the
outcome instruments and the comparison with peers (Excel), always as the municipality sees them.

Each sheet's numbers are checked against the library function the pages use, read as the
municipality; then from the outside: a story without consent never counts, a group under the
threshold shows '<10' and never its number, no peer is named, and a hostile name stays text.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving import entry as stories
from impact_core.betekenisgeving import signification
from impact_core.db.store import Store
from impact_core.doelmatigheid import instruments, peers
from impact_core.filters import Filters
from impact_core.i18n import label, t
from impact_core.models import Expected, LifeDomain
from impact_core.samen import dossier
from tests.test_dossier import TODAY, pdf_text
from tests.test_peers_page import DEMO_PUBLISHERS, HOSTILE_NAME, HOSTILE_PUBLISHER, read_hostile_peer_file

PROFESSIONAL = Viewer.from_seat("professional@wvs")
MARKS_SHEET, INSTRUMENTS_SHEET, PEERS_SHEET = "Eigen duiding", "Instrumenten", "Vergelijking"
QUESTIONS = (
    ("change_size", signification.SCALE_VALUES, "change_size", "signification.chart.change_size"),
    ("feeling", signification.SCALE_VALUES, "feeling", "signification.chart.feeling"),
    ("expected", tuple(Expected), "expected", "signification.expected_title"),
    ("about", tuple(LifeDomain), "life_domain", "signification.about_title"),
)


def _made(store: Store, programme: str) -> tuple[dossier.Dossier, Viewer, Filters]:
    """The dossier made by the organisation, the municipality it is made for and its filters."""
    content = dossier.build(store, PROFESSIONAL, programme, today=TODAY)
    outside = dossier.outside_viewer(store, PROFESSIONAL, programme)
    return content, outside, Filters(programme=programme, start=content.cover.start, end=content.cover.end)


def _book(content: dossier.Dossier):
    return load_workbook(io.BytesIO(dossier.dossier_xlsx(content)))


def _table(sheet: Worksheet, after: str, header: str) -> list[list]:
    """The rows (cells, not values) of the first table headed ``header`` below the title ``after``,
    down to the first empty row or note (notes are italic)."""
    rows = list(sheet.iter_rows())
    start = next(index for index, row in enumerate(rows) if row[0].value == after)
    top = next(index for index in range(start, len(rows)) if rows[index][0].value == header)
    found = []
    for row in rows[top + 1 :]:
        if row[0].value is None or row[0].font.i:
            break
        found.append(list(row))
    return found


def _texts(book) -> list[str]:
    return [str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value]


@pytest.fixture(scope="module")
def ontmoeten(demo_store):
    return _made(demo_store, "ontmoeten")


@pytest.fixture(scope="module")
def wijk(demo_store):
    return _made(demo_store, "wijk")


# --- the storytellers' own marks ---------------------------------------------------------------


@pytest.mark.parametrize("programme", ["ontmoeten", "wijk"])
def test_the_dossier_holds_the_patterns_the_municipality_reads(demo_store, programme):
    content, outside, filters = _made(demo_store, programme)
    found = signification.patterns(demo_store, outside, filters)
    held = content.own_marks.patterns
    assert held.stories == found.stories and held.min_cell == found.min_cell == 10
    assert held.counts.equals(found.counts)


@pytest.mark.parametrize("measure", [question[0] for question in QUESTIONS])
def test_the_marks_sheet_counts_each_answer_as_the_patterns_do(demo_store, ontmoeten, measure):
    content, outside, filters = ontmoeten
    found = signification.patterns(demo_store, outside, filters)
    assert found.stories["gekozen"] and found.stories["gekozen"] >= 10  # both groups shown in this demo programme
    _, values, namespace, title = next(question for question in QUESTIONS if question[0] == measure)
    rows = _table(_book(content)[MARKS_SHEET], t(title), t("signification.col.answer"))
    expected = found.distribution(measure).set_index(["group", "value"])
    assert [row[0].value for row in rows] == [label(namespace, value) for value in values]
    for value, row in zip(values, rows, strict=True):
        for group, column in (("alle", 1), ("gekozen", 3)):
            n, share = row[column].value, row[column + 1].value
            if (group, value) in expected.index:
                assert (n, share) == pytest.approx(tuple(expected.loc[(group, value), ["n", "share"]]))
            else:
                assert (n, share) == (0, 0)
            assert row[column + 1].number_format == "0%"


def test_the_marks_sheet_gives_the_size_of_each_group(ontmoeten):
    content, _, _ = ontmoeten
    rows = _table(_book(content)[MARKS_SHEET], t("signification.title"), t("signification.col.group"))
    assert [(row[0].value, row[1].value) for row in rows] == [
        (t(f"signification.group.{group}"), content.own_marks.patterns.stories[group]) for group in signification.GROUPS
    ]


@pytest.mark.parametrize("programme", ["ontmoeten", "wijk"])
def test_the_pdf_says_what_storytellers_marked_in_the_dialogue_tables_line(demo_store, programme):
    content, outside, filters = _made(demo_store, programme)
    text = pdf_text(dossier.dossier_pdf(content))
    said = signification.summary_text(signification.patterns(demo_store, outside, filters))
    stories_section = text[text.rindex(t("dossier.section.stories")) :]
    assert said in stories_section


def test_the_pdf_says_plainly_when_the_panels_choice_is_too_small_to_show(wijk, ontmoeten):
    plainly = t("dossier.marks.chosen_suppressed", threshold=10)
    assert wijk[0].own_marks.patterns.stories["gekozen"] is None
    assert plainly in pdf_text(dossier.dossier_pdf(wijk[0]))
    assert plainly not in pdf_text(dossier.dossier_pdf(ontmoeten[0]))


def _chosen_marked_and_shared(store: Store, programme: str) -> int:
    """How many stories with marks that a panel chose the municipality may read: the number it may not see."""
    return int(
        store.scalar(
            "SELECT count(*) FROM story s JOIN story_signification m ON m.story_id = s.id"
            f" WHERE s.programme_id = ? AND s.consent IN ('gemeente', 'openbaar') AND {signification.CHOSEN_SQL}",
            [programme],
        )
    )


def test_a_panels_choice_under_ten_shows_as_under_ten_never_its_number(demo_store, wijk):
    content, _, _ = wijk
    hidden = _chosen_marked_and_shared(demo_store, "wijk")
    assert 0 < hidden < 10
    sheet = _book(content)[MARKS_SHEET]
    (_, chosen) = _table(sheet, t("signification.title"), t("signification.col.group"))
    assert chosen[1].value == "<10" and "minder dan 10 verhalen" in chosen[1].comment.text
    for _, _, _, title in QUESTIONS:
        for row in _table(sheet, t(title), t("signification.col.answer")):
            assert [cell.value for cell in row[3:5]] == ["<10", "<10"]


def test_too_few_stories_with_marks_show_no_figures_at_all(demo_file, monkeypatch):
    monkeypatch.setenv("IMPACT_MIN_CELL", "1000")
    # A database of its own: a store opened under another threshold counts the monthly sums afresh,
    # and the shared demo's must stay as every other test reads them.
    content = dossier.build(Store(demo_file), PROFESSIONAL, "ontmoeten", today=TODAY)
    sheet = _book(content)[MARKS_SHEET]
    rows = _table(sheet, t("signification.title"), t("signification.col.group"))
    assert [row[1].value for row in rows] == ["<1000", "<1000"]
    assert not any(row[0].value == t("signification.col.answer") for row in sheet.iter_rows())
    assert t("signification.summary_suppressed", threshold=1000) in pdf_text(dossier.dossier_pdf(content))


def _marked_story(store: Store, consent: str) -> str:
    """A story of today in 'wijk' with the storyteller's own marks, a big change that felt good."""
    draft = {
        "title": "Weer naar de markt",
        "text": "Ze gaat weer elke week naar de markt, samen met de buurvrouw.",
        "significance": "Ik ben niet meer alleen.",
        "storyteller_role": "deelnemer",
        "collected_by": "buurtwerker",
        "collected_on": dt.date.today(),
        "programme_id": "wijk",
        "domain": "Sociale contacten",
        "valence": "positief",
        "intention": "bedoeld",
        "directness": "direct",
        "consent": consent,
        "read_back": True,
        "storyteller": "VT-9002",
    }
    masked = {key: draft[key] for key in ("title", "text", "significance")}
    marks = {"marked_by": "verteller", "about": ["contact"], "feeling": 5, "change_size": 5, "expected": "nee"}
    return stories.add_story(store, PROFESSIONAL, draft, masked, marks=marks)


def _stories_with_marks(content: dossier.Dossier) -> tuple[object, bool]:
    """What the workbook says (the number of stories with marks) and whether the PDF gives its line."""
    (everyone, _) = _table(_book(content)[MARKS_SHEET], t("signification.title"), t("signification.col.group"))
    line = signification.summary_text(content.own_marks.patterns)
    return everyone[1].value, line in pdf_text(dossier.dossier_pdf(content))


@pytest.mark.parametrize(("consent", "counted"), [("gemeente", 1), ("organisatie", 0), ("geen", 0)])
def test_a_story_counts_in_the_dossiers_marks_only_with_consent_for_the_municipality(demo_copy, consent, counted):
    before = dossier.build(demo_copy, PROFESSIONAL, "wijk")
    story = _marked_story(demo_copy, consent)
    assert demo_copy.scalar("SELECT change_size FROM story_signification WHERE story_id = ?", [story]) == 5
    after = dossier.build(demo_copy, PROFESSIONAL, "wijk")
    (was, _), (now, said) = _stories_with_marks(before), _stories_with_marks(after)
    assert now == was + counted and said
    assert f"van {now} verhalen" in signification.summary_text(after.own_marks.patterns)


# --- outcome instruments -----------------------------------------------------------------------


def _instrument_rows(content: dossier.Dossier, panel: instruments.InstrumentPanel) -> dict[str, list]:
    heading = t("instruments.heading", instrument=label("instrument", panel.instrument), programme=panel.programme)
    rows = _table(_book(content)[INSTRUMENTS_SHEET], heading, t("instruments.col.domain"))
    return {row[0].value: row for row in rows}


@pytest.mark.parametrize("programme", ["wijk", "ouderen"])
def test_the_instruments_sheet_gives_each_domain_as_the_panels_do(demo_store, programme):
    content, outside, filters = _made(demo_store, programme)
    panels = instruments.panels(demo_store, outside, filters)
    assert panels and list(content.instruments) == panels
    for panel in panels:
        rows = _instrument_rows(content, panel)
        assert list(rows) == [label("instrument_domain", domain.domain) for domain in panel.domains]
        for domain in panel.shown:
            row = rows[label("instrument_domain", domain.domain)]
            expected = [domain.participants, domain.first, domain.latest, *map(domain.share, ("up", "same", "down"))]
            assert [cell.value for cell in row[1:7]] == pytest.approx(expected)
            assert [cell.number_format for cell in row[2:7]] == ["0.0", "0.0", "0%", "0%", "0%"]


def test_a_domain_on_fewer_than_ten_participants_shows_under_ten_never_its_figures(demo_store, wijk):
    content, _, filters = wijk
    (panel,) = content.instruments
    (inside,) = [
        d for p in instruments.panels(demo_store, PROFESSIONAL, filters) for d in p.domains if d.domain == "justitie"
    ]
    assert inside.participants is not None and 0 < inside.participants < 10  # the organisation counts them
    row = _instrument_rows(content, panel)[label("instrument_domain", "justitie")]
    assert [cell.value for cell in row[1:7]] == ["<10"] * 6
    assert all("Minder dan 10 deelnemers" in cell.comment.text for cell in row[1:7])


def test_an_instrument_on_too_few_participants_shows_no_figures(demo_store):
    content = dossier.build(demo_store, Viewer.from_seat("professional@rvd"), "rvd-dorpen", today=TODAY)
    (panel,) = content.instruments
    assert panel.suppressed
    rows = _instrument_rows(content, panel)
    assert rows and all([cell.value for cell in row[1:7]] == ["<10"] * 6 for row in rows.values())
    assert t("instruments.suppressed", threshold=10) in _texts(_book(content))


@pytest.mark.parametrize(("programme", "noted"), [("ouderen", True), ("wijk", False)])
def test_positieve_gezondheid_comes_with_its_note_that_it_never_ranks_people(demo_store, programme, noted):
    content, _, _ = _made(demo_store, programme)
    assert (t("instruments.pg_note") in _texts(_book(content))) is noted


# --- comparison with peers ---------------------------------------------------------------------


def _peer_rows(content: dossier.Dossier, compared: peers.PeerComparison) -> list[list]:
    heading = t("dossier.peers.heading", name=compared.name, unit=compared.unit)
    return _table(_book(content)[PEERS_SHEET], heading, t("peers.col.month"))


def _figure(value: object) -> float | None:
    return None if value != value else float(value)  # NaN: no figure


def test_the_comparison_sheet_gives_each_month_as_the_library_compares(demo_store, wijk):
    content, outside, filters = wijk
    compared = peers.programme_comparisons(demo_store, outside, filters)
    assert [found.indicator_id for found in compared] == ["W02", "W03"] and list(content.peers) == compared
    for found in compared:
        rows = _peer_rows(content, found)
        assert len(rows) == len(found.months)
        for month, row in zip(found.months.to_dict("records"), rows, strict=True):
            assert row[0].value.date() == month["month"].date()
            figures = [_figure(month[column]) for column in ("own", "median", "p25", "p75")]
            assert [cell.value for cell in row[1:5]] == pytest.approx(figures)
            assert row[5].value == month["peers"]


def test_a_month_with_too_few_peers_says_so_and_shows_no_band(wijk):
    content, _, _ = wijk
    too_few = t("dossier.peers.too_few", peers=peers.MIN_PEERS)
    rows = _peer_rows(content, content.peers[0])
    thin = [row for row in rows if row[5].value < peers.MIN_PEERS]
    assert thin and all(row[6].value == too_few and [cell.value for cell in row[2:5]] == [None] * 3 for row in thin)
    assert all(row[6].value is None for row in rows if row[5].value >= peers.MIN_PEERS)


@pytest.fixture
def hostile_peer(demo_copy) -> Store:
    """The demo with the peer file whose manifest names its organisation (the file should not)."""
    read_hostile_peer_file(demo_copy)
    return demo_copy


def test_no_cell_or_line_names_a_peer_or_its_publisher_id(hostile_peer):
    content = dossier.build(hostile_peer, PROFESSIONAL, "wijk")
    january = content.peers[0].months.set_index("month").loc["2025-01-01"]
    assert content.peers[0].indicator_id == "W02" and january["peers"] == 7  # the hostile file counts
    shown = " ".join(_texts(_book(content))) + " " + pdf_text(dossier.dossier_pdf(content))
    for secret in [*DEMO_PUBLISHERS, HOSTILE_PUBLISHER, HOSTILE_NAME, "Buurtkracht Rivierdorp", "organisatie-1"]:
        assert secret not in shown


# --- names that look like a formula or markup ---------------------------------------------------

HOSTILE_PROGRAMME = "<script>alert(1)</script> & R&D"
HOSTILE_INDICATOR = '=HYPERLINK("https://voorbeeld.invalid", "klik") <b>vet</b>'  # opens its sheet's heading


def test_a_hostile_programme_or_indicator_name_stays_text_in_the_new_sheets(demo_copy):
    def rename(cur) -> None:
        cur.execute("UPDATE programme SET name = ? WHERE id = 'wijk'", [HOSTILE_PROGRAMME])
        cur.execute("UPDATE indicator SET name = ? WHERE id = 'W02'", [HOSTILE_INDICATOR])

    demo_copy.write(rename)
    content = dossier.build(demo_copy, PROFESSIONAL, "wijk")
    book = _book(content)
    cells = [cell for name in (INSTRUMENTS_SHEET, PEERS_SHEET) for row in book[name].iter_rows() for cell in row]
    written = {cell.value: cell for cell in cells if isinstance(cell.value, str)}
    heading = t("instruments.heading", instrument="Zelfredzaamheid-Matrix", programme=HOSTILE_PROGRAMME)
    for text in (heading, t("dossier.peers.heading", name=HOSTILE_INDICATOR, unit="%")):
        assert written[text].data_type == "s"
    assert not any(cell.data_type == "f" for cell in cells)
    assert HOSTILE_INDICATOR in pdf_text(dossier.dossier_pdf(content))
