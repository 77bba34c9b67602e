"""Opening hours of the council's advisers, read from council.yml.

Hand-off uses this to say honestly whether a person can answer now or will call back.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Dict, Optional, Tuple
from zoneinfo import ZoneInfo

from bot import settings

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _table() -> Tuple[ZoneInfo, Dict[int, Tuple[time, time]]]:
    cfg = settings.get("opening_hours", {}) or {}
    zone = ZoneInfo(cfg.get("timezone", "Europe/London"))
    table = {}
    for key, span in (cfg.get("days") or {}).items():
        start, end = (time.fromisoformat(part) for part in span)
        table[DAYS.index(key)] = (start, end)
    return zone, table


def local_now(now: Optional[datetime] = None) -> datetime:
    zone, _ = _table()
    now = now or datetime.now(tz=zone)
    return now.astimezone(zone) if now.tzinfo else now.replace(tzinfo=zone)


def is_open(now: Optional[datetime] = None) -> bool:
    """True when advisers are at work at this moment."""
    now = local_now(now)
    _, table = _table()
    span = table.get(now.weekday())
    return bool(span and span[0] <= now.time() < span[1])


def next_opening(now: Optional[datetime] = None) -> Optional[datetime]:
    """The next time advisers start work, or None if no hours are set."""
    now = local_now(now)
    _, table = _table()
    for offset in range(0, 8):
        day = now + timedelta(days=offset)
        span = table.get(day.weekday())
        if not span:
            continue
        start = day.replace(hour=span[0].hour, minute=span[0].minute, second=0, microsecond=0)
        if start > now:
            return start
    return None


def describe_next_opening(now: Optional[datetime] = None) -> str:
    """Plain words such as "tomorrow at 9am" or "on Monday at 9am"."""
    now = local_now(now)
    start = next_opening(now)
    if start is None:
        return "soon"
    clock = start.strftime("%I:%M%p").lstrip("0").replace(":00", "").lower()
    if start.date() == now.date():
        return f"today at {clock}"
    if start.date() == (now + timedelta(days=1)).date():
        return f"tomorrow at {clock}"
    return f"on {DAY_NAMES[start.weekday()]} at {clock}"


