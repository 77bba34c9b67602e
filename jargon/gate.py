"""The CI gate: every response and button the bot can say must be plain English.

``check_responses([(name, text), ...])`` checks each text and returns a result whose
report names each failing response and says what to change.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Tuple

from jargon import glossary
from jargon.check import Findings, check_text
from jargon.settings import Thresholds, thresholds


@dataclass
class GateResult:
    checked: int = 0
    failures: List[Tuple[str, Findings]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def report(self) -> str:
        if self.ok:
            return f"All {self.checked} texts are plain English."
        lines = [f"{len(self.failures)} of {self.checked} texts need plainer words:"]
        for name, found in self.failures:
            lines.append(f"\n{name}: {found.text[:120]!r}")
            lines.extend(f"  - {p}" for p in found.problems())
        return "\n".join(lines)


def check_responses(items: Iterable[Tuple[str, str]],
                    limits: Optional[Thresholds] = None) -> GateResult:
    limits = limits or thresholds()
    result = GateResult()
    checked = [(name, check_text(text, limits)) for name, text in items]
    # Texts said together in one conversation (names "group/part", e.g. one survey) may
    # explain a term once for the whole group, as the bot does when it first uses it.
    explained_in_group: dict = {}
    for name, found in checked:
        explained_in_group.setdefault(_group(name), set()).update(
            j.headword for j in found.jargon if j.explained)
    for name, found in checked:
        result.checked += 1
        for j in found.jargon:
            j.explained = j.explained or j.headword in explained_in_group[_group(name)]
        if not found.ok:
            result.failures.append((name, found))
    return result


def _group(name: str) -> str:
    return name.rsplit("/", 1)[0] if "/" in name else name


def check_glossary(limits: Optional[Thresholds] = None) -> GateResult:
    """Our own explanations: short sentences, kind words, a low reading grade."""
    limits = limits or thresholds()
    result = GateResult()
    for entry in glossary.entries():
        result.checked += 1
        found = check_text(entry.explanation, limits, explaining=entry.headword,
                           max_grade=limits.max_explanation_grade)
        found.jargon = []  # an explanation may name other terms; people can ask about them
        if not found.ok:
            result.failures.append((f"glossary:{entry.headword}", found))
    return result
