"""Rasa NLU component: the safety net checks every message after the intent classifier.

It runs ``bot.safety.assess`` and:
- clear crisis -> intent ``crisis``; clear abuse or neglect -> ``safeguarding_concern``
  (full confidence, whatever the classifier said, so a message it never saw is caught);
- possible danger -> ``safety_check_in`` (the dialogue asks one direct question);
- a route (carer_strain, grief, money_worry, complaint) -> that intent, but only when the
  classifier's own intent is a vague one (out_of_scope, inform, listen_connect,
  nlu_fallback, greet), so a request such as start_self_assessment is never taken over;
- someone has come in and the person must go ("he's back I have to go") -> ``safety_check_in``,
  whose action then says a short, quiet goodbye with the numbers instead of its question;
- nothing found but the classifier said crisis, safeguarding_concern or safety_check_in ->
  the next best intent instead, so everyday talk ("having my own PA") cannot raise the alarm.
It always adds ``safety_net`` = {tier, kind, category, route, evidence} to the message, so
actions read ``tracker.latest_message["safety_net"]``.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.intents import CHECK_IN, CRISIS, SAFEGUARDING, SAFETY_INTENTS
from bot.nlu.ranking import demote, promote
from bot.nlu.rule_component import RuleComponent, registered
from bot.safety.context import figure_of_speech
from bot.safety.assessment import QUICK_EXIT
from bot.safety.engine import Assessment, assess
from bot.safety.normalise import normalise

# The intents a route may replace: the classifier was not sure what the person wants.
ROUTE_MAY_REPLACE = ("out_of_scope", "inform", "listen_connect", "nlu_fallback", "greet")
# ...and never when the person asks for a call or a person ("im shattered and i just need
# someone to ring me back about a break", "can i talk to a real person about all this, im
# not much good with computers"): that request is theirs to make, not a route's.
ASKS_FOR_A_CALL = re.compile(r"\b(?:call|ring|phone)\s+(?:me|us)\b|\bcall ?back\b|"
                             r"\b(?:talk|speak)\s+to\s+(?:someone|somebody|(?:a|an)\s+(?:real\s+|"
                             r"actual\s+)?(?:person|human))\b",
                             re.IGNORECASE)


def intent_for(result: Assessment, current: str, text: str = "") -> str:
    """The intent the message should carry, given the assessment and the classifier's intent.

    Returns ``current`` when the safety net has nothing to change.
    """
    if result.tier == "clear":
        return CRISIS if result.kind == "crisis" else SAFEGUARDING
    if result.tier == "check_in":
        return CHECK_IN
    if result.route == QUICK_EXIT:
        # "he's back I have to go": the check-in action says a quick, quiet goodbye with
        # the numbers instead of its question, from any point (forms included).
        return CHECK_IN
    if (result.kind == "route" and result.route and current in ROUTE_MAY_REPLACE
            and not ASKS_FOR_A_CALL.search(text or "")):
        return result.route
    return current


# A saying ("i could murder a bacon sandwich", "dying to get back to aqua aerobics") never
# starts a journey or a hand-off on the model's guess alone: its words are the saying's.
SAYING_MAY_NOT_START = ("request_human", "start_carer_assessment", "start_self_assessment",
                        "listen_connect") + tuple(SAFETY_INTENTS)


def saying_starts_a_journey(result: Assessment, current: str, text: str) -> bool:
    """True when a figure of speech, and nothing in danger, was guessed as a journey."""
    return (result.tier == "none" and current in SAYING_MAY_NOT_START
            and not ASKS_FOR_A_CALL.search(text) and figure_of_speech(normalise(text)))


def safety_data(result: Assessment) -> Dict[str, Any]:
    return {"tier": result.tier, "kind": result.kind, "category": result.category,
            "route": result.route, "evidence": result.evidence, "signal": result.signal}


@registered
class SafetyNetClassifier(RuleComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.config = config
        assess("warm up the safety net")  # loads patterns and the risk classifier once

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> "SafetyNetClassifier":
        return cls(config)

    def read(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.lstrip().startswith("/"):
            return  # a button payload says its own intent
        result = assess(text)
        current = (message.get(INTENT) or {}).get("name") or "nlu_fallback"
        wanted = intent_for(result, current, text)
        if wanted != current or result.is_danger or result.route == QUICK_EXIT:
            # Raised to full confidence even when the model already guessed it, or the
            # fallback classifier after this would drop a low-confidence "crisis".
            promote(message, wanted)
        elif saying_starts_a_journey(result, current, text):
            demote(message, SAYING_MAY_NOT_START)
        elif result.tier == "none" and current in SAFETY_INTENTS:
            demote(message, SAFETY_INTENTS)
        message.set("safety_net", safety_data(result), add_to_output=True)
