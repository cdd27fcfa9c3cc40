"""Organisations are tenants: every seat x every steward action x every organisation, tried
from the outside on the demo (two organisations, two municipalities). What a seat may not do
is refused, and then the data is as it was."""

import functools
import io

import pytest
from openpyxl import load_workbook

from impact_core.access import audit, policy, tenancy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.gegevens import backup, erasure, exports, importer
from impact_core.gegevens.retention import apply_retention
from impact_core.models import ENTITIES, Reflection
from impact_core.refusal import NotAllowed
from impact_core.vakmanschap import reflections

SEATS = ["beheer@wvs", "beheer@rvd", "professional@wvs", "gemeente@GM9901", "presentatie@GM9901", "beheer@platform"]
ORGANISATIONS = ["wvs", "rvd"]
STEWARDS_OF = {"beheer@wvs": "wvs", "beheer@rvd": "rvd"}


def _story_of(store, organisation: str) -> tuple[str, str, str]:
    """(story id, its storyteller, its consent) of a story the organisation collected."""
    return tuple(
        store.query(
            "SELECT s.id, s.storyteller, s.consent FROM story s JOIN programme p ON p.id = s.programme_id"
            " WHERE p.organisation_id = ? AND s.storyteller IS NOT NULL ORDER BY s.id LIMIT 1",
            [organisation],
        ).iloc[0]
    )


def _story_sheet(store, organisation: str, story_id: str, **changes: str) -> bytes:
    """The story's whole row as its own steward would export it, with some columns changed: a
    workbook with one sheet, as someone who knows the story would write it."""
    book = load_workbook(io.BytesIO(exports.export_xlsx(store, Viewer.from_seat(f"beheer@{organisation}"))))
    sheet = book["verhalen"]
    header = [cell.value for cell in sheet[1]]
    dutch = {"consent": "toestemming"}
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == story_id:
            for field, value in changes.items():
                row[header.index(dutch[field])].value = value
        else:
            for cell in row:
                cell.value = None
    for name in book.sheetnames:
        if name != "verhalen":
            del book[name]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def story_sheet(demo_store):
    """``_story_sheet`` made once per story and change, from the session's demo: every test's
    copy holds the same rows, and exporting and rewriting the workbook takes seconds."""
    return functools.cache(functools.partial(_story_sheet, demo_store))


def _fingerprint(store) -> dict[str, int]:
    return {model.__table__: store.scalar(f"SELECT count(*) FROM {model.__table__}") for model in ENTITIES} | {
        "consent": store.scalar("SELECT hash(list(consent ORDER BY id)) FROM story")
    }


@pytest.mark.parametrize("organisation", ORGANISATIONS)
@pytest.mark.parametrize("seat", SEATS)
def test_a_consent_change_by_import_lands_only_for_the_organisations_own_steward(
    demo_copy, story_sheet, seat, organisation
):
    story_id, _, consent = _story_of(demo_copy, organisation)
    wanted = "openbaar" if consent != "openbaar" else "geen"
    upload = story_sheet(organisation, story_id, consent=wanted)
    allowed = STEWARDS_OF.get(seat) == organisation
    before = _fingerprint(demo_copy)
    if seat not in STEWARDS_OF:
        with pytest.raises(NotAllowed):
            importer.import_upload(demo_copy, Viewer.from_seat(seat), "verhalen.xlsx", upload)
    else:
        report = importer.import_upload(demo_copy, Viewer.from_seat(seat), "verhalen.xlsx", upload)
        assert report.ok is allowed
        if not allowed:
            assert report.errors["message"].str.contains("hoort bij een andere organisatie").all()
    after = demo_copy.scalar("SELECT consent FROM story WHERE id = ?", [story_id])
    assert after == (wanted if allowed else consent)
    if not allowed:
        assert _fingerprint(demo_copy) == before


@pytest.mark.parametrize(
    ("sheet", "rows"),
    [
        ("financiering", "gemeente;organisatie\nGM9902;{other}\n"),  # a municipality made to read another's stories
        ("programmas", "id;organisatie;naam;piramideniveau;doelgroep\nnieuw;{other};Nieuw;preventie;alle_bewoners\n"),
        (
            "programmas",
            "id;organisatie;naam;piramideniveau;doelgroep\n{other_programme};{own};Overgenomen;preventie;"
            "alle_bewoners\n",
        ),  # taking over another's programme by id
        ("organisaties", "id;naam;gemeente\n{other};Andere naam;GM9901\n"),
    ],
)
@pytest.mark.parametrize("own", ORGANISATIONS)
def test_a_steward_cannot_import_rows_of_another_organisation(demo_copy, own, sheet, rows):
    other = next(organisation for organisation in ORGANISATIONS if organisation != own)
    other_programme = demo_copy.scalar("SELECT min(id) FROM programme WHERE organisation_id = ?", [other])
    upload = rows.format(own=own, other=other, other_programme=other_programme).encode()
    before = _fingerprint(demo_copy)
    programmes = demo_copy.query("SELECT * FROM programme ORDER BY id")
    report = importer.import_upload(demo_copy, Viewer.from_seat(f"beheer@{own}"), f"{sheet}.csv", upload)
    assert not report.written
    assert list(report.errors["message"]) == [
        "hoort bij een andere organisatie; u kunt alleen gegevens van uw eigen organisatie inlezen"
    ]
    assert _fingerprint(demo_copy) == before
    assert demo_copy.query("SELECT * FROM programme ORDER BY id").equals(programmes)


def test_a_steward_may_let_another_municipality_fund_its_own_organisation(demo_copy):
    report = importer.import_upload(
        demo_copy, Viewer.from_seat("beheer@wvs"), "financiering.csv", b"gemeente;organisatie\nGM9902;wvs\n"
    )
    assert report.ok and report.written


@pytest.mark.parametrize("seat", SEATS)
def test_an_export_holds_only_the_stewards_own_organisation(demo_store, seat):
    viewer = Viewer.from_seat(seat)
    if seat not in STEWARDS_OF:
        with pytest.raises(NotAllowed):
            exports.export_xlsx(demo_store, viewer)
        return
    book = load_workbook(io.BytesIO(exports.export_xlsx(demo_store, viewer)), read_only=True)
    own = STEWARDS_OF[seat]
    programmes = {row[0] for row in book["programmas"].iter_rows(min_row=2, values_only=True)}
    assert programmes == set(demo_store.query("SELECT id FROM programme WHERE organisation_id = ?", [own])["id"])
    stories = {row[0] for row in book["verhalen"].iter_rows(min_row=2, values_only=True)}
    others = set(
        demo_store.query(
            "SELECT s.id FROM story s JOIN programme p ON p.id = s.programme_id WHERE p.organisation_id <> ?", [own]
        )["id"]
    )
    assert stories and not stories & others
    assert {row[0] for row in book["organisaties"].iter_rows(min_row=2, values_only=True)} == {own}


@pytest.mark.parametrize("organisation", ORGANISATIONS)
@pytest.mark.parametrize("seat", SEATS)
def test_erasure_reaches_only_the_storytellers_of_the_stewards_own_organisation(demo_copy, seat, organisation):
    story_id, storyteller, _ = _story_of(demo_copy, organisation)
    viewer = Viewer.from_seat(seat)
    if seat not in STEWARDS_OF:
        with pytest.raises(NotAllowed):
            erasure.erase_storyteller(demo_copy, viewer, storyteller)
    else:
        erased = erasure.erase_storyteller(demo_copy, viewer, storyteller)
        assert (erased.stories > 0) is (STEWARDS_OF[seat] == organisation)
    still_there = demo_copy.scalar("SELECT count(*) FROM story WHERE id = ?", [story_id]) == 1
    assert still_there is (STEWARDS_OF.get(seat) != organisation)


def test_one_pseudonym_in_two_organisations_is_two_people(demo_copy):
    wvs_story, pseudonym, _ = _story_of(demo_copy, "wvs")
    rvd_story, _, _ = _story_of(demo_copy, "rvd")
    demo_copy.write(lambda cur: cur.execute("UPDATE story SET storyteller = ? WHERE id = ?", [pseudonym, rvd_story]))
    erasure.erase_storyteller(demo_copy, Viewer.from_seat("beheer@wvs"), pseudonym)
    assert demo_copy.scalar("SELECT count(*) FROM story WHERE id = ?", [wvs_story]) == 0
    assert demo_copy.scalar("SELECT storyteller FROM story WHERE id = ?", [rvd_story]) == pseudonym


@pytest.mark.parametrize("seat", SEATS)
def test_only_the_platform_steward_backs_up_the_whole_database(demo_copy, tmp_path, seat):
    viewer = Viewer.from_seat(seat)
    if seat == "beheer@platform":
        assert backup.create_backup(demo_copy, viewer, tmp_path / "kopie").exists()
        return
    with pytest.raises(NotAllowed):
        backup.create_backup(demo_copy, viewer, tmp_path / "kopie")
    assert not (tmp_path / "kopie").exists() or not any((tmp_path / "kopie").iterdir())


@pytest.mark.parametrize("seat", SEATS)
def test_the_audit_and_erasure_logs_show_a_steward_only_their_own_organisation(demo_copy, seat):
    _, wvs_storyteller, _ = _story_of(demo_copy, "wvs")
    erasure.erase_storyteller(demo_copy, Viewer.from_seat("beheer@wvs"), wvs_storyteller)
    entries = audit.entries(demo_copy, Viewer.from_seat(seat))
    sees_wvs = seat in ("beheer@wvs", "beheer@platform")
    assert ("erase" in set(entries["action"])) is sees_wvs
    if seat in ("beheer@rvd", "professional@wvs", "gemeente@GM9901", "presentatie@GM9901"):
        assert entries.empty or "erase" not in set(entries["action"])
    if seat in STEWARDS_OF or seat == "beheer@platform":
        assert (len(erasure.erasure_log(demo_copy, Viewer.from_seat(seat))) > 0) is sees_wvs
    else:
        with pytest.raises(NotAllowed):
            erasure.erasure_log(demo_copy, Viewer.from_seat(seat))


@pytest.mark.parametrize("seat", ["beheer@rvd", "professional@wvs", "gemeente@GM9901", "beheer@platform"])
def test_retention_is_run_by_an_organisations_own_steward_only(demo_copy, seat):
    viewer = Viewer.from_seat(seat)
    if seat == "beheer@rvd":
        assert apply_retention(demo_copy, viewer, days=0) >= 0
        return
    with pytest.raises(NotAllowed):
        apply_retention(demo_copy, viewer, days=0)


def test_a_professional_cannot_add_a_reflection_to_another_organisations_programme(demo_copy):
    wvs_programme = demo_copy.scalar("SELECT min(id) FROM programme WHERE organisation_id = 'wvs'")
    reflection = Reflection.model_validate(
        {
            "id": "R-vreemd",
            "professional": "x",
            "reflected_on": "2026-11-01",
            "programme_id": wvs_programme,
            "kind": "reflectie",
            "what_happened": "iets",
            "method": "Huisbezoek",
            "visibility": "intern",
        }
    )
    before = demo_copy.scalar("SELECT count(*) FROM reflection")
    with pytest.raises(NotAllowed):
        reflections.add_reflection(demo_copy, Viewer.from_seat("professional@rvd"), reflection)
    assert demo_copy.scalar("SELECT count(*) FROM reflection") == before


# The policy's own table, beside the README's role table: seat x action -> allowed (role alone).
_INSIDE = {
    Action.RECORD_STORY,
    Action.RECORD_REFLECTION,
    Action.RECORD_INSTRUMENT_SCORE,
    Action.WRITE_MEETING,
    Action.RUN_TEAM_ROUND,
    Action.RUN_MUNICIPALITY_ROUND,
    Action.VOTE_MUNICIPALITY_ROUND,
    Action.EDIT_REASONING_LINE,
}
POLICY = {
    "beheer@wvs": _INSIDE | {Action.STEWARD_DATA, Action.PUBLISH_FOR_PEERS},
    "professional@wvs": _INSIDE,
    "gemeente@GM9901": {
        Action.WRITE_MEETING,
        Action.RUN_MUNICIPALITY_ROUND,
        Action.VOTE_MUNICIPALITY_ROUND,
        Action.EDIT_REASONING_LINE,
    },
    "presentatie@GM9901": {Action.VOTE_MUNICIPALITY_ROUND},
    "beheer@platform": {Action.STEWARD_PLATFORM},
}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("seat", list(POLICY))
def test_the_policy_table(seat, action):
    assert policy.may(Viewer.from_seat(seat), action) is (action in POLICY[seat])


@pytest.mark.parametrize(
    "action", [Action.RECORD_STORY, Action.RECORD_REFLECTION, Action.RECORD_INSTRUMENT_SCORE, Action.STEWARD_DATA]
)
def test_an_organisation_acts_on_its_own_things_only(action):
    steward = Viewer.from_seat("beheer@wvs")
    assert policy.may(steward, action, organisation="wvs")
    assert not policy.may(steward, action, organisation="rvd")


def test_every_table_is_owned_by_an_organisation_or_shared():
    for model in ENTITIES:
        assert model.__table__ in tenancy.SHARED or tenancy.owned(model.__table__, "t")
