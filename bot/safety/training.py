"""The labelled messages the risk classifier learns from, gathered from the project's files.

Sources (all read-only here):
- tests/safety/corpus/dev/*.yml: the development part of the evaluation corpus (never
  heldout/, which stays unseen so the benchmark stays honest);
- tests/safety/messages.yml: hand-written crisis, safeguarding and look-alike messages;
- data/nlu/*.yml: the trained intents' examples (crisis and safeguarding ones get a rough
  category from guess.py; every other intent is everyday talk, label "other");
- bot/safety/examples.yml: the safety net's own extra examples;
- bot/safety/everyday.yml: everyday talk written for the net (hobbies, family, routines,
  care tasks, health conditions, scores, the form itself, complaints, text-speak), label
  "other" unless its group is named after a category (``complaint``, ``grief``), so short
  everyday replies and personal words ("my", "he") are not taken for danger;
- tests/conversations/replies/*.yml: ordinary replies people type at form questions
  (names, "my mum", "sunny days in the park"), label "other", so short everyday answers are
  not mistaken for danger; replies that are disclosures, and the safety steps' own
  questions, are left out.
Labels are taxonomy categories, look-alike categories ("lookalike_*"), or "other".
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable, List, Tuple
import re

import yaml

from bot.intents import SAFETY_INTENTS
from bot.safety import taxonomy
from bot.safety.guess import guess_category

ROOT = Path(__file__).resolve().parents[2]
DEV_CORPUS = ROOT / "tests" / "safety" / "corpus" / "dev"
MESSAGES = ROOT / "tests" / "safety" / "messages.yml"
NLU_DATA = ROOT / "data" / "nlu"
OWN_EXAMPLES = Path(__file__).with_name("examples.yml")
EVERYDAY = Path(__file__).with_name("everyday.yml")
FORM_REPLIES = ROOT / "tests" / "conversations" / "replies"

Example = Tuple[str, str]  # (text, label)
INTENT_LABELS = {"carer_strain": "carer_strain", "grief": "grief",
                 "money_worry": "money_worry", "complaint": "complaint"}


def source_files() -> List[Path]:
    files = sorted(DEV_CORPUS.glob("*.yml")) if DEV_CORPUS.is_dir() else []
    files += [p for p in (MESSAGES, OWN_EXAMPLES, EVERYDAY) if p.exists()]
    files += sorted(NLU_DATA.glob("*.yml")) if NLU_DATA.is_dir() else []
    files += sorted(FORM_REPLIES.glob("*.yml")) if FORM_REPLIES.is_dir() else []
    return files


def form_replies() -> List[str]:
    """Everyday answers at form questions: never danger (see the module docstring)."""
    texts: List[str] = []
    for path in sorted(FORM_REPLIES.glob("*.yml")) if FORM_REPLIES.is_dir() else []:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries = [e for group in (data.get("shared") or {}).values() for e in group]
        for question in data.get("questions") or []:
            if not str(question.get("slot", "")).startswith("safety_"):
                entries += question.get("replies") or []
        texts += [str(e["text"]) for e in entries
                  if e.get("text") and e.get("intent") not in SAFETY_INTENTS]
    return sorted(set(texts))


def fingerprint(files: Iterable[Path] = None) -> str:
    """Changes when any training file changes, so a cached model is never stale."""
    digest = hashlib.sha256()
    for path in files or source_files():
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def corpus_items(folder: Path) -> List[dict]:
    items: List[dict] = []
    for path in sorted(folder.glob("*.yml")):
        items.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return [i for i in items if isinstance(i, dict) and i.get("text")]


def examples() -> List[Example]:
    out: List[Example] = []
    if DEV_CORPUS.is_dir():
        out += [(i["text"], i["category"]) for i in corpus_items(DEV_CORPUS)]
    if MESSAGES.exists():
        data = yaml.safe_load(MESSAGES.read_text(encoding="utf-8"))
        for kind in ("crisis", "safeguarding"):
            out += [(t, guess_category(kind, t)) for t in data.get(kind) or []]
        out += [(t, "lookalike_misc") for t in data.get("benign") or []]
    if OWN_EXAMPLES.exists():
        data = yaml.safe_load(OWN_EXAMPLES.read_text(encoding="utf-8")) or {}
        for label, texts in data.items():
            out += [(t, label) for t in texts or []]
    out += everyday()
    out += [(t, "other") for t in form_replies()]
    for path in sorted(NLU_DATA.glob("*.yml")) if NLU_DATA.is_dir() else []:
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            intent = block.get("intent")
            lines = [ln.strip()[2:].strip() for ln in (block.get("examples") or "").splitlines()
                     if ln.strip().startswith("- ")]
            if not intent or not lines:
                continue
            for text in lines:
                out.append((_strip_entities(text), _label_for_intent(intent, text)))
    return [(t, label) for t, label in out if label]


def everyday() -> List[Example]:
    """everyday.yml: groups named after a category keep it; every other group is "other"."""
    if not EVERYDAY.exists():
        return []
    cats = taxonomy.load()["categories"]
    data = yaml.safe_load(EVERYDAY.read_text(encoding="utf-8")) or {}
    return [(str(t), group if group in cats else "other")
            for group, texts in data.items() for t in texts or []]


def _label_for_intent(intent: str, text: str) -> str:
    if intent == "crisis":
        return guess_category("crisis", text)
    if intent == "safeguarding_concern":
        return guess_category("safeguarding", text)
    if intent == "safety_check_in":
        return ""  # hints without a category: the corpus has better labelled ones
    return INTENT_LABELS.get(intent, "other")


def _strip_entities(text: str) -> str:
    """"[carers](service_category)" -> "carers"."""
    return re.sub(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}", lambda m: m.group(1) or m.group(2), text)
