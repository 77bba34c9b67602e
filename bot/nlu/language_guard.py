"""Rasa NLU component: a message in another language, or gibberish, goes to the fallback.

The intent classifier only knows English, so on Polish, Urdu or "flurb wibble zonk" it
guesses, sometimes with high confidence. Guessing wrong could start a form the person
cannot read, or raise a crisis answer for nonsense. This sends such messages to ``nlu_fallback``,
whose action answers with the council's phone number and an interpreter offer. The safety
net runs after this, so a danger phrase it knows still wins.
"""
from __future__ import annotations


from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.rule_component import RuleComponent, registered
from bot.language import WORD, looks_like_gibberish, looks_like_other_language
from bot.nlu.resume_code import code_message
from bot.settings import PROJECT_ROOT

FALLBACK = "nlu_fallback"


def training_words() -> set:
    """Words in our own training data and jargon buster count as known, typos included."""
    words: set = set()
    for folder in ("data/nlu", "jargon"):
        for path in (PROJECT_ROOT / folder).glob("*.yml"):
            words.update(w.lower() for w in WORD.findall(path.read_text(encoding="utf-8")))
    return words


@registered
class LanguageGuard(RuleComponent):
    def __init__(self) -> None:
        self.known = training_words()

    def read(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.startswith("/") or code_message(text):
            return          # a resume code is letters and digits, not another language
        other = looks_like_other_language(text)
        if not other and not looks_like_gibberish(text, self.known):
            return
        top = {"name": FALLBACK, "confidence": 1.0}
        ranking = [top] + [r for r in (message.get(INTENT_RANKING_KEY) or [])
                           if r.get("name") != FALLBACK]
        message.set(INTENT, top, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        message.set("other_language" if other else "not_understood", True,
                    add_to_output=True)
