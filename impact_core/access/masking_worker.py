"""One masking process per machine, shared by every app process and command.

deduce's lookup tables take about a gigabyte and ten seconds to load. Loaded in each app process,
they made every process 1.4 GB once someone opened a story form; here they are loaded once, in a
worker that every process on the machine asks over a Unix socket. The first process that needs
masking starts the worker; it stops itself after ``IDLE_SECONDS`` without a request, and the next
request starts it again.

The socket, its key and the worker's pid live in a directory only this user may enter
(``IMPACT_MASKING_DIR``, by default one per user and checkout under the temporary directory). A
client proves it holds the key before it may ask (``multiprocessing.connection``'s HMAC
challenge), and texts and answers travel as JSON, never as pickles. When no worker answers, masking
is refused (``MaskingUnavailable``): a text is never passed on unmasked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path

from impact_core.config import PROJECT_ROOT
from impact_core.refusal import Refused

log = logging.getLogger(__name__)
IDLE_SECONDS = 15 * 60
STARTUP_SECONDS = 180  # deduce loads in ten seconds on a quiet machine; a busy CI machine is slower


Span = tuple[int, int, str, str]  # start, end, the label a reader sees, the words it replaces


class MaskingUnavailable(Refused, RuntimeError):
    """No masking worker answered: nothing that needed masking was stored."""


def directory() -> Path:
    configured = os.environ.get("IMPACT_MASKING_DIR")
    if configured:
        return Path(configured)
    checkout = hashlib.sha256(str(PROJECT_ROOT).encode()).hexdigest()[:8]
    return Path(tempfile.gettempdir()) / f"impactdialoog-masking-{os.getuid()}-{checkout}"


def _private(path: Path) -> Path:
    """The directory, made if need be, and refused when others may enter it (a socket and key
    there would be theirs to use)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.stat()
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise MaskingUnavailable("masking.refusal.unsafe_directory", path=str(path))
    return path


def _key(place: Path) -> bytes:
    key_file = place / "key"
    with contextlib.suppress(FileExistsError):
        descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(secrets.token_bytes(32))
    return key_file.read_bytes()


# --- the client: every process that masks ----------------------------------------------------

_asking = threading.Lock()  # one question at a time on this process's connection
_connection: Connection | None = None


def spans(text: str, keep: Iterable[str] = ()) -> list[Span]:
    """``deidentify.deduce_spans`` of ``text``, from the machine's worker (started if none runs).
    A worker that died is started once more; after that, ``MaskingUnavailable``."""
    global _connection
    with _asking:
        for attempt in range(2):
            try:
                if _connection is None:
                    _connection = _connect()
                _connection.send_bytes(json.dumps({"text": text, "keep": list(keep)}).encode())
                return [(start, end, label, words) for start, end, label, words in json.loads(_connection.recv_bytes())]
            except (OSError, EOFError, ValueError) as error:
                log.warning("Masking worker did not answer (attempt %d): %s", attempt + 1, error)
                _drop()
        raise MaskingUnavailable("masking.refusal.unavailable")


def start() -> None:
    """Have a worker running (or loading) without waiting for it: for a page that will mask soon."""
    place = _private(directory())
    if not _alive(place):
        _spawn(place)


def _drop() -> None:
    global _connection
    if _connection is not None:
        with contextlib.suppress(OSError):
            _connection.close()
    _connection = None


def _connect() -> Connection:
    place = _private(directory())
    key, socket = _key(place), str(place / "socket")
    deadline = time.monotonic() + STARTUP_SECONDS
    started: subprocess.Popen | None = None
    while True:
        try:
            return Client(socket, family="AF_UNIX", authkey=key)
        except (FileNotFoundError, ConnectionRefusedError):
            if started is None and not _alive(place):
                started = _spawn(place)
            # One that ended without another serving in its place failed to start (see its log):
            # say so now rather than after the whole wait.
            ended = started is not None and started.poll() is not None and not _alive(place)
            if ended or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _alive(place: Path) -> bool:
    """Whether a worker holds the directory's lock (it does from its start, while still loading)."""
    import fcntl  # here: a machine without it (Windows) masks in process and never gets this far

    with (place / "lock").open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(lock, fcntl.LOCK_UN)
        return False


def _spawn(place: Path) -> subprocess.Popen:
    log.info("Starting the masking worker in %s", place)
    with (place / "worker.log").open("a") as output:
        # A session of its own and no inherited pipes: it outlives the process that started it
        # and holds nothing open that a caller (a terminal, CI) waits on.
        return subprocess.Popen(
            [sys.executable, "-m", "impact_core.access.masking_worker", str(place)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            close_fds=True,
        )


def pid(place: Path | None = None) -> int | None:
    """The running worker's process id, when one runs (for benchmarks and tests)."""
    place = place or directory()
    if not (place / "lock").exists() or not _alive(place):
        return None
    with contextlib.suppress(FileNotFoundError, ValueError):
        return int((place / "pid").read_text())
    return None


def stop(place: Path | None = None) -> None:
    """Stop the running worker, if any (a test server's, at its end)."""
    running = pid(place)
    if running is not None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(running, signal.SIGTERM)


# --- the worker ------------------------------------------------------------------------------


def serve(place: Path, idle_seconds: float = IDLE_SECONDS) -> None:
    """Load deduce, then answer every process on the machine until idle for ``idle_seconds``."""
    import fcntl

    place = _private(place)
    lock = (place / "lock").open("a")  # held, unclosed, for the worker's whole life
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return  # another worker started first: it serves
    (place / "pid").write_text(str(os.getpid()))  # from the start, so that a stop reaches one still loading
    from impact_core.access import deidentify  # the worker loads deduce; the app processes never do

    deidentify.deduce_spans("")  # load the tables before anyone is let in
    socket = place / "socket"
    socket.unlink(missing_ok=True)
    listener = Listener(str(socket), family="AF_UNIX", authkey=_key(place))
    last = [time.monotonic()]
    threading.Thread(target=_stop_when_idle, args=(last, idle_seconds, socket), daemon=True).start()
    log.info("Masking worker %d ready in %s", os.getpid(), place)
    while True:
        try:
            connection = listener.accept()
        except (OSError, EOFError) as refused:  # a caller without the key, or one that hung up
            log.warning("Masking worker refused a connection: %s", refused)
            continue
        threading.Thread(target=_answer, args=(connection, last), daemon=True).start()


def _answer(connection: Connection, last: list[float]) -> None:
    from impact_core.access import deidentify  # loaded by serve; imported here, as there, to avoid a cycle

    with contextlib.closing(connection):
        for request in _requests(connection):
            last[0] = time.monotonic()
            asked = json.loads(request)
            connection.send_bytes(json.dumps(deidentify.deduce_spans(asked["text"], asked["keep"])).encode())
            last[0] = time.monotonic()


def _requests(connection: Connection) -> Iterator[bytes]:
    while True:
        try:
            yield connection.recv_bytes()
        except (EOFError, OSError):
            return


def _stop_when_idle(last: list[float], idle_seconds: float, socket: Path) -> None:
    while time.monotonic() - last[0] < idle_seconds:
        time.sleep(min(idle_seconds, 5))
    log.info("Masking worker %d idle for %d s: stopping", os.getpid(), idle_seconds)
    socket.unlink(missing_ok=True)
    os._exit(0)  # the accept loop blocks; nothing is half-done between requests


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    serve(Path(sys.argv[1]), float(os.environ.get("IMPACT_MASKING_IDLE_SECONDS", IDLE_SECONDS)))
