"""What we have heard so far, said back as a short summary every few turns (OARS: the S).

Each message someone tells about their life gives up to two short pieces in their own words
("you miss Jean", "the evenings are the hardest", "the bowls club matters to you"). After
three or four pieces the bot says them back in one line and asks if it got them right, with
buttons to carry on, put it right or go on to help. Never the whole message in quotes. The
pieces are kept in the person's record, so staff see what was heard. Pure: unit-tested.
"""
from __future__ import annotations

from typing import Dict, List, Optional

from bot import listening
from bot.answers.text import capital
from bot.own_words import (hardest_time_in, likes_in, missed_in, named_in, people_named_in,
                           with_names)

SUMMARY_AFTER = 3      # pieces heard, and messages told, since the last summary
MOST_PIECES = 4        # a summary says at most this many, the latest ones

# A short piece for a theme no own words fit: "you are worn out".
THEME_PIECES: Dict[str, str] = {
    "grief": "you have lost someone close to you",
    "carer_strain": "you are worn out",
    "break": "you would like a break",
    "lonely": "it feels lonely at the moment",
    "daily_care": "things like washing or dressing are hard just now",
    "safety_at_home": "you worry about safety at home",
    "money": "money is a worry",
    "memory": "you have good memories of your time together",
}
SUMMARY_START = "So far I have heard that"
ALSO_START = "You also said"
MOST_WORDS = 20        # words in one sentence of a summary
SUMMARY_QUESTION = "Have I got that right?"
# Asked when they go on after a summary, whichever button: add more, or put it right.
ADD_OR_PUT_RIGHT = "What would you like to add, or put right? Tell me in your own words."
SUMMARY_BUTTONS = [
    {"title": "Yes, carry on", "payload": "/listen_connect"},
    {"title": "Not quite", "payload": "/listen_connect"},
    listening.PLAN,
    listening.TALK,
]


def pieces_in(text: str, names: Optional[Dict[str, str]] = None) -> List[str]:
    """Up to two short pieces of what one message told, in their words, names used."""
    names = {**(names or {}), **people_named_in(text)}
    themes = listening.themes_in(text)
    pieces: List[str] = []
    if "missing" in themes and (who := missed_in(text)):
        pieces.append(f"you miss {with_names(who, names)}")
    when = hardest_time_in(text)
    if when:
        pieces.append(f"{when} {'are' if when.endswith('s') else 'is'} the hardest")
    act = listening.activity_in(text)
    if act and {"used_to", "memory"} & set(themes):
        pieces.append(f"{act} meant a lot")
    elif "memory" in themes and (their := listening.their_past_in(text, names)):
        who, did = their
        who = {"her": "she", "him": "he", "them": "they"}.get(who, who)
        pieces.append(f"{who} used to {did}" if did else f"{who} mattered a lot")
    elif "memory" in themes and (place := named_in(text)):
        pieces.append(f"{place} mattered")
    goal = listening.goal_in(text)
    if goal and "wish" in themes:
        pieces.append(f"you would like {'' if goal.split()[0] in ('a', 'an', 'some', 'more') else 'to '}"
                      f"{goal}")
    lost = people_named_in(text)
    if "grief" in themes and not pieces and lost:
        pieces.append(f"you have lost {next(iter(lost.values()))}")
    for theme in themes:
        if theme == "grief" and lost:
            continue
        if theme in THEME_PIECES and not (theme in ("grief", "memory") and pieces):
            pieces.append(THEME_PIECES[theme])
    if not pieces and (likes := likes_in(text)):
        pieces.append(f"you like {likes}")
    if not pieces and (place := named_in(text)):
        pieces.append(f"{place} matters to you")
    return pieces[:2]


def summary_due(pieces_since_last: int, messages_since_last: int = SUMMARY_AFTER) -> bool:
    """Every few turns: three things heard over at least three messages."""
    return pieces_since_last >= SUMMARY_AFTER and messages_since_last >= SUMMARY_AFTER


def _joined(pieces: List[str]) -> str:
    if len(pieces) == 1:
        return pieces[0]
    return ", ".join(pieces[:-1]) + (", and " if len(pieces) > 2 else " and ") + pieces[-1]


def _sentences(pieces: List[str], name: Optional[str] = None) -> List[str]:
    """The pieces in as few sentences as keep each one short (the plain-language limit);
    with the person's chosen name, the first one starts with it."""
    out: List[str] = []
    start = f"{name}, {SUMMARY_START[:1].lower()}{SUMMARY_START[1:]}" if name else SUMMARY_START
    group: List[str] = []
    for piece in pieces:
        if group and len(f"{start} {_joined(group + [piece])}".split()) > MOST_WORDS:
            out.append(f"{start} {_joined(group)}.")
            start, group = ALSO_START, []
        group.append(piece)
    if group and len(f"{start} {_joined(group)}".split()) <= MOST_WORDS:
        out.append(f"{start} {_joined(group)}.")
    return out


def summary_line(pieces: List[str], name: Optional[str] = None) -> Optional[str]:
    """ "So far I have heard that you miss Jean and the evenings are the hardest. You also
    said the bowls club mattered." None when there is nothing to say back. name: the
    person's chosen name, said at the start ("Lorraine, so far I have heard that...")."""
    kept: List[str] = []
    for piece in pieces:
        if piece not in kept:
            kept.append(piece)
    # "you have lost Jean" says "you miss Jean" already.
    kept = [p for p in kept if not (p.startswith("you miss ")
                                    and f"you have lost {p[9:]}" in kept)]
    kept = kept[-MOST_PIECES:]
    while len(_sentences(kept, name)) > 2:
        kept = kept[1:]    # two short sentences at most: the latest pieces
    return " ".join(_sentences(kept, name)) or None


def summary_lines(pieces: List[str]) -> List[str]:
    line = summary_line(pieces)
    return [line, SUMMARY_QUESTION] if line else []


def asked_for_summary_check(last_bot_text: Optional[str]) -> bool:
    """Whether the bot's last message asked if the summary was right, so "Not quite" is
    met with a question about what to put right."""
    return (last_bot_text or "").strip().endswith(SUMMARY_QUESTION)


def all_texts() -> Dict[str, str]:
    """Every sentence above, for the plain-language gate."""
    out = {f"heard.piece.{k}": capital(v) + "." for k, v in THEME_PIECES.items()}
    out["heard.question"] = SUMMARY_QUESTION
    out["heard.add_or_put_right"] = ADD_OR_PUT_RIGHT
    out["heard.summary[sample]"] = summary_line(
        pieces_in("i miss my wife jean, the evenings are the worst")
        + pieces_in("we used to go to the bowls club")
        + pieces_in("i used to love singing in the choir")) or ""
    out["heard.summary[named]"] = summary_line(
        ["Sue does your shopping", "you still drive", "baking is a strength"], "Lorraine") or ""
    for b in SUMMARY_BUTTONS:
        out[f"button:{b['title']}"] = b["title"]
    return out
