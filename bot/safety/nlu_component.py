"""Rasa NLU component: the reviewed lexicon checks every message after the intent classifier.

- A danger or abuse phrase raises ``crisis`` or ``safeguarding_concern`` to full confidence,
  whatever the classifier said, so a message the model never saw is still caught.
- An everyday look-alike ("killing time") with no danger phrase, or a message with no danger
  or harm word at all ("having my own PA"), cannot leave the message on ``crisis`` or
  ``safeguarding_concern``: the next best intent is used instead.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.ranking import promote
from bot.safety import detector

SAFETY_INTENTS = (detector.CRISIS, detector.SAFEGUARDING)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER],
                          is_trainable=False)
class SafetyNetClassifier(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"lexicon": None}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.lexicon = detector.load(config["lexicon"]) if config.get("lexicon") \
            else detector.load()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> "SafetyNetClassifier":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.check(message)
        return messages

    def check(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        finding = detector.assess(text, self.lexicon)
        intent = message.get(INTENT) or {}
        ranking = list(message.get(INTENT_RANKING_KEY) or [])
        if finding is not None:
            _promote(message, finding.intent, finding.phrase)
        elif intent.get("name") in SAFETY_INTENTS and (
                detector.is_benign_lookalike(text, self.lexicon)
                or not detector.has_risk_words(text, self.lexicon)):
            _demote(message, ranking)


def _promote(message: Message, name: str, phrase: str) -> None:
    promote(message, name)
    message.set("safety_net", {"intent": name, "phrase": phrase}, add_to_output=True)


def _demote(message: Message, ranking: List[Dict[str, Any]]) -> None:
    rest = [r for r in ranking if r.get("name") not in SAFETY_INTENTS]
    if not rest:
        return
    best: Optional[Dict[str, Any]] = dict(rest[0])
    message.set(INTENT, best, add_to_output=True)
    message.set(INTENT_RANKING_KEY, rest, add_to_output=True)
