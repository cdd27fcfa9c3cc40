"""A condition keeps its SQL and its parameters together; combining two never lets one part's
value stand in for another's."""

import datetime as dt

import duckdb
import pytest

from impact_core.condition import FALSE, TRUE, Condition, joint_params


def _rows(condition: Condition) -> list[int]:
    con = duckdb.connect()
    con.execute("CREATE TABLE t AS SELECT range AS x, 'org' || (range % 3) AS org FROM range(10)")
    found = con.execute(f"SELECT x FROM t WHERE {condition.sql} ORDER BY x", condition.params).fetchall()
    return [row[0] for row in found]


def test_a_placeholder_without_a_value_or_a_value_without_a_placeholder_is_refused():
    with pytest.raises(ValueError):
        Condition("x = $low")
    with pytest.raises(ValueError):
        Condition("x = 1", {"low": 1})


def test_the_parameters_cannot_be_changed_behind_the_conditions_back():
    given = {"low": 3}
    condition = Condition("x > $low", given)
    given["low"] = 8
    condition.params["low"] = 9
    assert condition.params == {"low": 3}
    with pytest.raises(TypeError):
        condition.named["low"] = 9  # type: ignore[index]


def test_and_merges_the_parameters_and_one_name_with_one_value_stays_one_parameter():
    low, high = Condition("x > $low", {"low": 3}), Condition("x < $high", {"high": 7})
    combined = low & high & Condition("x <> $low", {"low": 3})
    assert combined.sql == "x > $low AND x < $high AND x <> $low"
    assert combined.params == {"low": 3, "high": 7}
    assert _rows(combined) == [4, 5, 6]


def test_the_same_name_for_different_values_is_renamed_apart_not_overwritten():
    combined = Condition("org = $organisation", {"organisation": "org1"}) | Condition(
        "org = $organisation", {"organisation": "org2"}
    )
    assert combined.sql == "(org = $organisation OR org = $organisation_2)"
    assert combined.params == {"organisation": "org1", "organisation_2": "org2"}
    assert _rows(combined) == [1, 2, 4, 5, 7, 8]


def test_renaming_leaves_a_longer_name_that_starts_the_same_alone():
    first = Condition("x > $low", {"low": 1})
    second = Condition("x > $low AND x < $low_2 AND x <> $lower", {"low": 2, "low_2": 9, "lower": 5})
    combined = first & second
    assert combined.params == {"low": 1, "low_3": 2, "low_2": 9, "lower": 5}
    assert combined.sql == "x > $low AND x > $low_3 AND x < $low_2 AND x <> $lower"
    assert _rows(combined) == [3, 4, 6, 7, 8]


def test_values_of_different_types_are_different_values():
    combined = Condition("x = $v", {"v": 1}) | Condition("x::VARCHAR = $v", {"v": "1"})
    assert combined.params == {"v": 1, "v_2": "1"}


def test_an_or_inside_an_and_keeps_its_meaning():
    either = Condition("x = 1 OR x = 2")
    assert (either & Condition("org = 'org1'")).sql == "(x = 1 OR x = 2) AND org = 'org1'"
    assert _rows(either & Condition("org = 'org1'")) == [1]
    assert (Condition("x = 1") | Condition("x = 2")).sql == "(x = 1 OR x = 2)"
    assert ((Condition("x = 1") | Condition("x = 2")) & Condition("x > 1")).sql == "(x = 1 OR x = 2) AND x > 1"
    assert (Condition("(x = 1) OR (x = 2)") & TRUE & Condition("x > 1")).sql == "((x = 1) OR (x = 2)) AND x > 1"


def test_true_and_false_are_the_identities():
    condition = Condition("x > $low", {"low": 3})
    assert TRUE & condition == condition == condition & TRUE
    assert FALSE | condition == condition == condition | FALSE
    assert Condition.all([]) == TRUE
    assert _rows(FALSE & condition) == []


def test_values_in_gives_one_parameter_per_value():
    condition = Condition.values_in("org", "organisation", ["org0", "org2"])
    assert condition.sql == "org IN ($organisation_0, $organisation_1)"
    assert _rows(condition) == [0, 2, 3, 5, 6, 8, 9]
    assert Condition.values_in("org", "organisation", []) == FALSE


def test_the_rest_of_the_query_may_not_give_a_name_another_value():
    condition = Condition("x > $low", {"low": dt.date(2025, 1, 1)})
    assert condition.params_with(high=3) == {"low": dt.date(2025, 1, 1), "high": 3}
    assert condition.params_with(low=dt.date(2025, 1, 1)) == {"low": dt.date(2025, 1, 1)}
    with pytest.raises(ValueError):
        condition.params_with(low=3)


def test_conditions_spliced_apart_share_a_name_only_for_the_same_value():
    first, second = Condition("x > $low", {"low": 1}), Condition("x <> $low", {"low": 1})
    assert joint_params(first, second, high=3) == {"low": 1, "high": 3}
    with pytest.raises(ValueError):
        joint_params(first, Condition("x <> $low", {"low": 2}))
