"""Opening times and costs in plain words, from ORUK schedules and cost options.

People read "Mondays and Wednesdays, 10am to midday" more easily than "WEEKLY MO,WE 10:00".
Works on ORUK 3.0 schedules (freq, byday, opens_at, closes_at) and v1 regular_schedules
(weekday, opens_at, closes_at); falls back to the record's own description.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Optional

DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DAY_NAMES = dict(zip(DAY_CODES, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday"]))
ORDINALS = {"1": "First", "2": "Second", "3": "Third", "4": "Fourth", "-1": "Last"}
DAY_BY_NAME = {name.lower(): code for code, name in DAY_NAMES.items()}


def day_codes(byday: object) -> List[str]:
    """ "MO,WE" -> ["MO", "WE"]; "1TU" (first Tuesday of the month) -> ["TU"]."""
    found: List[str] = []
    for part in str(byday or "").upper().split(","):
        code = re.sub(r"^-?\d", "", part.strip())
        if code in DAY_CODES and code not in found:
            found.append(code)
    return found


def schedule_days(schedules: Iterable[Dict[str, Any]]) -> List[str]:
    """The days a service runs, from ORUK 3.0 ``byday`` or v1 ``weekday`` rows."""
    found: List[str] = []
    for schedule in schedules:
        codes = day_codes(schedule.get("byday"))
        if not codes and schedule.get("weekday"):
            code = DAY_BY_NAME.get(str(schedule["weekday"]).strip().lower())
            codes = [code] if code else []
        if str(schedule.get("freq") or "").upper() == "DAILY" and not codes:
            codes = list(DAY_CODES)
        found += [c for c in codes if c not in found]
    return [c for c in DAY_CODES if c in found]


def time_words(value: Any) -> Optional[str]:
    """"09:00:00" -> "9am", "13:30" -> "1:30pm", "12:00" -> "midday"."""
    match = re.match(r"^\s*(\d{1,2}):(\d{2})", str(value or ""))
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour == 12 and minute == 0:
        return "midday"
    if hour in (0, 24) and minute == 0:
        return "midnight"
    suffix = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}{suffix}" if minute == 0 else f"{shown}:{minute:02d}{suffix}"


def _plural(day: str) -> str:
    return DAY_NAMES[day] + "s"


def days_words(byday: str) -> Optional[str]:
    """"MO,WE" -> "Mondays and Wednesdays"; "MO,TU,WE,TH,FR" -> "Monday to Friday";
    "1TU" -> "First Tuesday of the month"."""
    codes = [c.strip().upper() for c in str(byday or "").split(",") if c.strip()]
    if not codes:
        return None
    monthly = [re.match(r"^(-?\d)([A-Z]{2})$", c) for c in codes]
    if all(monthly) and all(m.group(2) in DAY_NAMES for m in monthly):
        parts = [f"{ORDINALS.get(m.group(1), m.group(1))} {DAY_NAMES[m.group(2)]}"
                 for m in monthly]
        first = " and ".join([parts[0]] + [p[0].lower() + p[1:] for p in parts[1:]])
        return f"{first} of the month"
    days = [c for c in DAY_CODES if c in codes]
    if not days:
        return None
    if len(days) == 7:
        return "Every day"
    indexes = [DAY_CODES.index(d) for d in days]
    if len(days) >= 3 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"{DAY_NAMES[days[0]]} to {DAY_NAMES[days[-1]]}"
    names = [_plural(d) for d in days]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def hours_words(opens: Any, closes: Any) -> Optional[str]:
    start, end = time_words(opens), time_words(closes)
    if str(opens or "").startswith("00:00") and str(closes or "").startswith("23:59"):
        return "any time, day or night"
    if start and end:
        return f"{start} to {end}"
    return start and f"from {start}"


def schedule_words(schedule: Dict[str, Any]) -> Optional[str]:
    """One schedule in words, or its own description when the fields are not usable."""
    byday = schedule.get("byday")
    if not byday and schedule.get("weekday"):  # ORUK v1 regular_schedule
        byday = DAY_BY_NAME.get(str(schedule["weekday"]).strip().lower(), "")
    days = days_words(byday) if byday else None
    hours = hours_words(schedule.get("opens_at"), schedule.get("closes_at"))
    if days and hours:
        return f"{days}, {hours}"
    description = str(schedule.get("description") or "").strip()
    if description:
        return description
    return days or (hours[0].upper() + hours[1:] if hours else None)


def _merge_v1_days(schedules: Iterable[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """v1 feeds list one row per weekday: join rows with the same hours into one."""
    merged: Dict[tuple, Dict[str, Any]] = {}
    rest: List[Dict[str, Any]] = []
    for item in schedules:
        code = DAY_BY_NAME.get(str(item.get("weekday") or "").strip().lower())
        if code and not item.get("byday"):
            key = (item.get("opens_at"), item.get("closes_at"))
            row = merged.setdefault(key, {"opens_at": key[0], "closes_at": key[1], "byday": ""})
            row["byday"] = ",".join(filter(None, [row["byday"], code]))
        else:
            rest.append(item)
    return list(merged.values()) + rest


def schedules_words(schedules: Iterable[Dict[str, Any]]) -> str:
    """All of a service's schedules in words, joined; empty when nothing is known."""
    parts = []
    for item in _merge_v1_days([s for s in schedules or [] if isinstance(s, dict)]):
        words = schedule_words(item)
        if words and words not in parts:
            parts.append(words)
    return ". ".join(parts)


def money_words(amount: Any) -> str:
    value = float(amount)
    return f"£{value:.0f}" if value == int(value) else f"£{value:.2f}"


def cost_words(cost_options: Iterable[Dict[str, Any]], fees: Any = None) -> str:
    """"Free", "£4.80 a meal", or the feed's own words; empty when nothing is known."""
    parts = []
    for option in cost_options or []:
        if not isinstance(option, dict):
            continue
        amount = option.get("amount")
        label = str(option.get("amount_description") or "").strip()
        label = re.sub(r"^per\s+hour\b", "an hour", label, flags=re.I)
        label = re.sub(r"^per\s+", "a ", label, flags=re.I)
        try:
            words = "Free" if amount is not None and float(amount) == 0 else (
                f"{money_words(amount)} {label}".strip() if amount is not None else label)
        except (TypeError, ValueError):
            words = label or str(amount)
        if option.get("option") and words != "Free":
            words = f"{words} ({option['option']})" if words else str(option["option"])
        if words and words not in parts:
            parts.append(words)
    if parts:
        return ". ".join(parts)
    fee_text = str(fees or "").strip()
    return fee_text


def lowest_cost(cost_options: Iterable[Dict[str, Any]]) -> Optional[float]:
    """The lowest amount in pounds among the cost options; None when none gives one."""
    amounts = []
    for option in cost_options or []:
        try:
            amounts.append(float(option.get("amount")))
        except (AttributeError, TypeError, ValueError):
            continue
    return min(amounts) if amounts else None
