"""UK postcodes: check and tidy what people type, find the district, and measure distances.

People type postcodes in any case and spacing ("ls6 3ab", "LS63AB", "LS6"). A wrong postcode
gives a ``PostcodeCheck`` with a plain ``error``, never an exception, so a search can carry on
without distances. Centres come from ``demo/district_centroids.csv`` (outward districts only).
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Optional, Tuple

CENTROIDS_FILE = Path(__file__).resolve().parent / "demo" / "district_centroids.csv"

# Outward code formats A9, A99, AA9, AA99, A9A, AA9A with the letters each position allows.
OUTWARD = (r"(?:[A-PR-UWYZ][0-9][0-9]?"
           r"|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
           r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
           r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])")
INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
FULL_RE = re.compile(rf"^(?:({OUTWARD})({INWARD})|(GIR)(0AA))$")
OUTWARD_RE = re.compile(rf"^{OUTWARD}$")
IN_TEXT_RE = re.compile(rf"(?<![A-Z0-9])({OUTWARD}) ?({INWARD})(?![A-Z0-9])", re.IGNORECASE)
DISTRICT_IN_TEXT_RE = re.compile(rf"(?<![A-Z0-9])({OUTWARD})(?![A-Z0-9])", re.IGNORECASE)

# The UK's postcode areas: a district alone ("ws1") is read only with one of these letters.
AREAS = frozenset("""AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG
DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW
KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA
SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO
ZE""".split())
# Words just before a district alone that say it is where someone is ("im in ws1", "i said
# ws1, walsall", "near LS11", "postcode ws1"), so an outward code the table does not know is
# read as a place (round seventeen: "im in ws1" was ignored and Leeds was searched), while
# "B12 tablets" or "the M62" stay words.
DISTRICT_CUE = re.compile(
    r"\b(?:in|near|nr|at|from|round|around|live|lives|living|liv|based|postcode(?: is)?|"
    r"post code(?: is)?|area(?: is)?|said|its|it's|im|i'm|i am|were|we're|we are)\W{0,3}$",
    re.IGNORECASE)

EARTH_RADIUS_METRES = 6_371_000.0
METRES_PER_MILE = 1609.344

ERROR_EMPTY = "I did not get a postcode. A postcode looks like LS6 3AB."
ERROR_FORMAT = "That postcode does not look right. A postcode looks like LS6 3AB."

LatLon = Tuple[float, float]


@dataclass(frozen=True)
class PostcodeCheck:
    """What a typed postcode turned out to be.

    ``postcode`` is the tidy full postcode ("LS6 3AB") or None for a district on its own;
    ``district`` is the outward code ("LS6"); ``error`` is a plain message when it is wrong.
    """

    ok: bool
    postcode: Optional[str] = None
    district: Optional[str] = None
    error: Optional[str] = None

    @property
    def text(self) -> Optional[str]:
        """The tidy form to show or send: the full postcode, else the district."""
        return self.postcode or self.district


def _squash(text: object) -> str:
    return re.sub(r"\s+", "", str(text or "")).upper()


def check_postcode(text: object) -> PostcodeCheck:
    """Check a full postcode or an outward district, tolerant of case and spacing."""
    squashed = _squash(text)
    if not squashed:
        return PostcodeCheck(ok=False, error=ERROR_EMPTY)
    full = FULL_RE.match(squashed)
    if full:
        outward = full.group(1) or full.group(3)
        inward = full.group(2) or full.group(4)
        return PostcodeCheck(ok=True, postcode=f"{outward} {inward}", district=outward)
    if OUTWARD_RE.match(squashed):
        return PostcodeCheck(ok=True, district=squashed)
    return PostcodeCheck(ok=False, error=ERROR_FORMAT)


def normalise_postcode(text: object) -> Optional[str]:
    """The tidy postcode or district ("LS6 3AB", "LS6"), or None if it is not one."""
    return check_postcode(text).text


def outward_code(text: object) -> Optional[str]:
    """The outward district of a postcode ("ls6 3ab" -> "LS6"), or None."""
    return check_postcode(text).district


def find_postcode(text: object) -> Optional[str]:
    """The first postcode in a sentence, tidied; else a known district named in it; else None.

    A district alone is only taken when it is in the centroid table, so "the M62" or
    "B12 tablets" are not read as places by accident unless the table knows them.
    """
    sentence = str(text or "")
    found = IN_TEXT_RE.search(sentence)
    if found:
        return f"{found.group(1).upper()} {found.group(2).upper()}"
    for match in DISTRICT_IN_TEXT_RE.finditer(sentence):
        district = match.group(1).upper()
        if means_before(sentence, match):
            continue
        if district in district_centroids() or _cued_district(sentence, match):
            return district
    return None


# "b4" in text-speak is "before" (round 18: "and the job coach 1 from b4" was read as
# Birmingham's B4): typed in lower case about something shown or said earlier.
EARLIER_THING = re.compile(r"\b(?:the|that|those)\b.{0,40}\b(?:one|1|ones|place|group|thing)\b|"
                           r"\b(?:said|showed|shown|told|saw|seen|mentioned|sent|gave|had|like)\b",
                           re.IGNORECASE)


PLACE_CUE = re.compile(r"\b(?:in|near|nr|round|around|live|lives|living|based|postcode(?: is)?)\W{0,3}$",
                       re.IGNORECASE)


def means_before(sentence: str, match: "re.Match[str]") -> bool:
    """ "the job coach 1 from b4", "the one u showed me b4": b4 as before, never a place."""
    before = sentence[:match.start()]
    if match.group(0) != "b4" or PLACE_CUE.search(before):
        return False   # ("the group in b4", "i live near b4": a place)
    return bool(EARLIER_THING.search(before))


def _cued_district(sentence: str, match: "re.Match[str]") -> bool:
    """A district the table does not know, said as where someone is: after "in", "near",
    "i said"..., or as the whole message ("WS1"), with real postcode-area letters."""
    district = match.group(1).upper()
    letters = re.match(r"[A-Z]+", district)
    if not letters or letters.group(0) not in AREAS:
        return False
    before = sentence[:match.start()]
    alone = not before.strip(" ,.!?") and not re.search(r"[a-z]", sentence[match.end():], re.I)
    return alone or bool(DISTRICT_CUE.search(before))


@lru_cache(maxsize=1)
def district_centroids() -> Dict[str, LatLon]:
    """The shipped table of district centres, read once."""
    table: Dict[str, LatLon] = {}
    with open(CENTROIDS_FILE, encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            table[row["district"].strip().upper()] = (float(row["latitude"]),
                                                      float(row["longitude"]))
    return table


def centroid(text: object) -> Optional[LatLon]:
    """The centre of the district a postcode or district is in, if the table knows it."""
    district = outward_code(text)
    return district_centroids().get(district) if district else None


def haversine_metres(a: LatLon, b: LatLon) -> float:
    """Great-circle distance between two (latitude, longitude) points, in metres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_METRES * math.asin(min(1.0, math.sqrt(h)))


def metres_to_miles(metres: float) -> float:
    return metres / METRES_PER_MILE


def all_texts() -> Dict[str, str]:
    return {"postcodes.empty": ERROR_EMPTY, "postcodes.format": ERROR_FORMAT}
