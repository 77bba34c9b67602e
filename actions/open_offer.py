"""The offer the bot's last message made outside a form, and keeping it open.

Outside the questions, "dont no" or "maybe idk" to "Would you like someone from the team to
call you about a break?" showed the main menu, as if the person had said no. An unsure
reply to an offer keeps it open: a short kind line and the same buttons
(bot/answers/offers.py reads the offer and the reply). Used by the yes-or-no action outside
a form, the fallback and the directory search (the model may take "i might" for a search).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import intent_of, latest_text
from bot import texts
from bot.answers.offers import asks_about_offer, is_offer, unsure_reply, what_it_means, yes_payload
from bot.answers.yes_no import yes_no


def last_bot_message(tracker: Tracker) -> Optional[Dict[str, Any]]:
    """The bot's last message before the latest one from the person (text and buttons)."""
    seen_user = False
    for event in reversed(getattr(tracker, "events", None) or []):
        if event.get("event") == "user":
            if seen_user:
                return None
            seen_user = True
        elif event.get("event") == "bot" and seen_user and (event.get("text") or "").strip():
            return event
    return None


def open_offer(tracker: Tracker) -> Optional[Dict[str, Any]]:
    """The offer the bot's last message made, if it made one (a second "not sure" finds the
    offer still open, its buttons on the line that kept it open)."""
    if tracker.active_loop_name:
        return None
    last = last_bot_message(tracker)
    if last is None:
        return None
    text = str(last.get("text") or "")
    return last if is_offer(text) or text == texts.OFFER_STAYS_OPEN else None


def offer_buttons(offer: Dict[str, Any]) -> List[Dict[str, str]]:
    """The buttons the offer came with; Yes and No when it had none."""
    buttons = (offer.get("data") or {}).get("buttons") or []
    kept = [{"title": str(b["title"]), "payload": str(b["payload"])}
            for b in buttons if b.get("title") and b.get("payload")]
    return kept or [texts.YES, texts.NO]


def keep_offer_open(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """ "dont no", "not sure tbh" to an offer: says that is fine and shows the offer's
    buttons again. False (nothing said) when there was no offer or the reply was not
    unsure."""
    offer = open_offer(tracker)
    if offer is None:
        return False
    text = latest_text(tracker)
    if not (unsure_reply(text) or (intent_of(tracker) == "dont_know" and text.startswith("/"))):
        return False
    dispatcher.utter_message(text=texts.OFFER_STAYS_OPEN, buttons=offer_buttons(offer))
    return True


def answer_about_offer(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """ "tell me more about it first", "what would that involve?" to an offer: what it means
    in a sentence or two, and the offer again with its buttons. False (nothing said) when
    there was no offer or the message does not ask about it."""
    offer = open_offer(tracker)
    if offer is None or not asks_about_offer(latest_text(tracker)):
        return False
    buttons = offer_buttons(offer)
    dispatcher.utter_message(text=what_it_means(str(offer.get("text") or ""), buttons),
                             buttons=buttons)
    return True


def accepted_offer(tracker: Tracker) -> Optional[str]:
    """The payload a yes to the open offer stands for ("yes please" to "Would you like to
    find free advice near you?" is its "Money help" button), or None."""
    offer = open_offer(tracker)
    text = latest_text(tracker)
    if offer is None or not text or yes_no(text) is not True:
        return None
    if text.startswith("/") and text.split("{")[0] != "/affirm":
        return None
    return yes_payload(offer_buttons(offer)) or None
