"""Round-five persona breaks in the directory conversation, as pure logic: a follow-up tells
the truth from the card's days, a new activity or a turned-down place is a new search with
the stated facets, "save it" picks the place meant, "things to do" is not telecare, the
outside-area words never promise places that do not follow, and thanks is thanks."""
import pytest

from bot.directory import followup, saved
from bot.directory.facets import read_facets
from bot.directory.needs import categorise, turned_down
from bot.directory.present import only_asks_for_help, outside_area, outside_area_nothing
from bot.nlu.commands import is_thanks, local_search

LUNCH = {"id": "1", "name": "Tuesday Lunch Club", "category": "things_to_do",
         "about": "A hot two course lunch and a chat.", "when": "Tuesdays, midday to 2pm",
         "days": ["TU"], "cost": "£4 a lunch",
         "accessibility": "Step-free access. Accessible toilet.", "phone": "0113 496 0124"}
COFFEE = {"id": "2", "name": "Friday Coffee Morning", "category": "things_to_do",
          "about": "Drop in for coffee, cake and a chat.", "when": "Fridays, 10am to midday",
          "days": ["FR"], "cost": "free", "accessibility": "Step-free access."}
SWIM = {"id": "3", "name": "Accessible Swim Session", "category": "health_and_wellbeing",
        "about": "A quiet swim for disabled people.", "days": ["SA"], "cost": "£2 a swim",
        "accessibility": "Pool hoist and ramp."}
GRIEF = {"id": "4", "name": "Bereavement Support Group", "category": "health_and_wellbeing",
         "about": "Meet others who have lost someone close.", "days": ["TH"]}
ALARM = {"id": "5", "name": "Careline Falls Alarm", "category": "technology",
         "about": "Wear a button and press it for help.", "days": []}
VISITS = {"id": "6", "name": "Home Visit Befrienders", "category": "things_to_do",
          "about": "A volunteer visits you at home.", "days": ["MO", "TU", "WE", "TH", "FR"],
          "phone": "0113 496 0127"}
DANCE = {"id": "7", "name": "Tea Dance", "category": "things_to_do", "about": "Dance or listen.",
         "days": ["SU"]}


# --- days: the truth from the card -------------------------------------------------------

@pytest.mark.parametrize("text, ruled", [
    ("and is there one on a friday, tuesdays she has physio", {"TU"}),
    ("it says tuesdays tho? she cant do tuesdays", {"TU"}),
    ("mondays are no good for him, what about wednesday", {"MO"}),
    ("is it on a friday", set()),
    ("tuesdays she's free", set()),
])
def test_days_the_person_rules_out(text, ruled):
    assert followup.ruled_out_days(text) == ruled


@pytest.mark.parametrize("text", [
    "could my brother get his wheelchair in? is there one on a thursday, he works tuesdays",
    "can a wheelchair get in there, and is there one thursdays",
])
def test_a_tuesday_place_is_never_said_to_be_on_another_day(text):
    assert followup.is_follow_up(text, [LUNCH])
    reply, _ = followup.answer(text, [LUNCH])
    assert "only on Tuesdays" in reply and "not on Thursdays" in reply
    assert "Yes" not in reply and "Tuesdays or" not in reply
    assert "Step-free" in reply


def test_on_one_day_asked_but_not_another_says_both():
    reply, _ = followup.answer("is it on tuesdays or wednesdays", [LUNCH])
    assert "on Tuesdays, but not on Wednesdays" in reply


def test_the_day_it_is_on_is_a_plain_yes():
    assert "Yes, it is on Tuesdays." in followup.answer("is it on a tuesday?", [LUNCH])[0]


def test_asking_for_another_one_on_a_day_searches_that_day():
    text = ("could she get in ok with her wheelchair? and is there one on a thursday, "
            "wednesdays are out")
    assert followup.seeks_another(text)
    assert followup.missing_days(text, LUNCH) == ["TH"]
    words = followup.search_words(text, LUNCH)
    facets = read_facets(words)
    # The day is the point: the Tuesday club is not "the nearest" Thursday one.
    assert facets.activity is None and facets.days == {"TH"} and facets.wheelchair
    reply, _ = followup.answer(text, [LUNCH], searching=True)
    assert "Here is what I found on Thursdays" in reply and "You can ask" not in reply


# --- a new search, not the last card again ------------------------------------------------

@pytest.mark.parametrize("text, shown, activity", [
    ("oh she'd prefer a swim now. any swimming that takes wheelchairs", [COFFEE], "swimming"),
    ("NO i want SWIMMING, for someone in a wheelchair", [COFFEE], "swimming"),
    ("what about singing instead, is there a choir", [LUNCH], "singing"),
])
def test_a_new_activity_is_a_new_search(text, shown, activity):
    assert not followup.is_follow_up(text, shown)
    plan = followup.new_search(text, shown)
    assert plan is not None
    assert read_facets(plan[1]).activity == activity


def test_another_one_on_a_day_is_a_search_for_that_day():
    text = "that says tuesday tho, she cant manage tuesdays. is there a thursday one"
    assert not followup.is_follow_up(text, [LUNCH])
    category, words = followup.new_search(text, [LUNCH])
    assert category == "things_to_do"
    facets = read_facets(words)
    assert facets.days == {"TH"} and not facets.activity


def test_turning_the_place_down_searches_with_what_suits():
    text = ("right forget that lunch club. anything thursdays which doesnt cost owt "
            "and has room for her wheelchair")
    assert not followup.is_follow_up(text, [LUNCH])
    category, words = followup.new_search(text, [LUNCH])
    facets = read_facets(words)
    assert category == "things_to_do"
    assert facets.days == {"TH"} and facets.wheelchair and facets.activity is None


def test_turning_a_heading_down_does_not_keep_it():
    text = "we dont want grief support?? just something thursdays, free, wheelchair ok"
    category, words = followup.new_search(text, [GRIEF])
    assert category == "things_to_do"
    assert read_facets(words).cost == "free"


@pytest.mark.parametrize("text, shown, wanted", [
    ("no we dont need an alarm thanks. i mean stuff to do, a group or a class maybe",
     [ALARM], "things_to_do"),
    ("nah not alarms. somewhere social, like a lunch club", [ALARM], "things_to_do"),
    ("money advice?? no. i meant people to chat with, company", [GRIEF], "things_to_do"),
])
def test_a_rejected_need_with_a_new_one_is_a_new_search(text, shown, wanted):
    category, words = followup.new_search(text, shown)
    assert (category or categorise(words)) == wanted


def test_the_rejected_heading_is_not_taken_from_the_model():
    assert turned_down("technology", "no i dont need alarms. things to do, like a club")
    assert not turned_down("technology", "i need an alarm")


@pytest.mark.parametrize("text", [
    "how do i get the visiting one", "how can i get the befriender lady to come round",
])
def test_how_to_get_a_named_place_is_its_contact(text):
    assert followup.is_follow_up(text, [DANCE, VISITS])
    reply, _ = followup.answer(text, [DANCE, VISITS])
    assert "Home Visit Befrienders" in reply and "0113 496 0127" in reply


# --- save the place meant ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "save it please", "can you keep that one for me", "save the swim one so i can show her",
    "no not a break, i want to SAVE the swimming session",
])
def test_save_means_the_place(text):
    assert saved.asks_to_save(text)
    assert not followup.is_follow_up(text, [SWIM])


@pytest.mark.parametrize("text", ["save my answers for later", "can i save this and come back"])
def test_saving_the_form_is_not_a_place(text):
    assert not saved.asks_to_save(text)


def test_the_place_named_or_in_focus_is_saved_alone():
    shown = [COFFEE, SWIM]
    text = "save the swimming one"
    assert saved.chosen(text, shown, followup.pointed_card(text, shown)) == [SWIM]
    focused = [COFFEE, dict(SWIM, focus=True)]
    assert saved.chosen("save it", focused, followup.pointed_card("save it", focused))[0][
        "name"] == "Accessible Swim Session"
    assert saved.chosen("save these", focused, followup.pointed_card("save these", focused)) \
        == focused
    assert "Accessible Swim Session" in saved.saved_reply([SWIM])


# --- things to do, not telecare ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "what is there to do near me, LS12", "anything on round here", "whats on for older folk",
    "is there owt to do round here", "classes or clubs nearby?", "some place to make friends",
])
def test_things_to_do_are_groups_and_activities(text):
    assert categorise(text) == "things_to_do"


@pytest.mark.parametrize("text", [
    "r there any clubs 4 peeps my age 2 meet new frends", "wot about dancing",
    "is ther a group for young people to make friends",
])
def test_clubs_and_friends_are_in_scope(text):
    assert local_search(text, "out_of_scope") or local_search(text, "nlu_fallback")


def test_wheelchair_access_is_not_a_transport_need():
    assert categorise("any swimming for people in wheelchairs") == "health_and_wellbeing"


@pytest.mark.parametrize("text", ["Find local help", "a different kind of help",
                                  "show me some services near me"])
def test_a_typed_menu_title_has_no_need_in_it(text):
    assert only_asks_for_help(text)


def test_a_real_need_is_not_only_asking():
    assert not only_asks_for_help("find help with shopping")


# --- outside the area ----------------------------------------------------------------------

def test_outside_the_area_promises_places_only_when_they_follow():
    assert "Here is what we have in Leeds:" in outside_area("WF1 2AB", "Leeds", True)
    nothing = outside_area("WF1 2AB", "Leeds", False)
    assert "Here is what we have" not in nothing and "Leeds" in nothing
    assert "postcode" in outside_area_nothing("Leeds")


# --- thanks after results ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ok ill jot that down. swim on saturday at 2. thanks",
    "thank you love. ill ring them in the morning and see about a lift",
    "cheers, thats great",
])
def test_thanks_with_their_own_plan_is_thanks(text):
    assert followup.thanks_only(text) and is_thanks(text)
    assert followup.new_search(text, [SWIM]) is None


@pytest.mark.parametrize("text", ["no thanks", "thanks but how do i book it",
                                  "thanks, is there anything on a monday too"])
def test_thanks_with_a_question_or_a_no_is_not_only_thanks(text):
    assert not followup.thanks_only(text)


def test_a_day_before_a_comma_is_not_ruled_out_by_what_follows():
    text = "is there one on a thursday, he has dialysis on tuesdays"
    assert followup.asked_days(text) == {"TH"}


@pytest.mark.parametrize("text", ["anything that costs nothing on a friday",
                                  "somewhere wheelchairs are ok"])
def test_more_ways_to_ask_for_free_or_wheelchair_access(text):
    facets = read_facets(text)
    assert facets.cost == "free" or facets.wheelchair
    assert categorise(text) != "money_matters"


def test_that_one_with_nothing_in_focus_is_the_first_shown():
    assert saved.chosen("could you keep that one for me", [SWIM, COFFEE], None) == [SWIM]


def test_being_on_their_own_leads_to_groups_before_a_loss():
    from bot.listening import theme_heading
    assert theme_heading("its being on my own since she died thats hard") == "things_to_do"


def test_no_i_mean_what_is_it_still_asks_about_the_place():
    assert followup.is_follow_up("no i meen wat is it. is it for me", [LUNCH])
