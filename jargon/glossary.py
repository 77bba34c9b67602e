"""The jargon buster: loads glossary.yml (and a council's overlay) and answers lookups.

A council can put its own entries on top by pointing CARE_GLOSSARY_OVERLAY at a YAML file of
the same shape; an entry with the same headword replaces ours.
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml

HERE = Path(__file__).resolve().parent
GLOSSARY_FILE = HERE / "glossary.yml"
OVERLAY_ENV = "CARE_GLOSSARY_OVERLAY"
FIELDS = {"headword", "explanation", "aliases", "abbreviations", "plain", "related", "source"}


@dataclass(frozen=True)
class Entry:
    headword: str
    explanation: str
    aliases: Tuple[str, ...] = ()
    abbreviations: Tuple[str, ...] = ()
    plain: Optional[str] = None
    related: Tuple[str, ...] = ()
    source: str = ""

    @property
    def names(self) -> Tuple[str, ...]:
        """Headword and aliases: matched without caring about case."""
        return (self.headword,) + self.aliases


class GlossaryError(ValueError):
    """A glossary file that does not follow the schema."""


def _as_tuple(value, where: str, name: str) -> Tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GlossaryError(f"{where}: '{name}' must be a list of words")
    return tuple(v.strip() for v in value)


def parse_entries(raw, where: str) -> List[Entry]:
    """Checks the schema and builds entries; raises GlossaryError naming the bad entry."""
    if not isinstance(raw, list):
        raise GlossaryError(f"{where}: expected a list of entries")
    entries = []
    for i, item in enumerate(raw):
        place = f"{where} entry {i + 1}"
        if not isinstance(item, dict):
            raise GlossaryError(f"{place}: expected a mapping")
        unknown = set(item) - FIELDS
        if unknown:
            raise GlossaryError(f"{place}: unknown fields {sorted(unknown)}")
        for required in ("headword", "explanation"):
            if not isinstance(item.get(required), str) or not item[required].strip():
                raise GlossaryError(f"{place}: '{required}' is required")
        place = f"{where} '{item['headword']}'"
        entries.append(Entry(
            headword=item["headword"].strip(),
            explanation=" ".join(item["explanation"].split()),
            aliases=_as_tuple(item.get("aliases"), place, "aliases"),
            abbreviations=_as_tuple(item.get("abbreviations"), place, "abbreviations"),
            plain=(item.get("plain") or None),
            related=_as_tuple(item.get("related"), place, "related"),
            source=str(item.get("source") or ""),
        ))
    return entries


def load_file(path: Path) -> List[Entry]:
    return parse_entries(yaml.safe_load(Path(path).read_text(encoding="utf-8")), str(path))


class Glossary:
    """Entries by headword, with every name and abbreviation indexed for lookup."""

    def __init__(self, entries: Iterable[Entry]):
        self.by_headword: Dict[str, Entry] = {}
        for entry in entries:
            self.by_headword[entry.headword.lower()] = entry  # later files replace earlier
        self.by_name: Dict[str, Entry] = {}
        self.by_abbreviation: Dict[str, Entry] = {}
        for entry in self.by_headword.values():
            for name in entry.names:
                self.by_name.setdefault(_key(name), entry)
            for abbreviation in entry.abbreviations:
                self.by_abbreviation.setdefault(abbreviation, entry)

    def entries(self) -> List[Entry]:
        return sorted(self.by_headword.values(), key=lambda e: e.headword.lower())

    def lookup(self, term: str) -> Optional[Entry]:
        """The entry for a headword, alias or abbreviation ("DP", "direct payments")."""
        if not term or not term.strip():
            return None
        raw = term.strip(" \"'?!.,")
        if raw in self.by_abbreviation:
            return self.by_abbreviation[raw]
        key = _key(raw)
        if key in self.by_name:
            return self.by_name[key]
        for abbreviation, entry in self.by_abbreviation.items():
            if abbreviation.lower() == key:
                return entry
        singular = re.sub(r"(?<=[a-z])s$", "", key)
        return self.by_name.get(singular)

    def suggest(self, term: str, n: int = 3) -> List[str]:
        """Headwords that look like a near miss ("reablment" -> "Reablement")."""
        key = _key(term)
        if not key:
            return []
        names = list(self.by_name)
        close = difflib.get_close_matches(key, names, n=n * 3, cutoff=0.75)
        found: List[str] = []
        for name in close:
            headword = self.by_name[name].headword
            if headword not in found:
                found.append(headword)
        return found[:n]


def _key(text: str) -> str:
    text = text.lower().replace("’", "'")
    return re.sub(r"\s+", " ", text).strip(" \"'?!.,")


def overlay_path() -> Optional[Path]:
    value = os.environ.get(OVERLAY_ENV, "").strip()
    return Path(value) if value else None


@lru_cache(maxsize=4)
def _load(overlay: Optional[str]) -> Glossary:
    entries = load_file(GLOSSARY_FILE)
    if overlay:
        entries += load_file(Path(overlay))
    return Glossary(entries)


def current() -> Glossary:
    overlay = overlay_path()
    return _load(str(overlay) if overlay else None)


def entries() -> List[Entry]:
    return current().entries()


def lookup(term: str) -> Optional[Entry]:
    return current().lookup(term)


def suggest(term: str, n: int = 3) -> List[str]:
    return current().suggest(term, n)


MAX_KINDS = 3   # "care" starts too many headwords to be a word asked about on its own


def starting_with(word: str) -> List[Entry]:
    """Entries whose headword starts with ``word`` and goes on ("supported": Supported
    employment, Supported living...): a word that only names kinds of help, asked about on
    its own ("wots suported mean"). Empty when none, or too many to offer."""
    key = _key(word)
    if not key or " " in key:
        return []
    found = [e for e in entries() if _key(e.headword).split(" ")[0] == key
             and " " in _key(e.headword)]
    return found if len(found) <= MAX_KINDS else []


def find_terms(text: str) -> List[Entry]:
    """Glossary entries named in a text, in order of first mention."""
    # Lazy: the matcher loads spaCy; looking up a headword does not need it.
    from jargon.matcher import find_jargon

    seen: List[Entry] = []
    for hit in find_jargon(text):
        entry = lookup(hit.headword)
        if entry is not None and entry not in seen:
            seen.append(entry)
    return seen
