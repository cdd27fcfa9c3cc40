"""A storyteller's pseudonym is a code such as VT-0012, never a name: refused alike in every spelling."""

import pytest
from pydantic import ValidationError

from impact_core import pseudonym
from impact_core.models import Story


@pytest.mark.parametrize("code", ["VT-0012", "vt-0012", "VT_12", "2026.031", "A1", "aster-3"])
def test_a_code_with_a_digit_is_a_pseudonym(code):
    assert pseudonym.problem(code) is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Samira", pseudonym.REFUSAL_NAME),
        ("samira", pseudonym.REFUSAL_NAME),
        ("SAMIRA", pseudonym.REFUSAL_NAME),
        ("Samira B.", pseudonym.REFUSAL_NAME),
        ("Samira-2", pseudonym.REFUSAL_NAME),
        ("VT-Yilmaz-1", pseudonym.REFUSAL_NAME),  # a surname inside a code
        ("Oksana", pseudonym.REFUSAL_NAME),
        ("Jan", pseudonym.REFUSAL_SHAPE),  # a name in no list still has no digit
        ("VT 0012", pseudonym.REFUSAL_SHAPE),
        ("VT-0012!", pseudonym.REFUSAL_SHAPE),
        ("V" * 64 + "1", pseudonym.REFUSAL_SHAPE),
    ],
)
def test_a_name_or_a_wrong_shape_is_refused_saying_what_is_accepted(value, problem):
    assert pseudonym.problem(value) == problem
    assert "VT-0012" in problem and "minstens één cijfer" in problem


@pytest.mark.parametrize("value", ["Samira B.", "Samira"])
def test_the_story_model_refuses_a_first_name_the_same_way_however_it_is_written(value):
    with pytest.raises(ValidationError, match="lijkt een naam"):
        Story.model_validate(
            {
                "id": "V-1",
                "title": "t",
                "text": "x",
                "storyteller_role": "deelnemer",
                "collected_by": "buurtwerker",
                "collected_on": "2026-10-01",
                "programme_id": "wijk",
                "domain": "d",
                "valence": "positief",
                "intention": "bedoeld",
                "directness": "direct",
                "consent": "gemeente",
                "storyteller": value,
            }
        )
