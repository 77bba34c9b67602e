"""Collects every sentence and button the bot can say, for the plain-language gate.

The rule: the domain's responses (every variation and button), plus every module under
``bot/`` and ``actions/`` that defines a top-level ``all_texts()`` returning
``{name: text}`` with sample values. Modules are found by reading the source, so a new
feature's words are checked as soon as it defines ``all_texts()``; nothing to list here.
``tests/unit/test_bot_words.py`` fails when a sentence sits in a module the gate cannot see.
"""
from __future__ import annotations

import importlib
import re
from typing import Dict, Iterator, List, Tuple

import yaml

from bot.settings import PROJECT_ROOT

SEARCHED = ("bot", "actions")
DEFINES_TEXTS = re.compile(r"^def all_texts\(", re.MULTILINE)


def text_modules() -> List[str]:
    """The dotted names of every module that defines ``all_texts()``, in a stable order."""
    names = []
    for folder in SEARCHED:
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
            if DEFINES_TEXTS.search(path.read_text(encoding="utf-8")):
                parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
                names.append(".".join(p for p in parts if p != "__init__"))
    return names


def domain_texts() -> Iterator[Tuple[str, str]]:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    for name, variations in (domain.get("responses") or {}).items():
        for i, variation in enumerate(variations):
            if variation.get("text"):
                yield f"domain:{name}[{i}]", variation["text"]
            for button in variation.get("buttons") or []:
                yield f"domain:{name}[{i}]:button", button["title"]


def feature_texts() -> Iterator[Tuple[str, str]]:
    for module_name in text_modules():
        texts: Dict[str, str] = importlib.import_module(module_name).all_texts()
        yield from texts.items()


def all_bot_words() -> Dict[str, str]:
    return dict(list(domain_texts()) + list(feature_texts()))
