"""What the bot says about a call-back or a complaint already asked for: answered from the
hand-off (its reference, the best time, how to reach them), never a new question."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from bot import settings, texts

STOP_HERE_BUTTON = {"title": "Stop here", "payload": "/stop"}
CALL_BACK_BUTTON = texts.ASK_FOR_A_CALL_BACK

BY_PHONE, BY_TEXT, BY_LETTER = "phone", "text", "letter"
# Round 11: "email only" was followed by "Your call back is still booked ... the person who
# will ring you". What is promised follows the way they asked to be reached.
STILL_COMING_BY = {BY_PHONE: "Your call back is still booked.",
                   BY_TEXT: "The team will still text or email you. They will not ring.",
                   BY_LETTER: "The team will still write to you."}
WHO_CONTACTS = {BY_PHONE: "the person who will ring you",
                BY_TEXT: "the person who will contact you",
                BY_LETTER: "the person who will write to you"}


def way_in(contact: Optional[Dict[str, Any]]) -> str:
    """BY_PHONE, BY_TEXT or BY_LETTER: how they asked to be reached (a call when not said)."""
    contact = contact or {}
    if contact.get("address") and not (contact.get("phone") or contact.get("email")):
        return BY_LETTER
    if contact.get("text_only") or contact.get("safe_to_call") is False or (
            contact.get("email") and not contact.get("phone")):
        return BY_TEXT
    return BY_PHONE


def no_call_yet(reference: Optional[str], phone: str, risk: bool) -> List[str]:
    """ "what call back? you havent got my number": plainly, no call is booked, and how to
    change that (round twelve: "Sorry, I did not understand that")."""
    lines = ["Sorry, I was not clear. You are right: I do not have your number, so no call "
             "back is booked."]
    if reference:
        lines.append(f"The team has your request, reference {reference}."
                     + (" They will still try to check in with you." if risk else ""))
    lines.append(f"If you want them to reach you, type a phone number or email here. Or call "
                 f"{phone}.")
    return lines


# After signs of suicide risk, "doesnt matter anyway" said with it.
STILL_MATTERS = ("It does matter. You matter. If you need someone now, call Samaritans free "
                 "on 116 123, day or night. If you are in danger, call 999.")


def still_booked(reference: str, best_time: Optional[str], by_text: bool) -> str:
    """ "Yes. Your call back is still booked..." with the time they gave."""
    first = ("Yes. The team will still contact you, by text or email." if by_text
             else "Yes. Your call back is still booked.")
    parts = [first, f"Your reference is {reference}."]
    if best_time:
        parts.append(f"Best time: {best_time.lower()}.")
    parts.append("Stopping the questions does not cancel it.")
    return " ".join(parts)


def letter_yes(address: Optional[str], plain_envelope: bool) -> str:
    """ "Would a letter be all right?": yes, and what is kept for it."""
    if not address:
        return LETTER_ASK_ADDRESS
    parts = [f"Yes. The team will write to you at {address}."]
    if plain_envelope:
        parts.append("They will use a plain envelope.")
    return " ".join(parts)


LETTER_ASK_ADDRESS = ("Yes, the team can write to you instead. Type your address with the "
                      "postcode, and I will add it for them. Tell me if a plain envelope is "
                      "better.")
LETTER_NO_HANDOFF = ("Yes, the team can write to you. Choose Talk to a person, then give "
                     "your address with the postcode.")


def still_writing(reference: str, address: str) -> str:
    return (f"Yes. The team will still write to you, at {address}. "
            f"Your reference is {reference}.")


def keep_going(reference: str, kept: bool, how: str = BY_PHONE) -> str:
    """ "Do I have to keep going?" after a call-back: no (said the way they will be reached)."""
    booked = {BY_PHONE: "Your call back is booked.",
              BY_TEXT: "The team will text or email you.",
              BY_LETTER: "The team will write to you."}[how]
    who = {BY_PHONE: "the person who rings you", BY_TEXT: "the person who contacts you",
           BY_LETTER: "the person who writes to you"}[how]
    parts = [f"No, you do not have to. {booked}", f"Your reference is {reference}."]
    if kept:
        parts.append(f"If you stop now, I will pass your answers so far to {who}.")
    parts.append("Or answer a few more, so they know more.")
    return " ".join(parts)


NOTHING_MORE = "No. There is nothing more you need to do. The team will contact you."
OFFER_STOP = ("The team will ring you. You can stop here, or answer a few more so they "
              "know more.")
OFFER_STOP_NO_CALLS = ("The team will text or email you. They will not ring. You can stop "
                       "here, or answer a few more so they know more.")
OFFER_STOP_LETTER = ("The team will write to you. You can stop here, or answer a few more so "
                     "they know more.")


# "will Keith be able to see this? he uses the tablet too" (round ten): plain steps.
SHARED_DEVICE = ("Only the council's care team can read what you write here. They "
                 "use it to help you. It is not sent to your doctor or your family. "
                 "What you type here is kept by the council, not on the tablet. Someone could "
                 "see it only by opening this chat on the same device. To be safe, close this "
                 "page when you finish and clear the browser history. You can also delete this "
                 "chat at any time.")
# After danger was told, "not sent to your doctor" is not a promise the team can keep:
# they may need to share it to keep someone safe (round fourteen, after a plan).
SHARED_DEVICE_AFTER_RISK = ("Only the council's care team can read what you write here. They "
                            "use it to help you. After what you told me, they may need to "
                            "share it to keep you safe. If they do, they will tell you. "
                            "What you type here is kept by the council, not on the tablet. "
                            "Someone could see it only by opening this chat on the same "
                            "device. To be safe, close this page when you finish and clear "
                            "the browser history. You can also delete this chat at any time.")
DELETE_BUTTON = {"title": "Delete this chat", "payload": "delete my conversation"}


def email_instead(email: str) -> str:
    """ "email is better" with the email already given: used, not asked for again."""
    return f"They will email you at {email}. They will not ring you."


def whose_number(name: Optional[str], phone: Optional[str] = None,
                 relation: Optional[str] = None) -> str:
    """ "Will they know that is Jean's number, not mine?": only what was kept is said to be
    passed on (round fourteen: "I have told the team it is Joan's number" with no number
    kept, and "ask for you by name" with no name given)."""
    who = name or (f"your {relation}" if relation else None)
    if phone and who:
        return (f"Yes. I have told the team to ring {who} on {phone}, not you. I told them "
                "it is not your own number.")
    if phone:
        return f"Yes. I have told the team that {phone} is not your own number."
    if who:
        return (f"I have told the team to ring {who}, not you. But I do not have "
                f"{name + chr(39) + 's' if name else 'their'} number yet. Please type it here.")
    return "Yes. I have told the team it is not your own number."


def interpreter_known(language: Optional[str]) -> str:
    """ "the team know I need polish interpreter?": yes, said plainly."""
    article = "an" if (language or "a")[0].lower() in "aeiou" else "a"
    need = f"{article} {language} interpreter" if language else "an interpreter"
    return (f"Yes. The team knows you need {need}. They will use one when they contact you. "
            "It is free.")


def interpreter_arranged(language: Optional[str]) -> str:
    """ "call, but in polish please", "my mum only speaks urdu" as a call is arranged: the
    team books the interpreter; the person is never told to ask for one (round ten)."""
    need = f"a free {language} interpreter" if language else "a free interpreter"
    return (f"I have told the team to bring {need}. They will set it up when they get in "
            "touch. You do not need to do anything.")


def interpreter_for_them(language: Optional[str], who: str, visit: bool,
                         asked: bool = False, in_english: bool = True) -> str:
    """ "i want urdu interpreter for my father when you visit him, not for me": the
    interpreter is for the family member, and the person typing is spoken to in English
    (round 13: "The team knows you need an interpreter"). Asked in Urdu, nothing is said
    about the language they are spoken to in (``in_english`` False)."""
    need = f"a free {language} interpreter" if language else "a free interpreter"
    when = f"when they visit your {who}" if visit else f"when they talk to your {who}"
    yes = "Yes. " if asked else ""
    english = " They will talk to you in English." if in_english else ""
    return f"{yes}The team will bring {need} {when}.{english}"


def interpreter_for_them_to_ask(language: Optional[str], who: str, phone: str) -> str:
    """The same before any call is asked for: the council's number, for their family member."""
    need = f"a free {language} interpreter" if language else "a free interpreter"
    return (f"We can get {need} for your {who}. Call {phone} and ask for one. Or ask me for "
            "a call back, and I will tell the team.")


def interpreter_when_they_call(language: Optional[str]) -> str:
    """The same before the hand-off is made ("call, but in polish please" at "what would you
    like to happen next?"): true whichever way they go on."""
    need = f"a free {language} interpreter" if language else "a free interpreter"
    return (f"When the team gets in touch, they will bring {need}. You do not need to ask "
            "for one.")


def offer_stop(contact: Optional[Dict[str, Any]] = None) -> str:
    """The offer to stop after a call-back is booked, true to the way they asked to be
    reached: round nine's "Text or email only" was followed by "The team will ring you"."""
    return {BY_LETTER: OFFER_STOP_LETTER, BY_TEXT: OFFER_STOP_NO_CALLS,
            BY_PHONE: OFFER_STOP}[way_in(contact)]
# A booked call put right (actions/call_changes.py).
TIME_CHANGED = "I have changed the time."
# After "text or email only" was noted in error: "no my hearing is fine, I want a call".
CALLS_WANTED = "Sorry, I got that wrong. The team will phone you, not text you."
NUMBER_CHANGED = "Sorry about that. I have changed it."
WAY_CHANGED = "Thank you. I have changed how the team will reach you."
# A goodbye once the call back is booked (round seventeen: the hand-off said again).
NICE_TO_TALK_TOO = "It was nice to talk to you too."
GOODBYE_BOOKED = ("Thank you. The team has your message, reference {reference}. Take care. "
                  "You can come back at any time.")
GOODBYE = "Thank you for talking to me. Take care. You can come back at any time."


def goodbye_booked(reference: Optional[str], warm: bool = False) -> str:
    """The goodbye after a call back was asked for: the reference again, and "nice to talk
    to you too" when they said so."""
    bye = GOODBYE_BOOKED.format(reference=reference) if reference else GOODBYE
    return f"{NICE_TO_TALK_TOO} {bye}" if warm else bye
WRONG_NUMBER_SORRY = "Sorry about that. I have taken that number off."
WRONG_TIME_SORRY = "Sorry about that. I have taken that time off."
WONT_TELL = "No. The team will talk only to you. I have noted that."
# "will the person who rings me be able to see this chat", "will I have to go through it
# all again": the team reads the chat (the console shows it) before they contact them.
TEAM_READS = ("Yes. The person from the team can read this chat before they contact you. "
              "You will not need to tell them everything again.")
# "will they no i want the shop job thing" (round seventeen: money advice): yes, with what.
TEAM_SEES_WISH = ("Yes. I have told the team that you want {wish}. They can read this chat "
                  "before they contact you, so you will not need to say it again.")


def team_sees_wish(wish: str) -> str:
    return TEAM_SEES_WISH.format(wish=wish)


TEAM_READS_NO_HANDOFF = ("If you ask for a call back, the person from the team can read this "
                         "chat first. You will not need to tell them everything again.")
WONT_TELL_NO_HANDOFF = ("No. The team will talk only to you. If you ask for a call back, "
                        "I will note that too.")
SECRET_NOTED = ("Thank you. I have told the team to talk only to you, and not to leave a "
                "message.")
HEARING_NOTED = ("I have noted that hearing on the phone is hard for you. The team will "
                 "text or email you instead of calling.")


def route_held(reference: str, route: str, is_open: bool, next_opening: str) -> str:
    """ "How will they get hold of me?" with a place to meet (or a go-between) saved: what
    the team has, in their words, and no promise of the meeting itself."""
    when = "They are working now." if is_open else f"They are closed now, and back {next_opening}."
    return (f'The team has your request, reference {reference}. They have what you asked, '
            f'in your words: "{route}" They will not phone you. {when} I cannot promise the '
            "meeting, but they will try to reach you that way.")


def no_way_in_yet(reference: str, out_of_hours: str, is_open: bool,
                  no_calls: bool = True) -> str:
    """The same with no way in saved: honestly none yet, and a number for now."""
    now = "" if is_open else f" If you need help before they open, call {out_of_hours}."
    if no_calls:
        how = ("But they have no safe way to reach you yet, and they will not phone you. You "
               "can give me an email, an address for a letter, or a place and time to meet.")
    else:
        how = ("But they have no way to reach you yet. You can type a phone number or email "
               "here.")
    return (f"The team has your request, reference {reference}. {how}{now} "
            "In an emergency, call 999.")


def stopped_kept(reference: str, how: str = BY_PHONE) -> str:
    return (f"I have stopped the questions. {STILL_COMING_BY[how]} "
            f"Your reference is {reference}. I have passed your answers so far to "
            f"{WHO_CONTACTS[how]}.")


def has_a_way_in(contact: Optional[Dict[str, Any]]) -> bool:
    """A phone number, an email or an address to reach them by."""
    contact = contact or {}
    return bool(contact.get("phone") or contact.get("email") or contact.get("address"))


def stopped_no_way_in(reference: str, phone: str, passed: bool = False) -> str:
    """Stopping before any number was given (round twelve: "Your call back is still booked"
    with no number taken)."""
    kept = " I have passed your answers so far to the team." if passed else ""
    return (f"I have stopped the questions. The team has your request, but no way to reach "
            f"you yet. Your reference is {reference}.{kept} You can type a phone number or "
            f"email here, or call {phone}.")


def stopped_not_kept(reference: str, how: str = BY_PHONE) -> str:
    return (f"I have stopped the questions. {STILL_COMING_BY[how]} "
            f"Your reference is {reference}.")


def help_for_you(relationship: Optional[str]) -> str:
    """Offered to someone filling in for another person, before they go."""
    who = f"your {relationship}" if relationship else "someone"
    return (f"Looking after {who} can be a lot. There is help for you too. "
            "Choose I look after someone, below, when you have time.")


# ---- complaints -----------------------------------------------------------------------------

COMPLAINT_SORRY = "I am sorry things have gone wrong."


def complaint_passed_on(reference: str, asked: bool = False) -> str:
    """ "Yes." when they asked for it to be passed on."""
    return (("Yes. " if asked else "") + "I have sent your complaint to the team, in your own "
            f"words. Your reference is {reference}.")


def complaint_already_sent(reference: str) -> str:
    return f"Your complaint is already with the team. Your reference is {reference}."


def complaint_route() -> List[str]:
    """The council's complaints route and the Ombudsman, from council.yml: said once."""
    return [
        "You have the right to complain yourself too. Call "
        f"{settings.get('complaints.phone')} or go to {settings.get('complaints.url')}.",
        "If you are still unhappy after that, you can ask the Ombudsman: people who look at "
        "complaints for free. Call "
        f"{settings.get('complaints.ombudsman_phone')} or go to "
        f"{settings.get('complaints.ombudsman_url')}.",
    ]


COMPLAINT_SURVEY_DONE = "Your survey answers are kept, without your name."
COMPLAINT_STOPPED_SURVEY = ("I have stopped the survey. I have kept the answers you gave, "
                            "without your name.")


def complaint_status(reference: str, contact_line: Optional[str], hearing: bool) -> str:
    parts = ["Yes. Your complaint is with the team, in your own words.",
             f"Your reference is {reference}."]
    if contact_line:
        parts.append(f"They will reply using: {contact_line}.")
    if hearing:
        parts.append("I have noted that you are hard of hearing, so they will not call.")
    return " ".join(parts)


def all_texts() -> Dict[str, str]:
    """Every sentence here with sample values, for the plain-language gate."""
    out = {k: v for k, v in globals().items() if k.isupper() and isinstance(v, str)}
    out["goodbye_booked"] = goodbye_booked("NMX-XZ6", True)
    out["TEAM_SEES_WISH"] = team_sees_wish("Work Tasters")
    out["still_booked"] = still_booked("NMX-XZ6", "Lunchtimes, 12 til 1", False)
    out["route_held[closed]"] = route_held("NMX-XZ6", "Meet me at the library on Tuesday.",
                                           False, "on Monday at 9am")
    out["route_held[open]"] = route_held("NMX-XZ6", "Meet me at the library.", True, "")
    out["no_way_in_yet[closed]"] = no_way_in_yet("NMX-XZ6", "0300 123 4569", False)
    out["no_way_in_yet[open]"] = no_way_in_yet("NMX-XZ6", "0300 123 4569", True)
    out["no_way_in_yet[calls]"] = no_way_in_yet("NMX-XZ6", "0300 123 4569", False, False)
    out["interpreter_for_them"] = interpreter_for_them("Urdu", "father", True)
    out["interpreter_for_them[call]"] = interpreter_for_them("Polish", "mum", False, True)
    out["interpreter_for_them_to_ask"] = interpreter_for_them_to_ask(
        "Urdu", "father", "0300 123 4567")
    for i, line in enumerate(no_call_yet("NMX-XZ6", "0300 123 4567", True)):
        out[f"no_call_yet[{i}]"] = line
    out["still_writing"] = still_writing("NMX-XZ6", "14 Larch Grove, Leeds LS8 3PQ")
    out["letter_yes"] = letter_yes("14 Larch Grove, Leeds LS8 3PQ", True)
    out["still_booked[text]"] = still_booked("NMX-XZ6", None, True)
    out["keep_going"] = keep_going("NMX-XZ6", True)
    out["keep_going[not kept]"] = keep_going("NMX-XZ6", False)
    out["keep_going[text]"] = keep_going("NMX-XZ6", True, "text")
    out["keep_going[letter]"] = keep_going("NMX-XZ6", True, "letter")
    out["stopped_kept"] = stopped_kept("NMX-XZ6")
    out["stopped_not_kept"] = stopped_not_kept("NMX-XZ6")
    out["stopped_no_way_in"] = stopped_no_way_in("NMX-XZ6", "0300 123 4567", True)
    for how in (BY_TEXT, BY_LETTER):
        out[f"stopped_kept[{how}]"] = stopped_kept("NMX-XZ6", how)
        out[f"stopped_not_kept[{how}]"] = stopped_not_kept("NMX-XZ6", how)
    out["help_for_you"] = help_for_you("mum")
    out["interpreter_known"] = interpreter_known("Polish")
    out["whose_number"] = whose_number("Jean")
    out["button:delete"] = DELETE_BUTTON["title"]
    out["whose_number[none]"] = whose_number(None)
    out["email_instead"] = email_instead("agnieszka.nowak@example.com")
    out["whose_number[phone]"] = whose_number("Joan", "0113 496 0777", "friend")
    out["whose_number[phone, no name]"] = whose_number(None, "0113 496 0777", "friend")
    out["whose_number[phone only]"] = whose_number(None, "0113 496 0777")
    out["whose_number[no phone]"] = whose_number(None, None, "friend")
    out["interpreter_known[none]"] = interpreter_known(None)
    out["interpreter_arranged"] = interpreter_arranged("Polish")
    out["interpreter_arranged[Urdu]"] = interpreter_arranged("Urdu")
    out["interpreter_arranged[none]"] = interpreter_arranged(None)
    out["interpreter_when_they_call"] = interpreter_when_they_call("Polish")
    out["interpreter_when_they_call[none]"] = interpreter_when_they_call(None)
    out["help_for_you[none]"] = help_for_you(None)
    out["complaint_passed_on"] = complaint_passed_on("N3K-UP3")
    out["complaint_already_sent"] = complaint_already_sent("N3K-UP3")
    out["complaint_passed_on[asked]"] = complaint_passed_on("N3K-UP3", True)
    for i, line in enumerate(complaint_route()):
        out[f"complaint_route[{i}]"] = line
    out["complaint_status"] = complaint_status("N3K-UP3", "Email: sam@example.com", True)
    for b in (STOP_HERE_BUTTON, CALL_BACK_BUTTON):
        out[f"button:{b['title']}"] = b["title"]
    return {f"callback_words.{k}": v for k, v in out.items()}
