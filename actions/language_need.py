"""A language need said inside an assessment is kept for the record and the read-back
(round seventeen: "yes. but write mama speak only polish please" at "Is that right?" got
the interpreter line and the same read-back, with nothing about Polish).

Kept as a "noted" record (staff see it under "Also told us") with the line itself, which
the read-back shows as "Language: Halina speaks only Polish. An interpreter is needed."
"""
from __future__ import annotations

from typing import List, Optional

from rasa_sdk import Tracker

from bot import store
from bot.answers.language_need import need_line, relative_named

CARER_FORM = "carer_assessment_form"


def name_of_the_person_helped(tracker: Tracker, form: str) -> Optional[str]:
    """The name of the person cared for: said with "my mum" in the carer's answers, or
    the name given when answering for someone else."""
    if form == CARER_FORM:
        return relative_named(str(tracker.get_slot("ca_caring_role") or ""))
    if tracker.get_slot("about") == "someone_i_care_for":
        name = tracker.get_slot("preferred_name")
        return name if isinstance(name, str) and not name.startswith("/") else None
    return None


def keep_language_need(tracker: Tracker, form: str, text: str) -> Optional[str]:
    """The need's line, kept once (a later one for the same language replaces it in the
    read-back); None when the message names no language."""
    line = need_line(text, name_of_the_person_helped(tracker, form))
    if line is None:
        return None
    if line not in language_lines(tracker.sender_id):
        store.save_record(tracker.sender_id, "noted",
                          {"words": f"Language: {line}", "language_line": line, "form": form})
    return line


def language_lines(sender_id: str) -> List[str]:
    """Each language need kept in this conversation, once, in the order said."""
    lines: List[str] = []
    for row in store.records_for(sender_id):
        data = row.get("data") if isinstance(row.get("data"), dict) else {}
        line = data.get("language_line") if row.get("kind") == "noted" else None
        if line and line not in lines:
            lines.append(str(line))
    return lines
