"""The Data page (AppTest, no browser): only beheer uses it; export, backup and erasure work from it."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from impact_core.filters import Filters
from impact_core.gegevens.backup import backup_directory
from impact_core.ui.safe import escape_markdown

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"


@pytest.fixture
def data_page(demo_copy, monkeypatch, tmp_path):
    """The Data page on a database of this test's own, as the given seat."""
    path = demo_copy.location
    demo_copy.close()
    monkeypatch.setenv("IMPACT_DB", str(path))
    monkeypatch.setenv("IMPACT_BACKUPS", str(tmp_path / "backups"))  # where a PostgreSQL store's go

    def start(seat: str = "beheer@wvs") -> AppTest:
        if not seat.startswith("beheer@"):  # through the whole app: navigation, role from the URL
            test = AppTest.from_file(str(APP), default_timeout=30)
            test.query_params.update({"rol": seat})
            test.run()
            return test.switch_page("pages/gegevens.py").run()
        # The page alone, with what the app shell leaves in the session, so clicks keep the seat.
        test = AppTest.from_file(str(ROOT / "pages" / "gegevens.py"), default_timeout=30)
        test.session_state["rol"] = seat
        test.session_state["_filters"] = Filters()
        test.session_state["_inside_app"] = True  # as app.py marks the page it runs
        return test.run()

    return start


def _text(test: AppTest) -> str:
    return " ".join(
        str(element.value)
        for kind in ("markdown", "info", "success", "error", "caption", "title")
        for element in getattr(test, kind)
    )


@pytest.mark.parametrize("seat", ["professional@wvs", "gemeente@GM9901", "presentatie@GM9902"])
def test_other_roles_get_a_plain_explanation_and_no_controls(data_page, seat):
    test = data_page(seat)
    assert not test.exception
    assert "mag alleen beheer" in _text(test)
    assert not test.tabs and not test.main.button and not test.get("file_uploader")


def test_the_steward_sees_import_template_export_comparison_erasure_and_the_audit_log(data_page):
    test = data_page()
    assert not test.exception
    assert [tab.label for tab in test.tabs] == ["Inlezen", "Sjabloon", "Uitvoeren", "Vergelijken", "Wissen", "Logboek"]
    assert len(test.get("file_uploader")) == 2  # the import, and other organisations' comparison files
    assert any(button.label == "Sjabloon downloaden (Excel)" for button in test.get("download_button"))


def test_making_an_export_offers_it_for_download(data_page):
    test = data_page()
    test.button(key="data_export_make").click().run()
    assert not test.exception
    assert any(button.label == "Export downloaden (Excel)" for button in test.get("download_button"))


def test_the_platform_steward_sees_backup_and_the_audit_log_and_no_organisation_data(data_page):
    test = data_page("beheer@platform")
    assert not test.exception
    assert [tab.label for tab in test.tabs] == ["Reservekopie", "Logboek"]
    assert not test.get("file_uploader")


def test_a_backup_made_on_the_page_can_be_restored_from_it(data_page, tmp_path):
    test = data_page("beheer@platform")
    test.button(key="data_backup_make").click().run()
    assert not test.exception
    assert len(list(backup_directory(tmp_path / "copy.duckdb").glob("*.duckdb"))) == 1
    test.checkbox(key="data_restore_sure").check().run()
    test.button(key="data_restore_go").click().run()
    assert not test.exception
    assert "is teruggezet" in _text(test)


@pytest.fixture
def quoting_reflection(demo_copy):
    """A reflection that quotes seven words of VT-0012's first story."""
    text = demo_copy.scalar("SELECT text FROM story WHERE storyteller = 'VT-0012' ORDER BY id LIMIT 1")
    demo_copy.write(
        lambda cur: cur.execute(
            "UPDATE reflection SET what_happened = ? WHERE id = (SELECT min(id) FROM reflection)",
            [" ".join(text.split()[:7])],
        ).fetchall()
    )
    return demo_copy.scalar("SELECT min(id) FROM reflection")


def test_erasure_lists_the_records_it_took_a_quote_from(quoting_reflection, data_page):
    test = data_page()
    test.text_input(key="data_erase_who").input("VT-0012")
    test.checkbox(key="data_erase_sure").check()
    next(button for button in test.button if button.label == "Wissen").click().run()
    assert not test.exception
    listed = test.table[-1].value
    expected = (escape_markdown(quoting_reflection), escape_markdown("wat_gebeurde"))  # a static table escapes
    assert expected in set(zip(listed["Record"], listed["Veld"], strict=True))


def test_erasure_needs_the_confirmation_and_then_reports_how_many(data_page):
    test = data_page()
    test.text_input(key="data_erase_who").input("VT-0012")
    next(button for button in test.button if button.label == "Wissen").click().run()  # not confirmed
    assert not test.success
    assert "Er is niets gewist" in test.warning[0].value
    test.text_input(key="data_erase_who").input("VT-0012")
    test.checkbox(key="data_erase_sure").check()
    next(button for button in test.button if button.label == "Wissen").click().run()
    assert not test.exception
    assert "3 verhaal/verhalen gewist." in _text(test)


# --- a participant's instrument scores --------------------------------------------------------------


def _participant_scores(path: Path, code: str) -> int:
    from impact_core.db.store import open_store  # the page's own connection to the file

    return open_store(path).scalar("SELECT count(*) FROM instrument_score WHERE participant = ?", [code])


def _erase_participant(test: AppTest, code: str, *, sure: bool = True) -> AppTest:
    test.text_input(key="data_erase_participant_who").input(code)
    if sure:
        test.checkbox(key="data_erase_participant_sure").check()
    return next(button for button in test.button if button.label == "Scores wissen").click().run()


def test_a_participants_scores_are_erased_from_the_page_after_the_confirmation(data_page, demo_copy):
    before = _participant_scores(demo_copy.location, "WB-0001")
    assert before
    test = data_page()
    _erase_participant(test, "WB-0001", sure=False)
    assert not test.success and _participant_scores(demo_copy.location, "WB-0001") == before
    assert "Er is niets gewist" in test.warning[0].value
    _erase_participant(test, "WB-0001")
    assert not test.exception
    assert f"{before} scores van de deelnemer gewist." in _text(test)
    assert _participant_scores(demo_copy.location, "WB-0001") == 0


def test_another_organisations_steward_erases_none_of_the_participants_scores(data_page, demo_copy):
    before = _participant_scores(demo_copy.location, "WB-0001")
    test = _erase_participant(data_page("beheer@rvd"), "WB-0001")
    assert not test.exception
    assert "0 scores van de deelnemer gewist." in _text(test)
    assert _participant_scores(demo_copy.location, "WB-0001") == before


def test_a_code_that_is_no_pseudonym_is_refused_on_the_page(data_page):
    test = _erase_participant(data_page(), "'; DROP TABLE instrument_score; --")
    assert not test.exception and not test.success
    assert "Een pseudoniem bestaat uit letters, cijfers" in _text(test)


def test_the_erasure_log_lists_a_participants_erasure_under_dutch_headers(data_page, demo_copy):
    before = _participant_scores(demo_copy.location, "WB-0001")
    test = _erase_participant(data_page(), "WB-0001")
    assert not test.exception
    log = next(frame.value for frame in test.dataframe if "Gewist op" in frame.value.columns)
    assert list(log.columns) == ["Gewist op", "Rol", "Door", "Verhalen", "Scores van instrumenten"]
    assert log.iloc[0][["Rol", "Verhalen", "Scores van instrumenten"]].tolist() == ["Beheer", 0, before]
    assert "WB-0001" not in log.to_string()
