"""Rasa NLU component: "carry on HX4K-7KDM-9QPR-T2MW" (or the code alone) is always
``resume``.

The trained classifier called about one code in 25 "out_of_scope" (codes are random
letters and digits it never saw). A code is a fact, not a guess, so when a short message
holds one, this sets the intent and the ``resume_code`` entity. Safety comes after it in
the pipeline, so danger words still win.
"""
from __future__ import annotations

import re
from typing import Optional

from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.rule_component import RuleComponent, registered
from bot.nlu.ranking import promote
from bot.codes import codes_in

LEAD_IN = re.compile(r"^\s*(?:(?:please\s+)?(?:carry on|continue|resume|go on|start again with)"
                     r"(?:\s+with)?|(?:my|the|here'?s my|here is my)\s+code(?:\s+is)?|code[:\s]*)?"
                     r"\s*$", re.IGNORECASE)
INTENT_NAME = "resume"
MAX_WORDS_AROUND = 20


def code_message(text: str) -> Optional[str]:
    """The code when the message is a code, "carry on CODE", or a short message holding
    one; else None."""
    for code, match in codes_in(text):
        raw = code.replace("-", "")
        if not (any(c.isdigit() for c in raw) and any(c.isalpha() for c in raw)):
            continue
        before, after = text[:match.start()], text[match.end():]
        if LEAD_IN.match(before) and re.fullmatch(r"[\s.!?,]*(?:please|thanks?)?[\s.!?]*", after,
                                                   re.IGNORECASE):
            return code
        # "hi its peggys daughter again, code is hkut-...": a code of random letters and
        # digits is a fact in any short message, not only after "carry on".
        if len(before.split()) + len(after.split()) <= MAX_WORDS_AROUND:
            return code
    return None


@registered
class ResumeCodeClassifier(RuleComponent):
    def read(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.startswith("/"):
            return
        code = code_message(text)
        if code is None:
            return
        promote(message, INTENT_NAME)
        entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != "resume_code"]
        entities.append({"entity": "resume_code", "value": code, "start": 0,
                         "end": len(text), "extractor": "ResumeCodeClassifier"})
        message.set(ENTITIES, entities, add_to_output=True)
