"""A real ``streamlit run`` server and Debian's Chromium, shared by the browser tests and the
benchmarks so that both measure and test the same app in the same way."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from impact_core.access import masking_worker
from impact_core.db.postgres import is_address

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling home, and this machine's
# closed network refuses it many times a second.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(url: str, server: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit stopped: {log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"streamlit did not become healthy at {url}")


@contextmanager
def streamlit_server(
    database: Path | str, *, script: Path = ROOT / "app.py", timeout: float = 120, **env: str
) -> Iterator[tuple[str, int]]:
    """``streamlit run app.py`` (or another script, such as the benchmark's floor app) on a free
    local port over this database (DuckDB lets one process hold a file), with extra environment
    variables; yields (url, pid) until the block ends. It starts in the project folder, so every
    script runs with the project's ``.streamlit/config.toml``."""
    port = free_port()
    # Beside the database file, or for a PostgreSQL address in a folder of the server's own.
    folder = Path(tempfile.mkdtemp(prefix="impact-server-")) if is_address(database) else Path(database).parent
    # The server writes to a file: an unread pipe fills up and then blocks the server.
    log = folder / f"streamlit-{port}.log"
    # A masking worker of the server's own, stopped with it (a real installation shares one per machine).
    masking = Path(env.get("IMPACT_MASKING_DIR") or folder / f"masking-{port}")
    output = log.open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT,
        env={**os.environ, "IMPACT_DB": str(database), "IMPACT_MASKING": "worker",
             "IMPACT_MASKING_DIR": str(masking), **env},
        stdout=output,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server, log, timeout)
        yield url, server.pid
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a rerun still loading deduce does not stop at once
            server.kill()
            server.wait()
        output.close()
        masking_worker.stop(masking)


def launch_chromium(playwright: Any) -> Any:
    """Debian's Chromium, headless; Playwright cannot download a browser of its own here."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
