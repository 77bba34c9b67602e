"""Survey answers read back, and changed: "change 2", "change that answer", "go back".

A typed answer is read back at once ("I have put: Agree.") with a button to change it, and
every answer is read back before the last comments, so nothing is saved that the person
did not mean. Changing an answer clears it, and the survey asks that question again
before going on. Pure: the survey action (actions/survey.py) does the asking.
"""
from __future__ import annotations

import re
from typing import Callable, List, Optional, Union

from bot.markers import SKIPPED
from bot.surveys.definitions import SCALE_ANSWERS, Survey, question_slot

LABEL_OF = dict(SCALE_ANSWERS)
SHOWN = {"yes": "Yes", "no": "No", SKIPPED: "Skipped"}

CHANGE_LAST = "change my last answer"       # the read-back button sends this
CHANGE_BUTTON = {"title": "Change that answer", "payload": CHANGE_LAST}
READ_BACK = "I have put: {label}. If that is wrong, tap Change that answer."
SUMMARY_START = "Here is what you told us:"
SUMMARY_END = "To change one, type change and its number, like change 2."
ASKING_AGAIN = "OK. Here is question {n} again."
NO_SUCH_QUESTION = "There is no question {n}. The questions go from 1 to {last}."

# "change 2", "change answer 3", "can i change number 2", "fix my last answer", "go back",
# "oops change that", "redo question 4".
CHANGE = re.compile(
    r"^\W*(?:(?:oops|sorry|no|wait|hang on)\W+)?(?:can i |could i |please |pls |i want to |"
    r"id like to |let me )?(?:change|fix|redo|alter|correct|go back to|go back)(?: (?:my|the|that|"
    r"this|it|an?))?(?: (?:last|previous|first|one))?(?: (?:answer|one|question|reply))?"
    r"(?: (?:number|no\.?|#|to))? ?(\d{1,2})?(?: please| pls| plz)?\W*$", re.IGNORECASE)


# "change 5 that wasnt an answer... so strongly disagree": the number, then the new answer.
CHANGE_WITH_WORDS = re.compile(
    r"^\W*(?:(?:oops|sorry|no|wait|hang on|ok)\W+)?(?:can i |could i |please |pls |i want to |"
    r"id like to |let me )?(?:change|fix|correct)(?: (?:my|the))?(?: (?:answer|question))?"
    r"(?: (?:number|no\.?|#))? ?(\d{1,2})\b\W*(?:to\b\W*)?(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)


# "change 4 to disagree and 5 is strongly disagree", "no 4 is just disagree. 5 is strongly
# disagree", "change that last one to agree" (round ten: one changed wrongly, one missed).
_UNTIL = r"(?=\s*(?:[,.;!?]|\band\b|\bbut\b|\bthen\b|\d|$))"
PAIR = re.compile(r"(?:\b(?:change|make|put|set)\s+)?(?:(?:question|answer|number|no\.?|#)\s*)?"
                  r"\b(\d{1,2})\s+(?:is|to|=|as|should be|was meant to be|meant|means)\s+"
                  r"(?:just\s+|a\s+|an\s+)?([a-z][a-z' ]*?)" + _UNTIL, re.IGNORECASE)
LAST_TO = re.compile(r"\b(?:change|make|put|set)\s+(?:that|the|my)\s+(?:last|previous)\s+"
                     r"(?:one|answer|question)\s+(?:to|as)\s+(?:just\s+)?([a-z][a-z' ]*?)" + _UNTIL,
                     re.IGNORECASE)
ASKS_A_CHANGE = re.compile(r"\b(?:change|changed|fix|make|put|set)\b|^\W*(?:no|nope|wait|sorry|"
                           r"oops|actually)\b", re.IGNORECASE)


def changes_with_answers(text: str) -> List[tuple]:
    """Every (question number or "last", the words for its new answer) asked for in one
    message; [] when it asks no change with an answer."""
    said = text or ""
    if not ASKS_A_CHANGE.search(said):
        return []
    found: List[tuple] = [("last", m.group(1).strip()) for m in LAST_TO.finditer(said)]
    found += [(int(m.group(1)), m.group(2).strip()) for m in PAIR.finditer(said)]
    return found


def change_with_answer(text: str) -> Optional[tuple]:
    """(the question number, the words after it) for "change 5 ... strongly disagree", or
    None. The caller reads the words for the new answer."""
    found = CHANGE_WITH_WORDS.match(text or "")
    if not found or CHANGE.match(text or ""):
        return None
    return int(found.group(1)), found.group("rest").strip()


def change_asked(text: str) -> Union[None, str, int]:
    """The question number they want to change, "last" for the one before, or None."""
    found = CHANGE.match(text or "")
    if not found:
        return None
    return int(found.group(1)) if found.group(1) else "last"


def shown(value) -> str:
    return LABEL_OF.get(value) or SHOWN.get(value) or str(value)


def summary(chosen: Survey, get_slot: Callable[[str], object]) -> Optional[List[str]]:
    """The answers so far, numbered as asked; None when nothing was answered yet."""
    lines = []
    for i, statement in enumerate(chosen.statements):
        value = get_slot(question_slot(i))
        if value is not None:
            lines.append(f"{i + 1}. {statement.text} {shown(value)}")
    if not lines:
        return None
    return [SUMMARY_START + "\n" + "\n".join(lines), SUMMARY_END]


def slot_to_change(chosen: Survey, asked: Union[str, int], current: str,
                   get_slot: Callable[[str], object]) -> Optional[str]:
    """The slot of the answer to change: a number as shown, or the last one answered."""
    if asked == "last":
        answered = [question_slot(i) for i in range(len(chosen.statements))
                    if question_slot(i) != current and get_slot(question_slot(i)) is not None]
        return answered[-1] if answered else None
    if 1 <= int(asked) <= len(chosen.statements):
        return question_slot(int(asked) - 1)
    return None


def all_texts() -> dict:
    return {"survey_readback.read_back": READ_BACK.format(label="Agree"),
            "survey_readback.button": CHANGE_BUTTON["title"],
            "survey_readback.start": SUMMARY_START, "survey_readback.end": SUMMARY_END,
            "survey_readback.again": ASKING_AGAIN.format(n=2),
            "survey_readback.no_such": NO_SUCH_QUESTION.format(n=9, last=5)}
