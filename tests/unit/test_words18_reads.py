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


# --- a need told for a family member, with words of another language -------------------------

from bot.answers import care_for_family  # noqa: E402
from bot.nlu.commands import typed_intent  # noqa: E402
from bot.sounds_like import as_meant  # noqa: E402


@pytest.mark.parametrize("text, who", [
    ("assalam o alaikum. my abbu is 81, he fall down 2 time this month, cannot cook khana "
     "himself now. we need help please", "dad"),
    ("salaam, my ammi is old and cannot walk good, she need help at home", "mum"),
    ("my dad keeps falling and cant cook anymore, what can we do?", "dad"),
    ("my nan fell twice last week, can someone help", "nan"),
])
def test_a_need_told_with_a_plea_is_the_way_in(text, who):
    assert care_for_family.asks_how_to_get_care(as_meant(text)) == who
    assert typed_intent(text, "out_of_scope", []) == "nlu_fallback"


@pytest.mark.parametrize("text", [
    "my mum fell over yesterday but shes fine now", "i fell down the stairs lol",
    "my dad cant cook to save his life haha", "we need help please",
])
def test_a_story_or_a_bare_plea_is_not_the_way_in(text):
    assert care_for_family.tells_a_need(as_meant(text)) is None


def test_the_way_in_names_the_needs_and_offers_the_interpreter():
    text = ("assalam o alaikum. my abbu is 81, he fall down 2 time this month, cannot cook "
            "khana himself now. we need help please")
    said = " ".join(care_for_family.answer("father", [text]))
    assert "free needs assessment" in said
    assert "equipment to help stop falls and help with meals" in said
    assert "interpreter" in said
    plain = " ".join(care_for_family.answer("dad", ["my dad keeps falling, what can we do?"]))
    assert "interpreter" not in plain


# --- "did you save X" is the list, never the call back -----------------------------------

@pytest.mark.parametrize("text", [
    "did you save the lunch club? and will they know its about getting a lift there",
    "did you save the lunch club and walk ones?", "have u saved the swim one",
])
def test_did_you_save_a_place_is_the_list(text):
    assert typed_intent(text, "inform", []) == "save_services"


@pytest.mark.parametrize("text", ["did you save my number?", "have you saved my email address",
                                  "will they know its about getting a lift there"])
def test_look_alikes_of_did_you_save(text):
    assert typed_intent(text, "inform", []) != "save_services"


# --- both kinds of an "either" search are looked for in the directory ---------------------

async def test_either_search_finds_both_kinds_near_ls12(client):
    from bot.directory.cache import ResultCache
    from bot.directory.search import search_services
    outcome = await search_services(None, "chair exercise or a walking group? monday or "
                                    "thursday best", "LS12", client=client, cache=ResultCache())
    names = [r.name for r in outcome.results]
    assert "Chair Exercise Class" in names and "Health Walks" in names, names
    assert "Community Art Class" not in names


# --- someone coming along, and what they pay: the record never says -----------------------

from bot.directory import followup  # noqa: E402

LUNCH = [{"id": "1", "name": "Tuesday Lunch Club", "about": "A hot two course lunch.",
          "when": "Tuesdays, midday to 2pm", "days": ["TU"], "cost": "£4 a lunch",
          "accessibility": "Step-free access.", "phone": "0113 496 0124", "email": "a@e.org"}]


@pytest.mark.parametrize("text", [
    "is the £4 each or for both of us", "so can maureen come with me to the tuesday lunch club "
    "or not", "can i bring my neighbour with me", "does it let a carer in free",
    "can my friend come too", "do carers get in free?",
])
def test_a_companion_question_is_answered_honestly_with_their_number(text):
    assert followup.is_follow_up(text, LUNCH)
    said, _ = followup.answer(text, LUNCH)
    assert followup.COMPANION in said and "0113 496 0124" in said
    assert "care agency" not in said


@pytest.mark.parametrize("text", ["is it free?", "can i come on a tuesday",
                                  "how much is it"])
def test_look_alikes_are_not_companion_questions(text):
    assert "companion" not in followup.aspects_asked(text)


MEALS = [{"id": "3", "name": "Meals on Wheels", "about": "A hot meal brought to your door.",
          "cost": "£4.80 a meal", "phone": "0113 496 0112"}]
HANDY = [{"id": "4", "name": "Handyperson Service",
          "about": "Small jobs at home, like fitting grab rails.", "cost": "£10 a job",
          "phone": "0113 496 0150"}]


@pytest.mark.parametrize("text", ["and bathroom rail? he fall there. how much it cost",
                                  "how much does a stairlift cost",
                                  "wat about a grab rail for the bath, how much"])
def test_equipment_asked_after_other_places_is_not_about_them(text):
    assert not followup.is_follow_up(text, MEALS)


@pytest.mark.parametrize("text, shown", [("how much it cost", MEALS),
                                         ("how much for a grab rail?", HANDY),
                                         ("does it cost much to fit a rail", HANDY)])
def test_a_cost_question_about_the_place_shown_is_still_about_it(text, shown):
    assert followup.is_follow_up(text, shown)
