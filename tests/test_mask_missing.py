"""Texts written before their masked twins existed get one: by the steward for their own
organisation (``mask-missing``), and for the whole demo database when ``make run`` finds it."""

from impact_core.__main__ import main
from impact_core.db.store import open_store
from impact_core.models import ENTITIES

TWINS = [(model.__table__, source, twin) for model in ENTITIES for source, twin in model.__masked__.items()]


def _forget_twins(path) -> None:
    """As after the migration that added the twins: NULL everywhere."""
    store = open_store(path)
    store.write(lambda cur: [cur.execute(f"UPDATE {table} SET {twin} = NULL") for table, _, twin in TWINS])
    store.close()


def _missing(path, organisation: str | None = None) -> dict[tuple[str, str], int]:
    """Per twin, how many texts lack it (of one organisation, when given)."""
    from impact_core.access import tenancy

    store = open_store(path)
    try:
        counts = {
            (table, twin): store.scalar(
                f"SELECT count(*) FROM {table} t WHERE {twin} IS NULL AND {source} IS NOT NULL"
                + (f" AND {tenancy.owned(table, 't')}" if organisation else ""),
                {"organisation": organisation} if organisation else None,
            )
            for table, source, twin in TWINS
        }
    finally:
        store.close()
    return {key: count for key, count in counts.items() if count}


def test_the_demo_command_fills_every_missing_twin_of_an_existing_database(demo_file):
    _forget_twins(demo_file)
    assert _missing(demo_file)  # the guard: there was something to fill
    assert main(["demo", "--db", str(demo_file), "--if-missing"]) == 0
    assert _missing(demo_file) == {}


def test_mask_missing_fills_the_stewards_own_organisation_only(demo_file, capsys):
    _forget_twins(demo_file)
    assert main(["mask-missing", "--db", str(demo_file), "--organisation", "wvs"]) == 0
    assert "gemaskeerd" in capsys.readouterr().out
    assert _missing(demo_file, "wvs") == {}
    assert _missing(demo_file, "rvd")  # another organisation's texts wait for their own steward
