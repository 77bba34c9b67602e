"""After a call-back or a complaint is asked for: questions about it are answered from the
hand-off (its reference, the best time, how to reach them); what staff need to know (who it
is about, a secret, a hearing need, the answers so far when the person stops) goes on it.

Called by the hand-off action, the form engine (at any question), the stop action and the
complaint route; none of it needs new training data: the words are read by
bot/answers/callback_talk.py.
"""
from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import call_state
from actions.waiting import danger_told_here, harm_told, suicide_risk_stands
from actions.common import channel_of, latest_text, put_right_details, user_texts
from actions.directory import earlier_shown
from bot import callback_words as words
from bot import handoff_words
from bot import form_slots as fs
from bot import crisis_care, hours, settings, store
from bot.answers import safeguarding_questions
from bot.answers.complaint_private import concerns_a_complaint
from bot.answers import callback_talk as talk
from bot.answers import complaint_concerns as concerns
from bot.answers.complaint_story import complaint_messages, complaint_text
from bot.answers.contact import parse_contact, read_back as contact_read_back
from bot.answers.handoff_details import details_in, language_line, language_needed
from bot.answers.interpreter_for import for_a_visit, interpreter_for_in
from bot.answers.someone_else import someone_else_in
from bot.assessment.questions import FORMS as ASSESSMENT_QUESTIONS
from bot.data import handoffs
from bot.directory import saved
from bot.markers import NOT_SURE, SKIPPED, answered

ANSWERED_HERE = (talk.STILL_COMING, talk.KEEP_GOING, talk.WONT_TELL, talk.COMPLAINT_STATUS,
                 talk.LETTER, talk.COMPLAINT_PRIVATE, talk.INTERPRETER, talk.WHOSE_NUMBER,
                 talk.SHARED_DEVICE, talk.WHAT_CALL, talk.TEAM_SEES, talk.TELL_THEM,
                 talk.HOW_REACHED)
ASSESSMENTS = ("self_assessment_form", "carer_assessment_form")
MAX_ANSWER_CHARS = 160
MAX_ANSWERS_CHARS = 1500


def interpreter_noted(row: Dict[str, Any], said: List[str]) -> Optional[str]:
    """The language on the hand-off ("Polish"), noting what they said if it was not there;
    None when no language was named."""
    held = [line for line in (row.get("summary") or "").split("\n")
            if line.startswith(("Interpreter:", "Language:"))]
    if not held:
        found = next((line for line in map(language_line, reversed(said)) if line), None)
        held = [found or handoff_words.INTERPRETER_ASKED_LINE]
        handoffs.add_notes(row["reference"], held)
    named = re.match(r"(?:Interpreter|Language): ([\w ]+?)\.", held[0])
    return named.group(1) if named and not named.group(1).startswith(("English", "they")) \
        else None


def open_handoff(tracker: Tracker) -> Optional[Dict[str, Any]]:
    """The conversation's open hand-off, or None (a closed one is not still booked)."""
    row = handoffs.latest_for(tracker.sender_id)
    if row and row.get("status") in handoffs.OPEN:
        return row
    return None


def contact_now(tracker: Tracker) -> Optional[Dict[str, Any]]:
    """The contact step's answers, or None. (Lazy import: the form engine imports us.)"""
    from actions.form_engine import contact_from

    return contact_from(tracker.get_slot)


def by_text(contact: Optional[Dict[str, Any]]) -> bool:
    if not contact:
        return False
    return bool(contact.get("text_only")) or contact.get("safe_to_call") is False or (
        not contact.get("phone") and bool(contact.get("email")))


def latest_contact_record(sender_id: str) -> Optional[Dict[str, Any]]:
    """The last contact saved with a way in (the contact step may be over)."""
    saved = [r["data"].get("contact") or {} for r in store.records_for(sender_id)
             if r.get("kind") == "contact"]
    saved = [c for c in saved if c.get("phone") or c.get("email") or c.get("address")
             or c.get("route")]
    return saved[-1] if saved else None


def tell_them(dispatcher: CollectingDispatcher, tracker: Tracker,
              row: Optional[Dict[str, Any]]) -> Optional[List[EventType]]:
    """ "Will Carol find out?", "will they tell Carol I said anything?" after harm was told:
    they talk to the person first, Carol is not told without that, and danger may mean
    acting sooner; staff see the worry (round seventeen: never answered). About a
    complaint, the complaint's own answer; None when neither fits."""
    text = latest_text(tracker)
    if not (harm_told(tracker.sender_id) or danger_told_here(tracker)):
        return None
    who = safeguarding_questions.who_finds_out(text)
    if row is not None:
        store.add_notes(row["reference"], [handoff_words.tell_them_line(who)])
    dispatcher.utter_message(text=safeguarding_questions.wont_tell_them(who))
    return []


def how_reached(dispatcher: CollectingDispatcher, tracker: Tracker,
                row: Optional[Dict[str, Any]]) -> List[EventType]:
    """ "So how will they get hold of me? Will they know about Tuesday at the library?":
    what the team really has, from what was saved (round seventeen: "No. The team will
    talk only to you"); honestly none yet, with the number for now; with no request yet,
    that plainly, with the offer of one."""
    contact = contact_now(tracker) or latest_contact_record(tracker.sender_id)
    if row is None:
        return call_state.answer_call_state(dispatcher, tracker, None, contact)
    if contact and contact.get("route") and not (contact.get("phone") or contact.get("email")):
        dispatcher.utter_message(text=words.route_held(row["reference"], contact["route"],
                                                       hours.is_open(),
                                                       hours.describe_next_opening()))
        return []
    if contact and (contact.get("phone") or contact.get("email") or contact.get("address")):
        return call_state.answer_call_state(dispatcher, tracker, row, contact)
    from actions.form_engine import no_calls_on_record   # lazy: the form engine imports us
    dispatcher.utter_message(text=words.no_way_in_yet(
        row["reference"], str(settings.get("council.out_of_hours_phone")), hours.is_open(),
        no_calls_on_record(tracker)))
    return []


def note_who_and_needs(tracker: Tracker, reference: str) -> None:
    """Who the request is about (their mum Peggy, dementia, cannot decide, power of
    attorney), and needs said anywhere (a language, a hearing need, a secret)."""
    said = user_texts(tracker)
    slots = {name: tracker.get_slot(name) for name in
             ("about", "relationship", "preferred_name", "on_behalf")}
    slots = {k: (str(v) if v is not None else None) for k, v in slots.items()}
    store.add_notes(reference, talk.who_lines(slots, said) + details_in(said))
    put_right_details(reference, said)


def what_call(dispatcher: CollectingDispatcher, tracker: Tracker,
              row: Optional[Dict[str, Any]], contact: Optional[Dict[str, Any]]
              ) -> List[EventType]:
    """ "what call back? you havent got my number. doesnt matter anyway": with a way in kept,
    the booked call as it stands; without one, plainly that nothing is booked and how to
    change that; after signs of suicide risk, that the team will still check in and, for
    "doesnt matter", that it does, with the numbers."""
    contact = contact or latest_contact_record(tracker.sender_id)
    if contact and (contact.get("phone") or contact.get("email") or contact.get("address")):
        return call_state.answer_call_state(dispatcher, tracker, row, contact)
    risk = suicide_risk_stands(tracker.sender_id)
    for line in words.no_call_yet(row["reference"] if row else None,
                                  str(settings.get("council.adult_social_care_phone")), risk):
        dispatcher.utter_message(text=line)
    if risk and crisis_care.sounds_hopeless(latest_text(tracker)):
        dispatcher.utter_message(text=words.STILL_MATTERS)
    return []


def wish_meant(tracker: Tracker, text: str) -> str:
    """What "will they know i want the shop job thing" wants: the place it points at among
    those shown in the chat (Work Tasters), else their own words; "" when it names none."""
    wish = talk.wish_in_question(text)
    if not wish:
        return ""
    shown = tracker.get_slot("shown_services") or []
    place = saved.place_meant(wish, shown, earlier_shown(tracker, shown))
    return str(place.get("name")) if place and place.get("name") else wish


def answer_question(dispatcher: CollectingDispatcher, tracker: Tracker,
                    kind: Optional[str]) -> Optional[List[EventType]]:
    """Answers a question about the call-back or complaint already asked for; None when
    there is nothing to answer from (the caller then does what it did before)."""
    if kind not in ANSWERED_HERE:
        return None
    row = open_handoff(tracker)
    text = latest_text(tracker)
    if kind in (talk.TELL_THEM, talk.WONT_TELL, talk.COMPLAINT_PRIVATE) and not (
            kind == talk.COMPLAINT_PRIVATE and concerns_a_complaint(text)) and \
            safeguarding_questions.who_finds_out(text):
        # After harm was told, "will Carol find out?", "will he find out?", "will my carer
        # find out i told you" are about the disclosure (round seventeen).
        said = tell_them(dispatcher, tracker, row)
        if said is not None:
            return said
    if kind == talk.TELL_THEM:
        kind = talk.WONT_TELL             # no harm told: about the call back, as before
    if kind == talk.COMPLAINT_PRIVATE and not concerns_a_complaint(text) and \
            not latest_complaint(tracker.sender_id) and safeguarding_questions.who_finds_out(text):
        # "will my carer find out i told you" with no complaint: never a complaint's words
        dispatcher.utter_message(text=safeguarding_questions.wont_tell_them(
            safeguarding_questions.who_finds_out(text)))
        return []
    if kind == talk.HOW_REACHED:
        return how_reached(dispatcher, tracker, row)
    if kind == talk.COMPLAINT_PRIVATE:
        # "will the carer find out it was me?": what is kept private, and what cannot be
        # promised; the worry goes on the complaint for the team.
        complaint = latest_complaint(tracker.sender_id)
        reference = (complaint or {}).get("handoff")
        if complaint and reference:
            store.add_notes(reference, [handoff_words.PRIVATE_NOTED])
            dispatcher.utter_message(text=handoff_words.private_answer(reference))
        else:
            dispatcher.utter_message(text=handoff_words.private_no_complaint())
        return []
    if kind == talk.SHARED_DEVICE:
        # "will Keith be able to see this? he uses the tablet too": who can see it, and how
        # to keep it from them; staff are told they share a device.
        if row is not None and talk.shares_a_device(latest_text(tracker)):
            # (only when they said someone else uses it: "is this private" is not that)
            handoffs.add_notes(row["reference"], [handoff_words.SHARED_DEVICE_LINE])
        dispatcher.utter_message(text=words.SHARED_DEVICE_AFTER_RISK if danger_told_here(
            tracker) else words.SHARED_DEVICE, buttons=[words.DELETE_BUTTON])
        return []
    if kind == talk.TEAM_SEES:
        # "will the lady or fella who rings me be able to see this chat" (round thirteen).
        if row is None:
            dispatcher.utter_message(text=words.TEAM_READS_NO_HANDOFF,
                                     buttons=[words.CALL_BACK_BUTTON])
        else:
            # Their words go on the hand-off too, so the question reaches staff.
            said = latest_text(tracker)
            wish = wish_meant(tracker, said)
            handoffs.add_notes(row["reference"], [handoff_words.team_sees_line(said)] + (
                [handoff_words.wants_line(wish)] if wish else []))
            dispatcher.utter_message(text=words.team_sees_wish(wish) if wish
                                     else words.TEAM_READS)
        return []
    if kind == talk.WHOSE_NUMBER:
        # "Will they know that is Jean's number, not mine?": yes, written on the hand-off.
        if row is None:
            return None
        person = someone_else_in(user_texts(tracker))
        # The number is the one typed with the ask, or else the one given at the contact
        # step; said to be passed on only when it was kept (round fourteen).
        phone = (person.phone if person else None) or \
            parse_contact(latest_text(tracker)).phone or (contact_now(tracker) or {}).get("phone")
        if person and not person.phone:
            person.phone = phone
        line = person.staff_line() if person else (
            f"Contact: {phone} is not the person's own number. They said: "
            f"{latest_text(tracker)[:200]}" if phone else
            f"Contact: the number given is not theirs. They said: {latest_text(tracker)[:200]}")
        handoffs.add_notes(row["reference"], [line])
        dispatcher.utter_message(text=words.whose_number(
            person.name if person else None, phone, person.relation if person else None))
        return []
    if kind == talk.INTERPRETER:
        # "the team know I need polish interpreter?": yes, from the hand-off (noted now if
        # it was not); with no call asked for, the fallback's interpreter line answers.
        if row is None:
            return None
        language = interpreter_noted(row, user_texts(tracker))
        said = user_texts(tracker)
        who = interpreter_for_in(said)
        if who:
            # "you tell team my father need urdu interpreter?": for him, not for her.
            put_right_details(row["reference"], said)
            dispatcher.utter_message(text=words.interpreter_for_them(
                language or language_needed(said), who, for_a_visit(said), asked=True))
            return []
        dispatcher.utter_message(text=words.interpreter_known(language))
        return []
    if kind == talk.LETTER:
        # "would a letter be all right?": yes; the address is asked for, or read back.
        if row is None:
            dispatcher.utter_message(text=words.LETTER_NO_HANDOFF)
            return []
        contact = contact_now(tracker) or {}
        dispatcher.utter_message(text=words.letter_yes(contact.get("address"),
                                                       bool(contact.get("plain_envelope"))))
        return []
    if kind == talk.WONT_TELL:
        if row is None:
            dispatcher.utter_message(text=words.WONT_TELL_NO_HANDOFF)
            return []
        store.add_notes(row["reference"], [talk.ONLY_THEM_LINE])
        dispatcher.utter_message(text=words.WONT_TELL)
        return []
    if kind == talk.COMPLAINT_STATUS:
        complaint = latest_complaint(tracker.sender_id)
        if complaint is None or row is None:
            return None
        contact = contact_now(tracker) or complaint.get("contact")
        reach = None
        if contact:
            reach = contact.get("email") or contact.get("phone")
            reach = f"{'Email' if contact.get('email') else 'Phone'}: {reach}" if reach else None
        hearing = talk.hearing_need(user_texts(tracker))
        if hearing:
            store.add_notes(row["reference"], details_in(user_texts(tracker)))
        dispatcher.utter_message(text=words.complaint_status(row["reference"], reach, hearing))
        return []
    contact = contact_now(tracker)
    if kind == talk.WHAT_CALL:
        return what_call(dispatcher, tracker, row, contact)
    if kind == talk.STILL_COMING and row and contact and contact.get("address") and not (
            contact.get("phone") or contact.get("email")):
        dispatcher.utter_message(text=words.still_writing(row["reference"], contact["address"]))
        return []
    if kind == talk.STILL_COMING:
        # Read from the real state: booked, asked for but not booked, none; "do not phone".
        return call_state.answer_call_state(dispatcher, tracker, row, contact)
    if row is None:
        return None
    # KEEP_GOING
    form = tracker.active_loop_name
    if form in ASSESSMENTS:
        kept = bool(tracker.get_slot("consent_given"))
        how = words.way_in(contact_now(tracker) or latest_contact_record(tracker.sender_id))
        dispatcher.utter_message(text=words.keep_going(row["reference"], kept, how),
                                 buttons=[words.STOP_HERE_BUTTON])
        return []
    dispatcher.utter_message(text=words.NOTHING_MORE)
    return []


def offer_to_stop(dispatcher: CollectingDispatcher, tracker: Tracker,
                  contact: Optional[Dict[str, Any]] = None) -> None:
    """The call-back is taken in the middle of an assessment: they may stop now (said the
    way they asked to be reached, when that is known)."""
    if tracker.active_loop_name in ASSESSMENTS:
        dispatcher.utter_message(text=words.offer_stop(contact), buttons=[words.STOP_HERE_BUTTON])


def answers_so_far(tracker: Tracker, form: str) -> str:
    """ "A good day: pottering in the garden. What matters: her cat..." for the person
    who rings."""
    parts = []
    for question in ASSESSMENT_QUESTIONS.get(form, []):
        value = tracker.get_slot(question.slot)
        if not answered(value) or question.slot == "preferred_name":
            continue   # (no marker reaches staff as if it were the person's words)
        said = str(value).strip()
        if len(said) > MAX_ANSWER_CHARS:
            said = said[:MAX_ANSWER_CHARS].rsplit(" ", 1)[0] + "..."
        parts.append(f"{question.section}: {said.rstrip('.')}.")
    return " ".join(parts)[:MAX_ANSWERS_CHARS]


def pass_answers_on(tracker: Tracker, form: str, reference: str) -> bool:
    """Who it is about, needs said anywhere, and the answers so far (when the person agreed
    the care team may see them) on the hand-off, for the person who rings. True when the
    answers were passed on."""
    note_who_and_needs(tracker, reference)
    answers = answers_so_far(tracker, form)
    passed = bool(tracker.get_slot("consent_given") and answers)
    if passed:
        name = tracker.get_slot("preferred_name")
        who = str(name) if name not in (None, SKIPPED, NOT_SURE) else "the person"
        store.add_notes(reference, [talk.ANSWERS_LINE.format(who=who, answers=answers)])
    return passed


def stopped_with_callback(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Stop in an assessment after a call-back was booked: the answers so far go to the
    person who rings, when the person agreed the care team may see them. True when said."""
    form = tracker.active_loop_name
    row = open_handoff(tracker)
    if form not in ASSESSMENTS or row is None:
        return False
    reference = row["reference"]
    passed = pass_answers_on(tracker, form, reference)
    contact = contact_now(tracker) or latest_contact_record(tracker.sender_id)
    how = words.way_in(contact)
    if not words.has_a_way_in(contact):
        dispatcher.utter_message(text=words.stopped_no_way_in(
            reference, str(settings.get("council.adult_social_care_phone")), passed))
    elif passed:
        dispatcher.utter_message(text=words.stopped_kept(reference, how))
    else:
        dispatcher.utter_message(text=words.stopped_not_kept(reference, how))
    if tracker.get_slot("about") == "someone_i_care_for":
        # Filling in for someone else: help for themselves too (they may be a carer).
        dispatcher.utter_message(text=words.help_for_you(tracker.get_slot("relationship")))
    return True


def prefill_contact(dispatcher: CollectingDispatcher, text: str) -> Dict[str, Any]:
    """Contact details said with the request ("my mobile is 07700 900461, best after 2",
    "text or email, not a call, I'm deaf", "he cant know Im asking"): the contact slots
    they fill, so only what is missing is asked."""
    # Lazy: the form engine imports this module.
    from actions.form_engine import contact_as_dict, safety_flags

    found = parse_contact(text)
    slots: Dict[str, Any] = {}
    if found.phone or found.email:
        slots["contact_details"] = json.dumps(contact_as_dict(found))
        if found.email and not found.phone and found.safe_to_call is False and not found.best_time:
            slots["contact_time"] = "Any time"   # an email: no time to ask about
    if found.best_time:
        slots["contact_time"] = found.best_time
    flags = safety_flags(found)
    if any(v is not None for v in flags.values()):
        slots["contact_safety"] = json.dumps(flags)
    if slots.get("contact_details") and not all(slots.get(s.slot) for s in fs.CONTACT_SLOTS):
        # Said back at once, so they know it was heard: "I will pass on: phone 07700..."
        dispatcher.utter_message(text=contact_read_back(found))
    plain = text or ""
    if talk.keep_it_secret(plain):
        dispatcher.utter_message(text=words.SECRET_NOTED)
    if talk.hard_of_hearing(plain):
        dispatcher.utter_message(text=words.HEARING_NOTED)
    return slots


# ---- complaints ---------------------------------------------------------------------------

def latest_complaint(sender_id: str) -> Optional[Dict[str, Any]]:
    found = [r for r in store.records_for(sender_id) if r.get("kind") == "complaint"]
    return found[-1]["data"] if found else None


def complaint_words(tracker: Tracker, is_complaint) -> str:
    """Her words, all of them, in order: every message of the conversation that tells the
    complaint (the late carer, the missed visit), not only the last one; then the survey
    comment and the wish after a concern when they were not typed as messages."""
    said = [" ".join(t.split()) for t in user_texts(tracker)[-30:]]
    parts = complaint_messages(said, is_complaint,
                               lambda text: talk.callback_question(text) is not None)
    for slot in ("survey_comments", "safety_wish"):
        value = tracker.get_slot(slot)
        if value not in (None, SKIPPED, NOT_SURE, fs.NOT_NEEDED) and \
                " ".join(str(value).split()) not in said:
            parts.append(str(value))
    return complaint_text(parts)


def complaint_route_again(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """ "how do i complain" after a complaint was passed on: the route, and where theirs is."""
    complaint = latest_complaint(tracker.sender_id)
    row = open_handoff(tracker)
    text = tracker.latest_message.get("text") or ""
    if complaint is None or row is None or not talk.asks_how_to_complain(text):
        return False
    dispatcher.utter_message(text=words.complaint_already_sent(row["reference"]))
    for line in words.complaint_route():
        dispatcher.utter_message(text=line)
    return True


def take_complaint(dispatcher: CollectingDispatcher, tracker: Tracker,
                   is_complaint) -> List[EventType]:
    """ "I want to make a proper complaint, not more questions", "can you pass it on for
    me": the open form stops, the complaint goes to the team as a hand-off with her words,
    contact and needs, and the complaints route is given once."""
    said = complaint_words(tracker, is_complaint)
    contact = contact_now(tracker)
    first = latest_complaint(tracker.sender_id) is None
    # Medicine late or missed is a risk to health: said at the top of the hand-off, for
    # staff to check with the care provider (round sixteen: "my tablets were late" was only
    # a complaint).
    medicine = concerns.medicine_late_or_missed(said)
    summary = f"Complaint, in their words: {said}"
    row = store.create_handoff(tracker.sender_id, "complaint", channel_of(tracker),
                               summary=f"{concerns.MEDICINE_NOTE}\n{summary}" if medicine
                               else summary)
    reference = row["reference"]
    praised = concerns.carers_praised(said)
    if praised or concerns.praises_care(said):
        store.note_on_handoff(reference, concerns.praise_note(praised))
    note_who_and_needs(tracker, reference)
    store.save_record(tracker.sender_id, "complaint",
                      {"words": said, "handoff": reference, "contact": contact,
                       "hearing": talk.hearing_need(user_texts(tracker))})
    events: List[EventType] = [SlotSet("handoff_reference", reference)]
    form = tracker.active_loop_name
    if form:
        events += [SlotSet("requested_slot", None), ActiveLoop(None)]
    if first:
        dispatcher.utter_message(text=words.COMPLAINT_SORRY)
    if medicine:
        dispatcher.utter_message(text=concerns.MEDICINE_CONCERN)
    if praised or concerns.praises_care(said):
        dispatcher.utter_message(text=concerns.praise_thanks(praised))
    if form == "experience_survey_form":
        # The answers given so far are kept, anonymously, as a survey stopped part way
        # (round twelve: seven answers were lost when the complaint stopped the survey).
        from actions.survey import cleared, save_answers_so_far
        save_answers_so_far(tracker)
        events += cleared()   # kept once: a later survey starts afresh
        # (At the last, open question every statement is answered: nothing was stopped.)
        done = tracker.get_slot("requested_slot") == "survey_comments"
        dispatcher.utter_message(
            text=words.COMPLAINT_SURVEY_DONE if done else words.COMPLAINT_STOPPED_SURVEY)
    asked = talk.asks_to_pass_it_on(tracker.latest_message.get("text") or "")
    dispatcher.utter_message(text=words.complaint_passed_on(reference, asked))
    if first:
        for line in words.complaint_route():
            dispatcher.utter_message(text=line)
    if contact:
        from bot import form_words

        store.note_on_handoff(reference, f"Contact: {form_words.contact_read_back(contact)}")
        dispatcher.utter_message(text=form_words.contact_read_back(contact))
        return events + [FollowupAction("action_listen")]
    # Said with it ("email me, I cant hear well"): only what is missing is asked.
    given = prefill_contact(dispatcher, tracker.latest_message.get("text") or "")
    events += [SlotSet(s.slot, given.get(s.slot)) for s in fs.CONTACT_SLOTS]
    if finish_prefilled(dispatcher, tracker, reference, given):
        return events + [FollowupAction("action_listen")]
    return events + [FollowupAction("contact_form")]


def finish_prefilled(dispatcher: CollectingDispatcher, tracker: Tracker, reference: str,
                     slots: Dict[str, Any]) -> bool:
    """Every contact detail was said with the request: read back, noted, no questions.
    True when done; False when something is still missing (the contact step asks it)."""
    from actions.form_engine import contact_from   # lazy: the form engine imports us

    if any(slots.get(s.slot) is None for s in fs.CONTACT_SLOTS):
        return False
    contact = contact_from(lambda name: slots.get(name, tracker.get_slot(name)))
    if contact is None:
        return False
    contact, line = call_state.read_back(dispatcher, tracker, contact)
    dispatcher.utter_message(text=call_state.when_words(contact, tracker.sender_id))
    store.save_record(tracker.sender_id, "contact",
                      {"contact": contact, "handoff": reference, "channel": channel_of(tracker)})
    handoffs.replace_notes(reference, ("Contact: I will pass this on", "Call time:"),
                           [f"Contact: {line}"])
    store.add_notes(reference, call_state.staff_lines(tracker, contact))
    call_state.mark_call_back(reference, contact)
    return True
