"""Backups: a consistent copy of the whole database in one file, and restoring one.

A backup is made through the running connection (``COPY FROM DATABASE`` reads one
snapshot, so writes during it cannot tear it) into a file beside the target, renamed
into place when complete. A restore first checks that the backup opens and carries a
schema version this program knows, then builds the restored database aside, brings it
up to the current schema, and swaps it in whole.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import duckdb

from impact_core.access import audit, policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.db.database_file import replace_database
from impact_core.db.store import Store, migrations
from impact_core.refusal import Invalid

SUFFIX = ".duckdb"


class InvalidBackup(Invalid):
    """The file is not a backup this program can restore; the message says why, in Dutch."""


def backup_directory(database: Path) -> Path:
    return Path(database).parent / "backups"


def _quoted_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def create_backup(store: Store, viewer: Viewer, directory: Path | None = None) -> Path:
    """A timestamped copy of the database in ``directory`` (default: ``backups`` beside it)."""
    policy.require(viewer, Action.STEWARD_PLATFORM)
    directory = Path(directory or backup_directory(store.path))
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = directory / f"{store.path.stem}-{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    with store.cursor() as cur:
        catalog = cur.execute("SELECT current_database()").fetchall()[0][0]
        cur.execute(f"ATTACH {_quoted_path(partial)} AS impact_backup")
        try:
            cur.execute(f'COPY FROM DATABASE "{catalog}" TO impact_backup')
        except BaseException:
            cur.execute("DETACH impact_backup")
            partial.unlink(missing_ok=True)
            raise
        cur.execute("DETACH impact_backup")
    os.replace(partial, target)
    store.write(lambda cur: audit.record(cur, viewer, "backup", "database", target.name))
    return target


def list_backups(directory: Path) -> list[Path]:
    """Backups in ``directory``, newest first."""
    return sorted(Path(directory).glob(f"*{SUFFIX}"), reverse=True) if Path(directory).is_dir() else []


def check_backup(backup: Path) -> int:
    """The schema version of a usable backup; ``InvalidBackup`` otherwise."""
    backup = Path(backup)
    if not backup.is_file():
        raise InvalidBackup(f"De reservekopie {backup} bestaat niet.")
    try:
        con = duckdb.connect(str(backup), read_only=True)
    except duckdb.Error as error:
        raise InvalidBackup(f"{backup.name} is geen database die ik kan openen ({str(error)[:200]}).") from None
    try:
        version = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
    except duckdb.Error:
        raise InvalidBackup(f"{backup.name} is geen reservekopie van Impactdialoog (geen schemaversie).") from None
    finally:
        con.close()
    newest = max(number for number, _, _ in migrations())
    if version is None or version > newest:
        raise InvalidBackup(f"{backup.name} komt van een nieuwere versie van Impactdialoog (schema {version}).")
    return version


def restore_backup(database: Path, backup: Path, viewer: Viewer) -> int:
    """Replace ``database`` by ``backup``; return the schema version it had. Nothing may hold the file."""
    policy.require(viewer, Action.STEWARD_PLATFORM)
    version = check_backup(backup)

    def build(aside: Path) -> None:
        shutil.copyfile(backup, aside)
        store = Store(aside)  # brings an older backup up to the current schema
        try:
            store.write(lambda cur: audit.record(cur, viewer, "restore", "database", Path(backup).name))
        finally:
            store.close()

    replace_database(Path(database), build, suffix=".restoring")
    return version
