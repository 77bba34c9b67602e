"""The bot's everyday sentences and the main buttons, built from the council's configuration.

Each kind of words has its own module (safety, forms, directory, surveys, codes, the
gateway's limits, the channel relay...); this one holds the shared ones, and the buttons
every part offers ("Talk to a person", the menu) are defined here once. Any module that
defines ``all_texts()`` is gathered by ``bot/bot_words.py`` for the CI plain-language gate,
and ``tests/unit/test_bot_words.py`` fails when a sentence sits where the gate cannot see it.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from bot import hours
from bot import settings

# The buttons offered in many places. Use these (not a copy) so a wording changes once.
URGENT = {"title": "Something urgent is happening", "payload": "/crisis"}
TALK_ABOUT_IT = {"title": "Talk about what is going on", "payload": "/listen_connect"}
FIND_LOCAL_HELP = {"title": "Find local help", "payload": "/find_service"}
PLAN_A_GOOD_LIFE = {"title": "Plan for a good life", "payload": "/start_self_assessment"}
I_LOOK_AFTER_SOMEONE = {"title": "I look after someone", "payload": "/start_carer_assessment"}
GIVE_FEEDBACK = {"title": "Give feedback", "payload": "/give_feedback"}
TALK_TO_A_PERSON = {"title": "Talk to a person", "payload": "/request_human"}
TALK_TO_SOMEONE_NOW = {"title": "Talk to someone now", "payload": "/request_human"}
ASK_FOR_A_CALL_BACK = {"title": "Ask for a call back", "payload": "/request_human"}
YES = {"title": "Yes", "payload": "/affirm"}
NO = {"title": "No", "payload": "/deny"}
# In a form, "Stop for now" pauses it (its answers kept for a code); outside one it stops.
CARRY_ON_WITH_THE_QUESTIONS = {"title": "Carry on with the questions", "payload": "/affirm"}
PAUSE_THE_QUESTIONS = {"title": "Stop for now", "payload": "/pause"}
CARRY_ON = {"title": "Carry on", "payload": "/resume"}
STOP_FOR_NOW = {"title": "Stop for now", "payload": "/stop"}
SHARED_BUTTONS = [TALK_TO_SOMEONE_NOW, ASK_FOR_A_CALL_BACK, YES, NO, CARRY_ON_WITH_THE_QUESTIONS,
                  PAUSE_THE_QUESTIONS, CARRY_ON, STOP_FOR_NOW]

# The main menu. domain.yml's ``utter_menu`` shows the same buttons (a test keeps them equal).
MENU_BUTTONS: List[Dict[str, str]] = [
    URGENT, TALK_ABOUT_IT, FIND_LOCAL_HELP, PLAN_A_GOOD_LIFE, I_LOOK_AFTER_SOMEONE,
    GIVE_FEEDBACK, TALK_TO_A_PERSON,
]


def _c(key: str) -> str:
    return str(settings.get(key, ""))


def greeting() -> List[str]:
    return [
        f"Hello. I am the care and support helper for {_c('council.name')}.",
        "I am a computer program, not a person. You can ask to talk to a person at any time.",
        "I can listen to what is going on and find local help. "
        "I can also help you plan for a good life, or hear what you think of your support.",
        privacy_notice(),
    ]


def privacy_notice() -> str:
    days = settings.get("retention.conversation_days", 90)
    return (
        f"What you type is kept for {days} days. Only the council's care team can see it. "
        f"You can ask me to delete it at any time. More about privacy: {_c('council.privacy_notice_url')}"
    )


def consent_question() -> str:
    days = settings.get("retention.conversation_days", 90)
    return (
        "Before we start, please read this. "
        f"I will keep your answers for {days} days, so the care team can help you. "
        "Only they can see them. You can stop or delete them at any time. Is that OK?"
    )


def kept_answer() -> str:
    """ "is it saved?" asked with other questions: what is kept, for how long, who sees it."""
    days = settings.get("retention.conversation_days", 90)
    return (f"Yes. What you tell me is kept for {days} days, so the care team can help you. "
            "Only they can see it. You can ask me to delete it at any time.")


# Two or three questions in one message, one of them not ours to answer ("if i get a job do
# i lose my PIP"): said honestly, with a person to ask.
NOT_OUR_QUESTION = "I cannot answer your other question myself. A person from the team can help."


def consent_explained() -> str:
    """A question about the consent ("what does 90 days mean?", "who sees it?") answered."""
    days = settings.get("retention.conversation_days", 90)
    return (
        f"It means I keep what you tell me for {days} days. The care team can read it, so "
        "they can help you. Then it is deleted. Nobody else can see it. "
        "You can ask me to delete it sooner. Is that OK?"
    )


# "dont no", "maybe idk" to a yes-or-no offer outside the questions: the offer stays open.
OFFER_STAYS_OPEN = "That is fine. You can say yes or no, or ask me about it first."


CONSENT_BUTTONS = [
    {"title": "Yes, that is OK", "payload": "/affirm"},
    {"title": "No, thank you", "payload": "/deny"},
]


# The consent's buttons again, when the prompt is already in this reply.
CONSENT_CHOOSE = "Please choose yes or no below."
CONSENT_DECLINED = ("That is fine. I will not ask about you or keep your answers. "
                    "I can still find local help or explain words for you.")


def crisis_support() -> List[str]:
    lines = settings.get("crisis_lines", {})
    return [
        "I am worried about you. If someone is in danger right now, please call "
        f"{lines.get('emergency', '999')}.",
        f"For urgent help with your mental health, call NHS {lines.get('nhs_111', '111')} "
        "and choose the mental health option.",
        f"You can talk to Samaritans for free, day or night, on {lines.get('samaritans', '116 123')}.",
        f"If you would rather text, send SHOUT to {lines.get('shout_text', '85258')}.",
        f"Our care and support team is on {_c('council.adult_social_care_phone')}. "
        f"Out of hours, call {_c('council.out_of_hours_phone')}.",
        "You are not alone. When you are ready, we can carry on, or you can ask for a person.",
    ]


def crisis_buttons() -> List[Dict[str, str]]:
    return [
        TALK_TO_A_PERSON,
        {"title": "I am safe now, carry on", "payload": "/resume"},
    ]


def safeguarding_support() -> List[str]:
    return [
        "Thank you for telling me. You have done the right thing. No one should be hurt, "
        "taken from or left without care.",
        "If anyone is in danger right now, call 999.",
        f"You can tell our safeguarding team on {_c('council.safeguarding_phone')}. "
        f"Out of hours, call {_c('council.out_of_hours_phone')}.",
        "What happens next: a trained worker will listen and ask what you would like to happen. "
        "They will work with you to keep the person safe.",
        "I can ask a person from the team to contact you now. Would you like that?",
    ]


def safeguarding_buttons() -> List[Dict[str, str]]:
    return [
        {"title": "Yes, contact me", "payload": "/request_human"},
        {"title": "Not now", "payload": "/resume"},
    ]


def handoff_open(reference: str, wait_minutes: int) -> str:
    return (
        f"I have asked a person from our team to join. Your reference is {reference}. "
        f"Most people wait about {wait_minutes} minutes. Stay here if you can. "
        "If you need to go, that is OK: keep your reference and come back, or call "
        f"{_c('council.adult_social_care_phone')}."
    )


def handoff_closed(reference: str, next_open: str, no_calls: bool = False) -> str:
    """Out of hours: a call back, or (after "please don't ring me") a safe way in."""
    reach = ("You asked us not to ring you, so I need a safe way for them to reach you."
             if no_calls else "So that they can call you back, I need a way to reach you.")
    return (
        f"Our team is not working right now. They will be back {next_open}. "
        f"Your reference is {reference}. If it is urgent, call "
        f"{_c('council.out_of_hours_phone')}, or 999 in an emergency. {reach}"
    )


def handoff_callback(reference: str) -> str:
    return (f"I can ask the team to call you back. Your reference is {reference}. "
            "First, I need a way to reach you.")


def call_booked(reference: str, contact: Optional[Dict[str, Any]] = None) -> str:
    """The promise matches what the person chose: a call, or text or email only."""
    contact = contact or {}
    if contact.get("text_only") or contact.get("safe_to_call") is False or (
            contact.get("email") and not contact.get("phone")):
        how = "to get in touch by text or email" if contact.get("phone") else "to email you"
        return f"I have asked the care team {how}. Your reference is {reference}."
    if not contact:
        return (f"I have asked the care team to get in touch. Your reference is {reference}. "
                f"You can also call {_c('council.adult_social_care_phone')}.")
    return f"I have asked the care team to call you. Your reference is {reference}."


ANYTHING_ELSE = "Is there anything else I can help with?"


def explain_unknown(term: str) -> str:
    return (
        f"Sorry, I don't know the word \"{term}\" yet. "
        f"You can ask our team on {_c('council.adult_social_care_phone')}."
    )


EXPLAIN_DID_YOU_MEAN = "I am not sure which word you mean. Did you mean one of these?"

NOT_CLEAR = "Sorry, I did not make that clear. Which part was hard to follow? Here it is again, more simply:"

NOT_CLEAR_NOTHING_SAID = ("Sorry, I did not make that clear. Which part was hard to follow? "
                          "You can also talk to a person.")

EXPLAIN_ASK_WHICH = "Which word would you like me to explain? Type it, for example: what is respite care?"

FALLBACK = "Sorry, I did not understand that. Could you say it another way? Or choose from these:"

FALLBACK_IN_FORM = ("Sorry, I did not follow that. Could you say it another way? "
                    "The question is just above. You can also type skip.")


def fallback_other_language() -> str:
    return (
        "Sorry, I can only understand English for now. "
        f"Please call {_c('council.adult_social_care_phone')} and ask for a free interpreter."
    )


def offer_interpreter() -> str:
    return (f"If English is hard, we can get you a free interpreter. Call "
            f"{_c('council.adult_social_care_phone')} and say which language you speak.")


WHAT_NEXT = "What would you like to do?"
WHILE_YOU_ARE_HERE = "You can also use this chat in simple English. What would you like to do?"

EMPTY_MESSAGE = "I did not get a message. Please type what you would like help with."


def action_server_down() -> str:
    return (
        "Sorry, something went wrong on our side. Nothing you told me is lost. "
        f"Please try again in a minute, or call {_c('council.adult_social_care_phone')}."
    )


PAUSED = "That is fine. Take a break. Your answers are kept. Type \"carry on\" when you are ready."


def paused_after_crisis() -> str:
    return (f"If you are in danger, call 999 now. Samaritans will listen day or night on "
            f"{_c('crisis_lines.samaritans')}. You can come back here at any time.")


STOPPED_FORM = "OK, I have stopped asking questions. Your answers so far are not sent to anyone."
# After a search that paused the questions: the way back to the same question.
BACK_TO_THE_QUESTIONS = ("When you are ready, tap Carry on to go back to the question we "
                         "were on.")

REFLECT_OFFER = "Here are some things we could do next. Choose one, or tell me more."


def self_assessment_done() -> str:
    return (
        "Thank you. I have saved what you told me. The care team will read it "
        f"and get in touch. You can call {_c('council.adult_social_care_phone')} at any time."
    )


def assessment_saved(channel: str = "web", after_risk: bool = False) -> str:
    """Offers a copy only in the way this channel really gives one. ``after_risk``: danger
    was told in this conversation, so the team WILL be in touch (round fourteen: "if you
    asked them to" after a plan to end a life)."""
    how = {
        "web": "You can get a copy with \"Download my summary\" at the top of this chat.",
        "telegram": "Send /summary to get a copy.",
    }.get(channel, "The care team can give you a copy.")
    then = ("The care team will read it. Because of what you told me, they will get in "
            "touch with you." if after_risk else
            "The care team will read it and get in touch if you asked them to.")
    return f"Thank you. I have saved what you told me, in your words. {how} {then}"


SUGGESTIONS_INTRO = "From what you told me, these local groups and services might help:"
# Kept with the suggestions when the person chose equipment or help with the nights: what the
# council does itself, with its number as the contact.
OT_FROM_THE_COUNCIL = "Ask the council for a visit to check what would help at home"
NIGHTS_FROM_THE_COUNCIL = "Ask the council what help there is at night"


CARER_BREAK_BUTTONS = [
    {"title": "Ask for a call back", "payload": "/request_human"},
    {"title": "Help for carers near me",
     "payload": '/find_service{"service_category": "looking_after_someone"}'},
]


CARER_BREAK_OFFER = ("It sounds like caring is a lot right now. You can have a break, and we can help "
                     "you make a plan for if you suddenly could not care. Would you like the team to "
                     "call you about it?")


CARER_BREAK_ON_THE_CALL = ("It sounds like caring is a lot right now. When the team calls, ask "
                          "about a break and a plan for if you suddenly could not care.")


def offer_carers_assessment(relationship: str | None = None) -> str:
    who = f"your {relationship}" if relationship else "someone"
    return (f"You help {who}, and that matters too. You can have a carer's assessment of "
            "your own, about your life and what would help you. Choose \"I look after "
            "someone\" below to start it.")


def assessment_next() -> str:
    when = "now" if hours.is_open() else hours.describe_next_opening()
    return (f"You can call us on {_c('council.adult_social_care_phone')}. The team can take "
            f"calls {when}. What would you like to do next?")


ABOUT_BUTTONS = [
    {"title": "Me", "payload": '/inform{"about": "self"}'},
    {"title": "Someone I look after", "payload": '/inform{"about": "someone_i_care_for"}'},
    {"title": "I work for the council and I am helping a caller",
     "payload": '/inform{"about": "staff_for_caller"}'},
]


ASK_ABOUT = "Who are we talking about today?"

ASK_WHATS_GOING_ON = ("Tell me a bit about what is going on for you. Take your time. "
                      "What matters most to you right now?")

RESUME_PROMPT = "Welcome back. Let's carry on where we left off."

STARTED_AGAIN = "OK, we have started again. What would you like to do?"

STOPPED = "OK, I have stopped. You can start again at any time."


def resume_code_given(code: str) -> str:
    days = settings.get("retention.resume_code_days", 30)
    return (
        f"Your code is {code}. Type it here or on Telegram to carry on where you left off. "
        f"It works for {days} days."
    )


RESUME_CODE_UNKNOWN = "Sorry, I could not find that code, or it is too old. We can start again."

NO_SUMMARY_YET = "There is no summary yet. You get one when you finish a self-assessment."

CHANGE_NOT_FOUND = "Sorry, I could not find that part. Please choose one of the buttons."

SCALE_NOT_UNDERSTOOD = "Please choose a number from 1 to 10. Or type skip."


def all_texts() -> Dict[str, str]:
    """Every text above with sample values, for the plain-language gate in CI."""
    texts: Dict[str, str] = {}
    for i, line in enumerate(greeting()):
        texts[f"texts.greeting[{i}]"] = line
    for i, line in enumerate(crisis_support()):
        texts[f"texts.crisis_support[{i}]"] = line
    for i, line in enumerate(safeguarding_support()):
        texts[f"texts.safeguarding_support[{i}]"] = line
    singles = {
        "consent_question": consent_question(),
        "consent_explained": consent_explained(),
        "consent_declined": CONSENT_DECLINED,
        "consent_choose": CONSENT_CHOOSE,
        "handoff_open": handoff_open("HX4-7KD", 20),
        "handoff_closed": handoff_closed("HX4-7KD", "on Monday at 9am"),
        "handoff_closed[no_calls]": handoff_closed("HX4-7KD", "on Monday at 9am", True),
        "handoff_callback": handoff_callback("HX4-7KD"),
        "anything_else": ANYTHING_ELSE,
        "call_booked": call_booked("HX4-7KD", {"phone": "07700 900456"}),
        "call_booked[text]": call_booked("HX4-7KD", {"phone": "07700 900456", "text_only": True}),
        "call_booked[email]": call_booked("HX4-7KD", {"email": "a@b.org"}),
        "call_booked[none]": call_booked("HX4-7KD"),
        "explain_unknown": explain_unknown("flibber"),
        "kept_answer": kept_answer(),
        "not_our_question": NOT_OUR_QUESTION,
        "explain_did_you_mean": EXPLAIN_DID_YOU_MEAN,
        "explain_ask_which": EXPLAIN_ASK_WHICH,
        "not_clear": NOT_CLEAR,
        "offer_stays_open": OFFER_STAYS_OPEN,
        "not_clear_nothing_said": NOT_CLEAR_NOTHING_SAID,
        "fallback": FALLBACK,
        "fallback_other_language": fallback_other_language(),
        "offer_interpreter": offer_interpreter(),
        "while_you_are_here": WHILE_YOU_ARE_HERE,
        "what_next": WHAT_NEXT,
        "fallback_in_form": FALLBACK_IN_FORM,
        "empty_message": EMPTY_MESSAGE,
        "action_server_down": action_server_down(),
        "paused": PAUSED,
        "stopped_form": STOPPED_FORM,
        "back_to_the_questions": BACK_TO_THE_QUESTIONS,
        "reflect_offer": REFLECT_OFFER,
        "self_assessment_done": self_assessment_done(),
        "change_not_found": CHANGE_NOT_FOUND,
        "no_summary_yet": NO_SUMMARY_YET,
        "assessment_saved": assessment_saved(),
        "offer_carers_assessment": offer_carers_assessment("mum"),
        "paused_after_crisis": paused_after_crisis(),
        "carer_break_offer": CARER_BREAK_OFFER,
        "carer_break_on_the_call": CARER_BREAK_ON_THE_CALL,
        "assessment_saved[telegram]": assessment_saved("telegram"),
        "assessment_saved[staff]": assessment_saved("staff"),
        "assessment_saved[after risk]": assessment_saved("web", after_risk=True),
        "suggestions_intro": SUGGESTIONS_INTRO,
        "ot_from_the_council": f"{OT_FROM_THE_COUNCIL}. Contact: 0300 123 4567",
        "nights_from_the_council": f"{NIGHTS_FROM_THE_COUNCIL}. Contact: 0300 123 4567",
        "assessment_next": assessment_next(),
        "resume_code_given": resume_code_given("HX4-7KD"),
        "resume_code_unknown": RESUME_CODE_UNKNOWN,
        "scale_not_understood": SCALE_NOT_UNDERSTOOD,
        "ask_about": ASK_ABOUT,
        "ask_whats_going_on": ASK_WHATS_GOING_ON,
        "resume_prompt": RESUME_PROMPT,
        "stopped": STOPPED,
        "started_again": STARTED_AGAIN,
    }
    texts.update({f"texts.{k}": v for k, v in singles.items()})
    buttons = MENU_BUTTONS + SHARED_BUTTONS + CONSENT_BUTTONS + ABOUT_BUTTONS + crisis_buttons() + safeguarding_buttons() + CARER_BREAK_BUTTONS
    for b in buttons:
        texts[f"texts.button:{b['title']}"] = b["title"]
    return texts
