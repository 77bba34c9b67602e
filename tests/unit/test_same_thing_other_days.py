"""A day said after a list keeps the earlier activity ("saturdays are no good. anything in
the week?" after a swim: round sixteen), unless the person turns that activity down ("no that
is wrong for us. forget the lunch club. is there anything on a friday…": the full run's
round-five persona conversation got lunch clubs again)."""
import pytest

from actions.directory import same_thing_other_days

SWIM = "wheelchair swimming near LS13"
LUNCH = "lunch club near LS6"


@pytest.mark.parametrize("query", [
    "saturdays are no good. anything in the week?",
    "is there one on a tuesday",
    "anything in the mornings?",
])
def test_only_the_days_keep_the_earlier_activity(query):
    assert same_thing_other_days(query, SWIM) == f"{SWIM}. {query}"


@pytest.mark.parametrize("query", [
    "no that is wrong for us. forget the lunch club. is there anything on a friday that costs "
    "nothing and has room for her wheelchair",
    "not the lunch club, anything on a friday?",
    "never mind that, whats on a monday",
    "something else on a wednesday maybe",
    "not that one. anything thursday mornings",
])
def test_turning_the_earlier_one_down_is_a_new_search(query):
    assert same_thing_other_days(query, LUNCH) == query


def test_the_whole_message_is_read_when_the_query_is_the_facets_only():
    said = ("no that is wrong for us. forget the lunch club. is there anything on a friday that "
            "costs nothing and has room for her wheelchair")
    facets_only = "on Fridays, wheelchair access, free"
    assert same_thing_other_days(facets_only, "any lunch clubs around ?", said=said) == facets_only
    swim_days = "on weekdays"
    week = "saturdays are no good. anything in the week?"
    assert same_thing_other_days(swim_days, SWIM, said=week) == f"{SWIM}. {swim_days}"
