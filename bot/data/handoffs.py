"""Hand-off state in one place: requests for a person and their queue, take-overs, adviser
messages waiting for the person's channel, notes and outcomes.

The action server creates hand-offs and notes contact details on them; the console lists,
takes over, replies and closes; the gateway asks whether a conversation is taken over and
collects the adviser's messages. All of them go through these functions.
"""
from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any, Dict, List, Optional, Tuple

import sqlalchemy as sa

from bot.codes import CODE_ALPHABET
from bot.data.db import engine, now
from bot.data.schema import handoffs, outbox, takeovers

PRIORITY = {"crisis": 0, "safeguarding": 1, "callback": 2, "request": 3, "complaint": 3}
STATUSES = ("waiting", "taken", "closed")
OPEN = ("waiting", "taken")
# How staff close a hand-off: the outcome kept on the row, and its words on the console.
OUTCOMES = {
    "helped": "Helped in the chat",
    "called_back": "Called them back",
    "referred": "Referred for an assessment or to a service",
    "information": "Gave information or advice",
    "no_reply": "Could not reach them",
    "not_needed": "No longer needed",
}
# Ages the queue can be filtered by: (label, newer than, older than).
AGES = {
    "hour": ("Less than an hour", timedelta(hours=1), None),
    "day": ("Less than a day", timedelta(days=1), None),
    "older": ("More than a day", None, timedelta(days=1)),
    "week": ("More than a week", None, timedelta(days=7)),
}


def new_reference(length: int = 6) -> str:
    """A short reference shaped like "HX4-7KD" that staff use to name a hand-off. It opens
    nothing, so it can be short; resume codes are longer (bot/codes.py)."""
    digits = "".join(c for c in CODE_ALPHABET if c.isdigit())
    letters = "".join(c for c in CODE_ALPHABET if c.isalpha())
    while True:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
        if any(c in digits for c in raw) and any(c in letters for c in raw):
            return f"{raw[:3]}-{raw[3:]}"


def create_handoff(sender_id: str, reason: str, channel: str = "web", summary: str = "",
                   callback: bool = False, priority: Optional[int] = None) -> Dict[str, Any]:
    """Records that a person is wanted; the staff console reads these rows.

    The queue is ordered by reason (crisis, safeguarding, call-back, request) and, within a
    reason, by ``priority``: the safety taxonomy's rank for the category (1 most urgent).
    One open request per conversation: asking again returns it (raised if more urgent).
    """
    reason = reason if reason in PRIORITY else "request"
    rank = PRIORITY[reason] * 10 + int(priority or 0)
    row = {
        "reference": new_reference(),
        "sender_id": sender_id,
        "reason": reason,
        "priority": rank,
        "channel": channel,
        "status": "waiting",
        "callback_requested": callback,
        "summary": summary,
        "created_at": now(),
        "updated_at": now(),
    }
    with engine().begin() as conn:
        existing = conn.execute(
            sa.select(handoffs).where(handoffs.c.sender_id == sender_id,
                                      handoffs.c.status == "waiting")
        ).mappings().first()
        if existing:
            changes: Dict[str, Any] = {}
            if rank < existing["priority"]:
                changes.update(reason=reason, priority=rank)
            if callback and not existing["callback_requested"]:
                changes["callback_requested"] = True
            held = existing["summary"] or ""
            if summary and summary not in held.split("\n"):
                # Asked again for something new (a survey's contact details, a complaint):
                # what it says is added, never dropped.
                changes["summary"] = ((held + "\n") if held else "") + summary
                changes["summary"] = changes["summary"][:4000]
            if changes:
                conn.execute(handoffs.update().where(handoffs.c.id == existing["id"]).values(
                    updated_at=now(), **changes))
            return dict(conn.execute(sa.select(handoffs).where(
                handoffs.c.id == existing["id"])).mappings().first())
        conn.execute(handoffs.insert().values(**row))
    return row


def _summary_row(conn: Any, reference: str) -> Any:
    """The hand-off's summary as a row (its text may be None), or None: no such hand-off."""
    return conn.execute(sa.select(handoffs.c.summary).where(
        handoffs.c.reference == reference)).first()


def _write_summary(conn: Any, reference: str, summary: str) -> None:
    conn.execute(handoffs.update().where(handoffs.c.reference == reference).values(
        summary=summary[:4000], updated_at=now()))


def note_on_handoff(reference: str, note: str) -> None:
    """Adds a line (contact details, a safe-contact instruction) to a hand-off for staff."""
    with engine().begin() as conn:
        row = _summary_row(conn, reference)
        if row is None:
            return
        summary = (row[0] + "\n" if row[0] else "") + note
        _write_summary(conn, reference, summary)


def replace_notes(reference: str, starts: Tuple[str, ...], lines: List[str]) -> None:
    """Lines starting with any of ``starts`` are taken off the hand-off and ``lines`` added:
    a call time or number put right is the only one staff see, never both."""
    with engine().begin() as conn:
        row = _summary_row(conn, reference)
        if row is None:
            return
        kept = [line for line in (row[0] or "").split("\n") if not line.startswith(starts)]
        summary = "\n".join(kept + [line for line in lines if line]).strip("\n")
        _write_summary(conn, reference, summary)


def mark_callback(reference: str) -> None:
    """The person asked to be phoned on a hand-off made without a call (a request for a
    person, a complaint), and gave a number: staff see it is a call-back (round
    13: callback_requested stayed 0 with a number and a time). A plain request moves to the
    call-back queue; a complaint stays a complaint."""
    with engine().begin() as conn:
        row = conn.execute(sa.select(handoffs).where(
            handoffs.c.reference == reference)).mappings().first()
        if row is None or row["status"] not in OPEN:
            return
        changes: Dict[str, Any] = {}
        if not row["callback_requested"]:
            changes["callback_requested"] = True
        if row["reason"] == "request":
            changes.update(reason="callback", priority=PRIORITY["callback"] * 10 +
                           int(row["priority"]) % 10)
        if changes:
            conn.execute(handoffs.update().where(handoffs.c.reference == reference).values(
                updated_at=now(), **changes))


def add_notes(reference: str, lines: List[str]) -> List[str]:
    """Adds the lines a hand-off does not hold yet (a language need, how to contact them);
    returns the ones added. Said twice, a detail is noted once."""
    with engine().connect() as conn:
        row = _summary_row(conn, reference)
    if row is None:
        return []
    held = set((row[0] or "").split("\n"))
    added = [line for line in dict.fromkeys(lines) if line and line not in held]
    for line in added:
        note_on_handoff(reference, line)
    return added


def add_notes_by_heading(reference: str, lines: List[str], sep: str = " They said:") -> List[str]:
    """Adds the lines whose heading (the words before ``sep``: "Wants: a job.") the hand-off
    does not hold yet, so a want said again in other words is noted once."""
    with engine().connect() as conn:
        row = _summary_row(conn, reference)
    if row is None:
        return []
    held = {line.split(sep)[0] for line in (row[0] or "").split("\n")}
    fresh, seen = [], set(held)
    for line in lines:
        head = line.split(sep)[0]
        if line and head not in seen:
            seen.add(head)
            fresh.append(line)
    return add_notes(reference, fresh)


def waiting() -> List[Dict[str, Any]]:
    """Requests nobody has taken yet, crisis and safeguarding first, then oldest first."""
    return find(statuses=("waiting",), per_page=0)[0]


def open_queue() -> List[Dict[str, Any]]:
    """Waiting and taken requests, crisis and safeguarding first, then oldest first."""
    return find(statuses=OPEN, per_page=0)[0]


def _reference_key(text: str) -> str:
    return "".join(c for c in str(text).upper() if c.isalnum())


def find(statuses=OPEN, reasons=(), channel: str = "", age: str = "", reference: str = "",
         page: int = 1, per_page: int = 25) -> Tuple[List[Dict[str, Any]], int]:
    """One page of the queue and the number of rows matching, most urgent then oldest first.

    ``reference`` finds a hand-off by its reference (or part of it), with or without the
    dash; ``age`` is a key of AGES; ``per_page=0`` gives every row.
    """
    h = handoffs
    where = [h.c.status.in_(tuple(statuses) or STATUSES)]
    if reasons:
        where.append(h.c.reason.in_(tuple(reasons)))
    if channel:
        where.append(h.c.channel == channel)
    if age in AGES:
        _, newer, older = AGES[age]
        if newer is not None:
            where.append(h.c.created_at >= now() - newer)
        if older is not None:
            where.append(h.c.created_at < now() - older)
    key = _reference_key(reference)
    if key:
        where.append(sa.func.replace(h.c.reference, "-", "").like(f"%{key}%"))
    query = sa.select(h).where(*where).order_by(h.c.priority, h.c.created_at, h.c.id)
    with engine().connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(h).where(*where)).scalar()
        if per_page:
            query = query.limit(per_page).offset(max(0, page - 1) * per_page)
        rows = conn.execute(query).mappings().all()
    return [dict(r) for r in rows], int(total or 0)


def channels() -> List[str]:
    """The channels hand-offs have come from, for the queue's filter."""
    with engine().connect() as conn:
        return sorted(r[0] for r in conn.execute(sa.select(handoffs.c.channel).distinct()))


def latest_for(sender_id: str) -> Optional[Dict[str, Any]]:
    """The conversation's newest hand-off (open or closed), or None."""
    with engine().connect() as conn:
        row = conn.execute(sa.select(handoffs).where(handoffs.c.sender_id == sender_id)
                           .order_by(handoffs.c.id.desc())).mappings().first()
    return dict(row) if row else None


# A request about someone's safety outlives "delete my conversation": the council has a duty
# to follow it up (Care Act 2014, s42), and a person hiding the chat from someone at home
# still needs the call they asked for. The chat itself, the answers and the records go.
SAFETY_REASONS = ("crisis", "safeguarding")


def kept_on_delete():
    """Which of a conversation's hand-off rows "delete my conversation" keeps."""
    return handoffs.c.status.in_(OPEN) & handoffs.c.reason.in_(SAFETY_REASONS)


def open_safety_request(sender_id: str) -> Optional[Dict[str, Any]]:
    """The conversation's open crisis or safeguarding hand-off, or None."""
    with engine().connect() as conn:
        row = conn.execute(sa.select(handoffs).where(handoffs.c.sender_id == sender_id,
                                                     kept_on_delete())
                           .order_by(handoffs.c.id.desc())).mappings().first()
    return dict(row) if row else None


def in_queue(sender_id: str) -> bool:
    with engine().connect() as conn:
        return conn.execute(sa.select(handoffs.c.id).where(
            handoffs.c.sender_id == sender_id, handoffs.c.status.in_(OPEN))).first() is not None


def set_status(sender_id: str, status: str) -> None:
    """Marks the conversation's open hand-offs as ``status`` (waiting or taken)."""
    with engine().begin() as conn:
        conn.execute(handoffs.update().where(
            handoffs.c.sender_id == sender_id,
            handoffs.c.status != "closed").values(status=status, updated_at=now()))


def close(sender_id: str, outcome: str, by: str, note: str = "") -> bool:
    """Closes the conversation's open hand-offs with an outcome (a key of OUTCOMES)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {sorted(OUTCOMES)}")
    with engine().begin() as conn:
        done = conn.execute(handoffs.update().where(
            handoffs.c.sender_id == sender_id, handoffs.c.status != "closed").values(
            status="closed", outcome=outcome, outcome_note=note[:1000], closed_by=by,
            closed_at=now(), updated_at=now())).rowcount
    return bool(done)


def takeover_of(sender_id: str) -> Optional[Dict[str, Any]]:
    with engine().connect() as conn:
        row = conn.execute(sa.select(takeovers).where(
            takeovers.c.sender_id == sender_id)).mappings().first()
    return dict(row) if row else None


def is_taken_over(sender_id: str) -> bool:
    row = takeover_of(sender_id)
    return bool(row and row["active"])


def set_takeover(sender_id: str, adviser: str, active: bool, note: str = "") -> None:
    """``adviser`` is the staff login name; ``note`` the hand-back note."""
    with engine().begin() as conn:
        exists = conn.execute(sa.select(takeovers.c.sender_id).where(
            takeovers.c.sender_id == sender_id)).first()
        values = dict(adviser=adviser, active=active, note=note, updated_at=now())
        if exists:
            conn.execute(takeovers.update().where(takeovers.c.sender_id == sender_id)
                         .values(**values))
        else:
            conn.execute(takeovers.insert().values(sender_id=sender_id,
                                                   created_at=now(), **values))


def queue_message(sender_id: str, author: str, text: str) -> int:
    """An adviser's words for the person; ``author`` is the name the person sees."""
    with engine().begin() as conn:
        result = conn.execute(outbox.insert().values(
            sender_id=sender_id, author=author, text=text, delivered=False,
            created_at=now()))
        return int(result.inserted_primary_key[0])


def collect_messages(sender_id: str) -> List[Dict[str, Any]]:
    """Messages for this person not yet shown; marks them delivered."""
    with engine().begin() as conn:
        rows = conn.execute(sa.select(outbox).where(
            outbox.c.sender_id == sender_id, outbox.c.delivered.is_(False))
            .order_by(outbox.c.id)).mappings().all()
        if rows:
            conn.execute(outbox.update().where(outbox.c.id.in_([r["id"] for r in rows]))
                         .values(delivered=True))
    return [dict(r) for r in rows]


def pending_senders(prefix: str = "") -> List[str]:
    """Conversations (on one channel, e.g. "tg-") with adviser messages waiting."""
    with engine().connect() as conn:
        rows = conn.execute(sa.select(outbox.c.sender_id).distinct().where(
            outbox.c.delivered.is_(False), outbox.c.sender_id.like(f"{prefix}%"))).all()
    return [r[0] for r in rows]


def queue_version() -> str:
    """Changes whenever a hand-off is made, noted, taken or closed (the console's live
    queue compares it)."""
    with engine().connect() as conn:
        count, newest, changed = conn.execute(sa.select(
            sa.func.count(), sa.func.max(handoffs.c.id),
            sa.func.max(handoffs.c.updated_at))).first()
    return f"{count}:{newest}:{changed}"


def conversation_version(sender_id: str) -> str:
    """Changes when this conversation's hand-off, take-over or adviser messages change."""
    with engine().connect() as conn:
        h = conn.execute(sa.select(sa.func.count(), sa.func.max(handoffs.c.updated_at))
                         .where(handoffs.c.sender_id == sender_id)).first()
        t = conn.execute(sa.select(takeovers.c.updated_at)
                         .where(takeovers.c.sender_id == sender_id)).first()
        o = conn.execute(sa.select(sa.func.count()).select_from(outbox)
                         .where(outbox.c.sender_id == sender_id)).first()
    return f"{tuple(h)}:{t[0] if t else None}:{o[0]}"


def raise_again(reference: str, reason: str) -> None:
    """The person put back a worry they were noted as calling not a concern ("it is a worry
    tho!!"): an open hand-off stood down for it is queued as ``reason`` (crisis or
    safeguarding) again. Never lowers one."""
    if reason not in ("crisis", "safeguarding"):
        return
    rank = PRIORITY[reason] * 10
    with engine().begin() as conn:
        row = conn.execute(sa.select(handoffs).where(handoffs.c.reference == reference)
                           ).mappings().first()
        if not row or row["status"] not in OPEN or row["priority"] <= rank:
            return
        conn.execute(handoffs.update().where(handoffs.c.id == row["id"]).values(
            reason=reason, priority=rank, updated_at=now()))


def stand_down(reference: str) -> None:
    """A crisis or safeguarding hand-off whose disclosure the person said was not a concern,
    with nothing else standing: queued as what it still is (a call-back if one was asked
    for, otherwise a request). Its words and notes stay for staff."""
    with engine().begin() as conn:
        row = conn.execute(sa.select(handoffs).where(handoffs.c.reference == reference)
                           ).mappings().first()
        if not row or row["reason"] not in ("crisis", "safeguarding"):
            return
        reason = "callback" if row["callback_requested"] else "request"
        conn.execute(handoffs.update().where(handoffs.c.id == row["id"]).values(
            reason=reason, priority=PRIORITY[reason] * 10, updated_at=now()))
