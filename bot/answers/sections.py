"""Which part of the read-back someone wants to change, from their own words.

At "Which part would you like to change?" people do not type the heading: "the day to day
bit, i got muddled", "the health one", "what matters". And some change their mind: "none
of them", "nothing, its right now". This finds the one heading their words point to (or
None when two fit equally), and tells when they want to change nothing. Inside a part with
several answers ("Day-to-day life"), ``pick_answer`` finds the one answer their words name
("what i said about washing", "the stairs one"), so only that one is asked again.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence, Tuple

from bot.answers.text import has_word, word_close, words_only

# Words that do not pick a part: the way people name a part, fillers and reasons.
FILLER = set("""
a an the my me i im ive id your you it its is was to of and or on in at for with about bit
part section one bits parts question questions answer answers bout where where i said that
this those these please pls can could change changed want wanna like would actually just
sorry oh um erm got muddled mixed wrong mistake typed put wrote there again think meant
under bottom top first last second all then now so thing stuff
""".split())
NOTHING = re.compile(
    r"^(?:(?:no|nah|nope|oh|actually|sorry|its|it is|ok|okay|on second thoughts?)\s+)*"
    r"(?:none(?: of (?:them|it|those))?|nothing(?: (?:really|at all|thanks|thank you))?|"
    r"(?:its|it is|thats|that is|all) (?:fine|ok|okay|right|good|correct)(?: now| as it is| thanks)*|"
    r"(?:leave|keep) it(?: as it is)?|no changes?|(?:i )?(?:dont|do not) want to change "
    r"(?:anything|it)|changed my mind|never ?mind|all good|no its right|its right)"
    r"(?:\s+(?:thanks|thank you|now|its (?:right|fine|ok) now|its right|really))*$")


def changes_nothing(typed: str) -> bool:
    """ "none of them", "nothing, its right now", "leave it as it is"."""
    return bool(NOTHING.match(words_only(typed)))


def _content(words: str) -> list:
    return [w for w in words.split() if w not in FILLER]


def pick_section(typed: str, sections: Sequence[str]) -> Optional[str]:
    """The one heading the typed words point to, or None."""
    said = words_only(typed)
    for section in sections:
        if words_only(section) == said:
            return section
    said_words = _content(said)
    if not said_words:
        return None
    scores = []
    for section in sections:
        wanted = _content(words_only(section))
        hits = sum(any(word_close(s, w) for s in said_words) for w in wanted)
        scores.append((hits / max(len(wanted), 1), hits, section))
    scores.sort(reverse=True)
    best = scores[0]
    if best[1] == 0 or (len(scores) > 1 and scores[1][:2] == best[:2]):
        return None
    return best[2]


def said_exactly(typed: str, section: str) -> bool:
    """A word of the part's name typed as it is ("the people one"), not a slip of it."""
    said = set(words_only(typed).split())
    return any(w in said for w in _content(words_only(section)) if w not in QUESTION_WORDS)


# Words of a part's name that name nothing by themselves ("What matters", "How things are").
QUESTION_WORDS = {"what", "how", "who", "if", "not", "as", "well", "things", "could", "going"}


# (question id, its short name as a button says it, words that name it: "wash", "stairs")
AnswerChoice = Tuple[str, str, Sequence[str]]


def pick_answer(typed: str, choices: Sequence[AnswerChoice]) -> Optional[str]:
    """The one answer the typed words name, or None (none named, or two named equally).
    A button's own name wins; then the words that name an area ("washing", "the loo");
    then the content words of a name ("the clean one" -> "Keeping clean")."""
    said = words_only(typed)
    if not said:
        return None
    for slot, label, _ in choices:
        if words_only(label) == said or slot == typed.strip():
            return slot
    by_clue = [slot for slot, _, clues in choices if any(has_word(said, c) for c in clues)]
    if len(by_clue) == 1:
        return by_clue[0]
    if by_clue:
        return None
    said_words = _content(said)
    scored = sorted(((sum(any(word_close(s, w) for s in said_words)
                          for w in _content(words_only(label))), slot)
                     for slot, label, _ in choices), reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def names_exactly(typed: str, choice: AnswerChoice) -> bool:
    """The typed words name this answer as it is called, no slips: a word of its name
    ("the People bit") or a word that names its area ("the bit about food")."""
    said = words_only(typed)
    _, label, clues = choice
    return said_exactly(typed, label) or any(has_word(said, c) for c in clues)
