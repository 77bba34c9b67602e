"""The staff page for plain words: paste a letter or a record, see what to change.

Findings from jargon.check are shown over the text itself (jargon, words to avoid, long
sentences), with suggestions; ``?format=json`` or ``Accept: application/json`` returns the
same findings as data for other tools. Nothing pasted here is stored or logged.
"""
from __future__ import annotations

import html
from typing import List, Tuple

from jargon.check import Findings, check_text

MAX_CHARS = 20000

FORM = """<p>Paste a letter, a record or a web page. You will see jargon to explain, words to
avoid and sentences that are hard to read. Nothing you paste is kept.</p>
<form method="post" action="/console/plain-words">
<label for="text">Text to check</label>
<textarea id="text" name="text" rows="10">{text}</textarea>
<button type="submit">Check the words</button></form>"""


def _marks(found: Findings) -> List[Tuple[int, int, str, str]]:
    spans = [(j.start, j.end, "jargon", f"{j.headword}: {j.explanation}")
             for j in found.jargon if not j.explained]
    spans += [(a.start, a.end, "avoid", f'Say "{a.better}". {a.reason}') for a in found.avoid]
    spans.sort()
    kept, last_end = [], -1
    for span in spans:  # one mark per place: a word to avoid wins over jargon at the same spot
        if span[0] >= last_end:
            kept.append(span)
            last_end = span[1]
    return kept


def highlighted(found: Findings) -> str:
    """The text as HTML with <mark> around each finding; every piece is escaped."""
    text, out, at = found.text, [], 0
    for start, end, kind, note in _marks(found):
        out.append(html.escape(text[at:start]))
        out.append(f'<mark class="{kind}" title="{html.escape(note)}">'
                   f"{html.escape(text[start:end])}</mark>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def report_html(found: Findings) -> str:
    m = found.message
    figures = (f"<p>{m.words} words in {m.sentences} sentences. Reading grade {m.grade} "
               f"(aim for {found.thresholds.max_grade} or lower). Reading ease {m.reading_ease}.</p>")
    verdict = ("<p><strong>This reads as plain English.</strong></p>" if found.ok else
               "<p><strong>Some things to change:</strong></p>")
    items = "".join(f"<li>{html.escape(p)}</li>" for p in found.problems())
    explained = "".join(
        f"<li><strong>{html.escape(j.text)}</strong>: {html.escape(j.explanation)}</li>"
        for j in found.jargon)
    return (verdict + figures + (f"<ul>{items}</ul>" if items else "")
            + f'<h2>Your text</h2><div class="checked">{highlighted(found)}</div>'
            + (f"<h2>Care words in it</h2><ul>{explained}</ul>" if explained else ""))


def check(text: str) -> Findings:
    return check_text(text[:MAX_CHARS])
