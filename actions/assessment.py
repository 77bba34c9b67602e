"""Asking the assessment questions, reading back "You told me...", and changing an answer.

One generic ask action per question slot is made from the table in bot/assessment/questions.py,
so the wording for "me", "someone I look after" and "a caller" lives in one place.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, Events, note_conversation_details, TrackerAction
from actions.form_engine import contact_from, contact_summary, told_before_screen
from actions.language_need import language_lines
from actions.waiting import danger_told_here, open_handoff
from bot import form_slots as fs
from bot import easy_read, form_words
from bot import listening, ropes, settings, store, texts
from bot.answers import own_needs
from bot.answers.handoff_story import risks_in
from bot.answers.said_to_bot import told_line
from bot.answers.sections import AnswerChoice
from bot.answers.screens import HARD_EARLIER, told_already
from bot.assessment import summary
from bot.assessment.questions import (BY_SLOT, FORMS, SCREEN_OF, SCREENS, Question,
                                      relation_phrase, render, screen_after_told)
from bot.directory import saved
from bot.directory.search import categorise, search_services
from bot.directory.textmatch import relevance
from bot.reflect_answer import Voice

CONFIRM_BUTTONS = summary.CONFIRM_BUTTONS


def voice(tracker: Tracker) -> Dict[str, Any]:
    about = tracker.get_slot("about")
    if tracker.active_loop_name == "carer_assessment_form":
        about = "self"
    return {"about": about, "relationship": tracker.get_slot("relationship"),
            "name": tracker.get_slot("preferred_name")}


# Earlier answers that may hold an idea to build on (ROPES: options and possibilities).
IDEA_SOURCES = ("sa_what_matters", "sa_good_day", "sa_tried", "sa_community", "sa_people",
                "sa_proud_of", "sa_good_at", "sa_working_well")


def idea_from_earlier(tracker: Tracker) -> Optional[str]:
    """ "You said singing in the choir meant a lot. Could that be one idea?" from what the
    person already said, so the options question builds on their own words."""
    for slot in IDEA_SOURCES:
        said = tracker.get_slot(slot)
        if not summary.answered(said):
            continue
        lead = listening.idea_lead(str(said))
        if lead:
            return lead
    return None


# ROPES: the questions where options that follow from earlier answers are offered.
OPTION_QUESTIONS = {"sa_options": "self_assessment_form",
                    "ca_what_would_help": "carer_assessment_form"}


def options_offered(tracker: Tracker, slot: str) -> List[ropes.Option]:
    """The options (bot/ropes.py) that follow from what the person said before ``slot``:
    a job, a lost activity, company, a break; none at other questions."""
    form = OPTION_QUESTIONS.get(slot)
    if not form:
        return []
    earlier = []
    for question in FORMS[form]:
        if question.slot == slot:
            break
        said = tracker.get_slot(question.slot)
        if summary.answered(said) and isinstance(said, str):
            earlier.append(said)
    v = voice(tracker)
    about_self = v["about"] in (None, "self")
    return ropes.options_from(earlier, carer=form == "carer_assessment_form",
                              voice=Voice(about_self))


def option_buttons(tracker: Tracker, slot: str) -> List[Dict[str, str]]:
    """The options as buttons (pressing one keeps its words as the answer)."""
    return [{"title": o.title, "payload": o.title} for o in options_offered(tracker, slot)]


def try_question(tracker: Tracker) -> str:
    """ "What would you like to try?", or "What would Peggy like to try?"."""
    v = voice(tracker)
    return ropes.TRY_QUESTION.format(who=relation_phrase(v["about"], v["relationship"],
                                                         v["name"]))


def ask(dispatcher: CollectingDispatcher, tracker: Tracker, question: Question) -> None:
    v = voice(tracker)
    offered = option_buttons(tracker, question.slot)
    if offered:
        # Options tied to what they said, then their own choice: their next step.
        dispatcher.utter_message(text="\n".join(ropes.option_lines(
            options_offered(tracker, question.slot))))
        dispatcher.utter_message(text=try_question(tracker), buttons=offered + [
            {"title": t, "payload": p} for t, p in question.buttons])
        return
    if question.slot == "sa_options":
        lead = idea_from_earlier(tracker)
        if lead:
            dispatcher.utter_message(text=lead)
    text = render(question, v["about"], v["relationship"], v["name"])
    buttons = [{"title": t, "payload": p} for t, p in question.buttons]
    earlier = told_before_screen(question.slot, tracker) if question.slot in SCREENS else {}
    if earlier:
        # "he cant wash himself" said before: said back, and only the rest asked about.
        lines = screen_after_told(SCREENS[question.slot], earlier, v["about"],
                                  v["relationship"], v["name"])
        for line in lines[:-1]:
            dispatcher.utter_message(text=line)
        text = lines[-1]
    told = told_in_screen(tracker, question.slot)
    if told:
        # "I never see anyone" said at the screening question: said back, and only what
        # would help is asked (never "how is keeping in touch going?" again).
        text = told_line(text.split(":", 1)[0], told)
        buttons = [b for b in buttons if b["payload"] != "/affirm"]
    simpler = simpler_question(text) if asked_what_it_means(tracker, question.slot) else None
    for line in (simpler or [])[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=simpler[-1] if simpler else text, buttons=buttons or None)


def next_question_text(tracker: Tracker, form: str) -> Optional[str]:
    """The form's next question not yet answered, in the person's voice ("What does a good
    day look like for Ron?"), or None when every one is answered (or it is no assessment)."""
    if form not in FORMS:
        return None
    v = voice(tracker)
    for question in FORMS[form]:
        if tracker.get_slot(question.slot) is None:
            return render(question, v["about"], v["relationship"], v["name"])
    return None


def asked_what_it_means(tracker: Tracker, slot: str) -> bool:
    """ "what do you mean?" was the reply to this question just now."""
    return tracker.get_slot("turn_note") == f"{slot}:what_mean"


def simpler_question(text: str) -> Optional[List[str]]:
    """The question in easy read (hand-written, or by rule), when that says it differently."""
    easier = easy_read.easy_version(text)
    return easier if easier and " ".join(easier) != text else None


def told_in_screen(tracker: Tracker, slot: str) -> Optional[str]:
    """The person's words about this area in their screening answer, when that answer told
    about two areas or more (bot/answers/screens.py told_already); else their words before
    the screen that said this area is hard ("he cant wash himself")."""
    screen = SCREEN_OF.get(slot)
    if not screen:
        return None
    code = slot.split("_outcome_", 1)[1]
    said = tracker.get_slot(screen)
    if said and isinstance(said, str) and not said.startswith("/"):
        told = told_already(SCREENS[screen], said).get(code)
        if told:
            return told
    state, words = told_before_screen(screen, tracker).get(code, ("", ""))
    return words if state == HARD_EARLIER else None


def _make_ask_action(slot: str) -> type:
    class _Ask(TrackerAction):
        action = f"action_ask_{slot}"

        async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
            # The same slot can be worded differently in each form (the name question).
            own = [q for q in FORMS.get(tracker.active_loop_name or "", []) if q.slot == slot]
            ask(dispatcher, tracker, own[0] if own else BY_SLOT[slot])
            return []

    _Ask.__name__ = f"ActionAsk_{slot}"
    _Ask.__doc__ = f"Asks {slot} in the right voice."
    return _Ask


ASK_ACTIONS = [_make_ask_action(slot) for slot in BY_SLOT]


def form_answers(tracker: Tracker, form: str) -> Dict[str, Any]:
    return {q.slot: tracker.get_slot(q.slot) for q in FORMS[form]}


class ActionAskSummaryConfirmed(TrackerAction):
    """Reads back a short reflective summary in the person's own words."""
    action = "action_ask_summary_confirmed"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        form = tracker.active_loop_name or "self_assessment_form"
        v = voice(tracker)
        lines = summary.reflective_lines(FORMS[form], form_answers(tracker, form),
                                         v["about"], v["relationship"], v["name"])
        # "mama speaks only polish": a language need said in the chat is read back too.
        lines += [f"- Language: {line}" for line in language_lines(tracker.sender_id)]
        dispatcher.utter_message(text="\n".join(lines))
        dispatcher.utter_message(text=summary.CONFIRM_QUESTION, buttons=CONFIRM_BUTTONS)
        return []


# turn_note while a part with several answers is open for a change ("Day-to-day life"):
# the next reply names one answer in it, and only that one is asked again.
CHANGING_IN_PART = "change_which:part:"


def answer_label(question: Question) -> str:
    """An answer's short name in the read-back: its Care Act area ("Keeping clean"), else
    its part ("People")."""
    return question.text.split(":", 1)[0] if question.outcome else question.section


def answer_choices(form: str, section: Optional[str] = None) -> List[AnswerChoice]:
    """The answers a change can be about, in one part or (None) among the Care Act areas,
    with the words that name each area ("wash", "stairs"): never a screening question,
    which only opens the areas."""
    clues = {f"{slot[:2]}_outcome_{code}": words for slot, screen in SCREENS.items()
             for code, words in screen.areas}
    return [(q.slot, answer_label(q), clues.get(q.slot, ()))
            for q in FORMS[form] if q.slot not in SCREENS and q.slot != "preferred_name"
            and (q.section == section if section else q.slot in SCREEN_OF)]


def answers_to_change(form: str, section: str, answers: Dict[str, Any]) -> List[Question]:
    """The answers given in a part, as buttons to choose one (every area when none was)."""
    given = [q for q in FORMS[form] if q.section == section and q.slot not in SCREENS
             and summary.answered(answers.get(q.slot))]
    return given or [q for q in FORMS[form] if q.section == section and q.slot in SCREEN_OF]


def part_being_changed(tracker: Tracker) -> Optional[str]:
    note = str(tracker.get_slot("turn_note") or "")
    return note[len(CHANGING_IN_PART):] if note.startswith(CHANGING_IN_PART) else None


def change_answer_buttons(form: str, tracker: Tracker) -> List[Dict[str, str]]:
    """While a part is open for a change: one button for each answer in it."""
    part = part_being_changed(tracker)
    if not part:
        return []
    return [{"title": answer_label(q), "payload": answer_label(q)}
            for q in answers_to_change(form, part, form_answers(tracker, form))]


def change_buttons(form: str) -> List[Dict[str, str]]:
    """The parts of the read-back, and a way out for changing nothing."""
    return [{"title": s, "payload": s} for s in summary.sections(FORMS[form])] + [
        summary.CHANGE_NOTHING_BUTTON]


class ActionAskChangeWhich(TrackerAction):
    """Which part to change; in a part with several answers, which answer in it (each read
    back), so only that one is asked again and the others are kept."""
    action = "action_ask_change_which"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        form = tracker.active_loop_name or "self_assessment_form"
        part = part_being_changed(tracker)
        if part:
            answers = form_answers(tracker, form)
            lines = [summary.change_answer_intro(part)] + [
                f"- {answer_label(q)}: {summary.whole_sentences(str(answers.get(q.slot)))}"
                for q in answers_to_change(form, part, answers)
                if summary.answered(answers.get(q.slot))]
            if len(lines) > 1:
                dispatcher.utter_message(text="\n".join(lines))
            dispatcher.utter_message(text=summary.CHANGE_ANSWER_QUESTION,
                                     buttons=change_answer_buttons(form, tracker)
                                     + [summary.CHANGE_NOTHING_BUTTON])
            return []
        dispatcher.utter_message(text=summary.CHANGE_QUESTION, buttons=change_buttons(form))
        return []


def _suggestion_text(answers: Dict[str, Any]) -> str:
    keys = ("sa_what_matters", "sa_small_step", "ca_what_would_help",
            "ca_what_matters", "ca_wellbeing")
    return " ".join(str(answers.get(k) or "") for k in keys if summary.answered(answers.get(k)))


def option_slot(form: str) -> str:
    return next(s for s, f in OPTION_QUESTIONS.items() if f == form)


def options_taken(form: str, answers: Dict[str, Any]) -> Tuple[List[ropes.Option],
                                                                List[ropes.Option]]:
    """(the options the person chose at the ROPES question, the others offered). Every
    option their answer names is chosen ("alarm yes good. and shower seat and rail": the
    alarm and equipment); the others are the nearest alternatives when the directory has
    nothing for their choice. ([], []) when they chose none."""
    slot = option_slot(form)
    earlier = []
    for question in FORMS[form]:
        if question.slot == slot:
            break
        if summary.answered(answers.get(question.slot)):
            earlier.append(str(answers[question.slot]))
    offered = ropes.options_from(earlier, carer=form == "carer_assessment_form")
    chosen = ropes.options_named(answers.get(slot), offered) \
        if summary.answered(answers.get(slot)) else []
    return (chosen, [o for o in offered if o not in chosen]) if chosen else ([], [])


def options_said(form: str, answers: Dict[str, Any]) -> List[ropes.Option]:
    """With no choice made: the options named where they said what matters or what would
    help, else anywhere in the form (a commode, help with the nights, a job)."""
    carer = form == "carer_assessment_form"
    said = [str(v) for k, v in answers.items() if summary.answered(v) and isinstance(v, str)
            and k.startswith(("sa_", "ca_"))]
    return ropes.options_from([_suggestion_text(answers)], carer=carer) or \
        ropes.options_from(said, carer=carer)


def _entry(service: Any, category: str) -> Dict[str, str]:
    return {"id": str(service.id), "name": service.name, "category": category,
            "contact": service.phone or service.url or service.email or ""}


async def services_for(option: ropes.Option, postcode: Any) -> List[Dict[str, str]]:
    """Local services that really match an option's words (not the heading's first few)."""
    outcome = await search_services(option.category, option.query, postcode, page=1)
    return [_entry(s, option.category) for s in outcome.results
            if relevance(option.query, name=s.name, description=s.description,
                         keywords=s.keywords)][:3]


# Options the council itself answers (an OT visit, care at night): chosen, they are kept as
# plain information with the council's number, beside any local service.
FROM_THE_COUNCIL = {"equipment": texts.OT_FROM_THE_COUNCIL,
                    "nights": texts.NIGHTS_FROM_THE_COUNCIL}
MOST_SUGGESTIONS = 4


def council_entry(option: ropes.Option) -> Dict[str, str]:
    return {"id": f"council:{option.key}", "name": FROM_THE_COUNCIL[option.key],
            "category": option.category,
            "contact": str(settings.get("council.adult_social_care_phone", ""))}


async def suggestions_for(options: List[ropes.Option], postcode: Any) -> List[Dict[str, str]]:
    """For each option in turn its best local service (and what the council does, for an
    OT visit or nights), then more of each, at most ``MOST_SUGGESTIONS``."""
    found = [await services_for(o, postcode) for o in options]
    picked: List[Dict[str, str]] = []
    for option, services in zip(options, found):
        picked += services[:1]
        if option.key in FROM_THE_COUNCIL:
            picked.append(council_entry(option))
    for services in found:
        picked += services[1:]
    return saved.merge([], picked)[:MOST_SUGGESTIONS]


async def directory_suggestions(form: str, answers: Dict[str, Any],
                                postcode: Any) -> List[Dict[str, str]]:
    """Local help for what the person chose to try (else the next option offered), else
    for what they named in the form, else services matching their own words; never the
    first few of a heading that match nothing they said (round ten: a carer who asked for
    help with nights was shown a bereavement group, a woman who named a shower seat, a
    rail and a male carer only an alarm)."""
    chosen, others = options_taken(form, answers)
    if chosen:
        found = await suggestions_for(chosen, postcode)
        if found:
            return found
        for option in others:
            found = await services_for(option, postcode)
            if found:
                return found
    said = options_said(form, answers)
    if said:
        found = await suggestions_for(said, postcode)
        if found:
            return found
    words = _suggestion_text(answers)
    if not words:
        return []
    outcome = await search_services(categorise(words), words, postcode, page=1)
    return [_entry(s, s.category or "") for s in outcome.results
            if relevance(words, name=s.name, description=s.description,
                         keywords=s.keywords)][:3]


def carer_at_breaking_point(answers: Dict[str, Any]) -> bool:
    """Low score, 'I need things to change', or strain in their own words."""
    score = str(answers.get("ca_scale_now") or "")
    if score.isdigit() and int(score) <= 4:
        return True
    if str(answers.get("ca_willing_able") or "").startswith(("No,", "I want to, but")):
        return True
    return any("carer_strain" in listening.themes_in(str(answers.get(k) or ""))
               for k in ("ca_wellbeing", "ca_caring_role", "ca_what_would_help",
                         "ca_outcome_own_time"))


def wants_a_call(answers: Dict[str, Any]) -> bool:
    return "call" in str(answers.get("sa_what_next") or "").lower()


def follow_ups(tracker: Tracker, answers: Dict[str, Any]):
    """Which answers held a disclosure, and what staff must act on, from this conversation's
    safety and contact records and what the person asked for."""
    flagged, items = set(), []
    for row in store.records_for(tracker.sender_id):
        data = row.get("data") if isinstance(row.get("data"), dict) else row
        kind = row.get("kind")
        if kind == "safety":
            if data.get("question"):
                flagged.add(data["question"])
            item = {"kind": "disclosure", "text": str(data.get("words", ""))[:2000],
                    "category": data.get("category"), "at": data.get("at")}
            if data.get("not_a_concern"):
                # Kept for staff, marked with what the person said and when (issue 12).
                item["not_a_concern"] = data["not_a_concern"]
            items.append(item)
        elif kind == "helper_need":
            items.append({"kind": "helper_need", "text": str(data.get("words", ""))[:2000]})
        elif kind == "safety_wish":
            items.append({"kind": "wish", "text": str(data.get("wish", ""))[:2000]})
        elif kind == "noted":
            # Said in the chat, not in an answer, and asked about ("did you get that about
            # the gas?"): kept for staff (actions/form_engine.py said_back).
            items.append({"kind": "noted", "text": str(data.get("words", ""))[:2000]})
        elif kind == "contact":
            items.append({"kind": "contact",
                          "text": form_words.contact_read_back(data.get("contact") or {})})
    agreement = tracker.get_slot("on_behalf")
    if summary.answered(agreement) and agreement != fs.NOT_NEEDED:
        items.append({"kind": "agreement",
                      "text": summary.AGREEMENT_WORDS.get(str(agreement), str(agreement))[:2000]})
    contact = contact_summary(tracker)
    if contact and not any(i["kind"] == "contact" for i in items):
        items.append({"kind": "contact", "text": contact})
    asked = answers.get("sa_what_next") or answers.get("ca_what_would_help")
    if summary.answered(asked):
        items.append({"kind": "asked_for", "text": str(asked)[:2000]})
    # Gas left on, going out at night, falls, not eating told in any answer (round fifteen:
    # said twice, filed under "Community", never seen by staff).
    items += [{"kind": "risk", "text": line[len("Risk: "):]}
              for line in risks_in(str(a) for a in answers.values() if isinstance(a, str))]
    step = answers.get("sa_options")
    if summary.answered(step):
        # ROPES: what they chose to try is their own next step.
        items.append({"kind": "next_step", "text": str(step)[:2000]})
    return flagged, items


class _FinishAssessment:
    """Shared finish step; not an Action itself, so rasa-sdk does not register it."""

    form = ""

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        if tracker.get_slot("consent_given") is False:
            dispatcher.utter_message(text=texts.CONSENT_DECLINED, buttons=texts.MENU_BUTTONS)
            # The no is for now: the button, or "ive changed my mind", starts it again
            # with the consent question (round fourteen: locked out for good).
            return [SlotSet("consent_given", None)]
        answers = form_answers(tracker, self.form)
        v = voice(tracker)
        try:
            suggestions = await directory_suggestions(self.form, answers,
                                                      tracker.get_slot("postcode"))
        except Exception:  # noqa: BLE001 - suggestions are a bonus, never a blocker
            suggestions = []
        flagged, follow_up = follow_ups(tracker, answers)
        record = summary.build_record(
            self.form, FORMS[self.form], answers, about=v["about"],
            relationship=v["relationship"], channel=channel_of(tracker),
            consent=bool(tracker.get_slot("consent_given")), suggestions=suggestions,
            flagged=flagged, follow_up=follow_up)
        if wants_a_call(answers):
            contact = contact_summary(tracker)
            row = store.create_handoff(
                tracker.sender_id, "callback", channel_of(tracker), callback=True,
                summary=f"Asked for a call after their {record['kind'].replace('_', ' ')}. "
                        + (contact or "No contact details given."))
            note_conversation_details(tracker, row["reference"])   # wants, risks, who
            dispatcher.utter_message(text=texts.call_booked(row["reference"],
                                                            contact_from(tracker.get_slot)))
        elif (open_row := open_handoff(tracker.sender_id)) is not None:
            # A hand-off made before or during the questions (a call asked for, a worry):
            # the risks and wants told in the answers go on it too (round fifteen: the gas
            # and night-time wandering never reached it).
            note_conversation_details(tracker, open_row["reference"])
        record_id = store.save_record(tracker.sender_id, record["kind"], record)
        council = str(settings.get("council.name"))
        store.save_document(record_id, tracker.sender_id, "text/html",
                            summary.render_html(record, council).encode("utf-8"))
        store.save_document(record_id, tracker.sender_id, "application/pdf",
                            summary.render_pdf(record, council))
        dispatcher.utter_message(text=texts.assessment_saved(
            channel_of(tracker), after_risk=danger_told_here(tracker)))
        if suggestions:
            dispatcher.utter_message(text=texts.SUGGESTIONS_INTRO)
            for s in suggestions:
                dispatcher.utter_message(text=f"{s['name']}. Contact: {s['contact']}")
        if self.form == "carer_assessment_form" and carer_at_breaking_point(answers):
            # A carer near breaking point is offered a break, a plan and a call, not just
            # thanks; with a call already booked, the call is where to ask (never a second
            # offer of one).
            if has_call_booked(tracker.sender_id):
                dispatcher.utter_message(text=texts.CARER_BREAK_ON_THE_CALL,
                                         buttons=texts.CARER_BREAK_BUTTONS[1:])
            else:
                dispatcher.utter_message(text=texts.CARER_BREAK_OFFER,
                                         buttons=texts.CARER_BREAK_BUTTONS)
        if self.form == "self_assessment_form" and v["about"] == "someone_i_care_for":
            # Three Conversations: the person helping has needs of their own; what they said
            # about themselves on the way is said back, not lost.
            heard = [i["text"] for i in follow_up if i["kind"] == "helper_need"]
            if heard:
                dispatcher.utter_message(text=own_needs.said_back(heard[-1]))
            dispatcher.utter_message(text=texts.offer_carers_assessment(v.get("relationship")))
        dispatcher.utter_message(text=texts.assessment_next(), buttons=texts.MENU_BUTTONS)
        # Deeper Care Act questions start "not needed" again: a screen opens them.
        cleared = [SlotSet(q.slot, fs.NOT_NEEDED if q.slot in SCREEN_OF else None)
                   for q in FORMS[self.form]]
        return cleared + [SlotSet("summary_confirmed", None), SlotSet("change_which", None)]


def has_call_booked(sender_id: str) -> bool:
    """An open hand-off in this chat that asks for a call back."""
    row = open_handoff(sender_id)
    return bool(row and row.get("callback_requested"))


class ActionFinishSelfAssessment(_FinishAssessment, TrackerAction):
    form = "self_assessment_form"
    action = "action_finish_self_assessment"


class ActionFinishCarerAssessment(_FinishAssessment, TrackerAction):
    form = "carer_assessment_form"
    action = "action_finish_carer_assessment"
