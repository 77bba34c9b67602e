"""Reading a message against phrase patterns: one way, used by every reader of words.

A phrase table is a sequence of ``(name, pattern)`` pairs (or a dict of them), tried in
order; a pattern is compiled with ``re.compile``. Readers keep their own tables of words
(they differ on purpose); only the way of reading them lives here.
"""
from __future__ import annotations

import re
from typing import List, Mapping, Optional, Pattern, Sequence, Tuple, Union

PhraseTable = Union[Sequence[Tuple[str, Pattern[str]]], Mapping[str, Pattern[str]]]

# What joins the spans that ``every_span`` found, so that each can be taken out again.
SPAN_JOIN = "\x00"


def any_word(*parts: str) -> Pattern[str]:
    """One pattern for a table row: any of ``parts`` (regex alternatives), as whole words."""
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b")


def _pairs(table: PhraseTable) -> Sequence[Tuple[str, Pattern[str]]]:
    return list(table.items()) if isinstance(table, Mapping) else table


def span(pattern: Pattern[str], text: str) -> str:
    """The words of the first match, or ""."""
    found = pattern.search(text)
    return found.group(0) if found else ""


def every_span(pattern: Pattern[str], text: str) -> str:
    """The words of every match, joined by ``SPAN_JOIN``, or ""."""
    return SPAN_JOIN.join(found.group(0) for found in pattern.finditer(text))


def first_match(table: PhraseTable, text: str, at_start: bool = False) -> Optional[str]:
    """The name of the first pattern found in ``text`` (at its start only, with
    ``at_start``), or None."""
    for name, pattern in _pairs(table):
        if (pattern.match(text) if at_start else pattern.search(text)):
            return name
    return None


def all_matches(table: PhraseTable, text: str) -> List[str]:
    """The names of every pattern found in ``text``, in the table's order."""
    return [name for name, pattern in _pairs(table) if pattern.search(text)]
