"""classify_request: requests about the conversation, told apart from answers that only
contain the same words. Typed button labels do what the button does."""
import pytest
from hypothesis import given, settings, strategies as st

from bot.answers.requests import KINDS, Request, classify_request, match_button, parse_payload
from bot.assessment.questions import BY_SLOT, OUTCOME_BUTTONS, SCALE_BUTTONS, SKIP_BUTTONS
from bot.texts import ABOUT_BUTTONS, CONSENT_BUTTONS, MENU_BUTTONS

REQUESTS = [
    ("why do you need to know that?", "why_ask"), ("whats that got to do with anything", "why_ask"),
    ("What's that got to do with anything??", "why_ask"), ("why are you asking", "why_ask"),
    ("why?", "why_ask"), ("why do you want to know", "why_ask"),
    ("what do you need that for", "why_ask"), ("who sees this", "why_ask"),
    ("why do you need to know that? she's 82", "why_ask"),
    ("what do you mean", "what_mean"), ("i dont understand", "what_mean"),
    ("I don't understand the question", "what_mean"), ("huh?", "what_mean"), ("??", "what_mean"),
    ("?", "what_mean"), ("what?", "what_mean"), ("Sorry what do you mean?", "what_mean"),
    ("what does that mean", "what_mean"), ("wdym", "what_mean"), ("im confused", "what_mean"),
    ("how many more questions", "how_many_more"), ("how long is this", "how_many_more"),
    ("is this nearly done", "how_many_more"), ("how long will this take", "how_many_more"),
    ("how many more questions is this, i have to pick the kids up", "how_many_more"),
    ("are we nearly done?", "how_many_more"), ("how much longer", "how_many_more"),
    ("can i finish this later", "pause"), ("pause", "pause"), ("gotta go", "pause"),
    ("can I come back to this later", "pause"), ("save my answers for later", "pause"),
    ("stop", "stop"), ("i want to stop", "stop"), ("quit", "stop"), ("cancel this", "stop"),
    ("STOP", "stop"), ("stop asking me questions please", "stop"),
    ("no more questions", "stop"), ("i dont want to answer any more questions", "stop"),
    ("start again", "start_again"), ("start over", "start_again"), ("restart", "start_again"),
    ("strat again", "start_again"), ("i'd like to start again please", "start_again"),
    ("can we start again?", "start_again"),
    ("can i speak to a real person", "talk_to_person"), ("talk to someone", "talk_to_person"),
    ("call me back please", "talk_to_person"), ("I want a call back", "talk_to_person"),
    ("Can I talk to a human", "talk_to_person"), ("Is there a real person I can talk to?", "talk_to_person"),
    ("speak to someone plz", "talk_to_person"),
    ("delete my conversation", "delete"), ("delete my data", "delete"),
    ("forget everything i said", "delete"), ("delet my conversaton", "delete"),
    ("how do i delete my data", "delete"), ("please delete everything", "delete"),
    ("download my summary", "download_summary"), ("can i have a copy of my summary", "download_summary"),
    ("dowload my summary", "download_summary"), ("email me my summary", "download_summary"),
    ("download my data", "download_data"), ("what do you know about me", "download_data"),
    ("what information do you hold on me", "download_data"),
    ("skip", "skip"), ("pass", "skip"), ("next question", "skip"), ("id rather not answer that", "skip"),
    ("I'd rather not say", "skip"), ("n/a", "skip"), ("skip this one pls", "skip"),
    ("dont no", "dont_know"), ("not sure", "dont_know"), ("idk", "dont_know"), ("no idea", "dont_know"),
    ("i dont know", "dont_know"), ("dunno", "dont_know"), ("🤷", "dont_know"), ("🤷‍♀️", "dont_know"),
    ("Not really sure tbh", "dont_know"), ("dunno lol", "dont_know"), ("wat", "what_mean"),
    ("skip lol", "skip"), ("what d'you mean?", "what_mean"),
    # spelling by sound and text-speak
    ("wot u meen", "what_mean"), ("i dnt undrstand", "what_mean"), ("how meny more", "how_many_more"),
    ("how many more qs", "how_many_more"), ("stopp", "stop"), ("cal me bak", "talk_to_person"),
    ("can i tlk to sum1", "talk_to_person"), ("start agen", "start_again"),
    ("delete my convo", "delete"), ("menue", "menu"), ("y do u need 2 no", "why_ask"),
    ("why u askin", "why_ask"), ("wat dat mean", "what_mean"), ("idk wat 2 say", "what_mean"),
    # Polish and Welsh
    ("nie rozumiem", "what_mean"), ("nie wiem", "dont_know"), ("dim syniad", "dont_know"),
    ("Dwi ddim yn deall", "what_mean"),
    ("menu", "menu"), ("main menu", "menu"), ("go back to the start menu", "menu"),
    ("show me the menu", "menu"), ("back to menu please", "menu"),
    # questions about the conversation, however they go on
    ("why do you need all this", "why_ask"), ("but why does the council want all this info", "why_ask"),
    ("why all the questions?", "why_ask"), ("what do you need my date of birth for", "why_ask"),
    ("whats all this for then", "why_ask"), ("what is the point of this form", "why_ask"),
    ("who will read what i put here?", "why_ask"),
    ("how many more of these are there, im on my break", "how_many_more"),
    ("how many of these questions are left", "how_many_more"),
    ("how much longer is this going to go on for", "how_many_more"),
    ("are there many more", "how_many_more"), ("are we near the end?", "how_many_more"),
    ("how long does this form take roughly", "how_many_more"),
    ("ok we'll stop here, can the caller carry on himself later on his tablet?", "pause"),
    ("delete everything i wrote please", "delete"), ("how do i wipe this chat so nobody can read it", "delete"),
    ("thank you. i'll delete this now before he sees", "delete"),
    ("why do you need all this? i just need someone to go in and check she eats", "why_ask"),
    ("what sort of ideas do you mean?", "what_mean"), ("like what?", "what_mean"),
]

ANSWERS = [
    "i dont want to stop going to my club", "my son will call me back later",
    "i dont understand why my mum has to pay", "she restarts her tablets on monday",
    "skip the bingo i hate it", "call me Jeannie", "no", "yes", "nothing", "none",
    "i'm not sure, maybe my sister", "she's not sure", "my daughter helps me with the shopping",
    "i want to talk to someone about my mum", "Peggy", "7", "she likes to stop for a coffee",
    "we start again every morning with her tablets", "I help her restart the tv when it freezes",
    "going to the menu at the cafe is her treat", "seeing my grandkids, they call me every sunday",
    "i need a break from caring, something has to give", "how she manages on her own worries me",
    "why she won't eat is beyond me, she used to love her food",
    "my husband has MS and I do everything for him, washing, dressing, tablets, the lot",
    "what matters is family", "delete button on the tv remote confuses her",
    "a person to talk to once a week", "pass the time with puzzles", "she is lost without dad",
    "🙂", "", "   ", "dziękuję", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ", "I would like help with cleaning please",
    "stop the carers coming so early", "she forgets things and gets confused at night",
    "r u ok", "whats ur name", "cos i said so", "u", "4", "i need the toilet brb",
    # answers about caring or feelings, not requests to end the chat
    "no more", "give up", "i'm done", "im done, i cant do this", "thats enough", "enough now",
    "I don't want to do this anymore", "i dont want to carry on", "I can't go on",
    "leave", "end it", "i want to end this", "i want to leave", "I want to leave him",
    "i need a break", "a break", "take a break", "a proper break", "meaning", "wipe",
    "get rid of my stuff", "move", "options for mum",
    "how many more times will they change her carers", "how much more help can we get",
    "why does she need to go in a home", "how long is the waiting list for a ramp",
    "what is the point of getting up, some days", "why do they keep sending different carers",
]


@pytest.mark.parametrize("text,kind", REQUESTS)
def test_requests_are_recognised(text, kind):
    assert classify_request(text) == Request(kind)


@pytest.mark.parametrize("text", ANSWERS)
def test_answers_that_share_words_stay_answers(text):
    assert classify_request(text) is None


BUTTONS = [{"title": t, "payload": p} for t, p in SKIP_BUTTONS]


@pytest.mark.parametrize("text,buttons,payload", [
    ("Talk about what is going on", MENU_BUTTONS, "/listen_connect"),
    ("talk about what is going on", MENU_BUTTONS, "/listen_connect"),
    ("talk about what is goin on", MENU_BUTTONS, "/listen_connect"),
    ("Find local help!", MENU_BUTTONS, "/find_service"),
    ("i look after someone", MENU_BUTTONS, "/start_carer_assessment"),
    ("  give   feedback ", MENU_BUTTONS, "/give_feedback"),
    ("Yes, that is OK", CONSENT_BUTTONS, "/affirm"),
    ("no thank you", CONSENT_BUTTONS, "/deny"),
    ("Someone I look after", ABOUT_BUTTONS, '/inform{"about": "someone_i_care_for"}'),
    ("me", ABOUT_BUTTONS, '/inform{"about": "self"}'),
    ("skip this one", BUTTONS, "/skip"),
    ("I’m not sure", BUTTONS, "/dont_know"),
    ("this is going fine", [{"title": t, "payload": p} for t, p in OUTCOME_BUTTONS], "/affirm"),
    ("7", [{"title": t, "payload": p} for t, p in SCALE_BUTTONS], "7"),
    ("/skip", BUTTONS, "/skip"),
])
def test_typed_button_labels_are_buttons(text, buttons, payload):
    assert classify_request(text, buttons) == Request("button", payload)


def test_a_button_is_only_matched_when_one_is_close():
    assert match_button("talk about it", MENU_BUTTONS) is None
    assert match_button("help", MENU_BUTTONS) is None
    assert match_button("Give feedback", None) is None
    assert match_button("Give feedback", MENU_BUTTONS)["payload"] == "/give_feedback"


def test_payloads_are_left_to_the_engine_unless_they_are_shown():
    assert classify_request("/skip") is None
    assert classify_request('/inform{"about": "self"}') is None


def test_payload_parts():
    assert parse_payload('/inform{"about": "self"}') == ("inform", {"about": "self"})
    assert parse_payload("/affirm") == ("affirm", {})
    assert parse_payload('/inform{"about": ') == (None, {})
    assert parse_payload("hello") == (None, {})


def test_long_messages_are_answers():
    long = "stop " + "and then we went to the shops and had a cup of tea " * 3
    assert classify_request(long) is None


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.lists(st.fixed_dictionaries(
    {"title": st.text(max_size=20), "payload": st.text(max_size=20)}), max_size=4))
def test_any_text_gives_a_known_kind_or_none(text, buttons):
    found = classify_request(text, buttons)
    assert found is None or (isinstance(found, Request) and found.kind in KINDS)
    if found is not None and found.kind != "button":
        assert found.payload is None


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([t for t, _ in REQUESTS if "," not in t and "?" not in t[:-1]]),
       st.text(alphabet="abcdefghij klmnop", min_size=60, max_size=120))
def test_a_request_inside_a_long_story_is_an_answer(request, story):
    assert classify_request(f"{story} {request} {story}") is None


def _all_buttons():
    shown = list(MENU_BUTTONS) + list(CONSENT_BUTTONS) + list(ABOUT_BUTTONS)
    for question in BY_SLOT.values():
        shown += [{"title": t, "payload": p} for t, p in question.buttons]
    unique = {b["title"]: b for b in shown}
    return [b for b in unique.values() if len(b["title"]) > 2]


@pytest.mark.parametrize("button", _all_buttons(), ids=lambda b: b["title"])
def test_every_button_label_typed_loosely(button):
    group = _all_buttons()
    title = button["title"]
    for typed in (title, title.lower(), title.upper() + "!", " ".join(title.replace(",", "").split())):
        assert match_button(typed, group)["payload"] == button["payload"]
    assert classify_request(title.lower(), group) == Request("button", button["payload"])
