"""Marking a safety hand-off "not a concern": the panel on the conversation page, the words
staff see (checked by the plain-language gate in tests/console), and the managers' CSV.

The mark itself is kept by bot/data/safety_marks.py. It lowers nothing: the request keeps its
place, and nothing learns from the mark. The CSV is for people who review the safety corpus:
date, kind, category, tier, reason and the words, with contact details, conversation ids and
"my name is ..." taken out of the words and the note; no staff or resident names.
"""
from __future__ import annotations

import csv
import html
import io
from typing import Any, Dict, List, Optional

from bot.data import safety_marks
from bot.data.db import aware
from bot.logredact import PREFIXED_ID
from bot.surveys.answers import redact_comment
from bot.surveys.report import safe_cell

# Every sentence staff see on the panel (tests/console/test_not_a_concern.py gates them).
WORDS = {
    "heading": "Safety check",
    "intro": "The safety net raised this request. If it is not a concern, mark it and say why.",
    "keeps": "The request stays in the queue as it is. Nothing learns from your mark. "
             "A manager reviews the marks later.",
    "found": "What the safety net found",
    "their_words": "Their words",
    "kind": "Type",
    "category": "Topic",
    "tier": "How sure",
    "legend": "Why is it not a concern?",
    "note_label": "Say in a few words why you are sure",
    "button": "Mark as not a concern",
    "badge": "Not a concern",
    "marked": "Marked not a concern by {who}, {when}.",
    "reason": "Reason",
    "note": "Their note",
    "error_reason": "Choose why it is not a concern.",
    "error_note": "Say in a few words why it is not a concern.",
    "error_already": "Someone has already marked this request.",
    "error_not_safety": "Only a crisis or safeguarding request can be marked.",
    "error_no_request": "There is no request to mark in this conversation.",
    "back": "Back to the conversation",
    "download": "Download the not a concern marks",
}
KINDS = {"crisis": "Crisis", "safeguarding": "Safeguarding", "route": "Not a crisis"}
TIERS = {"clear": "Clear danger", "check_in": "Possible danger, asked first",
         "none": "Not a crisis"}
CSV_COLUMNS = ["date", "kind", "category", "tier", "reason", "reason_note", "words"]


def all_texts() -> Dict[str, str]:
    """Every sentence and label this panel can show, for the plain-language gate."""
    texts = {f"console/not_a_concern/{k}": v.format(who="Sam", when="12 May 10:30")
             for k, v in WORDS.items()}
    texts.update({f"console/not_a_concern/reason/{k}": v
                  for k, v in safety_marks.REASONS.items()})
    texts.update({f"console/not_a_concern/tier/{k}": v for k, v in TIERS.items()})
    return texts


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else ""))


def _topic(category: Optional[str]) -> str:
    return (category or "").replace("_", " ")


def _found_rows(kind: Optional[str], category: Optional[str], tier: Optional[str],
                words: Optional[str]) -> str:
    rows = [(WORDS["kind"], KINDS.get(kind or "", kind or ""))]
    if category:
        rows.append((WORDS["category"], _topic(category)))
    if tier:
        rows.append((WORDS["tier"], TIERS.get(tier, tier)))
    if words:
        rows.append((WORDS["their_words"], words))
    return "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows if v)


def badge() -> str:
    return f'<span class="tag not-a-concern">{_e(WORDS["badge"])}</span>'


def panel_html(base: str, handoff: Optional[Dict[str, Any]],
               finding: Optional[Dict[str, Any]], mark: Optional[Dict[str, Any]],
               when) -> str:
    """The conversation page's safety panel: the mark if there is one, else the form.
    Empty for a conversation the net never flagged."""
    if not safety_marks.is_safety_handoff(handoff, finding) and not mark:
        return ""
    if mark:
        found = _found_rows(mark["kind"], mark["category"], mark["tier"], mark["words"])
        said = WORDS["marked"].format(who=mark["marked_by"], when=when(mark["created_at"]))
        body = (f'<p class="marked">{badge()} {_e(said)}</p><dl class="facts">'
                f'<dt>{_e(WORDS["reason"])}</dt>'
                f'<dd>{_e(safety_marks.REASONS.get(mark["reason"], mark["reason"]))}</dd>'
                f'<dt>{_e(WORDS["note"])}</dt><dd>{_e(mark["note"])}</dd>{found}</dl>')
    else:
        f = finding or {}
        words = f.get("words") or (handoff.get("summary") or "").split("\n", 1)[0]
        found = _found_rows(f.get("kind") or handoff["reason"], f.get("category"),
                            f.get("tier"), words)
        choices = "".join(
            f'<label class="choice"><input type="radio" name="reason" value="{_e(k)}" required>'
            f" {_e(v)}</label>" for k, v in safety_marks.REASONS.items())
        body = (f'<p>{_e(WORDS["intro"])}</p><h3>{_e(WORDS["found"])}</h3>'
                f'<dl class="facts">{found}</dl>'
                f'<form method="post" action="{_e(base)}/not-a-concern" class="mark-form">'
                f'<fieldset><legend>{_e(WORDS["legend"])}</legend>{choices}</fieldset>'
                f'<label for="mark-note">{_e(WORDS["note_label"])}</label>'
                f'<textarea id="mark-note" name="note" rows="2" minlength="{safety_marks.MIN_NOTE}"'
                f' maxlength="{safety_marks.MAX_NOTE}" required></textarea>'
                f'<p class="meta">{_e(WORDS["keeps"])}</p>'
                f'<button type="submit">{_e(WORDS["button"])}</button></form>')
    return ('<section aria-labelledby="safety-heading" class="panel safety-check">'
            f'<h2 id="safety-heading">{_e(WORDS["heading"])}</h2>{body}</section>')


def _redact(text: Optional[str]) -> str:
    """The words without emails, phone numbers, postcodes (bot/logredact.py's patterns, as
    survey comments), "my name is ..." or a conversation id. The rest of logredact is for
    log lines: it would also rewrite ordinary words after "conversation"."""
    return PREFIXED_ID.sub("[conversation]", redact_comment(" ".join(str(text or "").split())))


def _safe_cell(value: Any) -> Any:
    return safe_cell(value)


def to_csv(marks: List[Dict[str, Any]]) -> str:
    """One row a mark: only what a review of the corpus needs."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for m in marks:
        writer.writerow([_safe_cell(v) for v in (
            f"{aware(m['created_at']):%Y-%m-%d}", m.get("kind") or "", m.get("category") or "",
            m.get("tier") or "", m["reason"], _redact(m["note"]), _redact(m["words"]))])
    return out.getvalue()
