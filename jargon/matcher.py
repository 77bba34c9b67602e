"""Finds glossary terms and words to avoid in text, with character offsets.

Uses a blank English spaCy pipeline with lookup lemmas (spacy-lookups-data, no download):
names match on lower case and on lemmas (so plurals match), abbreviations match on their
exact capitals (so "PA" matches but "pa" does not). Overlaps keep the longest match.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import List

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from jargon import glossary
from jargon.wordlists import avoid_list


@dataclass(frozen=True)
class Hit:
    start: int          # character offsets into the text
    end: int
    text: str
    headword: str       # glossary headword, or the avoid-list phrase
    kind: str           # "jargon" or "avoid"


@lru_cache(maxsize=1)
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipeline.initialize()
    return pipeline


class _Matchers:
    def __init__(self, entries, avoid):
        model = nlp()
        self.labels = {}
        self.lower = PhraseMatcher(model.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(model.vocab, attr="LEMMA")
        self.exact = PhraseMatcher(model.vocab, attr="ORTH")
        for entry in entries:
            self._add(f"jargon|{entry.headword}", entry.names, entry.abbreviations)
        for item in avoid:
            self._add(f"avoid|{item.phrase}", (item.phrase,), ())

    def _add(self, label, names, abbreviations):
        model = nlp()
        names = list(dict.fromkeys(n for n in names if n))
        if names:
            self.lower.add(label, [model.make_doc(n) for n in names])
            self.lemma.add(label, list(model.pipe([n.lower() for n in names])))
        if abbreviations:
            self.exact.add(label, [model.make_doc(a) for a in abbreviations])

    def find(self, text: str) -> List[Hit]:
        # Curly apostrophes become straight ones (same length, so offsets still fit the text).
        doc = nlp()(text.replace("\u2019", "'").replace("\u2018", "'"))
        spans = {"jargon": [], "avoid": []}
        for matcher in (self.lower, self.lemma, self.exact):
            for match_id, start, end in matcher(doc):
                kind = doc.vocab.strings[match_id].partition("|")[0]
                spans[kind].append(Span(doc, start, end, label=match_id))
        hits = []
        for kind_spans in spans.values():  # jargon and avoid hits may overlap each other
            for span in filter_spans(kind_spans):
                kind, _, name = doc.vocab.strings[span.label].partition("|")
                hits.append(Hit(span.start_char, span.end_char,
                                text[span.start_char:span.end_char], name, kind))
        return sorted(hits, key=lambda h: (h.start, h.kind))


@lru_cache(maxsize=4)
def _matchers(overlay) -> _Matchers:
    return _Matchers(glossary.current().entries(), avoid_list())


def find_all(text: str) -> List[Hit]:
    overlay = glossary.overlay_path()
    return _matchers(str(overlay) if overlay else None).find(text or "")


def find_jargon(text: str) -> List[Hit]:
    return [h for h in find_all(text) if h.kind == "jargon"]


def find_avoid(text: str) -> List[Hit]:
    """Words to avoid, leaving out the harmless longer phrases each entry lists."""
    lowered = (text or "").lower()
    unless = {a.phrase: a.unless for a in avoid_list()}
    hits = []
    for hit in find_all(text):
        if hit.kind != "avoid":
            continue
        if any(_covers(lowered, phrase, hit) for phrase in unless.get(hit.headword, ())):
            continue
        hits.append(hit)
    return hits


def _covers(lowered: str, phrase: str, hit: Hit) -> bool:
    start = lowered.find(phrase)
    while start != -1:
        if start <= hit.start and hit.end <= start + len(phrase):
            return True
        start = lowered.find(phrase, start + 1)
    return False
