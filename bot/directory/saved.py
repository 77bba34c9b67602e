"""'Save these to my summary': the places a person chose to keep, added to their summary.

With an assessment summary already made, the places join its "Local help you might like"
list; without one, they get a short page of their own. Either way "download my summary"
gives them.
"""
from __future__ import annotations

import html
from datetime import datetime, timezone
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence

from bot.directory.followup import GENERIC, named_card
from bot.directory.textmatch import STOP_WORDS, padded, stem, stems, words
from bot.sounds_like import as_meant

SAVED = "I have saved these to your summary. You can download it at any time."
NOTHING = "There is nothing to save yet. What kind of help are you looking for?"
SAVED_ONE = "I have saved {name} to your summary. You can download it at any time."
SAVED_SOME = "I have saved {names} to your summary. You can download it at any time."
RING_THEM = "You can also ring {name} yourself on {phone}."
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
                          r"\bkeep (?:the|that) (?:\w+ ){1,3}(?:one|1)\b|"
                          r"\badd (?:it|that|this|them|these)(?: one)? to my summary\b", re.I)
NOT_A_PLACE = re.compile(r"\b(?:later|come back|carry on|my answers|my progress|my place|"
                         r"what i said|what i told you|this form|the form)\b", re.I)
ALL_OF_THEM = re.compile(r"\b(?:these|them|those|all|both|the list|that list|everything)\b",
                         re.I)


def asks_to_save(text: str) -> bool:
    """A request to keep a place (or the places) just shown; never a question whether
    something was saved ("did you save the email address?", "is it saved?")."""
    said = str(text or "")
    return bool(ASKS_TO_SAVE.search(said)) and not NOT_A_PLACE.search(said) and \
        not ASKS_IF_SAVED.search(said)


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
    picked by a word from its card or its place in the list ("the shop one", "the one with
    the coach", "the second one"), the one in focus ("save it"), else all of those shown
    ("save these"), less any left out ("all but not the bowling one")."""
    said = _ones(as_meant(str(text or "")))
    left_out, rest = _left_out(said, shown)

    def keep(places: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
        return [p for p in places if not _among(p, left_out)]

    if ALL_OF_THEM.search(rest) and not _one(rest):
        return keep(shown)
    several = several_named(rest, shown, earlier)
    if several:
        return keep(several)
    found = keep(picked(rest, shown))
    if found:
        return found
    if left_out:
        return keep(shown)
    if pointed is not None and not (ALL_OF_THEM.search(said) and not _one(said)):
        return [pointed]
    if shown and _one(said) and not ALL_OF_THEM.search(said):
        # "keep that one" with nothing in focus: the best match, shown first.
        return [shown[0]]
    return list(shown)


# Words that say how a place is picked, never which one ("save the shop one for me pls").
NOT_A_CLUE = frozenset(stem(w) for w in """
one ones save saved saving keep kept take took off list summary just jus only onli want wanted
meant mean rid remove delete drop cross put add pls ta thanks cheers yes yeah yep no nah nope
not dont that this those these them it first second third last top bottom middle place places
thing 1st 2nd 3rd 4th fourth number sorry oops wait instead there on""".split())
# Words on a card that say nothing about which it is ("a friendly weekly club for you").
CARD_FILLER = frozenset("""friendly everyone welcome others other each every week weeks day
days month time try few""".split())
ORDINAL_AT = {"first": 0, "1st": 0, "top": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
              "fourth": 3, "4th": 3, "last": -1, "bottom": -1}
# "the second one", "the 2nd 1", "the last one", "number 2": a place by its place in the list.
ORDINAL_PICK = re.compile(
    r"\b(?:(?:the|that|this)\s+(first|1st|top|second|2nd|third|3rd|fourth|4th|last|bottom)\b"
    r"|(first|1st|top|second|2nd|third|3rd|fourth|4th|last|bottom)\s+(?:one|place|group|club|"
    r"thing)\b|(?:number|no\.?|#)\s?([1-4])\b)", re.I)
# Several places in one breath: "the befriender one and the swimming one", "x or y".
PICK_PARTS = re.compile(r"\band\b|\bor\b|,|&|\bplus\b|\balso\b|\bn\b", re.I)


def _ones(text: str) -> str:
    """ "the shop 1", "that 1": the number one as the word, so it reads as "one"."""
    return re.sub(r"(?<=[a-z] )1\b(?!\s*(?:pm|am|o'?clock|mile|miles|hour|hours|day|days|week|"
                  r"weeks|month|months|year|years|£|pound|pounds)\b)", "one", text, flags=re.I)


def _clues(text: str) -> frozenset:
    return frozenset(stem(w) for w in words(text)
                     if w not in STOP_WORDS and len(w) > 1) - NOT_A_CLUE


def _card_words(text: str) -> frozenset:
    return frozenset(stem(w) for w in words(text) if len(w) > 2 and w not in STOP_WORDS
                     and w not in GENERIC and w not in CARD_FILLER)


def _key(place: Dict[str, Any]) -> Any:
    return place.get("id") or place.get("name")


def _among(place: Dict[str, Any], places: Sequence[Dict[str, Any]]) -> bool:
    return _key(place) in {_key(p) for p in places}


def _says_name(text: str, place: Dict[str, Any]) -> bool:
    """The place's whole name is in the words ("i dont want job club")."""
    name = stems(place.get("name", ""))
    return bool(name) and padded(name) in padded(stems(text))


def pick_one(text: str, places: Sequence[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The one place a few words point at: by its place in the list ("the last one"), else
    the single best match to a word from its name (counting twice) or its description ("the
    shop one", "the one with the coach"); None when no word or a tie."""
    if not places:
        return None
    found = ORDINAL_PICK.search(text)
    if found:
        word = (found.group(1) or found.group(2) or "").lower()
        index = ORDINAL_AT[word] if word else int(found.group(3)) - 1
        return places[index] if -len(places) <= index < len(places) else None
    clues = _clues(text)
    if not clues:
        return None
    bags = [(_card_words(p.get("name", "")), _card_words(p.get("about", ""))) for p in places]
    scores = [0.0] * len(places)
    held = [0] * len(places)
    for clue in clues:
        # A word on one card picks it out more than a word on all of them ("job coach").
        holders = [i for i, (name, about) in enumerate(bags) if clue in name or clue in about]
        for i in holders:
            scores[i] += (2.0 if clue in bags[i][0] else 1.0) / len(holders)
            held[i] += 1
    # The card holding more of the words comes first ("the shop job one": Work Tasters,
    # with a shop and a job, not Shopping Buddies for the shop alone; round seventeen).
    ranks = list(zip(held, scores))
    best = max(ranks)
    if best[1] == 0 or ranks.count(best) > 1:
        return None
    return places[ranks.index(best)]


def place_meant(text: str, shown: Sequence[Dict[str, Any]],
                earlier: Sequence[Dict[str, Any]] = ()) -> Optional[Dict[str, Any]]:
    """The one place a few words point at among those shown last and earlier in the chat
    ("can sum1 help me ring the shop job one" after a list without it: Work Tasters, shown
    before, not Job Club for the word "job"); by its place in the list only among the
    latest ones. None when no word picks out one."""
    said = _ones(as_meant(str(text or "")))
    if ORDINAL_PICK.search(said):
        return pick_one(said, shown)
    places = list(shown) + [p for p in earlier if not _among(p, shown)]
    return pick_one(said, places)


def picked(text: str, places: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Each place picked in the words, in the order said ("the weekly one and the garden
    one"); the whole words when their parts pick none."""
    found: List[Dict[str, Any]] = []
    for part in PICK_PARTS.split(text or ""):
        place = pick_one(part, places)
        if place is not None and not _among(place, found):
            found.append(place)
    if not found:
        place = pick_one(text or "", places)
        found = [place] if place is not None else []
    return found


# "the stair lift one might be good", "the lunch club sounds nice", "i like the shed one":
# one place shown, liked (round seventeen: the choice said with a question was lost).
LIKES = re.compile(
    r"(?<!not )(?<!nt )\b(?:might|could|would|may|will|should) be (?:\w+ )?(?:good|useful|"
    r"handy|helpful|ideal|great|worth|right|the one)\b|"
    r"(?<!not )(?<!nt )\b(?:sounds|looks|seems) (?:\w+ )?(?:good|useful|handy|helpful|great|"
    r"ideal|interesting|nice|ok|okay|alright|right)\b|"
    r"\bi (?:like|fancy|quite like|ll try|will try|d like|would like|want) (?:the|that)\b",
    re.I)
NOT_LIKED = re.compile(r"\b(?:not|dont|doesnt|wouldnt|isnt|never|no)\b", re.I)


def liked(text: str, places: Sequence[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The one place shown that a sentence of the message says they like, or None."""
    for part in re.split(r"[.!?;\n]+", str(text or "")):
        said = as_meant(part).replace("'", "")
        if LIKES.search(said) and not NOT_LIKED.search(said):
            place = pick_one(said, places)
            if place is not None:
                return place
    return None


# "save them all but not the bowling one", "except the bowling", "apart from the art class".
LEAVE_OUT = re.compile(r"\b(?:but not|not|except(?: for)?|apart from|other than|bar|without|"
                       r"minus)\s+(?P<what>[^.;!?]*)", re.I)


def _left_out(text: str, shown: Sequence[Dict[str, Any]]) -> "tuple[List[Dict[str, Any]], str]":
    """(the places left out, the words without that part)."""
    found = LEAVE_OUT.search(text)
    if not found:
        return [], text
    gone = picked(found.group("what"), shown)
    if not gone:
        return [], text
    return gone, (text[:found.start()] + " " + text[found.end():]).strip()


def _one(text: str) -> bool:
    return bool(re.search(r"\b(?:it|one|that one|this one)\b", text, re.I))


def saved_reply(places: Sequence[Dict[str, Any]],
                now: Optional[Sequence[Dict[str, Any]]] = None) -> str:
    """What was saved; with ``now`` (the whole list after) holding more, the list too
    ("save that one too and show me my list" gets both)."""
    names = [p["name"] for p in places if p.get("name")]
    if len(places) == 1 and names:
        reply = SAVED_ONE.format(name=names[0])
    elif 1 < len(names) <= 3 and len(names) == len(places):
        reply = SAVED_SOME.format(names=" and ".join([", ".join(names[:-1]), names[-1]]))
    else:
        reply = SAVED
    if now and any(not _among(p, places) for p in now):
        reply = f"{reply} {list_now(now)}"
    return reply


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
    r"\b(?:take|get|cross|knock|tek)\b.{0,40}?\b(?:off|out)\b|\b(?:remove|delete|drop|unsave)\b|"
    r"\b(?:get|git) rid\b|\bscrap\b|\bbin (?:it|that|them|the)\b", re.I)
REMOVED = "I have taken {names} off your list."
NOT_ON_LIST = "That is not on your list. Your list has: {names}."
LIST_IS = "Your list has: {names}. You can download it with your summary."
LIST_EMPTY = "You have not saved any places yet."
LIST_NOW = "Your list now has: {names}."
LIST_NOW_EMPTY = "Your list is empty now."
SORRY_FIXED = "Sorry about that."


# Round thirteen: "can i see what youve saved for me" (not understood), "did you save the
# email address?" (three places saved): asks what is kept, never a save.
SEES_THE_LIST = re.compile(
    r"\b(?:see|show|read|tell|check|view|look at|give|send|bring up|pull up)(?: me| us)? "
    r"(?:my|the|our) (?:saved |whole )?(?:list|saved|saved places|summary list)\b|"
    r"\bwhat (?:i|you|u|we|ive|youve|uve|weve|i'?ve|you'?ve|i have|you have|did you|did i|"
    r"have you|have i|did u|have u)(?: (?:got|already|just|now))* (?:saved|save|kept|put on)\b|"
    r"\bwhat(?:s| is| am i| have i got| ive got) on (?:my|the) (?:saved )?list\b", re.I)
ASKS_IF_SAVED = re.compile(
    r"\b(?:did|have|has|had|didnt|didn'?t|havent|haven'?t)(?: (?:you|u|it|that|they|i|we))"
    r"(?: (?:actually|already|definitely|really|just|all))? (?:save|saved|keep|kept)\b|"
    r"\b(?:is|was|are|were|has|have) (?:it|that|they|those|these|them|everything|all|the \w+"
    r"(?: \w+)?)(?: all| been)* (?:saved|kept)\b", re.I)


def asks_if_saved(text: str) -> bool:
    """ "did you save the email address?", "is it saved?": a question, never a save."""
    return bool(ASKS_IF_SAVED.search(str(text or "")))


def sees_the_list(text: str) -> bool:
    """ "can i see what youve saved for me", "show me my list": the list read out."""
    return bool(SEES_THE_LIST.search(str(text or "")))


def asks_what_is_saved(text: str) -> bool:
    said = str(text or "")
    return bool(ASKS_WHAT_IS_SAVED.search(said) or SEES_THE_LIST.search(said))


# Not a place: "delete my conversation", "remove my details".
ABOUT_THEIR_DATA = re.compile(
    r"\b(?:my|the) (?:data|conversation|chat|answers|details|messages)\b", re.I)
# "i dont want job club on there", "not bothered about the art one": taken off, when it
# names a place on their list (else it turns a search down: "i dont want bingo").
DOES_NOT_WANT = re.compile(r"\b(?:do ?n[o']?t|dont|didn'?t|didnt|did not|do not) (?:want|need|"
                           r"like)\b|\bnot (?:bothered about|interested in|for me)\b", re.I)
# "jus keep work tasters", "only keep the second one", "keep just the art one".
KEEP_ONLY = re.compile(r"\b(?:just|jus|only|onli) (?:keep|leave|want)\b|"
                       r"\b(?:keep|leave) (?:just|jus|only|onli)\b", re.I)
# Putting a save right: "no jus the shop 1", "only the one with the coach", "i only wanted
# the shop one", "not that one, the shop one", "no i meant the shop one".
CORRECTS = re.compile(
    r"^\W*(?:(?:no+|nah|nope|oops|sorry|wait|oh|hang on)\W+)*(?:i\s+)?(?:just|jus|only|onli)\b|"
    r"\b(?:i|we)\s+(?:only|just|jus|onli)\s+(?:want|wanted|meant|need|needed|asked for|said|"
    r"picked|chose)\b|\b(?:i|we)\s+(?:meant|mean)\b|"
    r"\bnot (?:that|this|those|them|all)(?: one| ones| of them| lot)?\W+(?:i want |i meant |"
    r"just |only )?(?:the|that)\b|^\W*(?:no+|nah|nope)\W+(?:the|that)\b|"
    # "wrong one, i wanted the shop one", "no not them all just the shop 1"
    r"\bwrong (?:one|ones|place|places)\b|\b(?:i|we) (?:wanted|picked|chose|said)\b|"
    r"\b(?:just|jus|only|onli) (?:the|that|this|number)\b", re.I)
# "the coach one", "that 1", "off my list", "on there": it is about a place, not a topic.
ON_THE_LIST = re.compile(r"\b(?:the|that|this) (?:\w+ ){0,3}one\b|\b(?:list|summary|saved|"
                         r"on there|anymore|any more)\b", re.I)
CLAUSES = re.compile(r"[.;!?]+|\bbut\b|\bthen\b", re.I)


@dataclass
class ListChange:
    """What a message does to the saved list: ``kept`` is the list after, ``gone`` what was
    taken off, ``corrected`` whether it put a save right ("no just the shop one")."""

    kept: List[Dict[str, Any]]
    gone: List[Dict[str, Any]]
    corrected: bool = False


def list_change(text: str, shown: Sequence[Dict[str, Any]],
                kept: Sequence[Dict[str, Any]]) -> Optional[ListChange]:
    """Places taken off the list ("take job club off my list. jus keep work tasters", "get
    rid of the shop one", "i dont want job club on there"), or a save put right ("no jus
    the shop 1": of the places shown and saved, only that one stays). None when the message
    does neither (a question, a new search, a save)."""
    said = _ones(as_meant(str(text or "")))
    if not kept or not said.strip() or said.startswith("/") or asks_what_is_saved(said) or \
            ABOUT_THEIR_DATA.search(said):
        return None
    gone: List[Dict[str, Any]] = []
    only: List[Dict[str, Any]] = []
    asked_off = False
    for clause in CLAUSES.split(said):
        if KEEP_ONLY.search(clause):
            only += [p for p in picked(clause, kept) if not _among(p, only)]
        elif ASKS_TO_REMOVE.search(clause):
            asked_off = True
            gone += [p for p in picked(clause, kept) if not _among(p, gone)]
        elif DOES_NOT_WANT.search(clause):
            # "i dont want job club on there", "dont want the coach one": a place on the
            # list; never "i dont need help with a job, i want friends" (a search).
            gone += [p for p in picked(clause, kept) if not _among(p, gone)
                     and (ON_THE_LIST.search(clause) or _says_name(clause, p))]
    if asked_off and not gone and not only:
        # "Work Tasters is still on there, I asked you to take it off": named elsewhere.
        gone = picked(said, kept)
    if only:
        gone += [p for p in kept if not _among(p, only) and not _among(p, gone)]
    if gone:
        return ListChange([p for p in kept if not _among(p, gone)], gone)
    if CORRECTS.search(said) and any(_among(s, kept) for s in shown) and \
            not re.search(r"\?\s*$", said):
        meant = picked(said, shown)
        if meant:
            off = [p for p in kept if _among(p, shown) and not _among(p, meant)]
            after = [p for p in kept if not _among(p, off)]
            after += [p for p in meant if not _among(p, after)]
            return ListChange(after, off, corrected=True)
    return None


# "the shop one", "the one with the coach", "the 2nd 1", "off my list": a place on a list.
POINTS_AT_A_PLACE = re.compile(r"\b(?:the|that|this) (?:\w+ ){1,3}one\b|\bthe one (?:with|wiv|"
                               r"for|that|where|about|in|on)\b|\b(?:my|the) (?:list|summary)\b",
                               re.I)


def about_a_listed_place(text: str) -> bool:
    """Words that save, put right or take off a place picked from a list ("nah only the
    last 1", "get rid of the job club"): for the NLU to hand to the fallback, which reads
    them against the places shown and kept (``list_change``, ``chosen``)."""
    said = _ones(as_meant(str(text or "")))
    if said.startswith("/") or not (CORRECTS.search(said) or KEEP_ONLY.search(said)
                                    or ASKS_TO_REMOVE.search(said) or asks_to_save(said)):
        return False
    return bool(ORDINAL_PICK.search(said) or POINTS_AT_A_PLACE.search(said)
                or (ASKS_TO_REMOVE.search(said) and re.search(r"\b(?:club|group|class|"
                                                              r"service|cafe)\b", said, re.I)))


def to_remove(text: str, kept: Sequence[Dict[str, Any]]) -> Optional[List[Dict[str, Any]]]:
    """The places named to take off the list ("take Work Tasters off"); [] when they ask to
    take something off but name nothing on the list; None when it is not that request."""
    said = str(text or "")
    if not ASKS_TO_REMOVE.search(said) or ABOUT_THEIR_DATA.search(said):
        return None
    change = list_change(said, [], kept)
    return change.gone if change is not None else []


def change_reply(change: ListChange) -> str:
    """What was taken off and what the list now holds, said back."""
    lines = [SORRY_FIXED] if change.corrected else []
    if change.gone:
        lines.append(REMOVED.format(names=names_of(change.gone)))
    lines.append(list_now(change.kept))
    return " ".join(lines)


def list_now(kept: Sequence[Dict[str, Any]]) -> str:
    return LIST_NOW.format(names=names_of(kept)) if kept else LIST_NOW_EMPTY


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
            "directory.saved/RING_THEM": RING_THEM.format(name="Tuesday Lunch Club",
                                                          phone="0113 496 0116"),
            "directory.saved/LIST_NOW": list_now(sample),
            "directory.saved/LIST_NOW_EMPTY": LIST_NOW_EMPTY,
            "directory.saved/SORRY_FIXED": SORRY_FIXED,
            "directory.saved/corrected": change_reply(ListChange(sample[:1], sample[1:], True)),
            "directory.saved/saved_with_list": saved_reply(sample[:1], sample),
            "directory.saved/button": SAVE_BUTTON["title"]}
