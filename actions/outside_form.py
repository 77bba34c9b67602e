"""A yes, a no or "not sure" said outside a form, read against what the bot just said.

"dont no" or "maybe idk" to an offer ("Would you like someone from the team to call you
about a break?") keeps the offer open with its buttons (actions/open_offer.py); "tell me
more about it first" or "what would that involve?" is answered in a sentence or two and the
offer stays open; a plain yes
to an offer whose first button asks for a call back asks for it; "i don't get it" (read as a
no) says the last message again more simply; "NO bingo" after places were shown (read as a
no too) searches again without bingo; "not sure tbh" with no offer open gets a few simple
ways on, as "dont no" does at the fallback. Anything else is as before: the main menu.
"""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.common import Events, latest_text, TrackerAction
from actions.directory import answer_in_context
from actions.explain import not_understood, say_it_more_simply
from actions.open_offer import answer_about_offer, keep_offer_open, offer_buttons, open_offer
from bot import listening
from bot.answers.offers import unsure_reply
from bot.answers.said_to_bot import NOT_SURE_IS_OK
from bot.answers.yes_no import yes_no
from bot.directory.exclusions import turned_down
from bot.sounds_like import as_meant

CALL_BACK = "/request_human"


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
        offer = open_offer(tracker)
        if offer and yes_no(text) is True and offer_buttons(offer)[0]["payload"] == CALL_BACK:
            # "yes please" to "Would you like one?" (a call back): the call back, as the
            # offer's first button would.
            return [FollowupAction("action_handoff")]
        if not text.startswith("/") and unsure_reply(text):
            # "erm not sure to be honest" to an open question: that is fine, and a few
            # simple ways on (as the fallback says to "dont no"), not the whole menu.
            dispatcher.utter_message(text=NOT_SURE_IS_OK, buttons=listening.GO_ON_SIMPLY)
            return []
        if tracker.get_slot("shown_services") and turned_down(text):
            # Searched here, not as a follow-up action: no rule follows a search that comes
            # after this action, so the fallback would run it a second time.
            answered = await answer_in_context(dispatcher, tracker, text)
            if answered is not None:
                return answered
        dispatcher.utter_message(response="utter_menu")
        return []
