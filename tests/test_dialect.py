"""The store's DuckDB SQL said in PostgreSQL's (issue 23): each rewrite the dialect layer adds to
sqlglot's translation, and the values bound in the order PostgreSQL numbers them. These run on
every ``make test``; ``make test-postgres`` runs the whole suite through them on a real server."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from impact_core.db.dialect import ABSENT, postgres


@pytest.mark.parametrize(
    ("duckdb", "expected"),
    [
        ("BEGIN TRANSACTION", "BEGIN ISOLATION LEVEL REPEATABLE READ"),
        ("SELECT a, count(*) FROM t GROUP BY ALL", "SELECT a, COUNT(*) FROM t GROUP BY 1"),
        ("SELECT a, b FROM t ORDER BY ALL DESC", "SELECT a, b FROM t ORDER BY 1 DESC NULLS LAST, 2 DESC NULLS LAST"),
        ("SELECT a, b FROM t ORDER BY ALL", "SELECT a, b FROM t ORDER BY 1, 2"),
        (
            "SELECT a FROM t UNION SELECT b FROM u ORDER BY ALL",
            "SELECT a FROM t UNION SELECT b FROM u ORDER BY 1",
        ),
        ("SELECT 1 WHERE regexp_full_match(code, 'GM[0-9]{4}')", "SELECT 1 WHERE code ~ '^(?:GM[0-9]{4})$'"),
        ("SELECT list_contains(tags, 'x') FROM t", "SELECT ('x' = ANY(tags)) FROM t"),
        ("SELECT 1 WHERE list_has_all(tags, ['a'])", "SELECT 1 WHERE tags @> ARRAY['a']"),
        ("SELECT any_value(a) FROM t", "SELECT (ARRAY_AGG(a))[1] FROM t"),
        ("SELECT arg_max(a, b) FROM t", "SELECT (ARRAY_AGG(a ORDER BY b DESC NULLS LAST))[1] FROM t"),
        ("SELECT hash(a) FROM t", "SELECT MD5(CAST(a AS TEXT)) FROM t"),
        ("SELECT strip_accents(a) FROM t", "SELECT UNACCENT(a) FROM t"),
        ("SELECT date_trunc('month', m) FROM t", "SELECT CAST(DATE_TRUNC('MONTH', m) AS DATE) FROM t"),
        ("SELECT date_trunc('hour', m) FROM t", "SELECT DATE_TRUNC('HOUR', m) FROM t"),
        ("SELECT [] AS none", "SELECT CAST(ARRAY[] AS TEXT[]) AS none"),
        ("SELECT rowid FROM t", "SELECT ctid FROM t"),
        ("SELECT x FROM (SELECT 1 AS x)", None),  # a name for the subquery: checked below
        (
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
            "SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA",
        ),
        ("SELECT a / b FROM t", "SELECT CAST(a AS DOUBLE PRECISION) / b FROM t"),
        ("SELECT 'a%' LIKE b FROM t", "SELECT 'a%' LIKE b FROM t"),
    ],
)
def test_each_duckdb_form_is_said_in_postgresql(duckdb, expected):
    (statement,) = postgres(duckdb).statements
    if expected is None:
        assert statement.startswith("SELECT x FROM (SELECT 1 AS x) AS _subquery")
    else:
        assert statement == expected


def test_create_or_replace_table_drops_the_table_first():
    assert postgres("CREATE OR REPLACE TEMP TABLE diff AS SELECT 1").statements == (
        "DROP TABLE IF EXISTS diff",
        "CREATE TEMPORARY TABLE diff AS SELECT 1",
    )


def test_a_question_mark_inside_a_literal_is_no_parameter():
    translated = postgres("SELECT '?' AS mark, ? AS value")
    assert translated.statements == ("SELECT '?' AS mark, $1 AS value",)
    assert translated.arguments(["v"]) == ["v"]


def test_a_named_value_used_twice_is_bound_once():
    translated = postgres("SELECT 1 WHERE a = $p OR b = $p")
    assert translated.statements == ("SELECT 1 WHERE a = $1 OR b = $1",)
    assert translated.arguments({"p": 7}) == [7]


@pytest.mark.parametrize(("value", "missing"), [(None, True), ("x", False)])
def test_whether_a_value_is_null_goes_as_a_boolean_of_its_own(value, missing):
    translated = postgres("SELECT 1 WHERE ($o IS NULL OR a = $o) AND ($o IS NOT NULL OR b)")
    assert "IS NULL" not in translated.statements[0]
    assert translated.parameters.count((ABSENT, "o")) == 1
    bound = dict(zip(translated.parameters, translated.arguments({"o": value}), strict=True))
    assert bound == {"o": value, (ABSENT, "o"): missing}


# The syntax tree keeps a CTE after the query it belongs to: a ? there is written first but
# visited last. Each slot holds a ? or a literal.
_TEMPLATE = "WITH c AS (SELECT {} AS v) SELECT {}, (SELECT {}) AS s FROM c WHERE c.v = {}"


@given(st.lists(st.booleans(), min_size=4, max_size=4))
def test_values_are_bound_in_the_order_the_question_marks_are_written(marks):
    sql = _TEMPLATE.format(*("?" if mark else "'lit'" for mark in marks))
    values = [f"v{i}" for i in range(sum(marks))]
    translated = postgres(sql)
    arguments = translated.arguments(values)
    in_text = [arguments[int(number) - 1] for number in re.findall(r"\$(\d+)", translated.statements[0])]
    assert in_text == values


@pytest.mark.parametrize("duckdb", ["SELECT * FROM t ORDER BY ALL", "SELECT t.* FROM t ORDER BY ALL"])
def test_order_by_all_over_every_column_of_a_star_is_refused_not_cut_to_the_first(duckdb):
    with pytest.raises(ValueError, match="name the columns"):
        postgres(duckdb)
