"""Typed commands that act on the conversation itself: "delete my conversation", "download
my summary", "download my data". They do what the web chat's buttons do, on every channel,
because the gateway (not Rasa) holds the person's data and their key.

Deleting asks once more first: a typed "delete" is easy to send by mistake.
"""
from __future__ import annotations

import time
from typing import Callable, Dict, List, Optional

from bot.answers.requests import classify_request
from bot.answers.yes_no import yes_no
from bot.data import handoffs
from bot.texts import MENU_BUTTONS

CONFIRM_DELETE = "/confirm_delete"
KEEP = "/keep_conversation"

ASK_DELETE = ("Do you want me to delete this conversation and everything you told me? "
              "This cannot be undone.")
DELETE_BUTTONS = [{"title": "Yes, delete it", "payload": CONFIRM_DELETE},
                  {"title": "No, keep it", "payload": KEEP}]
DELETED = "Done. I have deleted this conversation and what you told me."
# With an open crisis or safeguarding request, that request stays (bot/data/handoffs.py).
ASK_DELETE_KEEPS_HELP = ("Do you want me to delete this conversation? This cannot be undone. "
                         "The team will still get in touch as you asked, because it is about "
                         "your safety. Only this chat is deleted.")
DELETED_KEEPS_HELP = ("Done. I have deleted this conversation. The team still has your "
                      "request for help, so they will still get in touch as you asked.")
KEPT = "OK, I have kept it. What would you like to do?"
SUMMARY_LINK = "Here is your summary. Open this link to read, save or print it: {url}"
DATA_LINK = "Here is everything kept about this conversation: {url}"
# On Telegram the relay sends files itself.
TELEGRAM_FILES = {"download_summary": "Send /summary and I will send your summary as a file.",
                  "download_data": "Send /mydata and I will send everything kept as a file."}


def command_of(message: str) -> Optional[str]:
    """ "delete", "confirm_delete", "keep", "download_summary", "download_data", or None."""
    text = (message or "").strip()
    if text == CONFIRM_DELETE:
        return "confirm_delete"
    if text == KEEP:
        return "keep"
    if text.startswith("/"):
        return None
    request = classify_request(text)
    if request and request.kind in ("delete", "download_summary", "download_data"):
        return request.kind
    return None


class DeleteQuestions:
    """Who was just asked "delete this conversation?", so the next message answers it once:
    a typed yes ("Yes, delete it", "yes please", "delete it") deletes, a no keeps. Anything
    else drops the question and goes on as usual, so it is never asked again and again.
    One gateway process holds it; the web chat's buttons send the payloads either way."""

    WINDOW_SECONDS = 600.0
    MOST = 10000

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._asked: Dict[str, float] = {}

    def asked(self, sender: str) -> None:
        now = self._clock()
        if len(self._asked) >= self.MOST:
            self._asked = {s: at for s, at in self._asked.items()
                           if now - at <= self.WINDOW_SECONDS}
        self._asked[sender] = now

    def answer(self, sender: str, message: str) -> Optional[str]:
        """ "confirm_delete", "keep", or None when nothing was asked or this is not an answer."""
        at = self._asked.pop(sender, None)
        if at is None or self._clock() - at > self.WINDOW_SECONDS:
            return None
        text = (message or "").strip()
        if text.startswith("/"):
            return None                     # the buttons' payloads speak for themselves
        said = yes_no(text)
        if said is False:
            return "keep"
        request = classify_request(text)
        if said is True or (request is not None and request.kind == "delete"):
            return "confirm_delete"
        return None


def reply(kind: str, base_url: str = "", sender: str = "",
          telegram: bool = False) -> List[Dict[str, object]]:
    """What the gateway answers for a command (after doing it, for a confirmed delete)."""
    if telegram and kind in TELEGRAM_FILES:
        return [{"text": TELEGRAM_FILES[kind]}]
    keeps_help = kind in ("delete", "confirm_delete") and sender and \
        handoffs.open_safety_request(sender) is not None
    if kind == "delete":
        return [{"text": ASK_DELETE_KEEPS_HELP if keeps_help else ASK_DELETE,
                 "buttons": DELETE_BUTTONS}]
    if kind == "confirm_delete":
        return [{"text": DELETED_KEEPS_HELP if keeps_help else DELETED}]
    if kind == "keep":
        return [{"text": KEPT, "buttons": MENU_BUTTONS}]
    path = "summary" if kind == "download_summary" else "data?format=html"
    url = f"{base_url}/api/conversations/{sender}/{path}"
    template = SUMMARY_LINK if kind == "download_summary" else DATA_LINK
    return [{"text": template.format(url=url)}]


def all_texts() -> Dict[str, str]:
    """Every sentence and button here, for the plain-language gate."""
    out = {"ASK_DELETE": ASK_DELETE, "DELETED": DELETED, "KEPT": KEPT,
           "ASK_DELETE_KEEPS_HELP": ASK_DELETE_KEEPS_HELP, "DELETED_KEEPS_HELP": DELETED_KEEPS_HELP,
           "SUMMARY_LINK": SUMMARY_LINK.format(url="https://example.gov.uk/s"),
           "DATA_LINK": DATA_LINK.format(url="https://example.gov.uk/d")}
    out.update({f"button:{b['title']}": b["title"] for b in DELETE_BUTTONS})
    out.update({f"telegram:{k}": v for k, v in TELEGRAM_FILES.items()})
    return {f"typed_commands.{k}": v for k, v in out.items()}
