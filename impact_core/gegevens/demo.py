"""Build the demo database from the source files in data/demo."""

from __future__ import annotations

from pathlib import Path

from impact_core.access.viewer import Role, Viewer
from impact_core.config import DEMO_SOURCES
from impact_core.db import database_file
from impact_core.db.store import Store, remembered
from impact_core.doelmatigheid import peers
from impact_core.gegevens.importer import ImportFailed, RowError, load_directory
from impact_core.gegevens.synthetic import add_scale
from impact_core.refusal import Refused


@remembered  # the role switch reads it on every rerun
def seats(store: Store) -> list[tuple[Viewer, str]]:
    """Every role at every organisation or municipality, with its name: the demo's role switch."""
    found: list[tuple[Viewer, str]] = []
    for organisation_id, name in store.query("SELECT id, name FROM organisation ORDER BY name").itertuples(index=False):
        found += [(Viewer(role, organisation_id=organisation_id), name) for role in (Role.PROFESSIONAL, Role.BEHEER)]
    for code, name in store.query("SELECT code, name FROM municipality ORDER BY name").itertuples(index=False):
        found += [(Viewer(role, municipality_code=code), name) for role in (Role.GEMEENTE, Role.PRESENTATIE)]
    return found


@remembered  # the app asks on every rerun
def is_demo(store: Store) -> bool:
    """Was this file built by ``build_demo``? Only then may the app run without sign-in."""
    return store.scalar("SELECT value FROM installation WHERE key = 'kind'") == "demo"


# The demo organisation that has read its peers' files: six fictional, unnamed organisations.
PEER_READER = "wvs"


def _read_peer_files(store: Store) -> None:
    """Read the fictional peer files as the demo organisation's steward would, through the same checks."""
    steward = Viewer(Role.BEHEER, organisation_id=PEER_READER, actor="demo")
    for folder in sorted(path for path in (DEMO_SOURCES / "vergelijking").iterdir() if path.is_dir()):
        reading = peers.read_peer_file(store, steward, f"{folder.name}.zip", peers.zipped(folder))
        if not reading.ok:
            raise ImportFailed([RowError(**vars(error)) for error in reading.errors])


class DatabaseExists(Refused, RuntimeError):
    """The demo would overwrite a database that is already there."""


def build_demo(path: Path | str, *, force: bool = False, measurements: int = 0, stories: int = 0) -> dict[str, int]:
    """Build the demo into a fresh file and move it into place only when it is complete.

    An existing file is refused unless ``force``; then it is replaced whole, so running
    twice never duplicates rows and a failed build leaves the old file as it was.
    """
    if database_file.exists(path) and not force:
        raise DatabaseExists("gegevens.refusal.database_exists", path=path)

    def build(building: Path) -> dict[str, int]:
        store = Store(building)
        try:
            counts = load_directory(store, DEMO_SOURCES)
            _read_peer_files(store)
            if measurements or stories:
                add_scale(store, measurements, stories)
            store.write(lambda cur: cur.execute("INSERT INTO installation (key, value) VALUES ('kind', 'demo')"))
            return {
                table: store.scalar(f"SELECT count(*) FROM {table}")
                for table in counts | {"measurement": 0, "story": 0}
            }
        finally:
            store.close()

    return database_file.replace_database(path, build)
