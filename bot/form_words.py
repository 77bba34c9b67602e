"""What the form engine says: asking again kindly, answering questions about a question,
taking contact details and reading them back. Checked by the plain-language gate."""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

from bot import texts
from bot.markers import contact_facts

NEED_WORDS = "Could you tell me in a few words? Or type skip to leave this one."
NAME_AGAIN = "Sorry, I did not catch a name. What name should I use? You can type skip."
# At the carer's own-name question, the carer told us about the person they look after.
OWN_NAME_AFTER_THEM = ("Thank you. I will ask about them next, so please tell me again "
                       "then. First, what name should I use for you?")
# A postcode alone where a question wants words ("LS99 9ZZ" at "what matters to you?").
POSTCODE_NOT_AN_ANSWER = ("That looks like a postcode. I will ask where you live later. "
                          "Could you answer the question above in a few words? Or type skip.")
ABOUT_AGAIN = ("Sorry, I did not follow. Is this about you, someone you look after, "
               "or a caller you are helping?")
YES_OR_NO = "Sorry, I did not follow. Please say yes or no."
SCALE_AGAIN = "Please give me one number from 1 to 10. Or type skip."


def scale_nearer(low: int, high: int) -> str:
    """ "6 maybe 7": both are fine answers; the person picks."""
    return f"Is it nearer {low} or {high}? Tap one, or type the number."
CARRY_ON = "OK. Let's carry on."
CHECK_IN_NO = "Thank you for telling me. If that changes, tell me at any time."
# A request at the direct question ("is there a bowls club near me"): not an answer, so
# nothing is kept; the question comes again (bot/directory/search_in_form.py).
NOT_AN_ANSWER_TO_CHECK = ("I have not kept that as your answer. Please tap Yes, No or "
                          "I'd rather not say.")
# "i didnt answer that" just after a request was read as No.
NOT_ANSWERED_SORRY = "Sorry, I got that wrong. I have not kept an answer to that question."
NO_KEPT_AFTER_ALL = ("Sorry, I got that wrong. I have kept your answer: nobody is hurting you "
                     "or taking your money.")
# "can we stop this and just find me a bowls club": the questions pause for the search.
PAUSED_TO_SEARCH = "OK, I have paused the questions. I have kept your answers. I will look now."
LOOK_NOW = "Look for it now"
# A request for local help said at an open question, with no answer in it.
REQUEST_NOT_KEPT = "I have not kept that as your answer."
THAT_HELP = "that help"


def search_offer(thing: str) -> str:
    """The search asked for, offered now; the questions can wait."""
    return (f"I can look for {thing} near you. Tap Look for it now. "
            "Or we can look after the questions.")
CONTACT_AGAIN = ("I could not find a phone number or email in that. Please type it again, "
                 "for example 07700 900456. Or type skip.")
CONTACT_AGAIN_SAFE = ("Thank you, I have noted that. What is a safe way to reach you? "
                      "A mobile for texts, or an email, is fine. Or type skip.")
# After "please don't ring me": never a phone number insisted on (round seventeen).
ASK_SAFE_WAY = ("What is a safe way for the team to reach you? An email, a letter to a safe "
                "address, or a place and time to meet you are all fine. Or type skip.")
SAFE_WAY_AGAIN = ("Sorry, I could not find a way to reach you in that. You can give an email, "
                  "an address for a letter, or a place and time to meet. Or type skip.")
SAFE_CONTACT_NOTED = ("Thank you. I have told the team how to contact you safely, and they "
                      "will stick to it.")
# "can we do the job bit now?": the form goes to that part.
JUMP_TOPICS = {"work_learning": "work", "relationships": "the people in your life",
               "community": "going out", "home_safe": "your home"}
JUMP_SCREEN_NOTE = "Asked to go straight to {topic}."


def question_we_were_on(question: str) -> str:
    """ "what questions?" just after a card, with its choice on screen: the question the card
    came in front of, said again, and the choice stays open."""
    return f'The question I will ask next is: "{question}" You can carry on, or stop for now.'


def jump_to(topic: str) -> str:
    return (f"Yes, let's talk about {topic} now. I have passed over the questions before it. "
            "You can change any answer at the end.")


# A letter asked for, with no address yet ("a letter please, plain envelope").
ADDRESS_FOR_LETTER = ("Yes, the team can write to you. What address should they use? "
                      "Please give the house number, street and postcode. Or type skip.")
# Only a postal address was given: no call is promised.
WE_WILL_WRITE = "The team will write to you at that address. They will not phone."
NO_CONTACT_TAKEN = ("That is fine. I have not taken a number. You can call us or ask again "
                    "at any time.")

REQUEST_ANSWERS: Dict[str, str] = {
    "why_ask": ("It helps us see what matters to you, so any help fits your life. "
                "You do not have to answer. You can type skip."),
    # The question then comes in simpler words where it has them (actions/assessment.py).
    "what_mean": ("Sorry, that was not clear. Just tell me in your own words. "
                  "There is no wrong answer, and you can type skip."),
    "greet": "Hello again. Here is the question we were on.",
    # "what questions?", "sorry what was the question": the question again, as it was.
    "which_question": "Sorry. Here is the question again.",
    "menu": ("We are in the middle of some questions. Type stop to leave them, "
             "or answer the question below."),
    "other_journey": ("We can do that next. First, here is the question we were on. "
                      "Type stop to leave the questions."),
    "carry_on": "OK. Let's carry on.",
    "goodbye": ("Bye for now, and thank you. You can come back any time. If you want to go "
                "on now, here is the question again."),
    "start_again": "To start again, type start again on its own.",
    "delete": "To delete this chat, tap Delete. Or type: delete my conversation.",
    "download_summary": "You can get your summary when we finish. Here is the question again.",
    "download_data": "You can download your data with the button below the chat.",
    "resume": "OK. Let's carry on.",
    "stop": "To stop these questions, type stop on its own.",
    "pause": "To take a break, type pause on its own. I will give you a code to carry on.",
    "talk_to_person": "To talk to a person, type: talk to a person.",
}

SAFE_CONTACT_BUTTONS: List[Dict[str, str]] = [
    {"title": "Call me and leave a message", "payload": "call_and_message"},
    {"title": "Call, but do not leave a message", "payload": "call_no_message"},
    {"title": "Text or email only", "payload": "text_only"},
    {"title": "Skip", "payload": "/skip"},
]
SAFE_CONTACT_PAYLOADS: Dict[str, Dict[str, Any]] = {
    "call_and_message": {"safe_to_call": True, "leave_message": True, "say_council": True,
                         "text_only": False},
    "call_no_message": {"safe_to_call": True, "leave_message": False, "say_council": None,
                        "text_only": False},
    "text_only": {"safe_to_call": False, "leave_message": False, "say_council": None,
                  "text_only": True},
}

ASK_CONTACT = ("What is the best phone number or email to reach you? "
               "Or type skip if you would rather not.")
ASK_CONTACT_TIME = "When is a good time to reach you? For example, weekday mornings."
ASK_CONTACT_SAFETY = ("Is it safe for us to call you? Can we leave a message, "
                      "and say we are from the council?")
CONTACT_TIME_BUTTONS = [
    {"title": "Any time", "payload": "Any time"},
    {"title": "Mornings", "payload": "Mornings"},
    {"title": "Afternoons", "payload": "Afternoons"},
]

ASK_SAFETY_WISH = ("What would you like to happen now? Tell me in your own words. "
                   "You can also type skip.")
CONTACT_FOR_HANDOFF = "Thank you. I will give that to the person from our team."
ANSWER_KEPT = "I have kept that answer."
# A goodbye at a question ("stop. bye", "thanks bye", "got to go. ta"): the questions are
# paused, never asked again at once; a code follows when the form has one.
LEFT_FOR_NOW = "Bye for now, and thank you. I have kept your answers."
LEFT_BEFORE_ANSWERS = "Bye for now, and thank you. You can come back at any time."
LEFT_CARRY_ON = "Type carry on when you want to go on."
# Local help asked for instead of the questions ("i only wanted a befriender").
LEFT_FOR_SEARCH = ("Sorry, I got that wrong. We can leave the questions. Type carry on if "
                   "you want to go back to them. Now I will look for that help.")
LEAVE_EARLY = ("I have kept that answer. To stop now and come back later, type pause. "
               "I will give you a code to carry on.")
# "skip the rest", "can we just get to the end" (bot/answers/short_of_time.py)
TO_THE_END = ("OK. I have kept what you told me so far. Let's go to the last questions. "
              "You can change any answer at the end.")
# "skip the rest of the nice ones, the big thing is the cooker": past the strengths only.
TO_DAY_TO_DAY = ("I have kept that. Let's go to the questions about day-to-day life, where you "
                 "can tell me more. You can change any answer at the end.")
TO_THE_END_KEPT = ("I have kept that answer. Let's go to the last questions. "
                   "You can change any answer at the end.")
# "14?! ive got 10 mins": both ways on, said plainly.
SHORT_OF_TIME = ("That is OK. We can keep it short. Type skip the rest to go to the end now. "
                 "Or type pause, and I will give you a code to carry on later.")
SHORT_OF_TIME_KEPT = f"I have kept that answer. {SHORT_OF_TIME}"
MONEY_IN_FORM = ("I have kept that answer. Yes, we can point you to free advice on money, "
                 "like benefits for carers. When we finish, choose Find local help "
                 "and then Money matters, or ask to talk to a person.")
CONTACT_REUSED = "I will give the team the details you gave me before, so you do not need to say them again."
WISH_NOTED = "Thank you. I have written that down for the team, in your words."
WISH_ON_HANDOFF = "What they would like to happen: {wish}"   # for staff, on the hand-off
SAFE_WISH_NOTED = ("I have also told the team how to contact you safely. They can text, "
                   "email or write instead, when you give them a safe way.")
SAFETY_NEXT_QUESTION = ("What would you like to do now? We can carry on with the questions, "
                        "stop for now, or you can talk to someone.")
SAFETY_NEXT_BUTTONS = [texts.CARRY_ON_WITH_THE_QUESTIONS, texts.PAUSE_THE_QUESTIONS, texts.TALK_TO_SOMEONE_NOW]
# The same step when the card came during a search, with no questions begun (round 17: "What
# questions? I only wanted the lunch club"): back to the places, or a person.
SAFETY_NEXT_AFTER_SEARCH = ("What would you like to do now? We can go back to the places I "
                            "found, or you can talk to someone.")
BACK_TO_THE_PLACES_BUTTON = {"title": "Back to the places I found", "payload": "/affirm"}
SAFETY_NEXT_AFTER_SEARCH_BUTTONS = [BACK_TO_THE_PLACES_BUTTON, texts.TALK_TO_SOMEONE_NOW]
BACK_TO_THE_PLACES = ("OK. The places I found are above. You can ask me about any of them, "
                      "or look for something else.")
SKIP_BUTTON = [{"title": "Skip", "payload": "/skip"}]

# The engine's own fixed questions (slot: question, buttons), asked in front of any form's
# next question when they are needed. The safety check is worded by the safety net instead.
ENGINE_QUESTIONS: Dict[str, Tuple[str, List[Dict[str, str]]]] = {
    "safety_wish": (ASK_SAFETY_WISH, SKIP_BUTTON),
    "safety_next": (SAFETY_NEXT_QUESTION, SAFETY_NEXT_BUTTONS),
    "contact_details": (ASK_CONTACT, SKIP_BUTTON),
    "contact_time": (ASK_CONTACT_TIME, CONTACT_TIME_BUTTONS),
    "contact_safety": (ASK_CONTACT_SAFETY, SAFE_CONTACT_BUTTONS),
}


# Filling in for someone else: do they know and agree? (Care Act: their views come first.)
ON_BEHALF_BUTTONS: List[Dict[str, str]] = [
    {"title": "Yes, they know and agree", "payload": '/inform{"on_behalf": "agrees"}'},
    {"title": "They are here with me", "payload": '/inform{"on_behalf": "present"}'},
    {"title": "They cannot decide this themselves",
     "payload": '/inform{"on_behalf": "cannot_decide"}'},
    {"title": "Not yet", "payload": '/inform{"on_behalf": "not_yet"}'},
]
ON_BEHALF_SAID: Dict[str, str] = {
    "agrees": "Thank you. I will use their views where you know them.",
    "present": ("Good. Please ask them each question too, and put what they say "
                "in their words where you can."),
    "cannot_decide": ("Thank you for telling me. The team will talk with you about what is "
                      "best for them. If you have legal power to decide about their care for "
                      "them, please tell the team. Answer as you think they would."),
    # "i have lasting power of attorney for health": heard, not asked for again.
    "cannot_decide_attorney": ("Thank you. I have noted that you can decide for them by law. "
                               "The team will ask to see the papers. Answer as you think they "
                               "would."),
    "not_yet": ("That is OK. Please talk to them about it if you can. The team will check "
                "with them before anything is decided."),
    "own_words": "Thank you. I have noted that for the team.",
}


def name_thanks(name: str, who: str = "you") -> str:
    """ "Thanks, Frank." to the person; "I will call your mum Peggy." when it is about
    someone else."""
    if who == "you":
        return f"Thanks, {name}."
    return f"Thank you. I will call {who} {name}."


def their_name_noted(relation: str, name: str) -> str:
    """ "me Kasia. mama is Halina": the other name heard too."""
    return f"I have noted that your {relation} is called {name}."


def ask_on_behalf(relationship: str) -> str:
    who = f"your {relationship}" if relationship else "the person"
    return (f"Does {who} know you are doing this, and do they agree? "
            "It is their care, so their views matter most.")


def how_many_more(left: int) -> str:
    if left <= 1:
        return "This is nearly the last one. You can stop at any time and carry on later."
    if left <= 3:
        return f"Just {left} more. You can stop at any time and carry on later."
    return (f"About {left} more, and most are short. You can skip any of them, "
            "or stop and carry on later.")


def contact_read_back(contact: Dict[str, Any]) -> str:
    """ "I will pass this on. Phone: 07700 900456. Best time: mornings. No messages." """
    parts: List[str] = ["I will pass this on to the team."]
    for label, value in contact_facts(contact):
        parts.append(f"{label}: {value.lower() if label == 'Best time' else value}.")
    if contact.get("plain_envelope"):
        parts.append("In a plain envelope, with no council name on it.")
    if contact.get("text_only"):
        parts.append("Text or email only.")
    elif contact.get("safe_to_call") is False:
        parts.append("Do not call.")
    if contact.get("leave_message") is False:
        parts.append("No messages.")
    if contact.get("say_council") is False:
        parts.append("Do not say it is the council.")
    if contact.get("not_when"):
        parts.append(f"{contact['not_when'][0].upper()}{contact['not_when'][1:]}.")
    if contact.get("route"):
        parts.append(f'How to reach you, in your words: "{contact["route"]}"')
    if contact.get("note"):
        parts.append(f'You said: "{contact["note"]}".')
    return " ".join(parts)


def route_promise(is_open: bool, next_opening: str) -> str:
    """A way in that is not a phone (a place to meet, a go-between): passed on as said,
    never promised as booked."""
    when = ("The team is working now." if is_open
            else f"The team is closed now. They are back {next_opening}.")
    return (f"I have passed this to the team, in your words. They will not phone you. {when} "
            "I cannot promise the time, but they will try to reach you that way.")


def when_we_call(is_open: bool, next_opening: str) -> str:
    """A promise that matches the opening hours in council.yml."""
    if is_open:
        return "The team is working now. Someone will get back to you today if they can."
    return f"The team is closed now. They will get back to you when they open, {next_opening}."


def all_texts() -> Dict[str, str]:
    """Every sentence above with sample values, for the plain-language gate."""
    out = {k: v for k, v in globals().items() if k.isupper() and isinstance(v, str)}
    out.update({f"request.{k}": v for k, v in REQUEST_ANSWERS.items()})
    for group in (SAFE_CONTACT_BUTTONS, SAFETY_NEXT_BUTTONS, CONTACT_TIME_BUTTONS,
                  SAFETY_NEXT_AFTER_SEARCH_BUTTONS):
        for b in group:
            out[f"button:{b['title']}"] = b["title"]
    for n in (1, 3, 9):
        out[f"how_many_more[{n}]"] = how_many_more(n)
    out["read_back"] = contact_read_back({"phone": "07700 900456", "best_time": "Mornings",
                                          "leave_message": False, "say_council": False})
    out["read_back[text_only]"] = contact_read_back({"phone": "07700 900456", "text_only": True,
                                                     "note": "he reads my texts"})
    for topic in JUMP_TOPICS.values():
        out[f"jump_to[{topic}]"] = jump_to(topic)
    out["read_back[letter]"] = contact_read_back({"address": "14 Larch Grove, Leeds LS8 3PQ",
                                                  "by_letter": True, "plain_envelope": True})
    out["read_back[no_calls]"] = contact_read_back({"email": "sam@example.org",
                                                    "safe_to_call": False})
    out["read_back[not_when]"] = contact_read_back({"phone": "0113 496 0999",
                                                    "best_time": "between 10 and 4",
                                                    "not_when": "not when Carol is here"})
    out["read_back[route]"] = contact_read_back({"route": "Meet me at the library on Tuesday.",
                                                 "safe_to_call": False})
    out["route_promise[open]"] = route_promise(True, "")
    out["route_promise[closed]"] = route_promise(False, "on Monday at 9am")
    out["ask_on_behalf"] = ask_on_behalf("mum")
    out["their_name_noted"] = their_name_noted("mum", "Halina")
    out["scale_nearer"] = scale_nearer(6, 7)
    out["search_offer"] = search_offer("a bowls club")
    out["question_we_were_on"] = question_we_were_on("What matters most to you in life?")
    out["name_thanks"] = name_thanks("Frank")
    out["name_thanks[mum]"] = name_thanks("Peggy", "your mum")
    out.update({f"on_behalf.{k}": v for k, v in ON_BEHALF_SAID.items()})
    for b in ON_BEHALF_BUTTONS:
        out[f"button:{b['title']}"] = b["title"]
    out["when_we_call[open]"] = when_we_call(True, "")
    out["when_we_call[closed]"] = when_we_call(False, "on Monday at 9am")
    return {f"form_words.{k}": v for k, v in out.items()}
