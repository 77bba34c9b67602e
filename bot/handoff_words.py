"""What the bot says about the real state of a call back ("will anyone ring me?"), and
about a complaint being kept private ("will the carer find out it was me?").

The answer is read from the hand-off and the contact step, never assumed: a call back is
booked (with the time and how), asked for but not booked (no number yet), or not asked for;
and "do not phone" always wins.
"""
from __future__ import annotations

from typing import Dict, Optional

from bot import settings

CALL_BACK_BUTTON = {"title": "Ask for a call back", "payload": "/request_human"}
# For staff, on a safety hand-off kept after "delete my conversation" (bot/store.py).
DELETED_BY_PERSON = ("The person deleted the chat. This request is kept because it is about "
                     "their safety. Follow it up as they asked.")


def no_calls(reference: Optional[str], how: Optional[str]) -> str:
    """They asked not to be phoned: say so plainly, and how the team will reach them."""
    parts = ["No. Nobody will phone you. You asked us not to, and the team has that "
             "written down."]
    if how:
        parts.append(how)
    if reference:
        parts.append(f"Your reference is {reference}.")
    return " ".join(parts)


def booked(reference: str, phone: Optional[str], when: Optional[str], no_message: bool,
           other: Optional[str] = None, honest: Optional[str] = None) -> str:
    """ "Yes. Your call back is still booked. The team will ring you on 07700 900512
    tomorrow after 4pm." ``honest`` says when the time they gave is outside the hours."""
    if other:
        parts = [f"Yes. Your call back is still booked. {other}"]
        if when:
            parts.append(f"They will ring {when}.")
    else:
        on = f" on {phone}" if phone else ""
        at = f" {when}" if when else ""
        parts = [f"Yes. Your call back is still booked. The team will ring you{on}{at}."]
    if honest:
        parts.append(honest)
    if no_message:
        parts.append("They will not leave a message.")
    parts.append(f"Your reference is {reference}. Stopping the questions does not cancel it.")
    return " ".join(parts)


def by_writing(reference: str, how: str) -> str:
    return f"Yes. The team will contact you, but not by phone. {how} Your reference is {reference}."


def no_call_taken(reference: str) -> str:
    """ "please do not ring me" with a request: the team has it, and nobody will phone."""
    return (f"I have passed your message to the team. Nobody will phone you. Your reference "
            f"is {reference}.")


def crisis_call(reference: str, is_open: bool, next_open: str) -> str:
    """ "is anyone going to ring me" after the crisis card, with no number yet (round
    fourteen: the fallback and the card again): yes, the team will try, when, and what they
    need; 999 for danger now."""
    when = "as soon as they can" if is_open else f"when they are back, {next_open}"
    return (f"Yes. Because of what you told me, the team will try to reach you {when}. I do "
            f"not have your number yet. Please tell me the best number to ring. If you are in "
            f"danger now, call 999. Your reference is {reference}.")


def asked_not_booked(reference: str) -> str:
    return (f"You asked for a call back, but it is not booked yet: I do not have a number to "
            f"ring. Your reference is {reference}.")


def not_asked(reference: Optional[str]) -> str:
    if reference:
        return (f"No. A call back is not booked. The team has your message, reference "
                f"{reference}. Would you like them to ring you?")
    return "No. You have not asked for a call back yet. Would you like one?"


# ---- a time named after a plan to end their life ------------------------------------------

# For staff (round twelve: "want it all dun before sunday", "not after saturday" were not on
# the hand-off as urgent, and the call time said "when the team is closed" on a Friday).
URGENT_TIME = ("URGENT: after signs of suicide risk, they named a time: {when}. "
               "Please reach them before then. They said: '{words}'")


# For staff: a take-back after signs of suicide risk does not end it.
TAKEN_BACK_NOTE = ("Not resolved: after a sign of suicide risk they took it back and went on "
                   "with the questions. Please still check in with them. They said: {quoted}")
TAKEN_BACK_NOTE_OUTSIDE = ("Not resolved: after a sign of suicide risk they took it back. "
                           "Please still check in with them. They said: {quoted}")

WISH_STANDS_NOTE = ("Not resolved: they told us in their own words they wish to die. Then they "
                    "said they would not act on it. Please still call them. They said: {quoted}")


# For staff: the direct question answered yes, tapped or typed, with what else they said
# (round fourteen: "yes. but i dont want a fuss or people round" was on the hand-off only as
# a raw line, never as the yes it was; the wish beside it is for the team to read).
SAID_YES_NOTE = "They said YES to: {question}"
SAID_YES_WORDS = "They said: {quoted}"
# A no to "Would you like to talk to someone now?" is about talking now, not about the risk
# (round fourteen: "no" there read as "they said 'no' and went on" after a yes to the risk).
NO_TALK_NOW_NOTE = ("Not resolved: they did not want to talk to someone now. That was not a "
                    "no to the risk. Please still call them. They said: {quoted}")


def said_yes_note(question: str, quoted: Optional[str] = None) -> str:
    """ "They said YES to: Are you thinking about ending your life? They said: '...'"."""
    note = SAID_YES_NOTE.format(question=question)
    return f"{note} {SAID_YES_WORDS.format(quoted=quoted)}" if quoted else note


def no_talk_now_note(quoted: str) -> str:
    return NO_TALK_NOW_NOTE.format(quoted=quoted)


def wish_stands_note(quoted: str) -> str:
    return WISH_STANDS_NOTE.format(quoted=quoted)


def taken_back_note(quoted: str, in_questions: bool = True) -> str:
    return (TAKEN_BACK_NOTE if in_questions else TAKEN_BACK_NOTE_OUTSIDE).format(quoted=quoted)


def urgent_time(when: str, words: str) -> str:
    return URGENT_TIME.format(when=when, words=" ".join((words or "").split())[:300])


def urgent_told(when: str, is_open: bool, next_open: str) -> str:
    """Said to the person when that time was given as the time to reach them."""
    if is_open:
        return (f"I have told the team this is urgent, {when}. They are at work now, and "
                "they will try to reach you as soon as they can.")
    return (f"I have told the team this is urgent, {when}. They are back {next_open}, and "
            f"they will try to reach you first. For help now, call Samaritans free on "
            f"116 123, day or night.")


HOW_EMAIL = "They will email you at {email}."
HOW_TEXT = "They will text you on {phone}."
HOW_LETTER = "They will write to you at {address}."
HOW_NONE = "If you want, give me an email or an address, so they can reach you safely."

# ---- a complaint kept private ---------------------------------------------------------------

PRIVATE = ("Your complaint is handled in private. The team will not tell the carer or the "
           "care company your name without talking to you first.")
PRIVATE_LIMITS = ("To look into it, they may need to say what happened, such as the times of "
                  "the visits. So the carer may guess who it is from. The council cannot "
                  "promise they will not.")
PRIVATE_SAFE = ("If you are worried about how the carer will treat you, tell the team. They can ask "
                "for a different carer while they look into it. Nobody should treat you badly "
                "for making a complaint.")
def tell_them_line(who: str) -> str:
    """For staff: the person fears the one harming them will learn they told."""
    return (f"Worried {who or 'the person harming them'} will find out they told us. "
            "Talk to them first.").replace("your ", "their ")


PRIVATE_NOTED = "Complaint: they are worried the carer will find out it was them. Talk to them first."


def private_answer(reference: Optional[str]) -> str:
    parts = [PRIVATE, PRIVATE_LIMITS, PRIVATE_SAFE]
    if reference:
        parts.append(f"Your reference is {reference}.")
    return " ".join(parts)


def private_no_complaint() -> str:
    return (f"{PRIVATE} {PRIVATE_LIMITS} If you want to complain, tell me what went wrong, or "
            f"call {settings.get('complaints.phone')}.")


def all_texts() -> Dict[str, str]:
    """Every sentence here with sample values, for the plain-language gate."""
    out = {k: v for k, v in globals().items() if k.isupper() and isinstance(v, str)}
    out["tell_them_line"] = tell_them_line("Carol")
    out["tell_them_line[none]"] = tell_them_line("")
    out["no_calls"] = no_calls("KD2-6E9", HOW_LETTER.format(address="14 Rosemary Close, Leeds"))
    out["no_calls[none]"] = no_calls(None, HOW_NONE)
    out["booked"] = booked("PHY-A6J", "07700 900512", "tomorrow after 4pm", True)
    out["booked[honest]"] = booked(
        "PHY-A6J", "07700 900512", None, False, None,
        "The team works from 9am to 5pm, so they cannot ring you at the time you gave.")
    out["booked[other when]"] = booked("PHY-A6J", None, "tomorrow after 4pm", False,
                                       "I will ask them to ring your mum, not you.")
    out["booked[other]"] = booked("PHY-A6J", None, None, False,
                                  "I will ask them to ring your mum, Jackie, on 07700 900563, "
                                  "not you.")
    out["by_writing"] = by_writing("PHY-A6J", HOW_EMAIL.format(email="sam@example.com"))
    out["no_call_taken"] = no_call_taken("KD2-6E9")
    out["asked_not_booked"] = asked_not_booked("PHY-A6J")
    out["crisis_call[open]"] = crisis_call("C92-U43", True, "")
    out["crisis_call[closed]"] = crisis_call("C92-U43", False, "today at 9am")
    out["not_asked"] = not_asked("PHY-A6J")
    out["not_asked[none]"] = not_asked(None)
    out["private_answer"] = private_answer("XB4-8PA")
    out["private_no_complaint"] = private_no_complaint()
    out["TAKEN_BACK_NOTE"] = taken_back_note("'forget it'")
    out["TAKEN_BACK_NOTE_OUTSIDE"] = taken_back_note("'forget it'", False)
    out["said_yes_note"] = said_yes_note("Are you thinking about ending your life?",
                                         "'yes but i dont want a fuss'")
    out["no_talk_now_note"] = no_talk_now_note("'no'")
    out["urgent_time"] = urgent_time("before Sunday", "want it all done before sunday")
    out["urgent_told[open]"] = urgent_told("not after Saturday", True, "")
    out["urgent_told[closed]"] = urgent_told("before Sunday", False, "today at 9am")
    out[f"button:{CALL_BACK_BUTTON['title']}"] = CALL_BACK_BUTTON["title"]
    out["team_sees_line"] = team_sees_line("will they know what its about? the charges.")
    return {f"handoff_words.{k}": v for k, v in out.items()}


# "the team know I need an interpreter?" with no language named before: for staff.
INTERPRETER_ASKED_LINE = "Language: they asked if the team will use an interpreter."
# "will Keith be able to see this? he uses the tablet too": for staff writing or ringing.
SHARED_DEVICE_LINE = "Contact: they share a device with someone. They asked who can see the chat."
# "will they know what its about though? I mean the charging for 117 thing and mums CHC
# letter" (round thirteen: none of it reached the hand-off): their words, for staff.
MAX_QUESTION_CHARS = 300


def wants_line(wish: str) -> str:
    """ "will they know i want the shop job thing": what they want, for staff."""
    return f"They want: {wish[:MAX_QUESTION_CHARS]}"


def team_sees_line(words: str) -> str:
    return f"They want the team to read the chat first. Their words: {words[:MAX_QUESTION_CHARS]}"
