"""A PostgreSQL server of the tests' own, for ``make test-postgres``: Debian's postgresql binaries,
a data folder under the project (``.pg/``), a Unix socket in it and no TCP port, fsync off.

``python -m tests.postgres_server -- COMMAND...`` starts it, runs the command with
``IMPACT_TEST_POSTGRES`` set to its address, stops it and removes the folder; the command's exit
status is its own. PostgreSQL refuses to run as root: as root, it runs as the ``postgres`` user
(which Debian's package makes).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / ".pg"


def binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    if not found:
        sys.exit("PostgreSQL ontbreekt: apt-get install postgresql")
    return Path(found[-1]).parent


def as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.getuid() == 0 else command


def main(command: list[str]) -> int:
    bin_dir = binaries()
    shutil.rmtree(HERE, ignore_errors=True)
    HERE.mkdir(mode=0o700)
    if os.getuid() == 0:
        shutil.chown(HERE, "postgres", "postgres")
    data = HERE / "data"
    subprocess.run(
        as_server_user(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "impact",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    options = f"-k {HERE} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=200"
    ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(HERE / "log"), "-w", "-o", options]
    subprocess.run(as_server_user([*ctl, "start"]), check=True, stdout=subprocess.DEVNULL)
    try:
        address = f"postgresql:///postgres?host={HERE}&user=impact"
        return subprocess.run(command, env={**os.environ, "IMPACT_TEST_POSTGRES": address}).returncode
    finally:
        subprocess.run(as_server_user([*ctl, "stop", "-m", "fast"]), stdout=subprocess.DEVNULL)
        shutil.rmtree(HERE, ignore_errors=True)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    sys.exit(main(arguments[1:] if arguments[:1] == ["--"] else arguments))
