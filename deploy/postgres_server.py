"""A PostgreSQL server of the project's own, from Debian's ``postgresql`` binaries: a data folder
under the project, a Unix socket in it and no TCP port. For ``make test-postgres`` (a throwaway
server with fsync off) and ``make serve`` (one that keeps its data in ``.serve/``).

``python -m deploy.postgres_server -- COMMAND...`` starts a throwaway server in ``.pg/``, runs the
command with ``IMPACT_TEST_POSTGRES`` set to its address, stops it and removes the folder; the
command's exit status is its own. PostgreSQL refuses to run as root: as root, it runs as the
``postgres`` user (which Debian's package makes).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    if not found:
        sys.exit("PostgreSQL ontbreekt: apt-get install postgresql")
    return Path(found[-1]).parent


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.getuid() == 0 else command


def _control(folder: Path) -> list[str]:
    return [str(binaries() / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "log"), "-w"]


def start(folder: Path, *, throwaway: bool) -> str:
    """Start the server of ``folder`` (made and initialised when new); its address."""
    if not (folder / "data").is_dir():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(mode=0o700, parents=True)
        if os.getuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        subprocess.run(
            _as_server_user(
                [str(binaries() / "initdb"), "-D", str(folder / "data"), "-A", "trust", "-U", "impact",
                 "-E", "UTF8", "--locale=C.UTF-8", *(["--no-sync"] if throwaway else [])]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
    # Trust on a Unix socket in a folder only the server's user may enter; no TCP port at all.
    options = f"-k {folder} -c listen_addresses=''"
    if throwaway:  # a test server: nothing in it needs to survive a crash; thousands of stores come and go
        options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=1000"
        # Autovacuum connects to a freshly filled database, and a database someone is connected to
        # cannot be copied: the test databases are copies of a demo template.
        options += " -c autovacuum=off"
    running = subprocess.run(_as_server_user([*_control(folder), "status"]), stdout=subprocess.DEVNULL)
    if running.returncode != 0:  # a server left running (a stop that never came) is used as it is
        subprocess.run(
            _as_server_user([*_control(folder), "-o", options, "start"]), check=True, stdout=subprocess.DEVNULL
        )
    return f"postgresql:///postgres?host={folder}&user=impact"


def stop(folder: Path) -> None:
    subprocess.run(_as_server_user([*_control(folder), "stop", "-m", "fast"]), stdout=subprocess.DEVNULL)


def main(command: list[str]) -> int:
    folder = ROOT / ".pg"
    shutil.rmtree(folder, ignore_errors=True)
    address = start(folder, throwaway=True)
    try:
        return subprocess.run(command, env={**os.environ, "IMPACT_TEST_POSTGRES": address}).returncode
    finally:
        stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    sys.exit(main(arguments[1:] if arguments[:1] == ["--"] else arguments))
