"""Builds what a finished assessment leaves behind, in the person's own words.

- ``reflective_lines``: "You told me..." read back before finishing.
- ``build_record``: the structured record (validated against schema/assessment-record.v1.json).
- ``render_html`` / ``render_pdf``: "My strengths and wellbeing", for a phone or a printer.
"""
from __future__ import annotations

import html
import importlib.util
import json
import re
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

import jsonschema

from bot.assessment.questions import SCREEN_OF, Question, relation_phrase, render
from bot.answer_kinds import SCALE
from bot.markers import NOT_ASKED, NOT_ASKED_YET, NOT_RAISED, NOT_SURE, SKIPPED, answered

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "assessment-record.v1.json"
SCHEMA_VERSION = "1.5"
GOING_FINE = "Going fine"
CONFIRM_QUESTION = "Is that right? You can change any part before we finish."
CHANGE_QUESTION = "Which part would you like to change?"
# A part with several answers: only the one they choose is asked again.
CHANGE_ANSWER_QUESTION = "Which answer would you like to change? I will keep the others."
CHANGING_ONE = "OK. I will ask that one again and keep the rest."


def change_answer_intro(section: str) -> str:
    return f"In {section}, you told me:"
# The way out at that question: the read-back is kept as it is.
CHANGE_NOTHING_BUTTON = {"title": "Nothing, it is right", "payload": "/affirm"}
KEPT_AS_IT_IS = "That is fine. I will keep it as it is."
CONFIRM_BUTTONS = [
    {"title": "Yes, that is right", "payload": "/affirm"},
    {"title": "I want to change something", "payload": "/deny"},
]
TITLES = {
    "self_assessment_form": "My strengths and wellbeing",
    "carer_assessment_form": "My caring, my strengths and my wellbeing",
}


def not_asked(slot: str, value: Any) -> bool:
    """A deeper question never reached: its screening question was not answered yet (a pause,
    a stop, "skip the rest"), or it was opened and the form ended first. Its start value,
    "not needed", says nothing about the person's needs."""
    return slot in SCREEN_OF and value in (None, NOT_ASKED, NOT_ASKED_YET)


def sections(questions: Iterable[Question]) -> List[str]:
    """Section headings in order, each once."""
    seen: List[str] = []
    for q in questions:
        if q.section not in seen and q.slot != "preferred_name":
            seen.append(q.section)
    return seen


def slots_in_section(questions: Iterable[Question], section: str) -> List[str]:
    return [q.slot for q in questions if q.section == section]


READ_BACK_CHARS = 200
LONGEST_SENTENCE = 400


def whole_sentences(text: str, limit: int = READ_BACK_CHARS) -> str:
    """An answer shortened for the read-back at the end of a sentence, never in the middle
    of one ("...I do the lot and I" was read back to a carer): whole sentences up to
    ``limit``; a first sentence longer than that is kept whole (up to LONGEST_SENTENCE, then
    cut at a word with "...")."""
    text = str(text).strip()
    if len(text) <= limit:
        return text
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", text)]
    fits = [e for e in ends if e <= limit]
    if fits:
        return text[:fits[-1]].strip() + " ..."
    first = ends[0] if ends else len(text)
    if first <= LONGEST_SENTENCE:
        return text[:first].strip() + (" ..." if first < len(text) else "")
    return text[:LONGEST_SENTENCE].rsplit(" ", 1)[0].rstrip(",;") + " ..."


def reflective_lines(questions: List[Question], answers: Dict[str, Any],
                     about: Optional[str], relationship: Optional[str],
                     name: Optional[str]) -> List[str]:
    """A short read-back using the person's own words, section by section."""
    who = relation_phrase(about, relationship, name)
    opener = "You told me:" if who == "you" else f"You told me about {who}:"
    lines = [opener]
    for section in sections(questions):
        said = [str(display(q, answers.get(q.slot))) for q in questions
                if q.section == section and answered(answers.get(q.slot))
                and answers.get(q.slot) != GOING_FINE]
        if said:
            lines.append(f"- {section}: " + " / ".join(whole_sentences(s) for s in said))
    if len(lines) == 1:
        lines.append("- Nothing yet. That is fine.")
    return lines


@lru_cache(maxsize=1)
def schema() -> Dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


COMPLETED_BY = {"self": "the_person", "someone_i_care_for": "someone_on_their_behalf",
                "staff_for_caller": "adviser_with_caller"}


def display(question: Question, value: Any) -> Optional[str]:
    """The answer as a reader sees it: scales say "6 out of 10"."""
    if value is None:
        return None
    if question.kind == SCALE and str(value).isdigit():
        return f"{value} out of 10"
    return str(value)


def build_record(form: str, questions: List[Question], answers: Dict[str, Any], *,
                 about: Optional[str], relationship: Optional[str], channel: str,
                 consent: bool, suggestions: Optional[List[Dict[str, str]]] = None,
                 now: Optional[datetime] = None, flagged: Iterable[str] = (),
                 follow_up: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
    """The structured record for the case system and the staff console.

    Every answer carries the question as asked; ``flagged`` names the questions whose answer
    held a disclosure, and ``follow_up`` lists what staff must act on (disclosures, contact
    instructions, things the person asked for).
    """
    now = now or datetime.now(tz=timezone.utc)
    kind = "carer_assessment" if form == "carer_assessment_form" else "self_assessment"
    answered_by = "self" if kind == "carer_assessment" else (about or "self")
    flagged = set(flagged)
    sections_out = []
    for section in sections(questions):
        items = []
        for q in questions:
            if q.section != section:
                continue
            value = answers.get(q.slot)
            unasked = not_asked(q.slot, value)
            if unasked:
                value = NOT_ASKED_YET
            items.append({
                "question_id": q.slot,
                "question": render(q, answered_by, relationship,
                                   answers.get("preferred_name") if answered(
                                       answers.get("preferred_name")) else None),
                "answer": None if value is None else str(value),
                "display": display(q, value),
                "skipped": value in (None, SKIPPED),
                "not_sure": value == NOT_SURE,
                "not_raised": value == NOT_RAISED,
                "not_asked": unasked,
                "flagged": q.slot in flagged,
                **({"outcome": q.outcome} if q.outcome else {}),
            })
        sections_out.append({"title": section, "answers": items})
    outcomes = sorted(q.outcome for q in questions
                      if q.outcome and answered(answers.get(q.slot))
                      and answers.get(q.slot) != GOING_FINE)
    scale = next((answers.get(q.slot) for q in questions if q.kind == SCALE), None)
    record = {
        "schema_version": SCHEMA_VERSION,
        "kind": kind,
        "created_at": now.isoformat(),
        "answered_by": answered_by,
        "relationship": relationship,
        "preferred_name": answers.get("preferred_name")
        if answered(answers.get("preferred_name")) else None,
        "channel": channel,
        "consent": {"given": bool(consent), "recorded_at": now.isoformat()},
        "sections": sections_out,
        "care_act_outcomes_to_talk_about": outcomes,
        "scale_now": int(scale) if str(scale or "").isdigit() else None,
        "what_next": answers.get("sa_what_next") or answers.get("ca_what_would_help"),
        "directory_suggestions": suggestions or [],
        "completed_by": {"who": COMPLETED_BY.get(answered_by, "the_person"),
                         "relationship": relationship if answered_by != "self" else None},
        "to_follow_up": list(follow_up or []),
    }
    jsonschema.validate(record, schema())
    return record


def _lines_for_document(record: Dict[str, Any]) -> List[tuple]:
    """(section, [(question, answer as shown)]) for every answered question."""
    rows = []
    for section in record["sections"]:
        said = [(a.get("question") or "", a.get("display") or a["answer"])
                for a in section["answers"] if a["answer"] and not a["skipped"]
                and a["answer"] not in (NOT_SURE, NOT_RAISED, NOT_ASKED_YET, NOT_ASKED)]
        if said:
            rows.append((section["title"], said))
    return rows


WHO_WROTE = {
    "the_person": "These are your own words.",
    "someone_on_their_behalf": "Filled in by {who} on {poss} behalf. These are not {poss} own "
                               "words.",
    "adviser_with_caller": "Filled in by an adviser with the caller, in the caller's words.",
}


# on_behalf answers as the summary says them.
AGREEMENT_WORDS = {
    "agrees": "Yes, they know and agree.",
    "present": "They were there while this was filled in.",
    "cannot_decide": "They cannot decide this themselves. Check who has legal power to "
                     "decide for them, or make a best-interests decision.",
    "not_yet": "Not yet. Check with them before anything is decided.",
}


# The record's relationship is the PERSON's, as the helper named them ("my mum"); the summary
# names the HELPER, so the relation turns round: mum -> "her son or daughter". The helper's
# own sex is not known, so both words are given.
HERS = {"mum", "mother", "stepmum", "wife", "girlfriend", "daughter", "stepdaughter", "sister",
        "nan", "gran", "grandma", "grandmother", "granddaughter", "aunt", "niece",
        "mother-in-law", "sister-in-law", "daughter-in-law"}
HIS = {"dad", "father", "stepdad", "husband", "boyfriend", "son", "stepson", "brother",
       "grandad", "grandfather", "grandson", "uncle", "nephew", "father-in-law",
       "brother-in-law", "son-in-law"}
HELPER_OF = {
    **dict.fromkeys(("mum", "mother", "dad", "father", "stepmum", "stepdad", "parent",
                     "parents"), "son or daughter"),
    **dict.fromkeys(("husband", "wife", "partner", "boyfriend", "girlfriend"), "partner"),
    **dict.fromkeys(("son", "daughter", "child", "stepson", "stepdaughter"), "mum or dad"),
    **dict.fromkeys(("brother", "sister"), "brother or sister"),
    **dict.fromkeys(("nan", "gran", "grandma", "grandmother", "grandad", "grandfather",
                     "grandparents"), "grandchild"),
    **dict.fromkeys(("grandson", "granddaughter"), "grandparent"),
    **dict.fromkeys(("aunt", "uncle"), "niece or nephew"),
    **dict.fromkeys(("niece", "nephew"), "aunt or uncle"),
    **dict.fromkeys(("mother-in-law", "father-in-law", "in-laws"), "son-in-law or daughter-in-law"),
    **dict.fromkeys(("son-in-law", "daughter-in-law"), "mother-in-law or father-in-law"),
    **dict.fromkeys(("brother-in-law", "sister-in-law"), "brother-in-law or sister-in-law"),
    **{same: same for same in ("cousin", "friend", "neighbour", "relative")},
}


def helper_phrase(relationship: Optional[str]) -> Tuple[str, str]:
    """(who filled it in, the person's possessive): ("her son or daughter", "her")."""
    rel = (relationship or "").strip().lower()
    poss = "her" if rel in HERS else "his" if rel in HIS else "their"
    helper = HELPER_OF.get(rel)
    return (f"{poss} {helper}" if helper else "someone who knows them"), poss


def completed_by_line(record: Dict[str, Any]) -> str:
    """Who completed the record and whose words it holds: the helper, named from the person."""
    by = record.get("completed_by") or {"who": "the_person"}
    who, poss = helper_phrase(by.get("relationship"))
    line = WHO_WROTE.get(by["who"], WHO_WROTE["the_person"])
    return line.format(who=who, poss=poss)


def follow_up_lines(record: Dict[str, Any]) -> List[str]:
    labels = {"disclosure": "Said to us", "contact": "How to contact",
              "asked_for": "Asked for", "wish": "What they would like to happen",
              "agreement": "Do they know and agree",
              "helper_need": "About the person helping",
              "next_step": "Their own next step", "noted": "Also told us",
              "risk": "Risk"}
    return [f"{labels.get(item['kind'], 'Note')}: {item['text']}"
            for item in record.get("to_follow_up") or []]


def render_html(record: Dict[str, Any], council_name: str) -> str:
    """A self-contained page that reads well on a phone and prints cleanly."""
    title = TITLES["carer_assessment_form" if record["kind"] == "carer_assessment"
                   else "self_assessment_form"]
    esc = html.escape
    parts = [
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{esc(title)}</title><style>",
        "body{font-family:Arial,Helvetica,sans-serif;font-size:1.1rem;line-height:1.5;",
        "max-width:40rem;margin:1rem auto;padding:0 1rem;color:#0b0c0c}",
        "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.5rem}",
        "@media print{body{margin:0}}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f"<p>Written with {esc(council_name)}'s care and support helper on "
        f"{esc(record['created_at'][:10])}. {esc(completed_by_line(record))}</p>",
    ]
    if record.get("preferred_name"):
        parts.append(f"<p>Name I like to be called: <strong>{esc(record['preferred_name'])}"
                     "</strong></p>")
    for heading, said in _lines_for_document(record):
        parts.append(f"<h2>{esc(heading)}</h2><dl>")
        parts += [f"<dt>{esc(q)}</dt><dd>{esc(a)}</dd>" for q, a in said]
        parts.append("</dl>")
    if record.get("to_follow_up"):
        parts.append("<h2>To follow up</h2><ul>")
        parts += [f"<li>{esc(line)}</li>" for line in follow_up_lines(record)]
        parts.append("</ul>")
    if record.get("directory_suggestions"):
        parts.append("<h2>Local help you might like</h2><ul>")
        for s in record["directory_suggestions"]:
            parts.append(f"<li>{esc(s.get('name', ''))}: {esc(s.get('contact', ''))}</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "".join(parts)


def _font_path() -> Optional[Path]:
    """DejaVu Sans, the Unicode font matplotlib ships in its data folder. Found without
    importing matplotlib, which would stay in the action server's memory (about 9 MB) after
    its first PDF for nothing but this path."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        return None
    path = (Path(list(spec.submodule_search_locations)[0]) / "mpl-data" / "fonts" / "ttf"
            / "DejaVuSans.ttf")
    return path if path.exists() else None


def render_pdf(record: Dict[str, Any], council_name: str) -> bytes:
    """The same summary as a printable PDF (fpdf2, with a Unicode font shipped in the venv)."""
    # Lazy: fpdf only when a PDF is made.
    from fpdf import FPDF

    title = TITLES["carer_assessment_form" if record["kind"] == "carer_assessment"
                   else "self_assessment_form"]
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    font = _font_path()
    family = "Helvetica"
    if font:
        pdf.add_font("DejaVu", "", str(font))
        family = "DejaVu"
    pdf.set_font(family, size=20)
    pdf.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=12)
    pdf.multi_cell(0, 7, written_with(council_name, record), new_x="LMARGIN", new_y="NEXT")
    if record.get("preferred_name"):
        pdf.multi_cell(0, 7, f"Name I like to be called: {record['preferred_name']}",
                       new_x="LMARGIN", new_y="NEXT")
    for heading, said in _lines_for_document(record):
        pdf.ln(3)
        pdf.set_font(family, size=15)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, size=12)
        for question, answer in said:
            for line in (question, f"- {answer}"):
                text = line if font else line.encode("latin-1", "replace").decode("latin-1")
                pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    follow = follow_up_lines(record)
    if follow:
        pdf.ln(3)
        pdf.set_font(family, size=15)
        pdf.multi_cell(0, 8, "To follow up", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, size=12)
        for line in follow:
            text = line if font else line.encode("latin-1", "replace").decode("latin-1")
            pdf.multi_cell(0, 7, f"- {text}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def written_with(council_name: str, record: Dict[str, Any]) -> str:
    return (f"Written with {council_name}'s care and support helper on "
            f"{record['created_at'][:10]}. {completed_by_line(record)}")


def all_texts() -> Dict[str, str]:
    """The summary's own sentences (questions come from bot.assessment.questions)."""
    sample = {"completed_by": {"who": "someone_on_their_behalf", "relationship": "daughter"},
              "created_at": "2026-05-04T10:00:00"}
    return {"summary.confirm": CONFIRM_QUESTION, "summary.change": CHANGE_QUESTION,
            "summary.change_answer": CHANGE_ANSWER_QUESTION, "summary.changing_one": CHANGING_ONE,
            "summary.change_answer_intro": change_answer_intro("Day-to-day life"),
            "summary.kept": KEPT_AS_IT_IS, "summary.change_nothing": CHANGE_NOTHING_BUTTON["title"],
            **{f"summary.button:{b['title']}": b["title"] for b in CONFIRM_BUTTONS},
            "summary.written_with": written_with("Exampleshire Council", sample),
            "summary.who_wrote:the_person": WHO_WROTE["the_person"],
            "summary.who_wrote:someone_on_their_behalf": completed_by_line(sample),
            "summary.who_wrote:adviser_with_caller": WHO_WROTE["adviser_with_caller"],
            **{f"summary.title:{kind}": title for kind, title in TITLES.items()}}
