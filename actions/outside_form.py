"""A yes, a no or "not sure" said outside a form, read against what the bot just said.

"dont no" or "maybe idk" to an offer ("Would you like someone from the team to call you
about a break?") keeps the offer open with its buttons (actions/open_offer.py); "tell me
more about it first" or "what would that involve?" is answered in a sentence or two and the
offer stays open; a yes does what the offer's yes button would (a call back, a search, a
form, saving the places shown); "i don't get it" (read as a no) says the last message again
more simply; "NO bingo" after places were shown (read as a no too) hands over to
action_search_directory, which searches again without bingo; "not sure tbh" with no offer
open gets a few simple ways on, as "dont no" does at the fallback. Anything else is as
before: the main menu.
"""
from __future__ import annotations

from typing import Optional

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.common import Events, latest_text, switch_easy_read, TrackerAction
from actions.directory import (ActionShowMoreServices, answer_about_saved, save_to_summary,
                               saved_now)
from actions.explain import bot_lines_since_they_spoke, not_understood, say_it_more_simply
from actions.open_offer import (accepted_offer, answer_about_offer, keep_offer_open,
                                open_offer)
from bot import easy_read_offer, listening, texts
from bot.answers.yes_no import yes_no
from bot.answers.offers import offer_kind, unsure_reply
from bot.directory import present, saved
from bot.answers.said_to_bot import NOT_SURE_IS_OK
from bot.directory.exclusions import turned_down
from bot.sounds_like import as_meant

# What a yes to an offer does, by the intent of the offer's yes button: the action (or
# form) that button would run. The directory search and the call back run as themselves,
# so the tracker shows action_search_directory and action_handoff (the contract).
FOLLOWS = {"request_human": "action_handoff", "find_service": "action_search_directory",
           "start_self_assessment": "self_assessment_form",
           "start_carer_assessment": "carer_assessment_form", "listen_connect": "listen_form",
           "give_feedback": "experience_survey_form"}


class ActionAnswerOutsideForm(TrackerAction):
    """A yes, no or "not sure" outside a form (rules in data/rules/core.yml)."""
    action = "action_answer_outside_form"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        text = latest_text(tracker)
        if not text.startswith("/") and not_understood(as_meant(text)):
            # "i don't get it", read as a no: the last message again, more simply.
            say_it_more_simply(dispatcher, tracker)
            return []
        if keep_offer_open(dispatcher, tracker) or answer_about_offer(dispatcher, tracker):
            # "dont no" keeps the offer open; "tell me more about it first" is answered
            # and the offer stays open.
            return []
        accepted = accepted_offer(tracker)
        if accepted:
            # "yes please" to "Would you like to find free advice near you?": what the
            # offer's yes button would do, never the menu.
            done = await do_offer(dispatcher, tracker, accepted)
            if done is not None:
                return done
        if yes_no(text) is True and easy_read_offer.offered_in(bot_lines_since_they_spoke(tracker)):
            # "yes" just after "Would easier words help?" (round eleven: the menu, easy read
            # still off), when no later offer took the yes: easy read from now on.
            switch_easy_read(dispatcher, tracker, True)
            dispatcher.utter_message(text=texts.WHAT_NEXT, buttons=texts.MENU_BUTTONS)
            return []
        if not text.startswith("/") and unsure_reply(text):
            # "erm not sure to be honest" to an open question: that is fine, and a few
            # simple ways on (as the fallback says to "dont no"), not the whole menu.
            dispatcher.utter_message(text=NOT_SURE_IS_OK, buttons=listening.GO_ON_SIMPLY)
            return []
        if not text.startswith("/") and (
                listed := answer_about_saved(dispatcher, tracker, text)) is not None:
            # "no jus the shop 1" after a save, read as a no: the save put right.
            return listed
        if tracker.get_slot("shown_services") and turned_down(text):
            # "NO bingo" after places were shown: the search again without bingo, run as
            # action_search_directory (which then listens: actions.common.chained_listen).
            return [FollowupAction("action_search_directory")]
        dispatcher.utter_message(response="utter_menu")
        return []


async def do_offer(dispatcher: CollectingDispatcher, tracker: Tracker,
                   payload: str) -> Optional[Events]:
    """Does what a yes to the open offer stands for; None when it is nothing we know."""
    offer = open_offer(tracker) or {}
    kind = offer_kind(str(offer.get("text") or ""), payload)
    if kind in FOLLOWS:
        return [FollowupAction(FOLLOWS[kind])]
    if kind == "save_services" and tracker.get_slot("shown_services"):
        shown = tracker.get_slot("shown_services")
        save_to_summary(tracker.sender_id, shown)
        dispatcher.utter_message(text=saved.saved_reply(shown, saved_now(tracker.sender_id)),
                                 buttons=[present.OTHER_BUTTON, texts.TALK_TO_A_PERSON])
        return []
    if kind == "show_more":
        return await ActionShowMoreServices().act(dispatcher, tracker)
    return None
