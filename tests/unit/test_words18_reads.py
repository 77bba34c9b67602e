"""Round eighteen, tester H: plain questions read as the care-agency visiting reply, and
directory requests that dropped the matching service.

- "can maureen come with me to the tuesday lunch club", "carer assessment what is this? ...
  my english not good" are not questions about paid carers' visits (bot/answers/who_comes.py);
- "seated exercise class", "armchair exercises" find the chair exercise class, and "chair
  exercise or a walking group" asks for either (bot/directory/facets.py).
"""
from __future__ import annotations

import pytest

from bot.answers.who_comes import asks_about_care_visits
from bot.directory.facets import ACTIVITIES, Facets, misses, narrow, read_facets
from bot.directory.service_summary import ServiceSummary


# --- who comes: paid care must be named ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "so can maureen come with me to the tuesday lunch club or not",
    "can maureen come with me to the tuesday lunch club",
    "could my sister come along with me to the choir?",
    "can my friend come to the coffee morning too pls",
    "carer assessment what is this? is long form? my english not good for long form",
    "carer asesment wot is it? can i do it on phone",
    "can the person who call imran on monday also talk about me, carer help? in urdu for me please",
    "punjabi for abbu ok but urdu for me. two language. and tell them i want carer help also",
    "does the swim let a carer in free",
])
def test_a_friend_coming_or_the_carers_own_help_is_not_about_care_visits(text):
    assert not asks_about_care_visits(text)


@pytest.mark.parametrize("text", [
    "can asha come on fridays instead of tracey",
    "can the carers come earlier",
    "the agency keeps sending a different carer, can they send the same one",
    "could jan do my tea visits next week",
    "can i have a male carer please",
    "can the lunch call be moved to 1pm pls",
])
def test_paid_care_named_is_still_about_care_visits(text):
    assert asks_about_care_visits(text)


# --- the chair exercise class found by what people call it -----------------------------------

@pytest.mark.parametrize("text", [
    "seated exercise class near LS12",
    "what about the chair exercise? seated exercise class",
    "is there chair based exercise for older people in LS12",
    "armchair exercises near me",
    "any sitting down exercise for my mum",
    "excercises in a chair for my dad",
    "chair yoga",
])
def test_exercise_sitting_down_is_the_chair_exercise_class(text):
    assert read_facets(text).activity == "chair_exercise"


@pytest.mark.parametrize("text", ["a wheelchair friendly exercise class", "art class",
                                  "my chair is broken", "sitting service for my mum"])
def test_look_alikes_are_not_chair_exercise(text):
    assert read_facets(text).activity != "chair_exercise"


def _service(name, keywords, days, access="Step-free access."):
    return ServiceSummary(id=name, name=name, description="", category="health_and_wellbeing",
                          keywords=list(keywords), days=list(days), accessibility=access,
                          cost="£2", cost_amount=2.0)


CHAIR = _service("Chair Exercise Class", ["exercise", "chair exercise", "keep fit"], ["TU", "TH"])
WALKS = _service("Health Walks", ["walking", "walks", "health walks"], ["MO"], access="")
ART = _service("Community Art Class", ["art", "painting"], ["FR"])


@pytest.mark.parametrize("text, activity", [
    ("chair exercise or a walking group thats ok with wheelchairs? monday or thursday best",
     "chair_exercise|walking"),
    ("a walking group or chair exercise", "chair_exercise|walking"),
    ("swimming or maybe a walking group", "swimming|walking"),
])
def test_either_of_two_kinds_is_asked(text, activity):
    assert read_facets(text).activity == activity


def test_either_kind_is_shown_and_said():
    facets = read_facets("chair exercise or a walking group? monday or thursday best")
    shown, alternatives = narrow([ART, WALKS, CHAIR], facets)
    assert {s.name for s in shown} == {"Chair Exercise Class", "Health Walks"}
    assert not alternatives
    assert ACTIVITIES[facets.activity].label == "a chair exercise class or a walking group"
    # with wheelchairs asked too, only the one that says it has step-free access
    wheel = read_facets("chair exercise or a walking group thats ok with wheelchairs? monday "
                        "or thursday best")
    assert wheel.wheelchair
    assert [s.name for s in narrow([ART, WALKS, CHAIR], wheel)[0]] == ["Chair Exercise Class"]


def test_and_between_two_kinds_is_not_either():
    assert "|" not in (read_facets("i like walking groups and singing").activity or "")


def test_volunteering_or_work_keeps_both_roles():
    vol = _service("Befriender Volunteer Roles", ["volunteering"], ["MO"])
    job = _service("Job Club", ["job club", "jobs"], ["TU"])
    facets = Facets(activity="volunteering|work")
    assert not misses(vol, facets) and not misses(job, facets)
