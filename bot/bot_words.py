"""Collects every sentence and button the bot can say, for the plain-language gate.

Sources: the domain's responses (every variation and button), the texts actions build
(bot/texts.py), the assessment questions in every voice, and each feature's own texts.
A new feature adds its ``all_texts()`` here so CI checks it too.
"""
from __future__ import annotations

import importlib
from typing import Dict, Iterator, Tuple

import yaml

from bot.settings import PROJECT_ROOT

FEATURE_TEXTS = [
    "bot.texts",
    "bot.records.questions:all_renderings",
    "bot.directory.present",
    "bot.directory.saved",
    "bot.surveys.definitions",
    "bot.form_words",
    "bot.safety_words",
    "bot.safety.responses",
    "bot.answers.contact",
    "bot.gateway.typed_commands",
    "bot.codes",
    "bot.listening",
]


def domain_texts() -> Iterator[Tuple[str, str]]:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    for name, variations in (domain.get("responses") or {}).items():
        for i, variation in enumerate(variations):
            if variation.get("text"):
                yield f"domain:{name}[{i}]", variation["text"]
            for button in variation.get("buttons") or []:
                yield f"domain:{name}[{i}]:button", button["title"]


def feature_texts() -> Iterator[Tuple[str, str]]:
    for spec in FEATURE_TEXTS:
        module_name, _, func = spec.partition(":")
        module = importlib.import_module(module_name)
        texts: Dict[str, str] = getattr(module, func or "all_texts")()
        yield from texts.items()


def all_bot_words() -> Dict[str, str]:
    return dict(list(domain_texts()) + list(feature_texts()))
