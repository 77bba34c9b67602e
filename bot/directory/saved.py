"""'Save these to my summary': the places a person chose to keep, added to their summary.

With an assessment summary already made, the places join its "Local help you might like"
list; without one, they get a short page of their own. Either way "download my summary"
gives them.
"""
from __future__ import annotations

import html
from datetime import datetime, timezone
import re
from typing import Any, Dict, List, Optional, Sequence

from bot.directory.followup import named_card

SAVED = "I have saved these to your summary. You can download it at any time."
NOTHING = "There is nothing to save yet. What kind of help are you looking for?"
SAVED_ONE = "I have saved {name} to your summary. You can download it at any time."
SAVED_SOME = "I have saved {names} to your summary. You can download it at any time."
SAVE_BUTTON = {"title": "Save these to my summary", "payload": "/save_services"}
ASSESSMENT_KINDS = ("self_assessment", "carer_assessment")


def merge(existing: List[Dict[str, Any]], new: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Keeps the order people saw them in, each place once."""
    seen = {s.get("id") or s.get("name") for s in existing}
    merged = list(existing)
    for service in new:
        key = service.get("id") or service.get("name")
        if key not in seen:
            merged.append(service)
            seen.add(key)
    return merged


# "save it please", "can you save that one for me", "save the swimming one": places, not a
# break ("save my answers for later" is the form's pause).
ASKS_TO_SAVE = re.compile(r"\bsave\b|\bkeep (?:it|that|this|them|these|those)(?: one)?\b|"
                          r"\badd (?:it|that|this|them|these)(?: one)? to my summary\b", re.I)
NOT_A_PLACE = re.compile(r"\b(?:later|come back|carry on|my answers|my progress|my place|"
                         r"what i said|what i told you|this form|the form)\b", re.I)
ALL_OF_THEM = re.compile(r"\b(?:these|them|those|all|both|the list|that list|everything)\b",
                         re.I)


def asks_to_save(text: str) -> bool:
    """A request to keep a place (or the places) just shown."""
    said = str(text or "")
    return bool(ASKS_TO_SAVE.search(said)) and not NOT_A_PLACE.search(said)


# "the befriender one and the swimming one", "the choir, the lunch club": several named.
PARTS = re.compile(r"\band\b|,|&|\bplus\b|\balso\b", re.I)


def several_named(text: str, shown: Sequence[Dict[str, Any]],
                  earlier: Sequence[Dict[str, Any]] = ()) -> List[Dict[str, Any]]:
    """Each place named in a list of names, from the places shown last or earlier in the
    chat ("save the befriender one and the swimming one", after two searches)."""
    found: List[Dict[str, Any]] = []
    for part in PARTS.split(text or ""):
        # A tie among earlier places goes to the one they chose then ("the first one").
        card = (named_card(part, shown) or named_card(part, earlier)
                or named_card(part, [c for c in earlier if c.get("focus")]))
        if card is not None and card not in found:
            found.append(card)
    return found if len(found) > 1 else []


def chosen(text: str, shown: Sequence[Dict[str, Any]],
           pointed: Optional[Dict[str, Any]],
           earlier: Sequence[Dict[str, Any]] = ()) -> List[Dict[str, Any]]:
    """The places to save: those named ("the befriender one and the swimming one"), the one
    named or in focus ("save it", "the swimming one"), else all of those shown ("save
    these")."""
    several = several_named(text, shown, earlier)
    if several:
        return several
    if pointed is not None and not (ALL_OF_THEM.search(text) and not _one(text)):
        return [pointed]
    if shown and _one(text) and not ALL_OF_THEM.search(text):
        # "keep that one" with nothing in focus: the best match, shown first.
        return [shown[0]]
    return list(shown)


def _one(text: str) -> bool:
    return bool(re.search(r"\b(?:it|one|that one|this one)\b", text, re.I))


def saved_reply(places: Sequence[Dict[str, Any]]) -> str:
    names = [p["name"] for p in places if p.get("name")]
    if len(places) == 1 and names:
        return SAVED_ONE.format(name=names[0])
    if 1 < len(names) <= 3 and len(names) == len(places):
        return SAVED_SOME.format(names=" and ".join([", ".join(names[:-1]), names[-1]]))
    return SAVED


# "what have I got saved?", "whats on my list": the places kept, read out.
ASKS_WHAT_IS_SAVED = re.compile(
    r"\bwhat (?:have i|have you|did i|did you|ve i|ive|is|s|was|are)(?: got| been)? "
    r"(?:saved|kept|on (?:my|the) (?:list|summary))\b|\bwhat(?:s| is) (?:on )?(?:my|the) "
    r"(?:saved|list|saved list)\b|\b(?:show|read|tell) me (?:my|the|what i) "
    r"(?:saved|list|saved places|have saved)\b|\bwhich (?:ones|places) (?:did i|have i|did you|"
    r"have you) (?:save|saved|keep|kept)\b", re.I)
# "take Work Tasters off", "remove the men's shed", "I asked you to take it off":
# a place to drop from the list.
ASKS_TO_REMOVE = re.compile(
    r"\b(?:take|get|cross|knock)\b.{0,40}?\b(?:off|out)\b|\b(?:remove|delete|drop|unsave)\b",
    re.I)
REMOVED = "I have taken {names} off your list."
NOT_ON_LIST = "That is not on your list. Your list has: {names}."
LIST_IS = "Your list has: {names}. You can download it with your summary."
LIST_EMPTY = "You have not saved any places yet."


def asks_what_is_saved(text: str) -> bool:
    return bool(ASKS_WHAT_IS_SAVED.search(str(text or "")))


def to_remove(text: str, kept: Sequence[Dict[str, Any]]) -> Optional[List[Dict[str, Any]]]:
    """The places named to take off the list ("take Work Tasters off"); [] when they ask to
    take something off but name nothing on the list; None when it is not that request."""
    said = str(text or "")
    if not ASKS_TO_REMOVE.search(said) or re.search(
            r"\b(?:my|the) (?:data|conversation|chat|answers|details|messages)\b", said, re.I):
        return None
    found: List[Dict[str, Any]] = []
    for part in PARTS.split(said):
        card = named_card(part, kept)
        if card is not None and card not in found:
            found.append(card)
    return found


def without(kept: Sequence[Dict[str, Any]], gone: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
    keys = {g.get("id") or g.get("name") for g in gone}
    return [k for k in kept if (k.get("id") or k.get("name")) not in keys]


def names_of(places: Sequence[Dict[str, Any]]) -> str:
    names = [str(p.get("name")) for p in places if p.get("name")]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def render_html(services: List[Dict[str, Any]], council_name: str) -> str:
    esc = html.escape
    items = "".join(f"<li><strong>{esc(s.get('name', ''))}</strong>: "
                    f"{esc(s.get('contact', ''))}</li>" for s in services)
    day = datetime.now(tz=timezone.utc).strftime("%d %B %Y")
    return ("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>Places that could help</title><style>body{font-family:Arial,sans-serif;"
            "font-size:1.1rem;line-height:1.5;max-width:40rem;margin:1rem auto;padding:0 1rem}"
            "</style></head><body><h1>Places that could help</h1>"
            f"<p>Saved with {esc(council_name)}'s care and support helper on {day}.</p>"
            f"<ul>{items}</ul></body></html>")


def all_texts() -> Dict[str, str]:
    sample = [{"name": "Work Tasters"}, {"name": "Park Conservation Volunteers"}]
    return {"directory.saved/REMOVED": REMOVED.format(names="Work Tasters"),
            "directory.saved/NOT_ON_LIST": NOT_ON_LIST.format(names=names_of(sample)),
            "directory.saved/LIST_IS": LIST_IS.format(names=names_of(sample)),
            "directory.saved/LIST_EMPTY": LIST_EMPTY,
            "directory.saved/SAVED": SAVED,
            "directory.saved/SAVED_ONE": SAVED_ONE.format(name="Accessible Swim Session"),
            # (the names are the directory's; ours are the words around them)
            "directory.saved/SAVED_SOME": SAVED_SOME.format(names="Aqua Fit and Lunch Club"),
            "directory.saved/NOTHING": NOTHING,
            "directory.saved/button": SAVE_BUTTON["title"]}
