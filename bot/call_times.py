"""When the team will call back, from the time the person gave and the council's hours.

"after 4", "after 5pm", "evenings after 6", "9 till 10": the promise must use their time,
within the opening hours in council.yml, or say honestly that the team cannot call then and
what it can do. Pure: the hours come from bot/hours.py, the clock is given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Optional, Tuple

from bot import hours

# Parts of the day, as people say them: (start, end).
PARTS = [
    (re.compile(r"\bmornings?\b|\bbefore (?:lunch|dinner)\b|\bam\b"), (time(8), time(12))),
    (re.compile(r"\blunch ?(?:times?|breaks?|hours?)\b|\bat lunch\b|\bdinner ?time\b"),
     (time(12), time(14))),
    (re.compile(r"\bafternoons?\b|\bafter (?:lunch|dinner)\b"), (time(12), time(17))),
    (re.compile(r"\bafter school\b|\bschool run\b"), (time(15, 30), time(18))),
    (re.compile(r"\btea ?times?\b"), (time(16, 30), time(18, 30))),
    (re.compile(r"\bafter work\b|\bevenings?\b|\btonight\b|\bnights?\b"), (time(17), time(21))),
]
CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|o ?clock)?"
BETWEEN = re.compile(r"\b(?:between\s+|from\s+)?" + CLOCK + r"\s*(?:and|to|-|till|til|until)\s*"
                     + CLOCK + r"(?!\d)")
AFTER = re.compile(r"\b(?:after|from|past|not before)\s+" + CLOCK + r"(?!\d)")
BEFORE = re.compile(r"(?<!not )\b(?:before|till|til|until|by)\s+" + CLOCK + r"(?!\d)")
AT = re.compile(r"\b(?:at|around|about)\s+" + CLOCK + r"(?!\d)")
DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b")


# "i told you, after 1", "like i said before - mornings": the time, without the words about
# having said it already (round sixteen: "Best time: i told you, after 1" on the hand-off).
SAID_ALREADY = re.compile(
    r"^\W*(?:(?:no|yes|yeah|ok|erm|um)\W+)?(?:i (?:already |just |have |ve |'ve )?(?:told|tolds) "
    r"(?:you|u|ya)(?: (?:that|this|already|before|earlier))*|i (?:already |just )?said(?: (?:that|"
    r"this|already|before|earlier))*|(?:like|as) i (?:said|told you|say)(?: (?:before|earlier|already))*|"
    r"(?:i )?already said)\b[\s,.:;!-]*", re.IGNORECASE)


def without_said_already(text: str) -> str:
    """The time as said, without "i told you," before it; the text as it was when only those
    words are there."""
    rest = SAID_ALREADY.sub("", text or "", count=1).strip()
    return rest if rest and any(ch.isalnum() for ch in rest) else (text or "")


def _clock(hour: str, minute: Optional[str], suffix: Optional[str], evening: bool) -> Optional[time]:
    h, m = int(hour), int(minute or 0)
    if h > 23 or m > 59:
        return None
    suffix = (suffix or "").replace(" ", "")
    if suffix == "pm" and h < 12:
        h += 12
    elif suffix == "am" and h == 12:
        h = 0
    elif suffix not in ("am", "pm") and (evening and h < 12 or 1 <= h <= 7):
        h += 12   # "after 4" means 4pm; nobody asks for a call at 4 in the morning
    return time(h, m) if h < 24 else None


# A time ruled out: "afternoons but not between 2 and 3, thats when i nap", "not 1 till 2",
# and as bot/answers/contact.py keeps it: "not tomorrow 9 till 1", "not mornings", "not
# Thursday afternoon" (round 11: the hours ruled out were booked).
_NOT_DAY = r"(?:(?:on\s+)?(?:tomorrow|today|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?)\s+)?"
NOT_BETWEEN = re.compile(r"\b(?:not|except|apart from|other than|never)\s+" + _NOT_DAY +
                         r"(?:between\s+|from\s+)?" + CLOCK +
                         r"\s*(?:and|to|-|till|til|until)\s*" + CLOCK + r"(?!\d)")
NOT_PART = re.compile(r"\b(?:not|except|apart from|other than|never)\s+" + _NOT_DAY +
                      r"(?:in the\s+)?(?:mornings?|afternoons?|evenings?|lunch ?times?|"
                      r"tea ?times?|nights?|after school|after work)\b")
WHOLE_DAY = (time(8), time(21))
# Said of the evening, so "after 6" is 6pm: "evenings", "tonight", "after work".
EVENING = re.compile(r"\bevenings?\b|\btonight\b|\bafter work\b|\bnight")


def window(said: Optional[str]) -> Optional[Tuple[time, time]]:
    """The time of day they asked for, as (from, until); None when they gave none. A time
    they ruled out is left out: of the parts of the day left, one the team works in is
    chosen, then the longer, then the later."""
    if not said:
        return None
    text = said.lower().replace("not after", "before")   # "not after 4": before 4
    ruled_out = [m for m in NOT_BETWEEN.finditer(text)] + [m for m in NOT_PART.finditer(text)]
    if not ruled_out:
        return _asked_window(text)
    evening = bool(EVENING.search(text))
    rest = text
    spans = []
    for found in ruled_out:
        rest = rest.replace(found.group(0), " ")
        if found.re is NOT_BETWEEN:
            groups = found.groups()
            start, end = _clock(*groups[:3], evening), _clock(*groups[3:], evening)
            if start and end and end < start and not groups[2]:
                start = time(start.hour % 12, start.minute)   # "not 9 till 1": 9am
        else:
            start, end = _asked_window(found.group(0).split(None, 1)[1]) or (None, None)
        if start and end and start < end:
            spans.append((start, end))
    named = _asked_window(rest)
    asked = named or WHOLE_DAY
    parts = [asked]
    for start, end in spans:
        parts = [piece for p in parts for piece in ((p[0], min(p[1], start)),
                                                   (max(p[0], end), p[1])) if piece[0] < piece[1]]
    if not parts:
        # "im at work 9 to 5 so my lunch break": the time they named inside it wins.
        return named
    # A part the team can ring in at all, then the longer, then the later.
    return max(reversed(parts), key=lambda p: (_minutes_open(p) > 0,
                                               _minutes(p[1]) - _minutes(p[0])))


def _minutes_open(part: Tuple[time, time]) -> int:
    """How much of this part of the day falls in the team's longest working day."""
    _, table = hours._table()
    spans = [span for span in (table or {}).values() if span]
    if not spans:
        return 0
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    return max(0, _minutes(min(end, part[1])) - _minutes(max(start, part[0])))


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _asked_window(text: str) -> Optional[Tuple[time, time]]:
    """The time asked for, in words with no time ruled out."""
    evening = bool(EVENING.search(text))
    base = None
    for pattern, span in PARTS:
        if pattern.search(text):
            base = span
            break
    found = BETWEEN.search(text)
    if found:
        start = _clock(found.group(1), found.group(2), found.group(3) or found.group(6), evening)
        end = _clock(found.group(4), found.group(5), found.group(6), evening)
        if start and end and end < start and not found.group(3):
            start = time(start.hour % 12, start.minute)   # "11 till 1": 11am
        if start and end and start < end:
            return start, end
    start = end = None
    found = AFTER.search(text)
    if found:
        start = _clock(*found.groups(), evening)
    found = BEFORE.search(text)
    if found:
        end = _clock(*found.groups(), evening)
        if end and start is None and end.hour >= 12 and not found.group(3) and end.hour - 12 >= 8:
            end = time(end.hour - 12, end.minute)
    if start is None and end is None:
        found = AT.search(text)
        if found:
            at = _clock(*found.groups(), evening)
            if at:
                later = (datetime.combine(datetime.today(), at) + timedelta(hours=1)).time()
                return at, later if later > at else time(23, 59)
    if start is None and end is None:
        return base
    start = start or (base[0] if base else time(0))
    end = end or (base[1] if base and base[1] > start else time(23, 59))
    if base and end == time(23, 59) and base[1] > start:
        end = base[1]
    return (start, end) if start < end else None


# A day ruled out: "not thursday", "any day except monday", "apart from fridays", "but not
# on a tuesday", "never wednesdays".
_DAYS = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?"
         r"(?:,?(?: (?:or|and|nor|&))? )?)+")   # "not Wednesday Friday", as contact.py keeps it
NOT_ON = re.compile(
    r"\b(?:not|except|excluding|never|apart from|other than|(?:dont|don't|do not|cant|can't|"
    r"cannot|can not) (?:ring|call|phone|do|talk)(?: me)?|(?:busy|out|away|working|no good|"
    r"not good|not free|not in)) ?(?: on)?(?: an?| the)? " + _DAYS +
    r"|\b" + _DAYS + r" (?:is|are|'s|s)? ?(?:no good|bad|not good|out|busy|difficult|hard|"
    r"a no)\b")


def _day_numbers(text: str) -> set:
    return {next(i for i, d in enumerate(DAY_NAMES) if d.startswith(m.group(1)[:3]))
            for m in DAY.finditer(text)}


DEADLINE_DAY = re.compile(
    r"\b(?:not after|no later than|not later than|before|by|until|till|til|up to) (?:this |next )?"
    r"(?:mon|tues?|wed(?:nes)?|thur?s?|fri|sat(?:ur)?|sun)(?:day)?s?\b")


def days_allowed(said: Optional[str]) -> Optional[set]:
    """Week days named ("Tuesdays", "weekdays", "any day but Monday"): the numbers 0-6, or
    None for any day. A day ruled out ("mornings but not thursday") is never chosen."""
    if not said:
        return None
    text = said.lower()
    # "not after saturday", "before friday": a deadline, not the day to ring (round twelve:
    # "today or tomorow. not after saturday" was read as "Saturday only", a closed day).
    text = DEADLINE_DAY.sub(" ", text)
    ruled_out = set()
    for found in NOT_ON.finditer(text):
        ruled_out |= _day_numbers(found.group(0))
    named = _day_numbers(NOT_ON.sub(" ", text))
    if re.search(r"\bweek ?ends?\b", text):
        named |= {5, 6}
    if re.search(r"\bweek ?days?\b", text):
        named |= {0, 1, 2, 3, 4}
    allowed = (named or (set(range(7)) if ruled_out else set())) - ruled_out
    return allowed or None


@dataclass
class CallPlan:
    """When the team can call: a day and a time that fit both them and the team."""

    possible: bool
    day: Optional[datetime] = None   # the day the call can come
    start: Optional[time] = None
    end: Optional[time] = None
    asked: Optional[Tuple[time, time]] = None
    team_hours: Optional[Tuple[time, time]] = None
    later_today: bool = False        # the time they gave has already begun today


def plan(said: Optional[str], now: Optional[datetime] = None) -> Optional[CallPlan]:
    """The first day and time, within the council's hours, that fits the time they gave;
    None when they gave no time of day. ``possible`` is False when the team never works
    then (the plan then holds the team's hours on the next day it works)."""
    asked = window(said)
    if asked is None:
        return None
    now = hours.local_now(now)
    _, table = hours._table()
    if not table:
        return None
    days = days_allowed(said)
    first_day = None
    # "tomorrow 9 till 1" is never booked for today (round 11); "not tomorrow" leaves today.
    from_day = 1 if re.search(r"(?<!not )\btomorrow\b", said.lower()) else 0
    for offset in range(from_day, 15):
        day = now + timedelta(days=offset)
        span = table.get(day.weekday())
        if not span or (days and day.weekday() not in days):
            continue
        start, end = max(span[0], asked[0]), min(span[1], asked[1])
        later = False
        if offset == 0:
            soon = (now + timedelta(minutes=30)).time() if now.time() < time(23, 30) else span[1]
            later = soon > start
            start = max(start, soon)
        if first_day is None and (offset > 0 or (now + timedelta(minutes=30)).time() < span[1]):
            first_day = (day, span)
        if start < end:
            if asked[0] <= span[0] and asked[1] >= span[1]:
                return None       # any time in their working day: the usual words
            return CallPlan(True, day, start, end, asked, span, later)
    if first_day is None:
        return CallPlan(False, asked=asked)
    day, span = first_day
    return CallPlan(False, day, span[0], span[1], asked, span)


def clock_words(at: time) -> str:
    """ "4pm", "5.30pm", "9am", "midday". """
    if at == time(12):
        return "midday"
    hour = at.hour % 12 or 12
    suffix = "am" if at.hour < 12 else "pm"
    return f"{hour}.{at.minute:02d}{suffix}" if at.minute else f"{hour}{suffix}"


def day_words(day: datetime, now: Optional[datetime] = None) -> str:
    now = hours.local_now(now)
    if day.date() == now.date():
        return "today"
    if day.date() == (now + timedelta(days=1)).date():
        return "tomorrow"
    return f"on {hours.DAY_NAMES[day.weekday()]}"


def when_words(found: CallPlan, now: Optional[datetime] = None) -> str:
    """ "tomorrow after 4pm", "on Monday between 9am and 10am"."""
    day = day_words(found.day, now)
    span, asked = found.team_hours, found.asked
    if found.later_today:
        # "after 3pm" asked at ten to three (or soon after): their own words stay, so the
        # promise never drops the time they gave ("later today" alone hid it).
        if asked[1] >= span[1] and asked[0] > span[0] and \
                _minutes(hours.local_now(now).time()) < _minutes(asked[0]) + 120:
            return f"today after {clock_words(asked[0])}"
        return "later today" + (f", before {clock_words(found.end)}" if found.end < span[1] else "")
    if asked[1] >= span[1]:
        return f"{day} after {clock_words(found.start)}"
    if asked[0] < span[0]:
        return f"{day} before {clock_words(found.end)}"
    return f"{day} between {clock_words(found.start)} and {clock_words(found.end)}"


def when_phrase(said: Optional[str], now: Optional[datetime] = None) -> Optional[str]:
    """ "tomorrow after 4pm" when the time they gave fits the team's hours, else None."""
    found = plan(said, now)
    return when_words(found, now) if found and found.possible else None


def promise(said: Optional[str], by_phone: bool, now: Optional[datetime] = None,
            who: str = "you", email: bool = False) -> Optional[str]:
    """What to tell the person about when the team will call, or None when they gave no
    time (the general "when they open" words are used then)."""
    found = plan(said, now)
    verb = "ring" if by_phone else "contact"
    if only_closed_days(said) or (found is not None and found.day is None):
        # "after 10 in evening. or saturday", "weekends only": never "today at 9am".
        return (f"The team is closed at the times you gave, so they cannot {verb} {who} then. "
                f"{open_days_words()} Tell me another time, or ask for a text, an email "
                "or a letter instead.")
    if found is None:
        return None
    if found.possible:
        return f"The team will {verb} {who} {when_words(found, now)}, the time you asked for."
    if found.day is None:
        return None
    span = found.team_hours
    if email and by_phone:
        # "email me, or phone after 5": the hours they ruled out are not the fallback; the
        # email they gave is (round fourteen: "They will try today before 4.30pm").
        return (f"The team works from {clock_words(span[0])} to {clock_words(span[1])}, so "
                f"they cannot ring {who} at the time you gave. They will email {who} instead. "
                f"If a call before {clock_words(span[1])} is OK, tell me.")
    return (f"The team works from {clock_words(span[0])} to {clock_words(span[1])}, so they "
            f"cannot {verb} {who} at the time you gave. They will try {day_words(found.day, now)}"
            f" before {clock_words(span[1])}. If that is no good, tell me another time, or ask "
            "for an email or a letter instead.")


def only_closed_days(said: Optional[str]) -> bool:
    """The days they named are all days the team is closed ("saturday", "weekends only")."""
    days = days_allowed(said) if said else None
    if not days:
        return False
    _, table = hours._table()
    return bool(table) and not any(table.get(day) for day in days)


def open_days_words() -> str:
    """ "The team works Monday to Friday, 9am to 5pm." from the council's hours."""
    _, table = hours._table()
    if not table:
        return ""
    days = sorted(table)
    spans = {table[d] for d in days}
    names = [DAY_NAMES[d].capitalize() for d in days]
    when = f"{names[0]} to {names[-1]}" if days == list(range(days[0], days[-1] + 1)) and \
        len(days) > 2 else ", ".join(names)
    if len(spans) == 1:
        start, end = next(iter(spans))
        return f"The team works {when}, {clock_words(start)} to {clock_words(end)}."
    return f"The team works {when}."


def staff_line(said: Optional[str], now: Optional[datetime] = None,
               email: bool = False) -> Optional[str]:
    """For the hand-off: when to call, or that the time asked for is outside the hours."""
    found = plan(said, now)
    if only_closed_days(said) or (found is not None and found.day is None):
        return f"Call time: they asked for {said}, when the team is closed."
    if found is None:
        return None
    if found.possible:
        return f"Call time: {when_words(found, now)} (they said: {said})."
    if email:
        return (f"Call time: they asked for {said}, when the team is closed. Told them the team "
                "will email them instead.")
    return (f"Call time: they asked for {said}, when the team is closed. Told them the team "
            f"will try {day_words(found.day, now)} before {clock_words(found.team_hours[1])}.")


def all_texts():
    """Sample promises for the plain-language gate (bot/bot_words.py)."""
    monday_night = datetime(2026, 11, 23, 19, 0, tzinfo=hours.local_now().tzinfo)
    out = {}
    for said in ("after 4", "evenings after 6", "9 till 10", "mornings"):
        out[f"call_times.promise[{said}]"] = promise(said, True, monday_night)
        out[f"call_times.staff[{said}]"] = staff_line(said, monday_night)
    out["call_times.promise[text]"] = promise("after 2", False, monday_night)
    out["call_times.promise[email too]"] = promise("after 5", True, monday_night, email=True)
    out["call_times.staff[email too]"] = staff_line("after 5", monday_night, email=True)
    out["call_times.promise[closed days]"] = promise("evenings or saturday", True, monday_night)
    return {k: v for k, v in out.items() if v}
