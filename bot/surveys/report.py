"""Survey results the council can read at a glance: per statement, month and channel.

"Share who agree" follows the national survey's way of counting: strongly agree plus agree,
out of everyone who gave an answer on the scale. Skipped questions and "prefer not to say"
are counted but left out of the share. Comments are listed with personal details removed.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, Iterable, List, Optional

from bot import store
from bot.surveys.answers import redact_comment
from bot.markers import SKIPPED
from bot.surveys.definitions import AGREE, SCALE, SCALE_ANSWERS, SURVEYS

SCALE_CODES = [code for code, _ in SCALE_ANSWERS]
ON_SCALE = [c for c in SCALE_CODES if c != "prefer_not_to_say"]


@dataclass
class Response:
    survey: str
    channel: str
    created_at: datetime
    answers: Dict[str, str]

    @property
    def month(self) -> str:
        return self.created_at.strftime("%Y-%m")


@dataclass
class StatementResult:
    code: str
    text: str
    ascof: Optional[str]
    counts: Dict[str, int]
    answered: int
    agree: int
    by_month: Dict[str, Optional[float]] = field(default_factory=dict)
    by_channel: Dict[str, Optional[float]] = field(default_factory=dict)

    @property
    def share_agree(self) -> Optional[float]:
        return share(self.agree, self.answered)


@dataclass
class SurveyResult:
    survey: str
    title: str
    responses: int
    statements: List[StatementResult]
    months: List[str]
    channels: Dict[str, int]
    comments: List[str]


def share(part: int, whole: int) -> Optional[float]:
    return round(100.0 * part / whole, 1) if whole else None


def rows_to_responses(rows: Iterable[dict]) -> List[Response]:
    found = []
    for row in rows:
        answers = row["answers"]
        if isinstance(answers, str):
            answers = json.loads(answers)
        created = row["created_at"]
        if isinstance(created, str):
            created = datetime.fromisoformat(created)
        found.append(Response(row["survey"], row["channel"], created, answers))
    return found


def _agree_share(responses: List[Response], code: str) -> Optional[float]:
    answers = [r.answers.get(code) for r in responses]
    on_scale = [a for a in answers if a in ON_SCALE]
    return share(sum(1 for a in on_scale if a in AGREE), len(on_scale))


def summarise(responses: List[Response], survey_key: str) -> SurveyResult:
    definition = SURVEYS[survey_key]
    mine = [r for r in responses if r.survey == survey_key]
    months = sorted({r.month for r in mine})
    channels = Counter(r.channel for r in mine)
    statements = []
    for st in definition.statements:
        if st.kind != SCALE:
            continue
        counts = Counter(r.answers.get(st.code, SKIPPED) for r in mine)
        answered = sum(counts[c] for c in ON_SCALE)
        agree = sum(counts[c] for c in AGREE)
        result = StatementResult(st.code, st.text, st.ascof,
                                 {c: counts.get(c, 0) for c in SCALE_CODES + [SKIPPED]},
                                 answered, agree)
        by_month = defaultdict(list)
        by_channel = defaultdict(list)
        for r in mine:
            by_month[r.month].append(r)
            by_channel[r.channel].append(r)
        result.by_month = {m: _agree_share(by_month[m], st.code) for m in months}
        result.by_channel = {c: _agree_share(by_channel[c], st.code) for c in sorted(by_channel)}
        statements.append(result)
    comments = []
    for r in mine:
        for key, value in r.answers.items():
            is_text = key == "comments" or any(
                s.code == key and s.kind != SCALE and s.kind != "yes_no" for s in definition.statements)
            if is_text and value and value != SKIPPED:
                comments.append(redact_comment(str(value)))
    return SurveyResult(survey_key, definition.button, len(mine), statements, months,
                        dict(channels), comments)


def summarise_all(responses: List[Response]) -> List[SurveyResult]:
    return [summarise(responses, key) for key in SURVEYS]


def safe_cell(value):
    """A spreadsheet must never run a cell as a formula: text starting with = + - @ or a
    tab or return gets a leading apostrophe (numbers are left as they are)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class _SafeWriter:
    def __init__(self, out) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row) -> None:
        self._writer.writerow([safe_cell(v) for v in row])


def to_csv(results: List[SurveyResult]) -> str:
    """One row per survey, statement and split (all, each month, each channel)."""
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(["survey", "statement", "ascof", "split", "value", "share_agree_percent",
                     "answered", "agree"] + SCALE_CODES + [SKIPPED])
    for result in results:
        for st in result.statements:
            base = [result.survey, st.text, st.ascof or ""]
            writer.writerow(base + ["all", "all", _fmt(st.share_agree), st.answered, st.agree]
                            + [st.counts[c] for c in SCALE_CODES + [SKIPPED]])
            for month, value in st.by_month.items():
                writer.writerow(base + ["month", month, _fmt(value), "", ""] + [""] * 7)
            for channel, value in st.by_channel.items():
                writer.writerow(base + ["channel", channel, _fmt(value), "", ""] + [""] * 7)
    return out.getvalue()


def _fmt(value: Optional[float]) -> str:
    return "" if value is None else f"{value:.1f}"


def text_table(result: SurveyResult) -> str:
    lines = [f"{result.title} ({result.survey}): {result.responses} responses"]
    for st in result.statements:
        shown = "-" if st.share_agree is None else f"{st.share_agree:5.1f}%"
        lines.append(f"  {shown} agree  (n={st.answered:3d})  {st.text}"
                     + (f"  [{st.ascof}]" if st.ascof else ""))
    return "\n".join(lines)


def load_responses() -> List[Response]:
    return rows_to_responses(store.survey_rows())
