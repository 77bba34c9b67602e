"""Reads one number on a scale from what people type, and says it back as "6 out of 10".

Numbers and clear number words only: "about a 6", "six", "5/10", "a solid 8". Words without
a number ("pretty good") and two different numbers ("between 5 and 6", "5 or 6") give None,
so the bot asks again with the range rather than picking one for the person.
"""
from __future__ import annotations

import re
import unicodedata
from typing import List, Optional, Union

from bot.answers.text import clean

NUMBER_WORDS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "for": None, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fiv": 5, "sevn": 7, "svn": 7, "eigth": 8, "ate": None, "nein": None, "tenner": None,
}
NUMBER_WORDS = {k: v for k, v in NUMBER_WORDS.items() if v is not None}
KEYCAPS = {"🔟": "10"}
for _digit in range(10):
    KEYCAPS[f"{_digit}\ufe0f\u20e3"] = str(_digit)
    KEYCAPS[f"{_digit}\u20e3"] = str(_digit)

# "one" is also a pronoun ("that's a tough one, 4", "the 2nd one", "one day at a time"), so
# it counts only alone or after words that go before a score: "a one", "about one".
ONE_AS_NUMBER = re.compile(
    r"(?:^|\b(?:a|about|around|maybe|say|its|it's|is|prob|probably|like|solid|only|just|"
    r"honestly|me|be|at|defo|definitely)\s+)one\b(?!\s+(?:day|of|thing|step|time|more|way|"
    r"person|question|moment|minute|another|side|hand|or two|at a time))")
QUESTION = re.compile(r"^(?:what|which|why|how|does|do|is|can|could|should|whats)\b.*"
                      r"(?:\?|\bmean\b|\bbest\b|\bworst\b|\bhigh\b|\blow\b)|\bmean\b.*\?$")
NEGATED = re.compile(r"\b(?:not|never|isn'?t|wasn'?t|no)\s+(?:a|an|even|quite|really)?\s*"
                     r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")\b")
DENOMINATOR = re.compile(r"(?:/|\bout of\b|\boutta\b|\bouta\b|\bof\b)\s*(\d+|ten)\b")
NUMBER = re.compile(r"(?<![\w.,])(-?\d+(?:[.,]\d+)?)(?![\w])|\b(" + "|".join(NUMBER_WORDS) + r")\b")


def _digits_to_ascii(text: str) -> str:
    """Digits in any script ("٦", "６") and keycap emoji become 0-9."""
    for cap, digit in KEYCAPS.items():
        text = text.replace(cap, f" {digit} ")
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii()
                   and unicodedata.digit(ch, None) is not None else ch for ch in text)


def _numbers(said: str, high: int) -> Optional[List[float]]:
    """Every number the person typed, with the "out of 10" part taken away."""
    out_of = DENOMINATOR.findall(said)
    for denominator in out_of:
        value = 10 if denominator == "ten" else int(denominator)
        if value != high:
            return None  # "4 out of 5" is a different scale: ask again
    said = DENOMINATOR.sub(" ", said)
    if re.search(r"\bone\b", said):
        keep = {m.end() for m in ONE_AS_NUMBER.finditer(said)}
        said = re.sub(r"\bone\b", lambda m: m.group(0) if m.end() in keep else " ", said)
    found: List[float] = []
    for digits, word in NUMBER.findall(said):
        if word:
            found.append(float(NUMBER_WORDS[word]))
        else:
            whole = digits.split(",")[0].split(".")[0].lstrip("-")
            found.append(1e6 if len(whole) > 6 else float(digits.replace(",", ".")))
    return found


def parse_scale(text: str, low: int = 1, high: int = 10) -> Optional[int]:
    """The one whole number from low to high the person gave, or None.

    None when there is no number, the number is out of range, it is not whole ("6.5"),
    or there are two different numbers: "between 5 and 6" is asked again, as only the
    person can say which.
    """
    said = _digits_to_ascii(clean(text)).lower()
    if not said or said.startswith("/") and not re.fullmatch(r"/?\d+", said):
        return None
    said = said.lstrip("/")
    if len(said) > 200 or QUESTION.search(said) or NEGATED.search(said):
        return None
    said = re.sub(r"(\d)\s*-?\s*ish\b", r"\1", said)
    numbers = _numbers(said, high)
    if not numbers:
        return None
    if len(set(numbers)) != 1:
        return None
    value = numbers[0]
    if value != int(value) or not low <= value <= high:
        return None
    return int(value)


def two_numbers(text: str, low: int = 1, high: int = 10) -> Optional[List[int]]:
    """The two whole numbers of a hedged score ("6 maybe 7", "4 maybe. 5 on a good day",
    "between 5 and 6"), lowest first, or None. Only the person can say which: the bot asks
    "nearer 6 or 7?" with both as buttons (round nine: "Please give me one number" read as
    a telling-off)."""
    said = _digits_to_ascii(clean(text)).lower()
    if not said or said.startswith("/") or len(said) > 200 or QUESTION.search(said) \
            or NEGATED.search(said):
        return None
    numbers = _numbers(said, high)
    if not numbers or len(set(numbers)) != 2:
        return None
    pair = sorted({int(n) for n in numbers if n == int(n) and low <= n <= high})
    # A hedge is two scores side by side; "2 kids and its a 5" is one score and a count.
    return pair if len(pair) == 2 and pair[1] - pair[0] <= 2 else None


def out_of_ten(value: Union[int, str, None]) -> str:
    """"6 out of 10" for a stored scale answer; other stored words are given back as they are."""
    text = str(value if value is not None else "").strip()
    if re.fullmatch(r"\d{1,2}", text):
        return f"{int(text)} out of 10"
    return text
