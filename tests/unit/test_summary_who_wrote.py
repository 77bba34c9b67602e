"""The summary names the helper who filled it in, turned round from the person's relation."""
from __future__ import annotations

import pytest

from bot.assessment.summary import completed_by_line


def line(relationship):
    return completed_by_line({"completed_by": {"who": "someone_on_their_behalf",
                                               "relationship": relationship}})


@pytest.mark.parametrize("relationship, helper", [
    ("mum", "her son or daughter on her behalf"),
    ("dad", "his son or daughter on his behalf"),
    ("husband", "his partner on his behalf"),
    ("wife", "her partner on her behalf"),
    ("nan", "her grandchild on her behalf"),
    ("son", "his mum or dad on his behalf"),
    ("neighbour", "their neighbour on their behalf"),
    ("mother-in-law", "her son-in-law or daughter-in-law"),
])
def test_the_helper_is_named_not_the_person(relationship, helper):
    said = line(relationship)
    assert helper in said
    if relationship != "neighbour":
        assert f"their {relationship}" not in said


def test_unknown_relationship_says_someone_who_knows_them():
    assert "someone who knows them" in line(None)
    assert "someone who knows them" in line("carer's cat")
