"""Easy read: the same conversation in shorter sentences, simpler words and one idea a message.

The web chat's easy-read button sends ``easy_read: true``; the gateway passes it to Rasa in
the message's metadata, and the REST channel (bot/rest_channel.py) rewrites the bot's
replies with ``rewrite`` before they go back. So every reply is covered, whether a domain
response or a custom action wrote it, and nothing in the dialogue changes.

1. Key questions and messages have hand-written easy-read versions (``HAND_WRITTEN`` for the
   assessment questions by slot, ``_fixed_alternatives`` for the rest). A standard text with
   names in it ("What matters most to your mum in life?") is matched by its template, and the
   easy version gets the same names.
2. Every other message is changed by rule: a few harder words swapped for simpler ones
   (``SIMPLER``), then one sentence a message. A message of several lines (a service, a
   read-back list) is one idea already and keeps its lines.
Buttons stay with the last message of a reply.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, List, Optional, Pattern, Sequence, Tuple

from bot import form_words, settings, texts
from bot.answers.text import capital
from bot.assessment import summary
from bot.assessment.questions import FORMS, render

# Easy-read versions of the assessment questions, by slot; the same {placeholders} as the
# question (see bot/assessment/questions.py), one idea a message, one question at a time.
HAND_WRITTEN: Dict[str, Tuple[str, ...]] = {
    "preferred_name": ("What name should I use{for_them}?",),
    "sa_what_matters": ("What is important to {you}?",),
    "sa_good_day": ("What is a good day for {you}?",),
    "sa_working_well": ("What is going well for {you} now?",),
    "sa_proud_of": ("What {are_you} proud of?", "Big or small is fine."),
    "sa_good_at": ("What {are_you} good at?",),
    "sa_people": ("Who is in {your} life?", "Think of family, friends, neighbours or pets."),
    "sa_community": ("Where near {them} {do_they} like to go?",
                     "For example a park, a church or a club."),
    "sa_screen_self_care": ("Is anything hard for {you} now?",
                            "Like eating, washing, getting dressed or the toilet."),
    "sa_screen_home": ("Is it hard to get around {your} home?",
                       "Or to keep it clean and safe?"),
    "sa_screen_life": ("Is anything else hard for {you}?",
                       "Like seeing people, going out, work or a child to care for."),
    "sa_tried": ("Think of a time when things were better.", "What helped then?"),
    "sa_options": ("What could {you} try next?", "Any idea is good."),
    "sa_scale_now": ("How are things for {you} now?", "Pick a number from 1 to 10.",
                     "1 is very hard.", "10 is really good."),
    "sa_small_step": ("What small thing would make it a bit better?",),
    "ca_caring_role": ("Tell me about the caring you do.", "Who do you look after?",
                       "What do you do for them?"),
    "ca_what_matters": ("What is important to you, as well as caring?",),
    "ca_wellbeing": ("How are you?", "Think about your health, your sleep and how you feel."),
    "ca_screen_home_life": ("Is anything else hard for you now?",
                            "Like your home, meals, or a child or someone else you help."),
    "ca_screen_own_life": ("Is it hard to have time for yourself?",
                           "Or to see people, go out, work or learn?"),
    "ca_willing_able": ("Do you want to keep caring?", "Do you feel able to?",
                        "Any answer is OK."),
    "ca_emergency_plan": ("If you could not care tomorrow, who could help?",
                          "Think of family, friends or neighbours."),
    "ca_scale_now": ("How are things for you now?", "Pick a number from 1 to 10.",
                     "1 is very hard.", "10 is really good."),
    "ca_what_would_help": ("What would make caring easier?", "A small thing is fine."),
}

# Harder words and phrases, and simpler ones (whole words, any case).
SIMPLER: Tuple[Tuple[str, str], ...] = (
    ("at the moment", "now"), ("right now", "now"), ("just now", "now"),
    ("currently", "now"), ("immediately", "now"), ("approximately", "about"),
    ("however", "but"), ("require", "need"), ("receive", "get"), ("provide", "give"),
    ("additional", "more"), ("regarding", "about"), ("assistance", "help"),
    ("suitable", "right"), ("at any time", "any time"), ("as well as", "and"),
    ("before we start", "first"), ("would you like", "do you want"),
    ("participate", "take part"), ("individuals", "people"), ("residents", "people"),
    ("assist", "help"), ("purchase", "buy"), ("opportunity", "chance"),
    ("opportunities", "chances"), ("facilities", "rooms and things"),
    ("accommodation", "a place to live"), ("enquiries", "questions"),
    ("step-free access", "no steps"),
)
_SIMPLER = [(re.compile(rf"\b{re.escape(hard)}\b", re.IGNORECASE), easy)
            for hard, easy in SIMPLER]
# A sentence ends at . ! or ? followed by a space and a capital, a digit or a quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'£])")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def simpler_words(text: str) -> str:
    for pattern, easy in _SIMPLER:
        text = pattern.sub(lambda m, easy=easy: _same_case(m.group(0), easy), text)
    return text


def _same_case(found: str, easy: str) -> str:
    return easy[0].upper() + easy[1:] if found[:1].isupper() else easy


def one_idea_each(text: str) -> List[str]:
    """One sentence a message; a message of several lines is kept whole."""
    text = text.strip()
    if not text or "\n" in text:
        return [text] if text else []
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def _template_pattern(template: str) -> Pattern[str]:
    """A regex matching the template once its placeholders are filled with any words."""
    parts, seen, pos = [], set(), 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[pos:match.start()]))
        name = match.group(1)
        # A name never runs over the end of a sentence ("near LS6. The nearest are first."
        # is the intro and one more sentence, not a longer place name).
        parts.append(f"(?P={name})" if name in seen else
                     f"(?P<{name}>(?:(?![.!?]\\s+[A-Z]).)*?)")
        seen.add(name)
        pos = match.end()
    parts.append(re.escape(template[pos:]))
    body = "".join(parts)
    return re.compile(rf"^{body}$", re.IGNORECASE | re.DOTALL)


def _fixed_alternatives() -> List[Tuple[str, Tuple[str, ...]]]:
    """Key messages outside the questions, as the bot says them now, and their easy read."""
    days = settings.get("retention.conversation_days", 90)
    return [
        (texts.consent_question(), (
            f"I will keep your answers for {days} days.", "Only the care team can see them.",
            "They use them to help you.", "You can stop at any time.",
            "You can ask me to delete them.", "Is that OK?")),
        # How we keep their words: at the welcome, and when asked about the consent.
        (texts.privacy_notice(), (
            f"I keep what you type for {days} days.", "Only the care team can see it.",
            "You can ask me to delete it.",
            f"More about this: {settings.get('council.privacy_notice_url', '')}")),
        (texts.consent_explained(), (
            f"I keep your words for {days} days.", "The care team can read them.",
            "They use them to help you.", "Then I delete them.", "Nobody else can see them.",
            "You can ask me to delete them sooner.", "Is that OK?")),
        (texts.ASK_ABOUT, ("Who is this about?",)),
        (texts.ASK_WHATS_GOING_ON, (
            "Tell me what is going on for you.", "Take your time.",
            "What matters most to you now?")),
        (form_words.ask_on_behalf("{who}").replace("your {who}", "{who}"), (
            "Does {who} know you are doing this?", "Do they say yes to it?",
            "It is their care.", "What they think matters most.")),
        (summary.CONFIRM_QUESTION, ("Is that right?", "You can change it.")),
        # Three ideas in one question, split (round fourteen).
        (form_words.ASK_CONTACT_SAFETY, ("Is it safe for us to phone you?",
                                         "Can we leave a message?",
                                         "Pick a button.")),
        ("Is it safe for us to call you?", ("Is it safe for us to phone you?",)),
        ("Can we leave a message, and say we are from the council?",
         ("Can we leave a message?", "Pick a button.")),
        (texts.FALLBACK, ("Sorry, I did not understand.", "Please say it in a different way.",
                            "Or pick a button.")),
    ] + survey_alternatives() + directory_alternatives()


def directory_alternatives() -> List[Tuple[str, Tuple[str, ...]]]:
    """The directory's own sentences around the results, in easy read (a result's card is
    one idea already and keeps its lines)."""
    from bot.directory import present

    return [
        (present.ASK_CATEGORY, ("What help do you want?", "Pick a button.",
                                "Or tell me in your own words.")),
        (present.INTRO, ("Here are some places.", "They help with {topic}{near}.")),
        (present.INTRO_ANY, ("Here are some places.", "They might help{near}.")),
        (present.ASK_PLACE, ("Where do you live?", "Tell me your postcode or your town.",
                             "Here are some places for now.")),
        (present.POSTCODE_SKIPPED, ("I do not know where you live.",
                                    "So I cannot say how far away they are.")),
        (present.ENDING_MORE, ("Do you want to see more?", "Or you can look for other help.")),
        (present.ENDING_LAST, ("That is all.", "You can look for other help.",
                               "Or talk to a person.")),
        (present.STALE, ("These are from an earlier search.", "They may be out of date.",
                         "Please phone before you go.")),
    ]


def survey_alternatives() -> List[Tuple[str, Tuple[str, ...]]]:
    """The surveys' statements and openings, with the easy read written next to each."""
    from bot.surveys import wording
    from bot.surveys.definitions import SURVEYS

    pairs: List[Tuple[str, Tuple[str, ...]]] = [
        (wording.STATEMENT_PROMPT, ("Do you agree?",)),
        (wording.ASK_WHICH, ("Thank you for helping us.", "What do you want to tell us about?")),
    ]
    for chosen in SURVEYS.values():
        if chosen.easy_intro:
            pairs.append((chosen.intro, chosen.easy_intro))
        pairs += [(st.text, st.easy) for st in chosen.statements if st.easy]
    return pairs


_TITLE = re.compile(r"^[^:?]+:\s*")
_BETTER = re.compile(r"\s*What could be better\?\s*$")


def outcome_easy(text: str) -> Tuple[str, ...]:
    """An area question in easy read: one question, not two (round fourteen: "Work and
    learning: what helps you with work, learning or helping out now? What could be
    better?" was asked as it is with easy read on). The heading and "What could be
    better?" go; what helps now is asked, and the answer often says what would be better."""
    one = _BETTER.sub("", _TITLE.sub("", text)).replace(", as well as caring?", "?")
    return (capital(one.strip()),)


def easy_for(question: Any) -> Optional[Tuple[str, ...]]:
    """A question's easy read: hand-written by slot, or made for an area question."""
    if question.slot in HAND_WRITTEN:
        return HAND_WRITTEN[question.slot]
    if getattr(question, "outcome", None) and _BETTER.search(question.text):
        return outcome_easy(question.text)
    return None


@lru_cache(maxsize=1)
def alternatives() -> List[Tuple[Pattern[str], Tuple[str, ...]]]:
    pairs: List[Tuple[str, Tuple[str, ...]]] = [
        (q.text, easy) for questions in FORMS.values() for q in questions
        if (easy := easy_for(q))]
    pairs += _fixed_alternatives()
    return [(_template_pattern(standard), easy) for standard, easy in pairs]


def hand_written(text: str) -> Optional[List[str]]:
    """The hand-written easy read of a key message, with its names filled in, if it has one."""
    for pattern, easy in alternatives():
        found = pattern.match(text.strip())
        if found:
            names = _Names(found.groupdict())
            return [capital(line.format_map(names)) for line in easy]
    return None


class _Names(dict):
    """The names a template matched; one the standard text did not have is empty."""

    def __missing__(self, key: str) -> str:
        return ""


def easy_version(text: str) -> List[str]:
    """The easy-read messages for one standard message. Parts joined by a blank line (an
    answer, then the question again) are read one by one, so a key message keeps its
    hand-written version whatever came before it."""
    parts = [part for part in _PARAGRAPH.split(text.strip()) if part.strip()]
    if len(parts) > 1:
        return [line for part in parts for line in easy_version(part)]
    kept = hand_written(text) or easy_card(text) or easy_read_back(text)
    if kept:
        return kept
    if "\n" in text.strip():
        return [text.strip()]            # a list in their own words (a read-back) stays
    return [line for sentence in one_idea_each(text)
            for line in (hand_written(sentence) or [simpler_words(sentence)])]


# The labels a directory card's lines start with (bot/directory/present.py), and the
# care words explained in it ("Job coach: A person who...").
CARD_LABELS = ("When:", "Cost:", "Phone:", "Email:", "Website:", "Where:", "Getting in:",
               "Note:", "About ", "Very close")
_PARAGRAPH = re.compile(r"\n\s*\n")
# A long sentence is cut where a comma or a dash parts two ideas of four words or more each
# ("Open to everyone, no need to book"); a list ("learns, understands and talks") stays.
LONG_SENTENCE_WORDS = 12
MIN_IDEA_WORDS = 4
_IDEA_BREAK = re.compile(r"\s*(?:[,;]|\s[-\u2013\u2014])\s+")


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_DISTANCE = ("Very close", "About ")
CARD_MOST_LINES = 6


def _one_sentence(first: Optional[str], second: Optional[str], label: str = "") -> str:
    """Two facts on one line as one sentence ("When: Tuesdays, midday to 2pm, £4 a lunch."):
    easy read keeps one sentence a line."""
    first, second = (first or "").strip(), (second or "").strip()
    if not (first and second):
        return first or second
    if label and second.startswith(label):
        second = second[len(label):].strip()
    return f"{first.rstrip('.')}, {second[0].lower()}{second[1:]}"


def easy_card(text: str) -> Optional[List[str]]:
    """A directory card in easy read: short, one fact a line (round fourteen: nine-line
    cards with easy read on). The name, what it is, when (and the cost), where (the
    postcode and how far) and the phone; a note that it may not suit ("Note: this is for
    older people") stays. The long address, the website, the explained words and how to
    get in go: the phone number is there to ask. None when the message is not a card."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if len(lines) < 2 or not any(line.startswith(CARD_LABELS) for line in lines[1:]):
        return None
    about = next((line for line in lines[1:2] if not line.startswith(CARD_LABELS)), "")
    by_label = {label: line for line in lines[1:] for label in CARD_LABELS
                if line.startswith(label)}
    out: List[str] = [lines[0]]          # the place's name, as it is known
    if about:
        out.append(short_ideas(one_idea_each(simpler_words(about))[0])[0])
    when = _one_sentence(by_label.get("When:"), by_label.get("Cost:"), "Cost:")
    if when:
        out.append(when)
    where = by_label.get("Where:", "")
    postcode = _POSTCODE.search(where)
    far = next((line for line in lines[1:] if line.startswith(_DISTANCE)), "")
    place = _one_sentence(f"Where: {postcode.group(0)}." if postcode else where, far)
    if place:
        out.append(place)
    reach = by_label.get("Phone:") or by_label.get("Email:") or by_label.get("Website:")
    if reach:
        out.append(reach)
    out += [line for line in lines[1:] if line.startswith("Note:")]
    return ["\n".join(out[:CARD_MOST_LINES])]


READ_BACK_OPENER = re.compile(r"^You told me(?: about [^:\n]+)?:$")
READ_BACK_LINES_A_SCREEN = 4
READ_BACK_WORDS = 10


def easy_read_back(text: str) -> Optional[List[str]]:
    """The read-back ("You told me: / - What matters: ...") in small screens: a few lines
    a message, each answer cut to its first few words (round fourteen: a 13-line read-back
    with easy read on). Their words are kept in full in the record. None when the message
    is not a read-back."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if len(lines) < 2 or not READ_BACK_OPENER.match(lines[0]) or \
            not all(line.startswith("- ") for line in lines[1:]):
        return None
    short = [_few_words(line) for line in lines[1:]]
    screens = [short[i:i + READ_BACK_LINES_A_SCREEN]
               for i in range(0, len(short), READ_BACK_LINES_A_SCREEN)]
    return ["\n".join([lines[0]] + screens[0])] + ["\n".join(screen) for screen in screens[1:]]


def _few_words(line: str) -> str:
    label, _, said = line.partition(": ")
    words = said.split()
    if not said or len(words) <= READ_BACK_WORDS:
        return line
    return f"{label}: " + " ".join(words[:READ_BACK_WORDS]).rstrip(",;/.") + " ..."


def short_ideas(sentence: str) -> List[str]:
    """A long sentence as short ones, cut only between ideas of some length."""
    if len(sentence.split()) <= LONG_SENTENCE_WORDS:
        return [sentence]
    pieces = _IDEA_BREAK.split(sentence.rstrip(".!? "))
    ideas: List[str] = []
    for piece in pieces:
        if ideas and len(piece.split()) >= MIN_IDEA_WORDS and \
                len(ideas[-1].split()) >= MIN_IDEA_WORDS:
            ideas.append(piece)
        elif ideas:
            ideas[-1] = f"{ideas[-1]}, {piece}"
        else:
            ideas.append(piece)
    end = sentence.rstrip()[-1] if sentence.rstrip()[-1:] in ".!?" else "."
    return [capital(idea.strip()) + (end if i == len(ideas) - 1 else ".")
            for i, idea in enumerate(ideas)]


def wanted(metadata: Any) -> bool:
    """Whether a message's metadata asks for easy read."""
    return isinstance(metadata, dict) and metadata.get("easy_read") is True


def rewrite(messages: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The bot's reply messages in easy read; buttons and other parts stay on the last one."""
    out: List[Dict[str, Any]] = []
    for message in messages:
        text = message.get("text")
        if not isinstance(text, str) or not text.strip() or message.get("custom"):
            out.append(dict(message))
            continue
        parts = easy_version(text) or [text]
        for part in parts[:-1]:
            out.append({k: v for k, v in message.items()
                        if k in ("recipient_id",)} | {"text": part})
        out.append({**message, "text": parts[-1]})
    return out


def all_texts() -> Dict[str, str]:
    """Every hand-written easy-read line in each voice, for the plain-language gate."""
    out: Dict[str, str] = {}
    for form, questions in FORMS.items():
        for q in (q for q in questions if easy_for(q)):
            for about, rel, name in (("self", None, None), ("someone_i_care_for", "mum", None),
                                     ("someone_i_care_for", "dad", "Jean"),
                                     ("staff_for_caller", None, None)):
                standard = render(q, about, rel, name)
                for i, line in enumerate(hand_written(standard) or []):
                    out[f"easy_read.{form}.{q.slot}[{about}:{rel}:{name}][{i}]"] = line
    for i, (standard, _) in enumerate(_fixed_alternatives()):
        sample = standard.replace("{who}", "your mum")
        for j, line in enumerate(hand_written(sample) or []):
            out[f"easy_read.fixed[{i}][{j}]"] = line
    return out
