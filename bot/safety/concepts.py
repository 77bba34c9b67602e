"""Concept patterns: danger said in many words, matched over lemmas with spaCy's Matcher.

Instead of listing phrases, each pattern joins concepts ("a person" + "a taking act" +
"my money") with a few free words between them, so "my grandson keeps on taking money out
of my purse" and "the lodger has been taking my pension" both match one pattern. The blank
English pipeline with lookup lemmas (spacy-lookups-data) needs no download.

The concept word lists are data (concepts.yml) a reviewer can read; this module compiles
them into Matcher patterns and returns hits with their category and span.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List

import yaml

CONCEPTS = Path(__file__).with_name("concepts.yml")


@dataclass(frozen=True)
class Hit:
    category: str
    tier: str        # the tier this pattern gives when nothing in the context sets it aside
    rule: str
    start: int       # token offsets
    end: int
    text: str
    negation_in_span: bool = False   # a "not" inside the span negates it ("i'm not suicidal")


def nlp():
    """Blank English pipeline with lookup lemmas (no downloaded model): the plain-language
    engine's own, so a process that uses both loads spaCy's pipeline once."""
    # Lazy: spaCy only when a message is read, never in the gateway.
    from jargon.matcher import nlp as shared_pipeline
    return shared_pipeline()


# The lookup table gets a few words wrong for our purpose ("dying" -> "dye").
LEMMA_FIXES = {"dying": "die", "died": "die", "dies": "die", "lying": "lie", "left": "leave",
               "hurting": "hurt", "fell": "fall", "felt": "feel", "took": "take",
               "taken": "take", "stole": "steal", "stolen": "steal", "n't": "not",
               "nobody": "nobody", "wo": "will", "ca": "can", "'m": "be", "'s": "'s",
               "hung": "hang", "bled": "bleed", "cutting": "cut", "saving": "save"}


def key_of(token) -> str:
    """What a pattern compares: the fixed lemma, else the lookup lemma, in lower case."""
    lower = token.lower_
    return LEMMA_FIXES.get(lower) or (token.lemma_ or lower).lower()


def tag(doc):
    """Sets each token's NORM to its key, so patterns list base forms only."""
    for token in doc:
        token.norm_ = key_of(token)
    return doc


_BREAK = {".", "!", "?", ";", "but", "though", "although", "however"}
_GAP = "~"


class ConceptMatcher:
    """Sequences of concepts with bounded gaps, over the lemma keys of a spaCy Doc.

    spaCy's Matcher needs one optional wildcard per free word, which made a message take
    several milliseconds with these gaps; a direct scan from the tokens that can start a
    pattern keeps it well under one. A gap never crosses a sentence end or a "but".
    """

    def __init__(self, path: Path = CONCEPTS):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.concepts: Dict[str, frozenset] = {name: frozenset(self._keys(words))
                                               for name, words in data["concepts"].items()}
        self.rules = data["rules"]
        self.patterns = []   # (rule name, steps, gap)
        self.starts: Dict[str, List[int]] = {}
        for name, rule in self.rules.items():
            gap = int(rule.get("gap", 3))
            for seq in rule["patterns"]:
                steps = self._compile(seq)
                index = len(self.patterns)
                self.patterns.append((name, steps, gap))
                for word in steps[0][0]:
                    self.starts.setdefault(word, []).append(index)

    @staticmethod
    def _keys(words) -> List[str]:
        """Concept words in lower case. A token matches on its own form or its lemma key,
        so the base form "hit" covers "hits" and "hitting"; an inflected form listed
        ("gone") matches only itself (its lemma "go" would match far too much)."""
        return sorted({str(word).lower() for word in words})

    def _compile(self, sequence: str):
        """"person ~ take ~ money": concept names (a|b for either), 'literal|words',
        "~" = up to ``gap`` free words, a trailing "?" makes a step optional."""
        steps = []
        for item in sequence.split():
            if item == _GAP:
                steps.append((None, False))
                continue
            optional = item.endswith("?")
            item = item.rstrip("?")
            if item.startswith("'"):  # literal words: as typed, no lemma ("hitting" only)
                words = frozenset(w.lower() for w in item.strip("'").split("|"))
            else:
                words = frozenset().union(*(self.concepts[n] for n in item.split("|")))
            steps.append((words, optional))
        if steps[0][0] is None or steps[0][1]:
            raise ValueError(f"a pattern must start with a required word: {sequence}")
        return steps

    @staticmethod
    def _match(steps, i, pos, keys, lowers, gap) -> int:
        """End position of a match of steps[i:] from token ``pos``, or -1."""
        if i == len(steps):
            return pos
        words, optional = steps[i]
        if words is None:
            for skip in range(0, gap + 1):
                at = pos + skip
                if at > len(keys):
                    break
                end = ConceptMatcher._match(steps, i + 1, at, keys, lowers, gap)
                if end >= 0:
                    return end
                if at < len(keys) and lowers[at] in _BREAK:
                    break
            return -1
        if pos < len(keys) and (lowers[pos] in words or keys[pos] in words):
            end = ConceptMatcher._match(steps, i + 1, pos + 1, keys, lowers, gap)
            if end >= 0:
                return end
        if optional:
            return ConceptMatcher._match(steps, i + 1, pos, keys, lowers, gap)
        return -1

    def find(self, doc) -> List[Hit]:
        keys = [key_of(t) for t in doc]
        lowers = [t.lower_ for t in doc]
        hits = []
        for start, (key, lower) in enumerate(zip(keys, lowers)):
            candidates = set(self.starts.get(key, ())) | set(self.starts.get(lower, ()))
            for index in sorted(candidates):
                name, steps, gap = self.patterns[index]
                end = self._match(steps, 1, start + 1, keys, lowers, gap)
                if end >= 0:
                    rule = self.rules[name]
                    hits.append(Hit(rule["category"], rule.get("tier", "clear"), name,
                                    start, end, doc[start:end].text,
                                    bool(rule.get("negation_in_span"))))
        return hits


@lru_cache(maxsize=1)
def matcher() -> ConceptMatcher:
    return ConceptMatcher()
