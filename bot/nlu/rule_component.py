"""The base of the project's NLU components that follow fixed rules: nothing to train, made
fresh when Rasa loads the model, each message read on its own (``read``). Runs inside the
Rasa server."""
from __future__ import annotations

from abc import abstractmethod
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

# How each of them is known to Rasa: an intent classifier with nothing to train. Put
# ``@registered`` above a RuleComponent subclass.
registered = DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER],
                                      is_trainable=False)


class RuleComponent(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> "RuleComponent":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.read(message)
        return messages

    @abstractmethod
    def read(self, message: Message) -> None:
        """Reads one message and changes its intent (or adds to it) when a rule says so."""
