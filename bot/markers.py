"""What is stored in place of an answer, the same in every form and survey.

A skipped question is stored as ``SKIPPED`` by the assessments, the contact step and the
surveys alike (survey results count it as a code beside the scale codes); "I'm not sure"
at an assessment question is ``NOT_SURE``.
"""
from typing import Any, Dict, List, Tuple

SKIPPED = "skipped"
NOT_SURE = "(not sure yet)"
# A Care Act area whose screening question did not say it was hard: never asked in depth.
NOT_RAISED = "(not raised)"
NOT_ASKED = "not needed"  # bot.form_slots.NOT_NEEDED: an engine step's start value
# A Care Act area the person never reached (they paused, stopped or passed over its
# screening question), as the record, the summary and staff read it: never "not needed"
# and never "not raised", which would say the person had no need there.
NOT_ASKED_YET = "(not asked yet)"


def answered(value: Any) -> bool:
    """True when a slot holds an answer, not nothing or a marker."""
    return value not in (None, "", SKIPPED, NOT_SURE, NOT_RAISED, NOT_ASKED, NOT_ASKED_YET)


# The ways in of the contact step, as staff and the person see them named.
CONTACT_FACTS = (("phone", "Phone"), ("email", "Email"), ("address", "Letter to"),
                 ("best_time", "Best time"))


def contact_facts(contact: Dict[str, Any]) -> List[Tuple[str, str]]:
    """(name, value) for each way in and the best time that the person gave."""
    return [(label, str(contact[key])) for key, label in CONTACT_FACTS
            if answered(contact.get(key))]
