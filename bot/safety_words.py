"""Kind words for what is not a crisis but is not nothing, and around the direct question.

A carer at breaking point, grief or loneliness, a worry about money, a complaint: each gets
its own route, never the crisis script (safety taxonomy, section 3). Numbers and links come
from council.yml, so a council changes them in one place.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from bot import settings, texts
from bot.safety import taxonomy

CHECK_IN_INTRO = "Thank you for telling me. I have kept what you said."
STILL_HERE = "I am still here. What would you like to do?"
# Abuse told again in one conversation: never the same card word for word, and never "Is
# anyone hurting you?" after they said so (round fourteen: the card three times).
TOLD_AGAIN = ("Thank you. I have added this to what you told me before, for the team. The "
              "help and numbers I sent you earlier still stand. If anyone is in danger now, "
              "call 999.")
ADDED_FOR_TEAM = "Thank you. I have added this to what you told me before, for the team."
WHAT_NEXT = "When you are ready, what would you like to do?"
# "I'd rather not say" typed at the direct question: not a no, so no thanks for telling.
RATHER_NOT_SAY = ("That is fine. You do not have to say. If you want to talk in "
                  "confidence, I am here when you are ready.")
CHOOSE_ANY_TIME = "You can choose one of these at any time."
# "ok ringing 999 now" after the crisis card: a word of support, not the form.
HELP_COMING = ("Well done. Stay with them if it is safe. The 999 call handler will tell you "
               "what to do. Your answers are kept, and we will be here when you are ready.")

MENU_SHORT = [
    texts.TALK_ABOUT_IT,
    texts.FIND_LOCAL_HELP,
    texts.TALK_TO_A_PERSON,
]


def _c(key: str, default: str = "") -> str:
    return str(settings.get(key, default))


def help_in_view() -> str:
    """After "no" or "I'd rather not say" to the suicide question: the numbers stay in view,
    and a person is one tap away (the Talk to a person button below it)."""
    samaritans = taxonomy.helpline("samaritans")["number"]
    return (f"If you need to talk, Samaritans are free on {samaritans}, day or night. "
            "If you are in danger now, call 999.")


def quick_exit(told_team: bool = False, no_calls: bool = False, paused: bool = False,
               suicide_risk: bool = False, is_open: bool = True, need: str = "") -> str:
    """Someone has come in and the person must go ("he's back I have to go"): one short
    message, no question and no buttons, with nothing on screen that names a worry. The
    numbers to ring, and how to come back. After suicide risk was told in this conversation,
    Samaritans too: leaving in a hurry does not make that risk go away, and a number that
    listens day or night is the one they may need after the door shuts."""
    phone = _c("council.safeguarding_phone") or _c("council.adult_social_care_phone")
    if not is_open:
        # Out of hours the office phone rings out: the number that answers now (round 17).
        phone = _c("council.out_of_hours_phone") or phone
    parts = ["OK, go now."]
    if need:
        parts.append(need)   # "Is there anywhere I can get food?" asked as they go: one line
    if told_team:
        parts.append("The team has your message." + (" They will not phone you." if no_calls
                                                      else ""))
    parts.append(f"Need help? Call 999, or us on {phone}." if is_open else
                 f"Need help? Call 999, or our out of hours team on {phone}.")
    if suicide_risk:
        samaritans = taxonomy.helpline("samaritans")["number"]
        parts.append(f"Or Samaritans, day or night: {samaritans}.")
    parts.append("To carry on, come back and type carry on." if paused
                 else "Come back to this chat at any time.")
    return " ".join(parts)


def need_line(name: str, when: str = "", phone: str = "") -> str:
    """One line for a need asked as they go ("is there anywhere i can get a bit of food"):
    the first place the directory finds, when it is open and its number."""
    return name + (f": {when}." if when else ".") + (f" Phone {phone}." if phone else "")


# "dunno", "not sure", "idk maybe" to the direct question: not a no. Said gently, with the
# numbers for that worry and a person offered; never "glad you are safe".
UNSURE_OK = "That is OK. It can be hard to know, or hard to say."
UNSURE_NOT_NEEDED = "You do not have to be sure to talk to someone."
UNSURE_DOOR = f"{UNSURE_NOT_NEEDED} Would you like to talk to a person?"
UNSURE_SUICIDE = ("If you are having thoughts of ending your life, even now and then, "
                  "Samaritans will listen, day or night. Call free on {samaritans}. "
                  "If you are in danger now, call 999.")
UNSURE_HARM = ("If anyone is in danger now, call 999. The abuse helpline is free, day or "
               "night: {helpline}. Our safeguarding team is on {phone}.")
UNSURE_HARM_CLOSED = ("If anyone is in danger now, call 999. The abuse helpline is free, day "
                      "or night: {helpline}. Our out of hours team is on {phone}.")
UNSURE_DANGER = ("If someone might be in danger, call 999. If you are not sure it is an "
                 "emergency, call NHS {nhs}. Our out of hours team is on {phone}.")


def unsure_kind(concern: Optional[str], category: Optional[str]) -> str:
    """Which direct question was asked: "suicide", "safeguarding" or "crisis" (someone in
    danger now), as bot.safety.responses.check_in_question words it."""
    if concern == "safeguarding":
        return "safeguarding"
    if not category or str(category).startswith("suicide"):
        return "suicide"
    return "crisis" if taxonomy.category_info(category)["kind"] == "crisis" else "safeguarding"


def unsure_reply(concern: Optional[str], category: Optional[str],
                 is_open: bool = True) -> Tuple[List[str], List[Dict[str, str]]]:
    """The reply to "dunno" or "not sure" at the direct question: the door kept open, the
    numbers for the worry asked about, and a person one tap away (first)."""
    kind = unsure_kind(concern, category)
    if kind == "suicide":
        numbers = UNSURE_SUICIDE.format(samaritans=taxonomy.helpline("samaritans")["number"])
    elif kind == "safeguarding":
        helpline = taxonomy.helpline("domestic_abuse")["number"]
        numbers = (UNSURE_HARM.format(helpline=helpline, phone=_c("council.safeguarding_phone"))
                   if is_open else UNSURE_HARM_CLOSED.format(
                       helpline=helpline, phone=_c("council.out_of_hours_phone")))
    else:
        numbers = UNSURE_DANGER.format(nhs=taxonomy.helpline("nhs_111_medical")["number"],
                                       phone=_c("council.out_of_hours_phone"))
    buttons = [dict(texts.TALK_TO_SOMEONE_NOW), dict(texts.TALK_ABOUT_IT),
               dict(texts.FIND_LOCAL_HELP)]
    return [UNSURE_OK, numbers, UNSURE_DOOR], buttons


# A note for staff on the hand-off when the person leaves in a hurry.
LEFT_IN_A_HURRY = "Left the chat in a hurry: someone came in."


# "so you won't phone me? how would they get in touch" after saying not to ring: how the
# team will reach them, and the way to give a safe email or time.
def how_we_contact(no_calls: bool, told_team: bool,
                   button: str = texts.TALK_TO_A_PERSON["title"]) -> str:
    if no_calls:
        first = "The team will not phone you. You asked them not to."
        then = "They can email or text you, or ring at a time you say is safe."
    else:
        first = ("The team will get in touch by phone, text or email." if told_team
                 else "A person from the team can get in touch by phone, text or email.")
        then = "If a phone call is not safe, tell me and they will not ring."
    return f"{first} {then} To give them an email or a safe time, choose {button}."


def after_no() -> List[Dict[str, str]]:
    return MENU_SHORT


def route_reply(route: str) -> Tuple[List[str], List[Dict[str, str]]]:
    """The lines and buttons for one kind route."""
    phone = _c("council.adult_social_care_phone")
    if route == "carer_strain":
        return ([
            "That sounds really hard. You are doing a lot, and it is OK to say it is too much.",
            "You can have a break from caring. We can help plan it, and make a plan for "
            "if you suddenly could not care.",
            f"A carer's assessment looks at what would help you. Call us on {phone}, or I "
            "can ask the team to call you back.",
        ], [
            texts.ASK_FOR_A_CALL_BACK,
            {"title": "Start a carer's assessment", "payload": "/start_carer_assessment"},
            {"title": "Find help for carers",
             "payload": '/find_service{"service_category": "looking_after_someone"}'},
        ])
    if route == "grief":
        return ([
            "I am so sorry. Thank you for telling me.",
            "Grief and feeling alone can be very heavy. You do not have to manage on your own.",
            "Would you like to tell me more, or find people nearby to talk to?",
        ], [
            {"title": "Tell you more", "payload": "/listen_connect"},
            {"title": "Find groups and support",
             "payload": '/find_service{"service_category": "health_and_wellbeing"}'},
            texts.TALK_TO_A_PERSON,
        ])
    if route == "money_worry":
        return ([
            "Money worries are stressful. You are not the only one.",
            "We can point you to free advice on benefits, bills, debt and paying for care.",
        ], [
            {"title": "Find money help",
             "payload": '/find_service{"service_category": "money_matters"}'},
            texts.TALK_TO_A_PERSON,
        ])
    if route == "complaint":
        return complaint_reply()
    return ([STILL_HERE], MENU_SHORT)


def complaint_reply() -> Tuple[List[str], List[Dict[str, str]]]:
    """The council's complaints route first, then the Ombudsman, never a survey."""
    return ([
        "I am sorry things have gone wrong. You have the right to complain.",
        f"To make a complaint, call {_c('complaints.phone')} or go to "
        f"{_c('complaints.url')}.",
        "If you are still unhappy after that, you can ask the Ombudsman: people who look at "
        "complaints for free. "
        f"Call {_c('complaints.ombudsman_phone')} or go to {_c('complaints.ombudsman_url')}.",
        "You can also just tell us how things are going. Tap Give feedback.",
    ], [
        texts.TALK_TO_A_PERSON,
        texts.GIVE_FEEDBACK,
    ])


def all_texts() -> Dict[str, str]:
    """Every sentence and button here, for the plain-language gate."""
    out = {"CHECK_IN_INTRO": CHECK_IN_INTRO, "STILL_HERE": STILL_HERE, "WHAT_NEXT": WHAT_NEXT,
           "HELP_IN_VIEW": help_in_view(), "RATHER_NOT_SAY": RATHER_NOT_SAY,
           "CHOOSE_ANY_TIME": CHOOSE_ANY_TIME, "HELP_COMING": HELP_COMING,
           "LEFT_IN_A_HURRY": LEFT_IN_A_HURRY, "TOLD_AGAIN": TOLD_AGAIN,
           "ADDED_FOR_TEAM": ADDED_FOR_TEAM}
    for told in (False, True):
        for no_calls in (False, True):
            out[f"QUICK_EXIT[{told},{no_calls}]"] = quick_exit(told, no_calls, paused=told)
            out[f"QUICK_EXIT_SUICIDE[{told},{no_calls}]"] = quick_exit(
                told, no_calls, paused=told, suicide_risk=True)
            out[f"QUICK_EXIT_CLOSED_NEED[{told},{no_calls}]"] = quick_exit(
                told, no_calls, paused=told, is_open=False,
                need=need_line("Food Bank", "Tuesdays and Fridays, 10am to 1pm", "0113 496 0165"))
            out[f"HOW_WE_CONTACT[{told},{no_calls}]"] = how_we_contact(no_calls, told)
            out[f"HOW_WE_CONTACT_FORM[{told},{no_calls}]"] = how_we_contact(
                no_calls, told, "Talk to someone now")
    for concern, category in (("crisis", "suicide_passive"), ("safeguarding", None),
                              ("crisis", "medical_emergency")):
        for is_open in (True, False):
            lines, buttons = unsure_reply(concern, category, is_open)
            out.update({f"UNSURE[{concern},{category},{is_open}][{i}]": line
                        for i, line in enumerate(lines)})
            out.update({f"UNSURE:button:{b['title']}": b["title"] for b in buttons})
    for route in ("carer_strain", "grief", "money_worry", "complaint"):
        lines, buttons = route_reply(route)
        out.update({f"{route}[{i}]": line for i, line in enumerate(lines)})
        out.update({f"{route}:button:{b['title']}": b["title"] for b in buttons})
    return {f"safety_words.{k}": v for k, v in out.items()}
