"""Issue 15, round 8: outside a form, "tell me more about it first" or "what would that
involve?" to an offer ("Would you like ...?") was not answered, and a yes to an offer that
is not a call ("Would you like to find free advice near you?") showed the menu. A question
about the offer is answered in a sentence or two with the offer kept open; a yes does what
the offer's yes button would."""
import pytest
from rasa_sdk import Tracker

from actions.conversation import ActionDefaultFallback
from actions.directory import ActionSearchDirectory
from actions.explain import ActionExplainTerm
from actions.outside_form import ActionAnswerOutsideForm
from bot import listening, texts
from bot.answers.offers import asks_about_offer, offer_kind, what_it_means
from fake_tracker import run_for_messages as run

ASKS = ["ask me about it first", "tell me more about it first", "what would that involve",
        "what does that involve?", "can i ask about it first", "how does that work?",
        "what happens then?", "ok tell me a bit more", "more info please",
        "whats involved?", "what would they do", "what happens if i say yes",
        "could you explain what it is first", "what is it exactly?"]
NOT_ASKS = ["yes please", "no thanks", "dont no", "what is respite care?", "you what?",
            "i want to tell you about my mum", "is there a lunch club near me"]


@pytest.mark.parametrize("text, asks",
                         [(t, True) for t in ASKS] + [(t, False) for t in NOT_ASKS])
def test_a_question_about_the_offer_is_told_from_other_replies(text, asks):
    assert asks_about_offer(text) is asks


def offer_event(text, buttons):
    return {"event": "bot", "text": text, "data": {"buttons": buttons}}


BREAK = offer_event("You would like a break. That is OK to ask for, and it helps you both. "
                    "Would you like someone from the team to call you about a break?",
                    listening.SAID["break"][1])
MONEY = offer_event("Money worries are stressful. You are not the only one, and there is free "
                    "advice. Would you like to find free advice near you?",
                    listening.SAID["money"][1])
TELECARE = offer_event("You may mean a personal alarm. Would you like to find out how to get "
                       "one?", listening.SAID["telecare"][1])
GROUPS = offer_event("Would you like to see groups near you?", [texts.YES, texts.NO])
SAVE = offer_event("Would you like me to save these?", [texts.YES, texts.NO])
CONTACT = offer_event("I can ask a person from the team to contact you now. Would you like "
                      "that?", [{"title": "Yes, contact me", "payload": "/request_human"},
                                {"title": "Not now", "payload": "/resume"}])
OFFERS = [BREAK, MONEY, TELECARE, GROUPS, SAVE, CONTACT]


def tracker_after(bot_event, text, intent, slots=None, entities=()):
    events = [{"event": "user", "text": "hello"}, bot_event, {"event": "user", "text": text}]
    return Tracker("offers-test", dict(slots or {}),
                   {"text": text, "intent": {"name": intent}, "entities": list(entities)},
                   events, False, None, {}, "action_listen")


def expected_buttons(offer):
    return offer["data"]["buttons"]


@pytest.mark.parametrize("offer", OFFERS)
@pytest.mark.parametrize("text, action, intent", [
    ("tell me more about it first", ActionAnswerOutsideForm(), "affirm"),
    ("what would that involve", ActionDefaultFallback(), "nlu_fallback"),
    ("ask me about it first", ActionAnswerOutsideForm(), "deny"),
    ("what does that involve?", ActionExplainTerm(), "explain_term"),
    ("how does that work?", ActionDefaultFallback(), "nlu_fallback"),
])
def test_a_question_about_an_offer_is_answered_and_the_offer_stays_open(offer, text, action,
                                                                         intent):
    said, events = run(action, tracker_after(offer, text, intent))
    assert len(said) == 1 and said[0]["buttons"] == expected_buttons(offer)
    assert said[0]["text"].endswith("Would you like that?")
    assert said[0]["text"] != "Would you like that?"          # something was explained
    assert not any(m.get("response") == "utter_menu" for m in said)


def test_the_meaning_fits_the_offer():
    assert "ring" in what_it_means(BREAK["text"], expected_buttons(BREAK)) or \
        "touch" in what_it_means(BREAK["text"], expected_buttons(BREAK))
    assert "places near you" in what_it_means(MONEY["text"], expected_buttons(MONEY))
    assert "summary" in what_it_means(SAVE["text"], expected_buttons(SAVE))


def test_after_the_answer_a_yes_still_does_the_offer():
    said, _ = run(ActionAnswerOutsideForm(), tracker_after(MONEY, "what would that involve",
                                                           "affirm"))
    answered = offer_event(said[0]["text"], said[0]["buttons"])
    _, events = run(ActionAnswerOutsideForm(), tracker_after(answered, "yes please", "affirm"))
    assert events == [{"event": "followup", "timestamp": None,
                       "name": "action_search_directory"}]


@pytest.mark.parametrize("offer, follows", [
    (BREAK, "action_handoff"), (CONTACT, "action_handoff"),
    (MONEY, "action_search_directory"), (TELECARE, "action_search_directory"),
    (GROUPS, "action_search_directory"),
    (offer_event("A carer's assessment can help. Would you like to start one now?",
                 [{"title": "Start a carer's assessment",
                   "payload": "/start_carer_assessment"}, texts.NO]),
     "carer_assessment_form"),
])
@pytest.mark.parametrize("text", ["yes please", "yeah go on then", "ok", "yes", "/affirm"])
def test_a_yes_to_an_offer_does_what_was_offered(offer, follows, text):
    said, events = run(ActionAnswerOutsideForm(), tracker_after(offer, text, "affirm"))
    assert events == [{"event": "followup", "timestamp": None, "name": follows}]
    assert not any(m.get("response") == "utter_menu" for m in said)


@pytest.mark.parametrize("offer, category", [(MONEY, "money_matters"),
                                             (TELECARE, "technology"),
                                             (GROUPS, "things_to_do")])
def test_the_search_said_yes_to_is_the_one_offered(offer, category):
    tracker = tracker_after(offer, "yes please", "affirm", {"postcode": "LS8 2QT"})
    tracker.events.insert(-1, {"event": "action", "name": "action_listen"})
    tracker.events.append({"event": "action", "name": "action_answer_outside_form"})
    said, events = run(ActionSearchDirectory(), tracker)
    assert {"event": "slot", "timestamp": None, "name": "service_category",
            "value": category} in events
    assert "yes please" not in " ".join(m.get("text") or "" for m in said).lower()
    # Handed over by the yes-or-no action: it listens next (no rule follows that chain).
    assert events[-1] == {"event": "followup", "timestamp": None, "name": "action_listen"}


def test_a_yes_to_save_these_saves_the_places_shown(db):
    shown = [{"id": "1", "name": "Tuesday Lunch Club", "category": "things_to_do"}]
    said, events = run(ActionAnswerOutsideForm(),
                       tracker_after(SAVE, "yes please", "affirm", {"shown_services": shown}))
    from bot import store
    from bot.directory import saved
    # Which places were saved, by name (round twelve: the list said back).
    assert said[0]["text"] == saved.saved_reply(shown)
    assert "Tuesday Lunch Club" in said[0]["text"]
    assert store.records_for("offers-test")[-1]["kind"] == "saved_services"


def test_a_yes_with_no_offer_open_is_the_menu_as_before():
    asked = {"event": "bot", "text": "What would you like to do?"}
    said, _ = run(ActionAnswerOutsideForm(), tracker_after(asked, "yes", "affirm"))
    assert [m.get("response") for m in said] == ["utter_menu"]


def test_a_yes_with_its_own_need_searches_that_need():
    tracker = tracker_after(GROUPS, "yes, any swimming near LS6 2QT", "find_service")
    said, events = run(ActionSearchDirectory(), tracker)
    assert {"event": "slot", "timestamp": None, "name": "service_category",
            "value": "health_and_wellbeing"} in events


def test_offer_kinds_from_words_when_the_buttons_are_only_yes_and_no():
    assert offer_kind("Would you like to see groups near you?", "/affirm") == "find_service"
    assert offer_kind("Would you like me to save these?", "/affirm") == "save_services"
    assert offer_kind("Would you like them to ring you?", "/affirm") == "request_human"


def test_tell_me_more_guessed_as_show_more_is_about_the_offer():
    from actions.directory import ActionShowMoreServices
    said, _ = run(ActionShowMoreServices(), tracker_after(MONEY, "tell me more", "show_more"))
    assert said[0]["text"].endswith("Would you like that?")
    assert said[0]["buttons"] == expected_buttons(MONEY)


@pytest.mark.parametrize("text, guess", [
    ("what would that involve", "start_self_assessment"), ("how does that work", "ask_help"),
    ("ask me about it first", "inform"), ("tell me more about it first", "listen_connect"),
])
def test_a_question_about_an_offer_goes_to_the_fallback_not_a_form(text, guess):
    from bot.nlu.commands import typed_intent
    assert typed_intent(text, guess, []) == "nlu_fallback"


def test_no_bingo_hands_over_to_the_directory_search():
    tracker = tracker_after({"event": "bot", "text": "Tea Dance"}, "NO bingo", "deny",
                            {"shown_services": [{"name": "Bingo and Games Afternoon"}],
                             "service_category": "things_to_do", "postcode": "LS10 1AB"})
    said, events = run(ActionAnswerOutsideForm(), tracker)
    assert events == [{"event": "followup", "timestamp": None,
                       "name": "action_search_directory"}]
    assert not said


@pytest.mark.parametrize("text, guess", [
    ("NO bingo", "deny"), ("no bingo please", "deny"), ("anything but bingo", "listen_connect"),
    ("not bingo, something quieter", "deny"),
])
def test_a_thing_turned_down_is_the_directory_search(text, guess):
    from bot.nlu.commands import typed_intent
    assert typed_intent(text, guess, []) == "find_service"


@pytest.mark.parametrize("text, guess", [("no thanks", "deny"), ("yes please", "affirm"),
                                         ("no", "deny"), ("not sure", "deny")])
def test_plain_answers_keep_their_intent(text, guess):
    from bot.nlu.commands import typed_intent
    assert typed_intent(text, guess, []) in (None, guess, "nlu_fallback", "dont_know")


def test_anything_nearer_guessed_as_show_more_is_the_nearer_search():
    from actions.directory import ActionShowMoreServices
    shown = [{"id": "cb995382-fbd0-538a-807c-6df2bbb16f12", "name": "Tuesday Lunch Club",
              "category": "things_to_do", "miles": 2.4}]
    tracker = tracker_after({"event": "bot", "text": "That is all I found."}, "anything nearer?",
                            "show_more", {"shown_services": shown, "postcode": "LS8 2QT",
                                          "service_category": "things_to_do",
                                          "directory_query": "a lunch club",
                                          "directory_page": 1.0})
    said, _ = run(ActionShowMoreServices(), tracker)
    assert said[0]["text"].startswith("I could not find a lunch club nearer than")


@pytest.mark.parametrize("text", ["yeah ok then, LS12 3AA", "yes please im in LS12 3AA"])
def test_a_place_said_with_the_yes_is_where_the_search_looks(text):
    tracker = tracker_after(TELECARE, text, "affirm")
    said, events = run(ActionSearchDirectory(), tracker)
    assert {"event": "slot", "timestamp": None, "name": "postcode", "value": "LS12 3AA"} in events
    assert "Where do you live?" not in " ".join(m.get("text") or "" for m in said)
