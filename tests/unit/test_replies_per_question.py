"""Replies real people type, at every question of every form, through the answer-first engine.

The replies live in tests/conversations/replies/*.yml, written as the people in
../shared/personas.md would type them. For each one the engine must do what a person would
expect: keep it as the answer (optionally a given stored ``value``, and other slots it
``sets``), ask again kindly, answer a request and ask the same question again, or hand the
turn to its own rule (interrupt). A kept answer is never a raw button payload, and a
free-text answer keeps the person's own words.
No Rasa server: the real validation classes, their real buttons and their real readers.

An entry marked ``known_gap`` (true, or a list of forms) is a reply the engine gets wrong
today; it is expected to fail (strict xfail), so a fix shows up as an unexpected pass and
the mark is then removed.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest
import yaml

from actions.form_engine import Turn, decide
from actions.forms import (
    ValidateCarerAssessmentForm, ValidateContactForm, ValidateListenForm,
    ValidateSelfAssessmentForm,
)
from actions.survey import ValidateExperienceSurveyForm
from bot import form_slots as fs
from bot.assessment.questions import BY_SLOT, FORMS as QUESTION_TABLES, render
from bot.markers import NOT_SURE, SKIPPED
from bot.surveys.definitions import SURVEYS, question_slot, statement_for_slot
from fake_tracker import FakeTracker

REPLIES_DIR = Path(__file__).resolve().parents[1] / "conversations" / "replies"
MIN_REPLIES = 30
EXPECTS = ("answer", "ask_again", "request", "interrupt")
INTENTS = ("inform", "affirm", "deny", "skip", "dont_know", "greet", "request_human",
           "explain_term", "crisis", "safeguarding_concern", "stop", "pause", "out_of_scope",
           "resume", "thank", "safety_check_in", "complaint")

# Kinds whose answer is the person's own words, kept as typed (unless a value is expected).
OWN_WORDS = (fs.FREE_TEXT, fs.OUTCOME, fs.BEST_TIME)

VALIDATORS = {
    "self_assessment_form": ValidateSelfAssessmentForm(),
    "carer_assessment_form": ValidateCarerAssessmentForm(),
    "experience_survey_form": ValidateExperienceSurveyForm(),
    "listen_form": ValidateListenForm(),
    "contact_form": ValidateContactForm(),
}
# What is already known when each form reaches its questions.
FORM_STATE: Dict[str, Dict[str, Any]] = {
    "self_assessment_form": {"consent_given": True, "about": "self"},
    "carer_assessment_form": {"consent_given": True},
    "experience_survey_form": {},
    "listen_form": {},
    "contact_form": {},
}


def _load() -> Tuple[Dict[str, List[dict]], List[dict]]:
    shared: Dict[str, List[dict]] = {}
    files = []
    for path in sorted(REPLIES_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        shared.update(data.get("shared") or {})
        if data.get("questions"):
            files.append({**data, "file": path.name})
    return shared, files


SHARED, FILES = _load()


def _questions() -> List[dict]:
    """One item per (form, slot, survey) with its replies, shared groups included."""
    out = []
    for data in FILES:
        forms = data.get("forms") or [data["form"]]
        for question in data["questions"]:
            replies: List[dict] = []
            for group in question.get("shared", []):
                replies.extend(SHARED[group])
            replies.extend(question.get("replies") or [])
            for form in question.get("forms") or forms:
                tracker = {**FORM_STATE[form], **(question.get("tracker") or {})}
                label = question.get("label", question["slot"])
                if tracker.get("survey_type") and question["slot"].startswith("sv_q"):
                    label = f"{tracker['survey_type']}:{label}"
                out.append({"form": form, "slot": question["slot"], "label": label,
                            "tracker": tracker, "asks": question.get("asks"),
                            "replies": replies, "file": data["file"]})
    return out


QUESTIONS = _questions()


def what_the_engine_did(form: str, slot: str, tracker_slots: Dict[str, Any],
                        entry: dict) -> Tuple[str, Any, str, Dict[str, Any]]:
    """(answer | ask_again | request | interrupt, stored value, what was said, every slot
    the reply sets)."""
    validator = VALIDATORS[form]
    kind = fs.KIND_OF[slot]
    tracker = FakeTracker(tracker_slots, str(entry["text"]))
    buttons = validator.buttons_for(slot, tracker)
    turn = Turn(entry.get("intent", "inform"), 0.9, str(entry["text"]))
    decision = decide(turn, kind, buttons)
    if decision.action == "interrupt":
        return "interrupt", None, "", {}
    if decision.action == "request":
        said = validator.answer_request(decision.request, slot, tracker, {})
        return "request", decision.request, said, {}
    reading = validator.read(slot, kind, decision.value or "", tracker)
    stored = reading.slots.get(slot)
    if stored is None:
        return "ask_again", None, reading.say or "", dict(reading.slots)
    return "answer", stored, reading.say or "", dict(reading.slots)


def _same_value(wanted: Any, stored: Any) -> bool:
    if isinstance(wanted, dict) and isinstance(stored, str):
        try:
            loaded = json.loads(stored)
        except ValueError:
            return False
        return all(loaded.get(k) == v for k, v in wanted.items())
    return stored == wanted


def mismatch(question: dict, entry: dict) -> Optional[str]:
    """None when the engine did what the entry expects; otherwise what it did instead."""
    got, stored, said, slots = what_the_engine_did(question["form"], question["slot"],
                                                   question["tracker"], entry)
    expect = entry["expect"]
    if got != expect:
        return f"expected {expect}, got {got} ({stored!r}; said {said!r})"
    if got == "answer" and isinstance(stored, str) and stored.startswith("/"):
        return f"stored a button payload as the answer: {stored!r}"
    if got == "answer" and "value" in entry and not _same_value(entry["value"], stored):
        return f"expected value {entry['value']!r}, stored {stored!r}"
    if (got == "answer" and "value" not in entry and str(stored).lower() != entry["text"].lower()
            and fs.KIND_OF[question["slot"]] in OWN_WORDS):
        return f"the person's own words were not kept: stored {stored!r}"
    if got in ("ask_again", "request") and not said.strip():
        return f"{got} without saying anything"
    for other, wanted in (entry.get("sets") or {}).items():
        if not _same_value(wanted, slots.get(other)):
            return f"expected {other}={wanted!r}, set {slots.get(other)!r}"
    return None


def _is_known_gap(entry: dict, form: str) -> bool:
    gap = entry.get("known_gap")
    return gap is True or (isinstance(gap, list) and form in gap)


def _cases():
    for q in QUESTIONS:
        for i, entry in enumerate(q["replies"]):
            marks = []
            if _is_known_gap(entry, q["form"]):
                marks.append(pytest.mark.xfail(strict=True, reason=entry.get(
                    "why", "known gap: the engine gets this reply wrong")))
            yield pytest.param(q, entry, id=f"{q['form']}:{q['label']}:{i}", marks=marks)


@pytest.mark.parametrize("question,entry", list(_cases()))
def test_reply(question, entry):
    problem = mismatch(question, entry)
    assert problem is None, (f"{question['form']} {question['label']} "
                             f"{entry['text']!r}: {problem}")


def test_every_entry_is_well_formed():
    for q in QUESTIONS:
        for entry in q["replies"]:
            assert isinstance(entry.get("text"), str) and entry["text"], entry
            assert entry.get("expect") in EXPECTS, entry
            assert entry.get("intent", "inform") in INTENTS, entry
            if entry.get("known_gap"):
                assert entry.get("why"), f"known gap without a reason: {entry}"


def _expected_questions() -> List[Tuple[str, str]]:
    """Every (form, slot) the forms ask; survey statements once per survey."""
    wanted = []
    for form, slots in fs.FORMS.items():
        for s in slots:
            if s.kind == fs.STATEMENT:
                continue
            wanted.append((form, s.slot))
    for key, survey in SURVEYS.items():
        for i in range(len(survey.statements)):
            wanted.append(("experience_survey_form", f"{key}:{question_slot(i)}"))
    return wanted


def test_every_question_of_every_form_has_at_least_30_replies():
    counts: Dict[Tuple[str, str], int] = {}
    for q in QUESTIONS:
        key = (q["form"], q["label"])
        counts[key] = counts.get(key, 0) + len(q["replies"])
    missing = [k for k in _expected_questions() if counts.get(k, 0) < MIN_REPLIES]
    assert not missing, f"fewer than {MIN_REPLIES} replies: {missing}"


def test_replies_are_written_for_the_question_as_it_is_asked():
    """``asks`` is the question's real wording, so a reworded question flags its replies."""
    for q in QUESTIONS:
        if not q["asks"]:
            continue
        slot, tracker = q["slot"], q["tracker"]
        if slot.startswith("sv_q"):
            real = statement_for_slot(tracker.get("survey_type"), slot).text
        else:
            question = next(x for x in QUESTION_TABLES[q["form"]] if x.slot == slot)
            real = render(question, tracker.get("about"), tracker.get("relationship"),
                          tracker.get("preferred_name"))
        assert q["asks"] == real, f"{q['form']} {slot}: the question now reads {real!r}"
    assert BY_SLOT  # the question table is loaded


def test_every_shape_of_reply_is_tried_at_free_text_questions():
    """Each free-text question hears an answer, a skip, a not sure, a request and a
    safety disclosure, so none of those paths is left untried."""
    heard: Dict[Tuple[str, str], List[dict]] = {}
    for q in QUESTIONS:
        if fs.KIND_OF[q["slot"]] in (fs.FREE_TEXT, fs.OUTCOME):
            heard.setdefault((q["form"], q["slot"]), []).extend(q["replies"])
    assert heard
    for key, replies in heard.items():
        assert {"answer", "request", "interrupt"} <= {e["expect"] for e in replies}, key
        assert {SKIPPED, NOT_SURE} <= {e.get("value") for e in replies}, key
        assert any(e.get("intent") in ("crisis", "safeguarding_concern") for e in replies), key


def report() -> List[str]:
    """One line per reply the engine gets wrong (known gaps and new ones), for whoever fixes
    the engine: `PYTHONPATH=. python tests/unit/test_replies_per_question.py`."""
    lines = []
    for q in QUESTIONS:
        for entry in q["replies"]:
            problem = mismatch(q, entry)
            gap = _is_known_gap(entry, q["form"])
            if problem or gap:
                status = ("known gap" if problem and gap else "NEW" if problem
                          else "FIXED, remove known_gap")
                lines.append(f"{status} | {q['form']} {q['label']} | {entry['text']!r} | "
                             f"{problem or 'now as expected'}")
    return lines


if __name__ == "__main__":
    found = report()
    print("\n".join(found))
    total = sum(len(q["replies"]) for q in QUESTIONS)
    print(f"{total} replies at {len(QUESTIONS)} questions; {len(found)} not as expected")
