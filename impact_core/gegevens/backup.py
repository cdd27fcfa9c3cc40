"""Backups: a consistent copy of the whole database in one file, and restoring one.

A backup is made through the running connection (``COPY FROM DATABASE`` reads one
snapshot, so writes during it cannot tear it) into a file beside the target, renamed
into place when complete. A restore first checks, with the file opened read-only and
sealed off from the rest of the server, that the backup holds exactly the tables of a
schema version this program knows and nothing else; then it copies the backup aside,
checks the copy again, brings it up to the current schema, and swaps it in whole.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from impact_core.access import audit, policy
from impact_core.access.policy import Action
from impact_core.access.viewer import Viewer
from impact_core.config import PROJECT_ROOT
from impact_core.db import postgres, transfer
from impact_core.db.database_file import replace_database
from impact_core.db.schema_check import differences, expected_catalog, read_catalog
from impact_core.db.store import Store, migrations
from impact_core.refusal import Invalid

SUFFIX = ".duckdb"


class InvalidBackup(Invalid):
    """The file is not a backup this program can restore; the message says why."""


def backup_directory(database: Path | str) -> Path:
    """``backups`` beside a DuckDB file; for a PostgreSQL store ``IMPACT_BACKUPS``, by default
    ``data/backups`` in the project."""
    if postgres.is_address(database):
        return Path(os.environ.get("IMPACT_BACKUPS") or PROJECT_ROOT / "data" / "backups")
    return Path(database).parent / "backups"


def create_backup(store: Store, viewer: Viewer, directory: Path | None = None) -> Path:
    """A timestamped copy of the database in ``directory`` (default: ``backups`` beside it)."""
    policy.require(viewer, Action.STEWARD_PLATFORM)
    directory = Path(directory or backup_directory(store.location))
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = directory / f"{store.path.stem}-{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    if store.engine == "postgres":  # a DuckDB file all the same: one backup format for both engines
        transfer.copy_to_file(store, partial)
    else:
        store.copy_to(partial)
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
        raise InvalidBackup("gegevens.refusal.no_backup", path=backup)
    return _check_file(backup, backup.name)


def restore_backup(database: Path | str, backup: Path, viewer: Viewer) -> int:
    """Replace ``database`` by ``backup``; return the schema version it had. Nothing may hold the file."""
    policy.require(viewer, Action.STEWARD_PLATFORM)
    check_backup(backup)
    if postgres.is_address(database):
        return _restore_into_postgres(str(database), Path(backup), viewer)

    def build(aside: Path) -> int:
        shutil.copyfile(backup, aside)
        # The copy is what goes live, and it need not be what was checked: the check also reads a
        # write-ahead log beside the backup, which is not copied, and the file may change meanwhile.
        version = _check_file(aside, Path(backup).name)
        store = Store(aside)  # opened as the live database is; brings an older backup up to the current schema
        try:
            store.write(lambda cur: audit.record(cur, viewer, "restore", "database", Path(backup).name))
        finally:
            store.close()
        return version

    return replace_database(Path(database), build, suffix=".restoring")


def _restore_into_postgres(database: str, backup: Path, viewer: Viewer) -> int:
    """The backup's rows into a new database beside ``database``, brought up to the current schema
    and swapped in: the same checks as a DuckDB restore, on a copy of the file that nobody else has."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / backup.name
        shutil.copyfile(backup, copy)
        version = _check_file(copy, backup.name)

        def build(aside: str) -> int:
            source = Store(copy, read_only=True)
            target = Store(aside, migrate_to=version)
            try:
                transfer.copy_rows(source, target)
            finally:
                source.close()
                target.close()
            store = Store(aside)  # up to the current schema
            try:
                store.write(lambda cur: audit.record(cur, viewer, "restore", "database", backup.name))
            finally:
                store.close()
            return version

        return replace_database(database, build, suffix=".restoring")


# While a file is inspected, nothing in it may reach outside it: a view over read_text() or a
# macro could otherwise read the server's files into what the check sees.
_SEALED: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "allow_persistent_secrets": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


def _check_file(path: Path, name: str) -> int:
    """The schema version of the database at ``path``, when it holds exactly that version's schema."""
    try:
        con = duckdb.connect(str(path), read_only=True, config=_SEALED)
    except duckdb.Error as error:
        raise InvalidBackup("gegevens.refusal.backup_unopenable", name=name, error=str(error)[:200]) from None
    try:
        found = read_catalog(con)
        # Only a table's rows are read: a view or macro under that name could compute anything.
        versions = (
            {row[0] for row in con.execute("SELECT version FROM schema_version").fetchall()}
            if "schema_version" in found.tables
            else set()
        )
    except duckdb.Error as error:
        raise InvalidBackup("gegevens.refusal.backup_unreadable", name=name, error=str(error)[:200]) from None
    finally:
        con.close()
    known = [number for number, _, _ in migrations()]
    if not versions or not all(isinstance(version, int) for version in versions):
        raise InvalidBackup("gegevens.refusal.backup_no_version", name=name)
    version = max(versions)
    if version > max(known):
        raise InvalidBackup("gegevens.refusal.backup_newer", name=name, version=version)
    if versions != {number for number in known if number <= version}:
        raise InvalidBackup("gegevens.refusal.backup_versions_missing", name=name)
    problems = differences(expected_catalog(version), found)
    if problems:
        # The differences name tables and columns; the schema check words them in Dutch.
        shown = "; ".join(problems[:6])
        key = "gegevens.refusal.backup_differs_more" if len(problems) > 6 else "gegevens.refusal.backup_differs"
        raise InvalidBackup(key, name=name, version=version, differences=shown, more=len(problems) - 6)
    return version
