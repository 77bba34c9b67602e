"""Taking back a request for a person: "cancel that person thing, I dont need anyone to
join. bye", "i dont need someone to talk to me now, cancel it", "forget the call back, my
son sorted it".

Round 13: the message was taken for a goodbye, the person was told nothing, and hand-off
YEH-UY4 stayed waiting, so a member of staff would have joined a chat for nobody. Read here;
acted on in actions/withdraw_request.py: an ordinary request or call-back is closed as "No
longer needed" (staff see it withdrawn, with their words); a crisis or safeguarding one is
kept, and the person is told why. A goodbye in the same message is still said. Pure.

Look-alikes that must not count: "cancel" alone or "cancel the survey" (stop), "i dont need
anyone, i manage on my own" (their life, listened to), "cancel my carers tomorrow" (a care
visit, for the team).
"""
from __future__ import annotations

import re
from typing import Dict

from bot.answers.text import words_only

_PERSON = (r"(?:(?:that|the|this|my|a|your) )?(?:person|persons|human|real person|staff|"
           r"member of staff|adviser|advisor|worker)(?: (?:thing|request|bit|one))?|"
           r"(?:that|the|this|my) (?:request|call ?back|callback|hand ?off|handoff|chat request|"
           r"thing with the person|person thing)|"
           r"(?:the |my |a )?call ?back|(?:the |my )?callback|(?:the )?team (?:joining|to join|"
           r"ringing|to ring|calling|to call)")
_CANCEL = (r"(?:cancel|cancell?ed|call off|withdraw|scrap|stop|forget|forget about|undo|"
           r"take back)")
# "dont want the person now", but not "i dont want the person to see this".
_NOT_WANTED = (r"(?:dont want|do not want|no longer want|dont need|do not need|no longer need|"
               r"no need for)")
_ENDS = (r"(?:$|now\b|anymore\b|any more\b|after all\b|thanks\b|thank you\b|ta\b|bye\b|"
         r"i\b|im\b|my\b|to (?:join|come|ring|call|phone|talk|chat)\b)")
WITHDRAWS = re.compile(
    rf"\b{_CANCEL} (?:{_PERSON})\b|\b{_NOT_WANTED} (?:{_PERSON}) ?{_ENDS}|"
    # "i dont need anyone to join", "we dont need somebody to ring now"
    r"\b(?:dont|don'?t|do not|no longer|wont|won'?t) need (?:anyone|anybody|someone|somebody|"
    r"a person|the person|a call ?back|the call ?back|them) (?:to )?(?:join|come on|come in|"
    r"ring|call|phone|talk|chat|get in touch|contact)\b|"
    r"\bno need for (?:anyone|anybody|someone|somebody) to (?:join|ring|call|phone|talk)\b|"
    r"\b(?:tell|let) (?:them|the team|the person|staff) (?:not to|no need to|they dont need to) "
    r"(?:join|come|ring|call|phone)\b",
    re.IGNORECASE)
MAX_WORDS = 40
# "i dont need anyone to ring before 10": when they may be rung, not a call taken back.
_ONLY_WHEN = re.compile(
    r"\bneed (?:anyone|anybody|someone|somebody|them) (?:to )?(?:ring|call|phone|come)(?: me)? "
    r"(?:before|after|until|till|between|on (?:a )?(?:mon|tue|wed|thu|fri|sat|sun)\w*|at \d|"
    r"in the (?:morning|afternoon|evening)|during|while)\b", re.IGNORECASE)

# Said to the person.
WITHDRAWN = ("OK. I have cancelled your request for a person. Nobody from the team will "
             "join or ring you about it.")
WITHDRAWN_REF = ("OK. I have cancelled your request for a person, reference {reference}. "
                 "Nobody from the team will join or ring you about it.")
CALL_WITHDRAWN = ("OK. I have cancelled your call back, reference {reference}. Nobody from the "
                  "team will ring you about it.")
ASK_AGAIN = "If you change your mind, ask for a person at any time."
KEPT_FOR_SAFETY = ("The team will still get in touch, because it is about your safety. "
                   "You can tell them then that you are OK.")
NOTHING_OPEN = "You have not asked for a person, so there is nothing to cancel."
# For staff, on the closed hand-off.
STAFF_NOTE = "Withdrawn by the person in the chat. They said: {words}"
MAX_NOTE_CHARS = 300


def withdraws_request(text: str) -> bool:
    """The message takes back a request for a person or a call back."""
    if not text or text.startswith("/"):
        return False
    said = words_only(text)
    return len(said.split()) <= MAX_WORDS and bool(WITHDRAWS.search(said)) and \
        not _ONLY_WHEN.search(said)


def withdrawn(reference: str, call_back: bool = False) -> str:
    """What was cancelled, by the name they know it by (a call back, or a person)."""
    if call_back and reference:
        return CALL_WITHDRAWN.format(reference=reference)
    return WITHDRAWN_REF.format(reference=reference) if reference else WITHDRAWN


def staff_note(text: str) -> str:
    return STAFF_NOTE.format(words=f'"{" ".join(str(text or "").split())[:MAX_NOTE_CHARS]}"')


def all_texts() -> Dict[str, str]:
    out = {"WITHDRAWN": WITHDRAWN, "withdrawn": withdrawn("YEH-UY4"), "ASK_AGAIN": ASK_AGAIN,
           "withdrawn[call]": withdrawn("YEH-UY4", call_back=True),
           "KEPT_FOR_SAFETY": KEPT_FOR_SAFETY, "NOTHING_OPEN": NOTHING_OPEN,
           "staff_note": staff_note("cancel that person thing, I dont need anyone to join")}
    return {f"withdraw.{k}": v for k, v in out.items()}
