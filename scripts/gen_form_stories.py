"""Writes tests/stories/test_forms.yml: Rasa test stories for whole runs of both assessment
forms (for me, on behalf of someone, carer), changing an answer, pause and carry on by code,
and a care-word question and a hand-off in the middle. Generated from domain.yml's required
slots, so a new question cannot be forgotten. Run: python scripts/gen_form_stories.py
"""
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import form_slots as fs  # noqa: E402
from bot.markers import SKIPPED  # noqa: E402
from bot.assessment.questions import SCREENED, SCREEN_OF  # noqa: E402

OUT = ROOT / "tests" / "stories" / "test_forms.yml"

# What each kind of answer looks like to the dialogue (the intent the person's words get).
ANSWER_INTENTS = {"skip": "skip", "dont_know": "dont_know", "fine": "affirm", "words": "inform",
                  "deny": "deny"}


# Engine steps (safety follow-up, contact details) start as "not needed": not asked here.
ENGINE_SLOTS = fs.ENGINE_SLOT_NAMES


def slots(form):
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    return [s for s in domain["forms"][form]["required_slots"] if s not in ENGINE_SLOTS]


def start(form, intent):
    return [{"intent": intent}, {"action": form}, {"active_loop": form},
            {"slot_was_set": [{"requested_slot": "consent_given"}]},
            {"intent": "affirm"}, {"action": form},
            {"slot_was_set": [{"consent_given": True}]}]


def ask(slot):
    return {"slot_was_set": [{"requested_slot": slot}]}


def answer(form, slot, how="words", value=None):
    steps = [{"intent": ANSWER_INTENTS[how]}, {"action": form}]
    if value is not None:
        steps.append({"slot_was_set": [{slot: value}]})
    return steps


def value_for(slot, i):
    if slot in SCREENED:
        # The first screen of a form is a yes (its areas are asked), the others a no.
        return "yes, some of it" if _first_screen(slot) else "No, that is all fine"
    kind = fs.KIND_OF.get(slot)
    if kind == fs.SCALE:
        return 7
    if kind == fs.OUTCOME and i % 3 == 0:
        return "going fine"
    if i % 5 == 0:
        return SKIPPED
    return f"my own words about {slot}"


def _first_screen(slot):
    return slot == next(s for s in SCREENED if s[:2] == slot[:2])


def how_for(value):
    return {"going fine": "fine", SKIPPED: "skip", "yes, some of it": "fine",
            "No, that is all fine": "deny"}.get(value, "words")


def asked(slot):
    """Deeper Care Act questions are asked only when their screening question opened them."""
    return slot not in SCREEN_OF or _first_screen(SCREEN_OF[slot])


def finish(form):
    return [{"active_loop": None}, {"slot_was_set": [{"requested_slot": None}]},
            {"action": "action_finish_" + form.replace("_form", "")}]


def full_run(form, intent, about=None, interruptions=None):
    steps = start(form, intent)
    interruptions = interruptions or {}
    for i, slot in enumerate(s for s in slots(form) if s != "consent_given" and asked(s)):
        steps.append(ask(slot))
        for extra in interruptions.get(slot, []):
            steps += extra
        if slot == "about":
            steps += [{"intent": "inform", "entities": [{"about": about}]},
                      {"slot_was_set": [{"about": about}]}, {"action": form},
                      {"slot_was_set": [{"about": about}]}]
            continue
        if slot == "summary_confirmed":
            steps += answer(form, slot, "fine", True)
            continue
        value = value_for(slot, i)
        steps += answer(form, slot, how_for(value), value)
    return steps + finish(form)


def interruption(intent, action, form, entities=None):
    user = {"intent": intent}
    if entities:
        user["entities"] = entities
    return [user, {"action": action}, {"action": form}, {"active_loop": form}]


def edit_story():
    form = "self_assessment_form"
    steps = full_run(form, "start_self_assessment", "self")[:-3]
    # Drop the final "yes, that is right" and change one section instead.
    while steps and steps[-1] != ask("summary_confirmed"):
        steps.pop()
    steps += answer(form, "summary_confirmed", "words", False)
    steps += [ask("change_which")]
    steps += answer(form, "change_which", "words", "What matters")
    steps += [{"slot_was_set": [{"sa_what_matters": None}, {"change_which": None},
                                {"summary_confirmed": None}]}]
    steps += [ask("sa_what_matters")]
    steps += answer(form, "sa_what_matters", "words", "my new answer")
    steps += [ask("summary_confirmed")]
    steps += answer(form, "summary_confirmed", "fine", True)
    return steps + finish(form)


def pause_story():
    form = "carer_assessment_form"
    steps = start("carer_assessment_form", "start_carer_assessment")
    steps += [ask("preferred_name")] + answer(form, "preferred_name", "words", "Sam")
    # Pausing leaves the form (answers kept); "carry on" starts it again from the action
    # (a follow-up action, which test stories cannot show), so the story ends there.
    steps += [ask("ca_caring_role"), {"intent": "pause"}, {"action": "action_pause"},
              {"active_loop": None}, {"intent": "resume"}, {"action": "action_resume"}]
    return steps


def main():
    stories = [
        {"story": "a whole self-assessment for me, with skips and 'going fine'",
         "steps": full_run("self_assessment_form", "start_self_assessment", "self")},
        {"story": "a whole self-assessment on behalf of someone I care for",
         "steps": full_run("self_assessment_form", "start_self_assessment",
                           "someone_i_care_for")},
        {"story": "a staff member fills in a self-assessment with a caller",
         "steps": full_run("self_assessment_form", "start_self_assessment",
                           "staff_for_caller")},
        {"story": "a whole carer's assessment, with a care word and a hand-off on the way",
         "steps": full_run("carer_assessment_form", "start_carer_assessment", interruptions={
             "ca_wellbeing": [interruption("explain_term", "action_explain_term",
                                           "carer_assessment_form",
                                           [{"jargon_term": "respite"}])],
             "ca_emergency_plan": [interruption("request_human", "action_handoff",
                                                "carer_assessment_form")],
         })},
        {"story": "changing an answer after the read-back", "steps": edit_story()},
        {"story": "a carer pauses and carries on with a code", "steps": pause_story()},
    ]
    header = ("# Generated by scripts/gen_form_stories.py from domain.yml; do not edit by hand.\n"
              "# Whole runs of the assessment forms and the ways people leave and come back.\n")
    OUT.write_text(header + yaml.safe_dump({"version": "3.1", "stories": stories},
                                           sort_keys=False, allow_unicode=True, width=100))
    print(f"wrote {OUT.relative_to(ROOT)} ({len(stories)} stories)")


if __name__ == "__main__":
    main()
