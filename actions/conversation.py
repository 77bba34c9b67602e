"""The shape of a conversation: greeting, menu, fallback, stop, pause, listen-and-connect,
and finishing the forms (saving what the person said)."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, Restarted, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (entity, Events, latest_text, note_conversation_details, say,
                            switch_easy_read, TrackerAction, user_texts)
from actions.directory import (answer_about_saved, answer_cost, answer_in_context,
                               answer_plain_question, needs_said, save_chosen, search_here)
from actions import call_changes, call_state
from actions.callback import answer_question, open_handoff, stopped_with_callback
from bot.directory import followup, saved as saved_places
from actions.handoff import safe_contact_instruction, take_safe_contact
from actions.form_engine import no_calls_asked
from actions.resume_code import give_code, said_crisis
from actions.waiting import ring_now_lines, suicide_risk_stands
from bot.answers.interpreter_for import interpreter_for
from bot.answers.interpreters_each import names_two_languages
from bot.answers.callback_talk import (HOW_REACHED, INTERPRETER, SHARED_DEVICE, TEAM_SEES,
                                       TELL_THEM, WHAT_CALL, callback_question)
from bot.answers.leaving import goodbye_at_end
from bot.answers.contact_question import asks_how_contacted
from bot.directory.places import find_location
from bot.easy_read_request import asks_what_it_means_plainly, easy_read_wish
from jargon import glossary
from bot.interpreter_words import (in_their_language, offered_before, still_lines, STILL_THERE,
                                   with_opening_time)
from actions.interpreter import bot_texts, interpreter_reply
from bot.answers.handoff_details import language_needed
from bot.language import finds_english_hard, guess_language, looks_like_other_language
from actions.explain import last_bot_text, not_understood, say_it_more_simply
from actions.assessment import next_question_text
from actions.open_offer import answer_about_offer, keep_offer_open
from actions.withdraw_request import withdraw_events
from bot.answers.who_comes import asks_about_care_visits
from bot.answers.our_options import explain_option, option_asked
from bot.answers import who_comes
from actions.heard_record import HeardSoFar, heard_so_far, keep_heard
from bot.heard import (ADD_OR_PUT_RIGHT, SUMMARY_BUTTONS, asked_for_summary_check, pieces_in,
                       summary_due, summary_lines)
from bot.own_words import people_named_in
from bot import (codes, crisis_care, form_words, handoff_words, life_talk, listening,
                 safety_words, settings, store, texts)
from bot import form_slots
from bot.corrections import SORRY_WRONG, denies_a_loss
from bot.answers import (care_costs, care_for_family, carer_assessment_question, falls,
                         not_a_carer)
from actions.falls_reply import say_fall
from bot.answers import safeguarding_questions
from bot.answers.care_costs import about_paying_for_care
from bot.answers.money_questions import money_question
from bot.answers.text import has_word
from bot.directory.cost_questions import asks_only_what_help_costs
from bot.answers.who_the_team_is import asks_who_the_team_is, who_the_team_is
from bot.answers.not_a_carer import denies_being_a_carer
from bot.answers.requests import classify_request
from bot.answers.said_to_bot import (complains_of_repeat, NOT_SURE_IS_OK, process_questions,
                                     rejects_what_was_said, SORRY_ASKED, SORRY_MISREAD,
                                     what_they_meant, without_complaint)
from actions.process_questions import answer_process, said_so_far
from actions.several_questions import answer_each, say_money_answer
from bot.safety.responses import CHECK_IN_QUESTIONS
from bot.sounds_like import as_meant
from bot.markers import NOT_SURE, SKIPPED
from bot.directory.present import find_help_button
from bot.directory.search import categorise



def after_risk(dispatcher: CollectingDispatcher, tracker: Tracker) -> Optional[Events]:
    """After danger was told or a person asked for: waiting, coming back, a yes in words
    (actions/after_risk.py). Imported here, not at the top: it builds on actions.safety,
    which imports this module (a cycle between two modules of one package)."""
    from actions.after_risk import answer_after_risk

    return answer_after_risk(dispatcher, tracker)


ASSESSMENT_FORMS = ("carer_assessment_form", "self_assessment_form")


def declined_form(tracker: Tracker) -> Optional[str]:
    """The assessment whose consent was just turned down ("That is fine. I will not ask about
    you or keep your answers."), or None."""
    declined = False
    for event in reversed(tracker.events):
        if event.get("event") == "bot" and event.get("text") == texts.CONSENT_DECLINED:
            declined = True
        elif declined and event.get("event") == "active_loop" and \
                event.get("name") in ASSESSMENT_FORMS:
            return event["name"]
    return None


def client_of(tracker: Tracker) -> str:
    """The (hashed) client address the gateway passed with the latest message, or ""."""
    return str(((tracker.latest_message or {}).get("metadata") or {}).get("client") or "")


class ActionGreet(TrackerAction):
    action = "action_greet"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        answered = after_risk(dispatcher, tracker)   # "hi its me again", "yes i told you"
        if answered is not None:
            return answered
        say(dispatcher, texts.greeting())
        dispatcher.utter_message(response="utter_menu")
        return []


class ActionDefaultFallback(TrackerAction):
    """Helps instead of shrugging: asks to rephrase and shows the main options.

    Like Rasa's own fallback, it takes back the message it could not place, so the
    conversation is where it was before (a form keeps its question) and no policy can
    predict the fallback again and again until Rasa's loop breaker trips.
    """
    action = "action_default_fallback"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        text = latest_text(tracker)
        meant = as_meant(text)               # "wot", "frends": read as meant, kept as typed
        note_conversation_details(tracker)  # "she only speaks Punjabi" after a hand-off
        withdrawn = withdraw_events(dispatcher, tracker)
        if withdrawn is not None:
            # "cancel that person thing, I dont need anyone to join. bye" (round thirteen:
            # a goodbye, the hand-off left waiting): taken back, told, and still goodbye.
            return [UserUtteranceReverted()] + withdrawn
        answered = after_risk(dispatcher, tracker)   # "is someone actually coming or not"
        if answered is not None:
            return answered
        if tracker.active_loop_name:
            dispatcher.utter_message(text=texts.FALLBACK_IN_FORM)
        elif carer_assessment_question.changes_mind(meant) and declined_form(tracker):
            # "ive changed my mind, you can keep my answers" after "No, thank you": the
            # assessment turned down starts now, with the yes (round fourteen: a goal).
            return [SlotSet("consent_given", True), FollowupAction(declined_form(tracker))]
        elif safeguarding_questions.answer(meant, asked_only=True):
            # "is that the police? i dont want him arrested", "would they go and see him?":
            # plain and true (round fourteen: a directory search for "police").
            for line in safeguarding_questions.answer(meant, asked_only=True):
                dispatcher.utter_message(text=line)
            if not open_handoff(tracker):
                dispatcher.utter_message(text=texts.WHAT_NEXT, buttons=[
                    dict(texts.TALK_TO_A_PERSON)])
        elif carer_assessment_question.answer(meant):
            # "does the carers assessment cost money" (round fourteen: the consent prompt,
            # unasked): answered, and the way to start it if they want.
            for line in carer_assessment_question.answer(meant):
                dispatcher.utter_message(text=line)
            dispatcher.utter_message(text=carer_assessment_question.START_IF_YOU_LIKE,
                                     buttons=[dict(texts.I_LOOK_AFTER_SOMEONE)])
        elif paused_question(dispatcher, tracker, meant):
            pass   # "what questions?" with the questions paused: the one we were on
        elif (family := care_for_family.asks_how_to_get_care(meant)) is not None:
            # "i want someone come to help my mama with shower. how i do this?" (round
            # seventeen: coached): her needs assessment, a free interpreter, and the
            # carer's own assessment too.
            lines = care_for_family.answer(family, [text] + user_texts(tracker)[-8:])
            for line in lines[:-1]:
                dispatcher.utter_message(text=line)
            dispatcher.utter_message(text=lines[-1], buttons=care_for_family.buttons(family))
        elif (wish := easy_read_wish(meant)) is not None:
            # "can you use easier words please", "yes esy read pls" (round eleven: the menu,
            # with easy read still off): easy read from this reply on, before any offer.
            switch_easy_read(dispatcher, tracker, wish)
            if not answer_plain_question(dispatcher, tracker, text):
                # "to much words lol. wich 1 is best": the question answered too (round
                # fourteen: dropped for the menu).
                dispatcher.utter_message(text=texts.WHAT_NEXT, buttons=texts.MENU_BUTTONS)
        elif answer_plain_question(dispatcher, tracker, text):
            pass   # "wich 1 shud i do" after places; "do i get pade" after volunteer roles
        elif (option := option_asked(meant)) is not None:
            # "you never said what the plan for a good life thing was": our own option.
            words, buttons = explain_option(option)
            dispatcher.utter_message(text=words, buttons=buttons)
        elif asks_what_it_means_plainly(meant) and not glossary.find_terms(meant):
            # "in normal english what does that mean for me?" (round thirteen: easy read
            # switched off): the last message said again more simply.
            say_it_more_simply(dispatcher, tracker)
        elif denies_being_a_carer(meant):
            # "i'm not a carer" (never the carer's assessment): sorry, and their own
            # questions or a person.
            if falls.tells_of_own_fall(meant):
                # "im not a carer love... i had a fall in the kitchen, well nearly": the
                # near-fall heard too, with help to stay safe at home (round sixteen).
                dispatcher.utter_message(text=not_a_carer.NOT_A_CARER)
                say_fall(dispatcher, tracker, text)
            else:
                dispatcher.utter_message(text=not_a_carer.NOT_A_CARER,
                                         buttons=not_a_carer.NOT_A_CARER_BUTTONS)
        elif (changed := call_changes.put_right_events(dispatcher, tracker)) is not None:
            # "thats the wrong number love", "change it to after 2pm": the booked call put
            # right (round 11: "Sorry, I did not understand that").
            opens_a_form = any(e.get("event") == "followup" for e in changed)
            return changed if opens_a_form else [UserUtteranceReverted()] + changed
        elif asks_about_care_visits(meant):
            # "can asha do my wednesday and friday teas instead of tracey" (round thirteen:
            # saved as the call time): the team asks the care agency; noted on the request.
            answer_care_visits(dispatcher, tracker, text)
        elif (answered := answer_about_saved(dispatcher, tracker, text)) is not None:
            # "what have I got saved?", "take Work Tasters off", "no jus the shop 1" after a
            # save: the list read out, or put right, and what it now holds.
            return [UserUtteranceReverted()] + answered
        elif not_understood(meant):
            # "you what?", "huh?", "im confused": what was unclear, and the last message
            # said again more simply.
            say_it_more_simply(dispatcher, tracker)
        elif answer_each(dispatcher, tracker, meant):
            pass   # "is it saved? can my son see it?": each answered, in order; the
            # conversation stays where it was
        elif (money := money_question(meant)) and not just_asked_about_safety(tracker):
            # "do I have to pay for s117 aftercare", "would a direct payment count as income
            # for universal credit?" (round thirteen: "Many people pay something", or "I am
            # listening"): s117 aftercare is free, ask the team; a benefits adviser can check.
            say_money_answer(dispatcher, money)
        elif about_paying_for_care(meant) and not just_asked_about_safety(tracker):
            # "paying for care", "who explains care charges": how paying works, and a person.
            lines = care_costs.outside_form_answer()
            for line in lines[:-1]:
                dispatcher.utter_message(text=line)
            dispatcher.utter_message(text=lines[-1], buttons=care_costs.outside_form_buttons())
        elif asks_only_what_help_costs(meant) and not just_asked_about_safety(tracker):
            # "does it cost anything? we're not well off" (round fourteen: Job Club): a
            # carer's assessment is free; help may cost something after a money check.
            answer_cost(dispatcher, tracker, meant)
        elif keep_offer_open(dispatcher, tracker) or answer_about_offer(dispatcher, tracker):
            pass   # "dunno" to "Would you like ...?": that is fine, the offer stays open;
            # "tell me more about it first": what it means, and the offer stays open
        elif not just_asked_about_safety(tracker) and not new_search_after_places(
                tracker, text) and (
                (complaint := complains_of_repeat(text)) or rejects_what_was_said(text)):
            # "you asked me that already. it was june", "water bills?? no thats not what i
            # meant. i mean company": sorry, then only what they meant is listened to (the
            # rejected idea is never kept as heard).
            dispatcher.utter_message(text=SORRY_ASKED if complaint else SORRY_MISREAD)
            rest = without_complaint(text) if complaint else what_they_meant(text)
            if rest:
                say_reflection(dispatcher, rest, own_name(tracker), telling=True,
                               sender=tracker.sender_id, said=said_so_far(tracker))
            else:
                dispatcher.utter_message(text=listening.NEXT_QUESTION,
                                         buttons=texts.MENU_BUTTONS)
        elif (unsure := classify_request(meant)) is not None and unsure.kind == "dont_know":
            # "dont no 🤷": that is fine; a few simple ways on, not the seven-button menu.
            dispatcher.utter_message(text=NOT_SURE_IS_OK, buttons=listening.GO_ON_SIMPLY)
        elif asked := process_questions(text):
            # "how long does it take? can I do it now": answered, with the way to start.
            answer_process(dispatcher, tracker, asked)
        elif asks_who_the_team_is(meant):
            # "but who is the team. is it the council or the agency": plainly, who they are.
            dispatcher.utter_message(text=who_the_team_is(),
                                     buttons=[texts.ASK_FOR_A_CALL_BACK, texts.TALK_TO_A_PERSON])
        elif (answered := await answer_in_context(dispatcher, tracker, text)) is not None:
            # After places were shown: a question about them, "save the swimming one", or a
            # new search in their words ("no i said swimming", "bills?? no, i mean company").
            return [UserUtteranceReverted()] + answered
        elif not re.search(r"\w", text):
            dispatcher.utter_message(text=texts.EMPTY_MESSAGE, buttons=texts.MENU_BUTTONS)
        elif looks_like_other_language(text) and tracker.get_slot("handoff_reference"):
            # Written in Polish after a call was asked for: the team brings the interpreter.
            offer_interpreter(dispatcher, tracker, text)
        elif looks_like_other_language(text) and interpreter_for(text):
            # "abbu ke liye interpreter chahiye, mere liye nahi" (round thirteen: "you need
            # an interpreter"): for the family member, in their language and in English.
            offer_interpreter(dispatcher, tracker, text)
            dispatcher.utter_message(text=texts.WHILE_YOU_ARE_HERE, buttons=texts.MENU_BUTTONS)
        elif looks_like_other_language(text) and offered_before(bot_texts(tracker)):
            # A second message in Polish (round fifteen: the same block again, word for
            # word): that the offer stands, in Polish and in English, and how to get it.
            *own, english = still_lines(text, str(settings.get("council.adult_social_care_phone")))
            for line in own:
                dispatcher.utter_message(text=line)
            dispatcher.utter_message(text=english, buttons=[dict(texts.TALK_TO_A_PERSON)])
        elif looks_like_other_language(text):
            own = in_their_language(guess_language(text),
                                    str(settings.get("council.adult_social_care_phone")))
            if own:
                dispatcher.utter_message(text=own)
            dispatcher.utter_message(text=with_opening_time(texts.fallback_other_language()),
                                     buttons=texts.MENU_BUTTONS)
        elif tracker.get_slot("service_category") and (place := find_location(text)):
            # "what about over Headingley way", "im in Armley actually": search there.
            # The same search (its words, so "swimming for wheelchair users" stays that).
            return await search_here(dispatcher, tracker.get_slot("service_category"),
                                     tracker.get_slot("directory_query"), place,
                                     **needs_said(tracker))
        elif tracker.get_slot("handoff_reference") and asks_how_contacted(text) and (
                booked := call_changes.booked_contact(tracker)) and open_handoff(tracker):
            # "they WONT ring me tho right, email only?" once the way in is kept: the truth
            # from the hand-off, never the number asked for again (round 11).
            return [UserUtteranceReverted()] + call_state.answer_call_state(
                dispatcher, tracker, open_handoff(tracker), booked)
        elif tracker.get_slot("handoff_reference") and (
                flags := safe_contact_instruction(text)):
            # After a disclosure: "please dont phone me, he could answer it".
            return take_safe_contact(dispatcher, tracker, flags)
        elif tracker.get_slot("handoff_reference") and asks_how_contacted(text) and (
                held := answer_question(dispatcher, tracker, HOW_REACHED)) is not None:
            # "so how will they get hold of me?": what the team really has (round 17).
            return [UserUtteranceReverted()] + held
        elif tracker.get_slot("handoff_reference") and asks_how_contacted(text):
            # After a disclosure: "you didnt answer me. how will the team contact me".
            dispatcher.utter_message(
                text=safety_words.how_we_contact(no_calls_asked(tracker.get_slot), True),
                buttons=[texts.TALK_TO_A_PERSON])
        elif (asked_about := callback_question(text)) in (INTERPRETER, SHARED_DEVICE,
                                                          WHAT_CALL, TEAM_SEES, TELL_THEM,
                                                          HOW_REACHED) and (
                answered := answer_question(dispatcher, tracker, asked_about)) is not None:
            # "the team know I need polish interpreter?" after a call was asked for: yes.
            # "will Keith be able to see this?": who can, and how to keep it from them.
            # "what call back? you havent got my number": plainly, nothing is booked yet.
            return [UserUtteranceReverted()] + answered
        elif life_talk.asks_if_this_is_the_right_place(text):
            # "not sure if this is the sort of thing you deal with": yes, tell me.
            say_lines(dispatcher, listening.right_place_reply())
        else:
            listen_or_shrug(dispatcher, tracker, text, meant)
        return [UserUtteranceReverted()]


SHORT_ASK_WORDS = 20


def listen_or_shrug(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
                    meant: str) -> None:
    """The fallback's last steps: the interpreter, listening to talk about their life, or
    the menu. Whether it is life talk is worked out once (themes, then the shape of it)."""
    english_hard = finds_english_hard(text) or bool(
        tracker.get_slot("handoff_reference") and language_needed([text])) or bool(
        interpreter_for(text)) or names_two_languages(text)  # "interpreter is for abbu"
    telling = is_about_their_life(meant, tracker)
    life = telling or bool(listening.themes_in(meant))
    if life and (interpreter_for(text) or names_two_languages(text)) and \
            len(text.split()) <= SHORT_ASK_WORDS:
        # "i want urdu interpreter for my father when you visit him, not for me" is the
        # request itself: answered, not reflected as a wish ("What would be a first small
        # step towards it?", round fourteen's replay).
        life = telling = False
    if english_hard and not life:
        # "do you speak polish?", "urdu please": the interpreter, in their language too.
        if not offer_interpreter(dispatcher, tracker, text):
            dispatcher.utter_message(text=texts.WHILE_YOU_ARE_HERE, buttons=texts.MENU_BUTTONS)
    elif english_hard or life:
        # Not a command we know, but something about their life: listen first.
        if english_hard:
            offer_interpreter(dispatcher, tracker, text)
        say_reflection(dispatcher, text, own_name(tracker), telling=telling,
                       sender=tracker.sender_id, said=said_so_far(tracker))
    else:
        dispatcher.utter_message(text=texts.FALLBACK, buttons=texts.MENU_BUTTONS)


def offer_interpreter(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> bool:
    """The free interpreter: booked by the team once a call is on the way, else the
    council's number, in English and, when we can tell it, in their own language. True when
    it was offered before: then only that it stands, with the button to get one."""
    lines = interpreter_reply(tracker, text)
    again = bool(lines) and lines[-1].startswith(STILL_THERE.split("{")[0])
    for line in lines[:-1] if again else lines:
        dispatcher.utter_message(text=line)
    if again:
        dispatcher.utter_message(text=lines[-1], buttons=[dict(texts.TALK_TO_A_PERSON)])
    return again


def answer_care_visits(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """Who comes or when the carers visit: the bot cannot change it, the team asks the care
    agency. With a request open, the question goes on it for staff (the call is unchanged)."""
    row = open_handoff(tracker)
    if row is not None:
        store.add_notes(row["reference"], [who_comes.staff_note(text)])
    lines = who_comes.reply(row is not None, call_changes.booked_contact(tracker) is not None)
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=lines[-1], buttons=[] if row is not None else
                             [texts.ASK_FOR_A_CALL_BACK])


def new_search_after_places(tracker: Tracker, text: str) -> bool:
    """ "bills?? no, i mean company" after directory results: a new search (the search
    answers it), not only a misreading to say sorry for."""
    shown = tracker.get_slot("shown_services") or []
    return bool(shown) and followup.new_search(text, shown) is not None


class ActionRestart(TrackerAction):
    """ "Start again" from any point, forms included: says so, shows the menu, then resets."""
    action = "action_restart"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        dispatcher.utter_message(text=texts.STARTED_AGAIN, buttons=texts.MENU_BUTTONS)
        return [Restarted()]


def leave_form() -> List[Dict[Text, Any]]:
    """Ends the open form; its answers stay in their slots so "carry on" can go on."""
    return [ActiveLoop(None), SlotSet("requested_slot", None)]


def back_to_the_questions(dispatcher: CollectingDispatcher,
                          tracker: Tracker) -> Optional[List[Dict[Text, Any]]]:
    """ "forget it. i shouldnt have put that. can we just finish the form" after the
    questions were paused at a plan to end their life (the model may hear a stop): met
    kindly, the hand-off kept, and the questions go on where they were (round twelve)."""
    text = latest_text(tracker)
    paused = tracker.get_slot("paused_form")
    if tracker.active_loop_name or not paused or not text or text.startswith("/") or \
            not (crisis_care.takes_it_back(text) and crisis_care.wants_to_carry_on(text)) \
            or not suicide_risk_stands(tracker.sender_id):
        return None
    reference = tracker.get_slot("handoff_reference")
    if reference:
        store.add_notes(reference, [handoff_words.taken_back_note(
            "'" + " ".join(text.split())[:300] + "'")])
    for line in crisis_care.taken_back_lines():
        dispatcher.utter_message(text=line)
    return [SlotSet("paused_form", None), SlotSet("safety_next", form_slots.NOT_NEEDED),
            FollowupAction(paused)]


class ActionStop(TrackerAction):
    action = "action_stop"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        back = back_to_the_questions(dispatcher, tracker)
        if back is not None:
            return back
        if not tracker.active_loop_name:
            # "no im fine forget i said it" after signs of suicide risk (round 18: read as
            # stop): a denial that keeps watch, the team still checks in, the numbers in
            # view. Imported here: actions.safety imports this module.
            from actions.safety import took_it_back
            taken = took_it_back(dispatcher, tracker, latest_text(tracker))
            if taken is not None:
                return taken
        events: List[Dict[Text, Any]] = []
        kept_for_call = False
        if tracker.active_loop_name:
            # After a call-back: the answers so far go to the person who rings (with consent).
            kept_for_call = stopped_with_callback(dispatcher, tracker)
            if not kept_for_call:
                dispatcher.utter_message(text=texts.STOPPED_FORM)
            events = [SlotSet("paused_form", tracker.active_loop_name)]
        if not kept_for_call:
            dispatcher.utter_message(text=texts.STOPPED)
        # "stop. who do i tell about my nan" after harm was told: who to ring now, in words.
        for line in ring_now_lines(tracker.sender_id, latest_text(tracker)):
            dispatcher.utter_message(text=line)
        dispatcher.utter_message(response="utter_menu")
        return events + leave_form()


class ActionPause(TrackerAction):
    """Take a break: the form stops asking, its answers are kept, and a code carries it on
    from any channel. "Carry on" in the same conversation picks up at the next question."""
    action = "action_pause"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        buttons = [dict(texts.CARRY_ON)]
        form = tracker.active_loop_name
        shown = tracker.get_slot("shown_services") or []
        text = latest_text(tracker)
        if not form and (listed := answer_about_saved(dispatcher, tracker, text)) is not None:
            # "take job club off my list", "no jus the shop 1": the list, not a break.
            return listed
        if not form and shown and saved_places.asks_to_save(text):
            # "save it please" after directory results: the place, not a break.
            return save_chosen(dispatcher, tracker, text, shown)
        if not form and not tracker.get_slot("paused_form") and (
                asked := process_questions(text)):
            # "how many questions is it, i have to get the kids from school at 3" with no
            # questions open (round thirteen: "Take a break. Your answers are kept"): how
            # long it takes, that it can stop and carry on, and the way to start.
            answer_process(dispatcher, tracker, asked)
            return []
        if not form and not tracker.get_slot("paused_form") and goodbye_at_end(text) is not None:
            # "ill do the carers one another day, got to go. ta" with no questions open: a
            # goodbye, not "take a break, type carry on" (round twelve); its numbers only
            # after danger told that still stands (utter_goodbye reads risk_told).
            dispatcher.utter_message(response="utter_goodbye")
            return []
        events: List[Dict[Text, Any]] = [SlotSet("paused_form", form)] if form else []
        code = give_code(dispatcher, tracker, form, buttons)
        if code:
            events.append(SlotSet("resume_code", code))
        else:
            dispatcher.utter_message(text=texts.PAUSED, buttons=buttons)
        if said_crisis(tracker.sender_id):
            # Stopping after saying they are in danger: the numbers again, never just "a break".
            dispatcher.utter_message(text=texts.paused_after_crisis())
        return events + (leave_form() if form else [])


def paused_question(dispatcher: CollectingDispatcher, tracker: Tracker, meant: str) -> bool:
    """ "what questions?", "what were you asking" after a card with the questions paused:
    the question asked next is named, with "Carry on" (never the card said again). True
    when said."""
    found = classify_request(meant)
    waiting = next_question_text(tracker, tracker.get_slot("paused_form") or "") \
        if found is not None and found.kind == "which_question" else None
    if not waiting:
        return False
    dispatcher.utter_message(text=form_words.question_we_were_on(waiting),
                             buttons=[dict(texts.CARRY_ON)])
    return True


class ActionResume(TrackerAction):
    """Carry on: in this conversation, or from a code given on any channel."""
    action = "action_resume"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        code = codes.find_code(latest_text(tracker)) or entity(tracker, "resume_code")
        if code:
            # Each code works once, and wrong tries are limited per conversation and per
            # client address, so codes cannot be guessed.
            used = store.redeem_code(code, tracker.sender_id, client_of(tracker))
            if used["status"] == "too_many":
                dispatcher.utter_message(text=codes.too_many_tries(), buttons=texts.MENU_BUTTONS)
                return []
            if used["status"] != "ok":
                dispatcher.utter_message(text=texts.RESUME_CODE_UNKNOWN,
                                         buttons=texts.MENU_BUTTONS)
                return []
            saved = used["saved"]
            dispatcher.utter_message(text=texts.RESUME_PROMPT)
            events = [SlotSet(k, v) for k, v in saved["slots"].items()]
            if not saved["form"]:
                # Started by an adviser for a caller: the scene is set. The adviser's note
                # ("fell last week, asking about a pendant alarm") is said back with the
                # next steps that fit it; without one, the person chooses from the menu.
                note = saved["slots"].get("whats_going_on")
                if note and note != SKIPPED:
                    say_reflection(dispatcher, str(note), saved["slots"].get("preferred_name"))
                else:
                    dispatcher.utter_message(response="utter_menu")
                return events
            if tracker.active_loop_name == saved["form"]:
                return events
            return events + [FollowupAction(saved["form"])]
        if tracker.active_loop_name:
            dispatcher.utter_message(text=texts.RESUME_PROMPT)
            return []
        paused = tracker.get_slot("paused_form")
        if paused:
            dispatcher.utter_message(text=texts.RESUME_PROMPT)
            return [SlotSet("paused_form", None), FollowupAction(paused)]
        dispatcher.utter_message(response="utter_menu")
        return []


def just_asked_about_safety(tracker: Tracker) -> bool:
    """The bot's last message was the direct safety question: its answer is left to the
    safety rules, never taken for a complaint about the conversation."""
    last = (last_bot_text(tracker) or "").strip()
    return any(last.endswith(q) for q in CHECK_IN_QUESTIONS.values())


def is_about_their_life(text: str, tracker: Tracker) -> bool:
    """Talk about their life (bot/life_talk.py), or any reply of a few words to the open
    question a reflection asked ("jean did mostly. and the bowls club")."""
    if life_talk.talks_about_their_life(text):
        return True
    asked = last_bot_text(tracker)
    return len(text.split()) >= 2 and (listening.answers_our_question(asked)
                                       or asked_for_summary_check(asked))


def say_lines(dispatcher: CollectingDispatcher, heard: listening.Reflection,
              buttons: Optional[List[Dict[str, str]]] = None) -> None:
    """The lines one message each, the buttons with the last (the open question)."""
    for line in heard.lines[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=heard.lines[-1], buttons=(buttons or heard.buttons)[:4])


def own_name(tracker: Tracker) -> Optional[str]:
    """The name the person chose for themselves, to thank them by. Filling in for someone,
    the name given is theirs (the mum's, not the daughter's), so it is not used."""
    name = tracker.get_slot("preferred_name")
    if not name or name in (SKIPPED, NOT_SURE) or \
            tracker.get_slot("about") == "someone_i_care_for":
        return None
    return str(name)


# Bot messages back within which the person's name is not said again.
NAME_SAID_LATELY = 6


def name_to_use(name: Optional[str], said: List[str]) -> Optional[str]:
    """The person's chosen name, sparingly: not when the bot said it in its last few
    messages ("Thank you, Lorraine." every turn reads as a script)."""
    if not name:
        return None
    recent = said[-NAME_SAID_LATELY:]
    return None if any(has_word(line, name) for line in recent) \
        else name


def say_reflection(dispatcher: CollectingDispatcher, words: str,
                   name: Optional[str] = None, telling: bool = False,
                   sender: str = "", said: Optional[List[str]] = None) -> listening.Reflection:
    """Affirm, reflect and ask one open question (bot/listening.py), with the next steps
    that fit what was said; a directory heading that matches the words comes first.

    sender: the person's own words in this conversation, kept as short pieces
    (actions/heard_record.py); every few pieces the open question gives way to a summary
    ("So far I have heard that...") and its check. Without it (an adviser's note) neither."""
    if denies_a_loss(words):
        dispatcher.utter_message(text=SORRY_WRONG)   # "no. mama is alive"
    name = name_to_use(name, said or [])
    so_far = heard_so_far(sender) if sender else HeardSoFar()
    names = {**so_far.names, **people_named_in(words)}
    heard = listening.reflect(as_meant(words), name=name, telling=telling, names=names)
    if said:
        heard = listening.not_again(heard, said)
    buttons = list(heard.buttons)
    category = categorise(as_meant(words))
    if category and not any(category in b["payload"] for b in buttons):
        buttons.insert(0, find_help_button(category))
    if not sender:
        say_lines(dispatcher, heard, buttons)
        return heard
    new = pieces_in(words, names)
    summary = []
    if new and summary_due(len(so_far.since_summary) + len(new), so_far.messages + 1):
        summary = summary_lines(so_far.since_summary + new)
    keep_heard(sender, new, people_named_in(words), summary[0] if summary else "")
    if summary:
        heard = listening.Reflection(heard.themes, heard.lines[:-1] + summary, SUMMARY_BUTTONS)
        buttons = SUMMARY_BUTTONS
    say_lines(dispatcher, heard, buttons)
    return heard


class ActionAskWhatsGoingOn(TrackerAction):
    """Asks what is going on; straight after a summary ("Have I got that right?") asks
    what to add or put right instead, so "Not quite" and "Yes, carry on" both go on."""
    action = "action_ask_whats_going_on"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        after_summary = asked_for_summary_check(last_bot_text(tracker))
        dispatcher.utter_message(text=ADD_OR_PUT_RIGHT if after_summary
                                 else texts.ASK_WHATS_GOING_ON)
        return []


class ActionReflectAndConnect(TrackerAction):
    """Listen and connect: says back what the person said, then offers next steps."""
    action = "action_reflect_and_connect"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        words = tracker.get_slot("whats_going_on") or ""
        if not words or words == SKIPPED:
            dispatcher.utter_message(text=texts.REFLECT_OFFER, buttons=[
                texts.PLAN_A_GOOD_LIFE, texts.FIND_LOCAL_HELP, texts.TALK_TO_A_PERSON])
            return [SlotSet("whats_going_on", None)]
        say_reflection(dispatcher, words, own_name(tracker),
                       sender=tracker.sender_id, said=said_so_far(tracker))
        return [SlotSet("whats_going_on", None)]
