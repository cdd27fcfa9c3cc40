"""The database schema and the pydantic models never disagree."""

import datetime as dt
import re
import types
import typing
from enum import Enum

import pytest

from impact_core.models import ENTITIES, Record

pytestmark = pytest.mark.duckdb_only("reads DuckDB's own catalog")

_TYPES = {str: "VARCHAR", int: "INTEGER", float: "DOUBLE", bool: "BOOLEAN", dt.datetime: "TIMESTAMP"}


def _unwrap(annotation):
    """(base type, optional?) of a field annotation, looking through Annotated and | None."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            optional = True
            annotation = args[0]
        else:
            return annotation, optional


def _sql_type(annotation) -> str:
    if typing.get_origin(annotation) is list:
        return "VARCHAR[]"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "VARCHAR"
    if getattr(annotation, "__name__", "") == "date":
        return "DATE"
    return _TYPES[annotation]


def _columns(store, table):
    rows = store.query(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    )
    return {row.column_name: (row.data_type, row.is_nullable == "YES") for row in rows.itertuples()}


@pytest.mark.parametrize("model", ENTITIES, ids=lambda model: model.__table__)
def test_columns_match_fields_in_name_type_and_nullability(empty_store, model: type[Record]):
    expected = {}
    for name, info in model.model_fields.items():
        base, optional = _unwrap(info.annotation)
        expected[name] = (_sql_type(base), optional)
    assert _columns(empty_store, model.__table__) == expected


@pytest.mark.parametrize("model", ENTITIES, ids=lambda model: model.__table__)
def test_check_constraints_allow_exactly_the_enum_values(empty_store, model: type[Record]):
    checks = empty_store.query(
        "SELECT constraint_column_names[1] AS column_name, expression FROM duckdb_constraints() "
        "WHERE table_name = ? AND constraint_type = 'CHECK' AND expression LIKE '% IN (%'",
        [model.__table__],
    )
    allowed = {row.column_name: set(re.findall(r"'([^']*)'", row.expression)) for row in checks.itertuples()}
    enums = {}
    for name, info in model.model_fields.items():
        base, _ = _unwrap(info.annotation)
        if isinstance(base, type) and issubclass(base, Enum):
            enums[name] = {member.value for member in base}
    assert allowed == enums


def test_every_entity_has_its_own_table_and_source_file_name():
    assert len({model.__table__ for model in ENTITIES}) == len(ENTITIES)
    assert len({model.__source__ for model in ENTITIES}) == len(ENTITIES)
