"""One masking worker per machine: every process asks it, none loads deduce itself, and when no
worker answers nothing unmasked goes anywhere."""

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from impact_core.access import deidentify, masking_worker
from impact_core.access.masking_worker import MaskingUnavailable
from impact_core.db.store import Store
from tests.test_pages import APP, _by_label, _open_stories_tab

STORY = "Jan de Vries (15) zit op basisschool De Regenboog in Leuven, bel 06-12345678."
MASKED = "[naam] ([leeftijd]) zit op [school] in Leuven, bel [telefoon]."
ASK = (
    "import json, sys; from impact_core.access import deidentify, masking_worker;"
    f"masked = deidentify.mask({STORY!r}).text;"
    "print(json.dumps([masked, masking_worker.pid(), 'deduce' in sys.modules]))"
)


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory):
    """The masking folder of this module's worker; the worker is stopped at the end."""
    folder = tmp_path_factory.mktemp("masking") / "worker"
    yield folder
    masking_worker.stop(folder)


@pytest.fixture
def worker_mode(place: Path, monkeypatch: pytest.MonkeyPatch):
    """This test process masks through the worker in ``place``, as the app does."""
    monkeypatch.setenv("IMPACT_MASKING", "worker")
    monkeypatch.setenv("IMPACT_MASKING_DIR", str(place))
    yield place
    masking_worker._drop()


def _ask_from_another_process(place: Path) -> tuple[str, int, bool]:
    env = {**os.environ, "IMPACT_MASKING": "worker", "IMPACT_MASKING_DIR": str(place)}
    done = subprocess.run([sys.executable, "-c", ASK], env=env, capture_output=True, text=True, timeout=300, check=True)
    masked, pid, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    return masked, pid, loaded


def _gone(pid: int, timeout: float = 60) -> bool:
    """Whether the process ended. A worker this test process started stays a zombie, still answering
    ``kill(pid, 0)``, until it is reaped (CI, once xdist put this test on a worker of its own)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):  # not this process's child: init reaps it
            os.waitpid(pid, os.WNOHANG)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_two_processes_mask_through_one_worker_and_neither_loads_deduce(place):
    first = _ask_from_another_process(place)
    second = _ask_from_another_process(place)
    assert first[0] == second[0] == MASKED
    assert first[1] == second[1] is not None  # the same worker answered both
    assert first[2] is second[2] is False


def test_a_worker_that_died_is_started_again_and_the_text_is_still_masked(worker_mode):
    assert deidentify.mask(STORY).text == MASKED
    killed = masking_worker.pid()
    os.kill(killed, signal.SIGKILL)
    assert _gone(killed)
    assert deidentify.mask(STORY).text == MASKED
    assert masking_worker.pid() not in (None, killed)


def test_a_caller_without_the_key_gets_no_answer_and_the_worker_goes_on(worker_mode):
    assert deidentify.mask(STORY).text == MASKED  # a worker runs
    with pytest.raises(AuthenticationError):
        Client(str(worker_mode / "socket"), family="AF_UNIX", authkey=b"not the key")
    masking_worker._drop()
    assert deidentify.mask(STORY).text == MASKED


def test_a_masking_folder_others_may_enter_is_refused(tmp_path, monkeypatch):
    folder = tmp_path / "open"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setenv("IMPACT_MASKING", "worker")
    monkeypatch.setenv("IMPACT_MASKING_DIR", str(folder))
    with pytest.raises(MaskingUnavailable, match="ook voor anderen open"):
        deidentify.mask(STORY)
    assert not (folder / "key").exists()


@pytest.fixture
def no_worker(tmp_path, monkeypatch):
    """Masking through a worker that never comes (it cannot start on this machine, say)."""
    monkeypatch.setenv("IMPACT_MASKING", "worker")
    monkeypatch.setenv("IMPACT_MASKING_DIR", str(tmp_path / "never"))
    monkeypatch.setattr(masking_worker, "_spawn", lambda place: None)
    monkeypatch.setattr(masking_worker, "STARTUP_SECONDS", 0.3)
    yield
    masking_worker._drop()


def test_a_worker_that_cannot_start_is_reported_at_once_not_after_the_whole_wait(tmp_path, monkeypatch):
    monkeypatch.setenv("IMPACT_MASKING", "worker")
    monkeypatch.setenv("IMPACT_MASKING_DIR", str(tmp_path / "broken"))
    monkeypatch.setattr(masking_worker.sys, "executable", "/bin/false")  # the worker ends at once
    started = time.monotonic()
    with pytest.raises(MaskingUnavailable):
        deidentify.mask(STORY)
    assert time.monotonic() - started < masking_worker.STARTUP_SECONDS / 4
    masking_worker._drop()


def test_without_a_worker_masking_is_refused_never_skipped(no_worker):
    with pytest.raises(MaskingUnavailable, match="er is niets opgeslagen"):
        deidentify.mask(STORY)


def test_without_a_worker_the_story_form_says_so_and_nothing_is_stored(no_worker, demo_file, monkeypatch):
    monkeypatch.setenv("IMPACT_DB", str(demo_file))
    before = Store(demo_file)
    stories = before.scalar("SELECT count(*) FROM story")
    before.close()
    test = AppTest.from_file(str(APP), default_timeout=30)
    test.query_params["programma"] = "wijk"
    test.run()
    _open_stories_tab(test, "Nieuw verhaal")
    _by_label(test.text_input, "Titel").input("Weer naar de markt")
    _by_label(test.text_area, "Het verhaal").input(STORY)
    _by_label(test.text_input, "Verzameld door").input("buurtwerker")
    next(button for button in test.button if button.label == "Controleer privacy").click().run()
    assert not test.exception
    assert any("Het maskeren van persoonsgegevens lukt nu niet" in error.value for error in test.error)
    assert "2. Controleer de gemaskeerde tekst" not in [header.value for header in test.header]
    assert _by_label(test.text_area, "Het verhaal").value == STORY  # the form keeps what was typed
    after = Store(demo_file)
    assert after.scalar("SELECT count(*) FROM story") == stories
    after.close()


def test_a_worker_still_loading_is_stopped_with_the_server_that_started_it(tmp_path):
    place = tmp_path / "loading"
    worker = subprocess.Popen([sys.executable, "-m", "impact_core.access.masking_worker", str(place)])
    try:
        deadline = time.monotonic() + 60
        while masking_worker.pid(place) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not (place / "socket").exists()  # deduce is still loading
        masking_worker.stop(place)
        assert worker.wait(timeout=30) != 0
    finally:
        worker.kill()


def test_an_idle_worker_stops_itself(tmp_path):
    place = tmp_path / "idle"
    env = {**os.environ, "IMPACT_MASKING_IDLE_SECONDS": "1"}
    worker = subprocess.Popen([sys.executable, "-m", "impact_core.access.masking_worker", str(place)], env=env)
    try:
        assert worker.wait(timeout=300) == 0  # loaded, served nobody for a second, stopped
    finally:
        worker.kill()
    assert not (place / "socket").exists()
    assert masking_worker.pid(place) is None
