"""One call returns every plain-language finding for a text, as data.

Findings: glossary terms (with our explanation, and whether the text explains or may use
them), words to avoid (with better words and the reason), sentences over the word limit,
and a message over the reading grade.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, List, Optional

from jargon import glossary
from jargon.matcher import Hit, find_avoid, find_jargon
from jargon.settings import Thresholds, thresholds
from jargon.wordlists import allowed_terms, avoid_list

if TYPE_CHECKING:  # pragma: no cover
    from jargon.readability import Figures

# Text right after a term that shows the writer explains it: "reablement (short-term help)",
# "reablement, which means...", "reablement means...", "reablement: ...".
EXPLAINED_AFTER = re.compile(
    r"^(?:s|es)?\s*(?:\(|:|,?\s*(?:which|that|this)\s+means\b|\s+means\b|\s+[-–—]\s+|,?\s+is\s+(?:when|money|help|a|an|the)\b)",
    re.IGNORECASE)


@dataclass
class JargonFinding:
    start: int
    end: int
    text: str
    headword: str
    explanation: str
    plain: Optional[str]
    explained: bool     # the text explains it, or it is on the allowed list


@dataclass
class AvoidFinding:
    start: int
    end: int
    text: str
    phrase: str
    better: str
    reason: str


@dataclass
class SentenceFinding:
    text: str
    words: int
    grade: float
    reading_ease: float
    too_long: bool


@dataclass
class Findings:
    text: str
    jargon: List[JargonFinding] = field(default_factory=list)
    avoid: List[AvoidFinding] = field(default_factory=list)
    sentences: List[SentenceFinding] = field(default_factory=list)
    message: Optional[Figures] = None
    grade_too_high: bool = False
    thresholds: Thresholds = field(default_factory=thresholds)

    @property
    def unexplained(self) -> List[JargonFinding]:
        return [j for j in self.jargon if not j.explained]

    @property
    def long_sentences(self) -> List[SentenceFinding]:
        return [s for s in self.sentences if s.too_long]

    @property
    def ok(self) -> bool:
        return not (self.unexplained or self.avoid or self.long_sentences or self.grade_too_high)

    def problems(self) -> List[str]:
        """One line a person can act on for each problem."""
        lines = []
        for j in self.unexplained:
            hint = f' Say "{j.plain}" instead, or explain it.' if j.plain else " Explain it, or say it more plainly."
            lines.append(f'jargon "{j.text}" ({j.headword}) is not explained.{hint}')
        for a in self.avoid:
            lines.append(f'avoid "{a.text}": say "{a.better}" instead. {a.reason}')
        for s in self.long_sentences:
            lines.append(f"sentence has {s.words} words (at most {self.thresholds.max_sentence_words}): "
                         f'"{s.text[:90]}"')
        if self.grade_too_high and self.message:
            lines.append(f"reading grade {self.message.grade} (at most {self.thresholds.max_grade}); "
                         "use shorter words and sentences")
        return lines

    def as_dict(self) -> dict:
        data = asdict(self)
        data["ok"] = self.ok
        data["problems"] = self.problems()
        return data


# Text right before a term that asks about it ("what is respite care?") or starts a sentence
# defining it ("Telecare is ...", checked with DEFINES_AFTER).
ASKED_BEFORE = re.compile(r"\b(?:what is|what's|what are|what does|meaning of)\s+(?:an?\s+|the\s+)?$",
                          re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)(?:an?\s+|the\s+)?$", re.IGNORECASE)
DEFINES_AFTER = re.compile(r"^(?:s|es)?\s+(?:is|are)\s+", re.IGNORECASE)


def _explained(text: str, hit: Hit) -> bool:
    if hit.headword.lower() in allowed_terms() or hit.text.lower() in allowed_terms():
        return True
    before, after = text[:hit.start], text[hit.end:]
    if EXPLAINED_AFTER.match(after) or ASKED_BEFORE.search(before):
        return True
    return bool(SENTENCE_START.search(before) and DEFINES_AFTER.match(after))


def check_text(text: str, limits: Optional[Thresholds] = None, *,
               explaining: Optional[str] = None, max_grade: Optional[float] = None) -> Findings:
    """All findings for a text. ``explaining`` names a headword the text itself explains."""
    limits = limits or thresholds()
    text = text or ""
    found = Findings(text=text, thresholds=limits)
    # The term a text explains, and its related terms, may appear in it unexplained.
    explaining_entry = glossary.lookup(explaining) if explaining else None
    context_terms = {t.lower() for t in (explaining_entry.headword,) + explaining_entry.related} \
        if explaining_entry else set()
    if explaining:
        context_terms.add(explaining.lower())
    for hit in find_jargon(text):
        entry = glossary.lookup(hit.headword)
        if entry is None:
            continue
        explained = entry.headword.lower() in context_terms or _explained(text, hit)
        found.jargon.append(JargonFinding(hit.start, hit.end, hit.text, entry.headword,
                                          entry.explanation, entry.plain, bool(explained)))
    explained_here = {j.headword for j in found.jargon if j.explained}
    for j in found.jargon:  # explained once in a text is explained for the whole text
        j.explained = j.explained or j.headword in explained_here
    by_phrase = {a.phrase: a for a in avoid_list()}
    for hit in find_avoid(text):
        item = by_phrase[hit.headword]
        found.avoid.append(AvoidFinding(hit.start, hit.end, hit.text, item.phrase,
                                        item.better, item.reason))
    # Lazy: readability pulls in textstat (nltk, scikit-learn) and CMUdict, about 160 MB that
    # the action server (explain, annotate: matching only) never needs.
    from jargon.readability import figures, split_sentences

    for sentence in split_sentences(text):
        f = figures(sentence, limits.long_word_syllables)
        found.sentences.append(SentenceFinding(sentence, f.words, f.grade, f.reading_ease,
                                               f.words > limits.max_sentence_words))
    found.message = figures(text, limits.long_word_syllables)
    grade_limit = limits.max_grade if max_grade is None else max_grade
    if found.message.words < limits.min_words_for_grade:
        # Grades mean little for a few words ("Disagree" scores 20): only flag hard ones.
        grade_limit = max(grade_limit, limits.max_grade_short)
        if found.message.words < 4:
            grade_limit = float("inf")
    found.grade_too_high = found.message.grade > grade_limit
    return found


def explain(headword: str) -> str:
    """What the bot says when asked what a term means."""
    entry = glossary.lookup(headword)
    if entry is None:
        return ""
    text = f"{entry.headword}: {entry.explanation}"
    if entry.plain:
        text += f' Some people just say "{entry.plain}".'
    return text


def annotate(text: str) -> List[str]:
    """Meanings to show beside text from outside (directory descriptions): one per new term."""
    notes = []
    for hit in find_jargon(text):  # matching only: this runs on every directory answer
        if hit.headword.lower() in allowed_terms() or _explained(text, hit):
            continue
        note = explain(hit.headword)
        if note and note not in notes:
            notes.append(note)
    return notes
