"""Where the person means: a place name ("over Headingley way") or a postcode, and whether it
is in the council's area.

Place names come from a small table (demo/places.csv, plus the place column of the district
centres); a council swaps in its own towns and estates. A postcode outside the council's
postcode areas (council.yml directory.area_postcode_areas) is another council's area: we say
so instead of "nothing found".
"""
from __future__ import annotations

import csv
import difflib
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, Optional, Tuple

from bot import settings
from bot.directory.postcodes import CENTROIDS_FILE, find_postcode, outward_code

PLACES_FILE = Path(__file__).resolve().parent / "demo" / "places.csv"


@lru_cache(maxsize=1)
def places() -> Dict[str, str]:
    """Lower-case place name -> postcode district."""
    table: Dict[str, str] = {}
    for path in (CENTROIDS_FILE, PLACES_FILE):
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                name = (row.get("place") or "").strip().lower()
                district = (row.get("district") or "").strip().upper()
                if name and district and " and " not in name:
                    table.setdefault(name, district)
    return table


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern:
    names = sorted(places(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


# A place name that is part of a street's name ("otley road", "harehills lane") says less
# about where someone is than a place said on its own ("on otley road in headingley" is
# Headingley, not Otley). "way" is left out: "over Headingley way" means Headingley.
STREET_AFTER = re.compile(
    r"\s+(?:road|rd|lane|ln|street|st|avenue|ave|drive|dr|close|crescent|cres|grove|terrace|"
    r"gardens|mount|walk|court|row|parade|square|place|rise|view|vale|green)\b", re.IGNORECASE)


def find_place(text: object) -> Optional[str]:
    """The postcode district of a place named in the text ("over Headingley way" -> LS6).

    A place said on its own wins over one that only names a street; with only a street
    ("my dad lives on harehills lane"), the street's place is the best clue there is."""
    if not text or not places():
        return None
    sentence = str(text)
    streets = []
    for match in _place_pattern().finditer(sentence):
        if STREET_AFTER.match(sentence, match.end()):
            streets.append(match)
            continue
        return places()[match.group(1).lower()]
    if streets:
        return places()[streets[0].group(1).lower()]
    found = _sounds_like_place(sentence)
    return found[0] if found else None


def without_places(text: str) -> str:
    """The text with every known place name taken out (for the words of a search), and a
    place spelt by sound ("seecroft")."""
    if not places():
        return text
    text = _place_pattern().sub(" ", text)
    found = _sounds_like_place(text)
    return text[:found[1]] + " " + text[found[2]:] if found else text


# "i liv seecroft", "im in morly", "from armly": a word just after a word for where someone
# lives, close to a known place's name. Without such a word only a spelling that sounds the
# same (its vowels aside) counts, so "in the morning" or "bradley" never become places.
PLACE_CUE = re.compile(r"\b(?:live|liv|lives|living|livin|in|near|nr|round|around|from|at|"
                       r"over|by|outside|to)\s+$", re.IGNORECASE)
CLOSE_ENOUGH = 0.87
_LETTERS = re.compile(r"[a-z]+")
_VOWELS = re.compile(r"[aeiouy]+")


def _sound_key(word: str) -> str:
    """The word with each run of vowels as one mark: "seecroft" and "seacroft" meet."""
    return _VOWELS.sub("a", word)


def _sounds_like_place(text: object) -> Optional[Tuple[str, int, int]]:
    """(the district, where the word starts and ends) of a word that is a known one-word
    place spelt by sound; None when there is none."""
    return _sounds_like_place_in(str(text or ""))


@lru_cache(maxsize=4096)
def _sounds_like_place_in(sentence: str) -> Optional[Tuple[str, int, int]]:
    names = [n for n in places() if " " not in n and len(n) >= 5]
    for match in _LETTERS.finditer(sentence.lower()):
        word = match.group(0)
        if len(word) < 5 or word in places():
            continue
        cued = bool(PLACE_CUE.search(sentence[:match.start()]))
        for name in names:
            if name[0] != word[0] or abs(len(name) - len(word)) > 2:
                continue
            matcher = difflib.SequenceMatcher(None, word, name)
            if matcher.quick_ratio() < CLOSE_ENOUGH:
                continue
            if matcher.ratio() >= CLOSE_ENOUGH and (cued or _sound_key(word) == _sound_key(name)):
                return places()[name], match.start(), match.end()
    return None


def spoken_district(text: object) -> Optional[str]:
    """ "leeds 8", "Leeds 15" said for LS8 and LS15, where the council's area has one
    postcode area (round ten)."""
    areas = [str(a).upper() for a in settings.get("directory.area_postcode_areas", []) or []]
    name = area_name()
    if len(areas) != 1 or not name:
        return None
    found = re.search(rf"\b{re.escape(name)}\s?(\d{{1,2}})\b(?!\s*(?:mins?|minutes|miles|years|"
                      r"hours|o'?clock|pm|am))", str(text or ""), re.IGNORECASE)
    return f"{areas[0]}{int(found.group(1))}" if found and 1 <= int(found.group(1)) <= 29 else None


def find_location(text: object) -> Optional[str]:
    """A postcode, a postcode district, a district said in words ("leeds 8"), or a known
    place's district, in that order."""
    return find_postcode(text) or spoken_district(text) or find_place(text)


def area_name() -> str:
    return str(settings.get("directory.area_name", "") or settings.get("council.name"))


def in_area(postcode: object) -> bool:
    """True unless the postcode is clearly in another council's area."""
    areas = [str(a).upper() for a in settings.get("directory.area_postcode_areas", []) or []]
    district = outward_code(postcode)
    if not areas or not district:
        return True
    letters = re.match(r"[A-Z]+", district)
    return bool(letters) and letters.group(0) in areas

