"""``make serve N=4``: PostgreSQL, N app processes and HAProxy in front of them, on this machine.

- PostgreSQL keeps its data in ``.serve/`` (Debian's binaries, a Unix socket, no TCP port); the
  demo is built into its database ``impact`` when that is missing.
- N ``streamlit run app.py`` processes, each on a free local port, all on that database; they
  share the machine's one masking worker.
- HAProxy (``deploy/haproxy.cfg``) on one address, default 127.0.0.1:8501, keeps each browser
  with its process by a cookie and checks every process's ``/_stcore/health``.

Ctrl-C stops everything. ``Cluster`` does the same for the tests and the load benchmark.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from benchmarks.harness import free_port
from deploy import postgres_server
from impact_core.db import postgres

ROOT = Path(__file__).resolve().parent.parent
MOST = 8  # the servers deploy/haproxy.cfg lists


@dataclass
class Cluster:
    """N app processes on ``database`` behind HAProxy; ``url`` is the one address."""

    database: str
    processes: int
    proxy_port: int = 0
    logs: Path = ROOT / ".serve"
    url: str = ""
    app_urls: list[str] = field(default_factory=list)
    _children: list[subprocess.Popen] = field(default_factory=list)
    _logs: list[IO[str]] = field(default_factory=list)

    def start(self, *, timeout: float = 120) -> None:
        if not 1 <= self.processes <= MOST:
            raise ValueError(f"N moet tussen 1 en {MOST} liggen")
        if not shutil.which("haproxy"):
            sys.exit("HAProxy ontbreekt: apt-get install haproxy")
        self.logs.mkdir(parents=True, exist_ok=True)
        ports = [free_port() for _ in range(MOST)]
        self.proxy_port = self.proxy_port or free_port()
        for number, port in enumerate(ports[: self.processes], start=1):
            log = (self.logs / f"app{number}.log").open("w")
            self._logs.append(log)
            self._children.append(
                subprocess.Popen(
                    [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1",
                     "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                    cwd=ROOT, env={**os.environ, "IMPACT_DB": self.database}, stdout=log, stderr=subprocess.STDOUT,
                )
            )  # fmt: skip
            self.app_urls.append(f"http://127.0.0.1:{port}")
        proxy_env = {f"IMPACT_APP_PORT_{number}": str(port) for number, port in enumerate(ports, start=1)}
        proxy_env["IMPACT_PROXY_ADDRESS"] = f"127.0.0.1:{self.proxy_port}"
        self._logs.append((self.logs / "haproxy.log").open("w"))
        self._children.append(
            subprocess.Popen(
                ["haproxy", "-db", "-f", str(ROOT / "deploy" / "haproxy.cfg")],
                env={**os.environ, **proxy_env},
                stdout=self._logs[-1],
                stderr=subprocess.STDOUT,
            )
        )
        self.url = f"http://127.0.0.1:{self.proxy_port}"
        for url in [*self.app_urls, self.url]:
            _wait_healthy(url, timeout)

    def stop(self) -> None:
        for child in reversed(self._children):
            child.send_signal(signal.SIGTERM)
        for child in self._children:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        self._children.clear()
        for log in self._logs:
            log.close()
        self._logs.clear()

    @property
    def apps(self) -> list[subprocess.Popen]:
        return self._children[: self.processes]

    def kill_app(self, number: int) -> None:
        """Kill app process ``number`` (1-based) at once, as a crash would."""
        self._children[number - 1].kill()
        self._children[number - 1].wait()


def _wait_healthy(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
            if answer.status == 200:
                return
        time.sleep(0.25)
    raise RuntimeError(f"{url} answered no health check within {timeout:.0f} s")


@contextlib.contextmanager
def cluster(database: str, processes: int, **options: object) -> Iterator[Cluster]:
    running = Cluster(database, processes, **options)  # type: ignore[arg-type]
    try:
        running.start()
        yield running
    finally:
        running.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("processes", type=int, nargs="?", default=4, help="app processes (1-8)")
    parser.add_argument("--port", type=int, default=8501, help="the one address's port")
    args = parser.parse_args()
    # A TERM (a process manager, timeout) stops everything as Ctrl-C does, PostgreSQL included.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    folder = ROOT / ".serve"
    server = postgres_server.start(folder / "postgres", throwaway=False)
    database = postgres.with_database(server, "impact")
    try:
        if not postgres.exists(database):
            subprocess.run([sys.executable, "-m", "impact_core", "demo", "--db", database], cwd=ROOT, check=True)
        with cluster(database, args.processes, proxy_port=args.port, logs=folder) as running:
            print(f"Impactdialoog op {running.url} ({args.processes} processen, PostgreSQL in {folder}); Ctrl-C stopt.")
            with contextlib.suppress(KeyboardInterrupt):
                while all(child.poll() is None for child in running.apps):
                    time.sleep(1)
        return 0
    finally:
        postgres_server.stop(folder / "postgres")


if __name__ == "__main__":
    sys.exit(main())
