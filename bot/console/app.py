"""The console's web pages (aiohttp, mounted at /console/ by the gateway).

Server-rendered HTML with every value escaped; each route also answers JSON when asked
(``Accept: application/json``), which the tests and other council tools use. The queue and
conversation pages update themselves (bot/console/live.py, static/console.js).

The console reaches Rasa through the client the gateway gives it (``create_app(rasa)``)
and hand-off state through bot/data/handoffs.py: it imports nothing from the gateway.
"""
from __future__ import annotations

import asyncio
from dataclasses import asdict
import html
import json
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List, Optional
from urllib.parse import urlencode

from aiohttp import web

from bot import settings, store
from bot.channels import CHANNELS
from bot.console import audit_log, auth, live, not_a_concern, transcript
from bot.console.auth import Staff
from bot.data import handoffs, safety_marks
from bot.data.db import aware, now
from bot.data.schema import valid_sender
from bot.markers import contact_facts
from bot.security import clients

STATIC = Path(__file__).resolve().parent / "static"
ABOUT_CHOICES = {"self": "The caller", "someone_i_care_for": "Someone the caller looks after"}
REASONS = {"crisis": "Crisis", "safeguarding": "Safeguarding", "callback": "Call back",
           "request": "Asked for a person", "complaint": "Complaint"}
STATUS_NAMES = {"waiting": "Waiting", "taken": "Taken over", "closed": "Closed"}
STATUS_FILTERS = {"open": ("Waiting or taken over", handoffs.OPEN),
                  "waiting": ("Waiting", ("waiting",)), "taken": ("Taken over", ("taken",)),
                  "closed": ("Closed", ("closed",)), "all": ("All", handoffs.STATUSES)}
PER_PAGE = 25
# What the console says to the person, in their chat (tests/console checks it is plain).
PERSON_WORDS = {
    "now_talking_to": "You are now talking to {name}. They can see what you told me.",
    "back_with_the_bot": "You are back with the computer helper. Type help to see what I can do.",
    "started_for_you": "{name} started this for you.",
}


def _wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "") or \
        request.query.get("format") == "json"


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else ""))


def _page(title: str, body: str, user: Optional[Staff] = None, live_url: str = "",
          version: str = "") -> web.Response:
    who = ""
    if user:
        audit = (' <a href="/console/audit">Audit log</a> <a href="/console/safety-marks.csv">'
                 f'{not_a_concern.WORDS["download"]}</a>') if user.is_manager else ""
        who = (f'<nav aria-label="Console"><a href="/console/">Queue</a> '
               f'<a href="/console/plain-words">Plain words</a> '
               f'<a href="/console/surveys">Survey results</a>{audit} '
               f'<a href="/console/me">Your name</a></nav>'
               f'<div class="who"><p>Signed in as {_e(user.username)} ({_e(user.role)}). '
               f'People see you as &ldquo;{_e(user.display_name)}&rdquo;.</p>'
               '<form method="post" action="/console/logout" class="inline">'
               '<button class="secondary">Sign out</button></form></div>')
    council = _e(settings.get("council.name", ""))
    live_attrs = (f' data-live-url="{_e(live_url)}" data-version="{_e(version)}"'
                  if live_url else "")
    return web.Response(content_type="text/html", text=f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{_e(title)} - care team console</title>
<link rel="stylesheet" href="/console/static/console.css">
<script src="/console/static/console.js" defer></script></head>
<body{live_attrs}><a class="skip" href="#main">Skip to the main content</a>
<header><p class="service">{council} care team console</p>{who}</header>
<main id="main"><h1>{_e(title)}</h1>{body}</main></body></html>""")


def current_user(request: web.Request) -> Optional[Staff]:
    return auth.trusted_header_user(request.headers, request.remote or "") or \
        auth.read_session(request.cookies.get(auth.COOKIE))


def _route_name(request: web.Request) -> str:
    """The page asked for, without the conversation id in it (audit details stay clean)."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "?"


def _forbidden(request: web.Request, user: Staff, message: str,
               body_html: str = "") -> web.Response:
    if _wants_json(request):
        return web.json_response({"error": message}, status=403)
    response = _page("Not allowed", f"<p>{_e(message)}</p>{body_html}", user)
    response.set_status(403)
    return response


def may_open(user: Staff, sender: str) -> bool:
    """Managers may open any conversation; advisers those waiting in the queue, the last one
    they took over or closed, and those they gave a recorded reason to open (this shift)."""
    if user.is_manager or handoffs.in_queue(sender):
        return True
    takeover = handoffs.takeover_of(sender)
    if takeover and takeover["adviser"] == user.username:
        return True               # the adviser who took it over (and handed it back)
    latest = handoffs.latest_for(sender)
    if latest and latest.get("closed_by") == user.username:
        return True               # the adviser who closed it (after a call, say)
    return audit_log.has_reason(user.username, sender, within_seconds=auth.SESSION_SECONDS)


def _audit(user: Staff, action: str, sender: Optional[str] = None, detail: str = "") -> None:
    audit_log.audit(user.username, user.role, action, sender, detail)


def require(role: str = "adviser", conversation: bool = False):
    def wrap(handler):
        async def inner(request: web.Request) -> web.StreamResponse:
            user = current_user(request)
            if user is None:
                if _wants_json(request):
                    return web.json_response({"error": "sign in first"}, status=401)
                raise web.HTTPFound("/console/login")
            if role == "manager" and not user.is_manager:
                _audit(user, "denied", detail=_route_name(request))
                return _forbidden(request, user, "Only managers can see this.")
            sender = request.match_info.get("sender")
            if sender is not None and not valid_sender(sender):
                raise web.HTTPNotFound()
            if conversation and not may_open(user, sender):
                _audit(user, "denied", sender, _route_name(request))
                return _forbidden(request, user, "This conversation is not in the queue. "
                                  "To open it, say why. Your reason is kept in the audit log.",
                                  REASON_FORM.format(sender=_e(sender)))
            if request.method == "POST":
                origin = request.headers.get("Origin")
                if origin and origin.split("://", 1)[-1] != request.host:
                    return web.json_response({"error": "cross-site request"}, status=403)
            request["user"] = user
            return await handler(request)
        return inner
    return wrap


REASON_FORM = """<form method="post" action="/console/c/{sender}/reason">
<label for="reason">Why do you need to open this conversation?</label>
<textarea id="reason" name="reason" rows="3" minlength="10" maxlength="500" required></textarea>
<button type="submit">Open it and record my reason</button></form>"""


def _wait_notice(seconds: int) -> str:
    minutes = max(1, (seconds + 59) // 60)
    return (f"Too many wrong passwords. Sign-in is paused for {minutes} minute"
            f"{'s' if minutes > 1 else ''}. If this was not you, tell your manager.")


async def login_form(request: web.Request) -> web.Response:
    error = '<p class="error" role="alert">That name or password is not right.</p>' \
        if request.query.get("failed") else ""
    if request.query.get("wait", "").isdigit():
        error = f'<p class="error" role="alert">{html.escape(_wait_notice(int(request.query["wait"])))}</p>'

    return _page("Sign in", f"""{error}
<form method="post" action="/console/login">
<label for="username">Name</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>""")


async def login(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    username, password = str(form.get("username", ""))[:64], str(form.get("password", ""))[:256]
    address = clients.client_address(request)
    wait = auth.wait_seconds(username, address)
    if wait:
        # Locked for now: the password is not even checked, so guessing gains nothing.
        audit_log.audit(username or "?", "-", "login_locked")
        if _wants_json(request):
            return web.json_response({"error": _wait_notice(wait), "wait_seconds": wait},
                                     status=429, headers={"Retry-After": str(wait)})
        raise web.HTTPFound(f"/console/login?wait={wait}")
    role = auth.check_login(username, password)
    if role is None:
        audit_log.audit(username or "?", "-", "login_failed")
        wait = auth.record_failure(username, address)
        if _wants_json(request):
            body = {"error": _wait_notice(wait) if wait else "wrong name or password"}
            return web.json_response(body, status=429 if wait else 401)
        raise web.HTTPFound(f"/console/login?wait={wait}" if wait else "/console/login?failed=1")
    auth.clear_failures(username, address)
    audit_log.audit(username, role, "login")
    response = web.json_response({"user": username, "role": role}) if _wants_json(request) \
        else web.HTTPFound("/console/")
    response.set_cookie(auth.COOKIE, auth.make_session(username, role), httponly=True,
                        samesite="Strict", max_age=auth.SESSION_SECONDS, path="/console",
                        secure=clients.secure_cookies(request))
    if isinstance(response, web.HTTPFound):
        raise response
    return response


async def logout(request: web.Request) -> web.StreamResponse:
    auth.end_session(request.cookies.get(auth.COOKIE))
    response = web.HTTPFound("/console/login")
    response.del_cookie(auth.COOKIE, path="/console")
    raise response


def _json_row(row: Dict[str, Any]) -> Dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


def _age(moment: Optional[datetime]) -> str:
    """How long ago, in words staff read at a glance ("12 minutes", "3 hours", "2 days")."""
    if moment is None:
        return ""
    seconds = max(0, int((now() - aware(moment)).total_seconds()))
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "under a minute"


def _when(moment: Optional[datetime]) -> str:
    return f"{aware(moment):%d %b %H:%M}" if moment else ""


def _options(choices: Dict[str, str], chosen: str, any_label: Optional[str] = None) -> str:
    items = [("", any_label)] if any_label is not None else []
    items += list(choices.items())
    return "".join(f'<option value="{_e(k)}"{" selected" if k == chosen else ""}>{_e(v)}</option>'
                   for k, v in items)


CALLER_FORM = """<section class="caller" aria-labelledby="caller-heading">
<h2 id="caller-heading">Start a session for a caller</h2>
<form method="post" action="/console/caller">
<fieldset><legend>Who is it about?</legend>
<label class="choice"><input type="radio" name="about" value="self" checked> The caller</label>
<label class="choice"><input type="radio" name="about" value="someone_i_care_for"> Someone the caller looks after</label>
</fieldset>
<label for="reason">Why they called, in their words</label>
<textarea id="reason" name="reason" rows="2" maxlength="1000" required></textarea>
<button type="submit">Get a code for the caller</button></form></section>"""


class QueueQuery:
    """The queue's filters and page, read from the address (?status=&reason=&channel=
    &age=&ref=&page=)."""

    def __init__(self, query) -> None:
        self.status = query.get("status", "open")
        if self.status not in STATUS_FILTERS:
            self.status = "open"
        self.reason = query.get("reason", "") if query.get("reason") in REASONS else ""
        self.channel = str(query.get("channel", ""))[:32]
        self.age = query.get("age", "") if query.get("age") in handoffs.AGES else ""
        self.ref = str(query.get("ref", "")).strip()[:20]
        try:
            self.page = max(1, int(query.get("page", 1)))
        except ValueError:
            self.page = 1

    def params(self, **change: Any) -> Dict[str, Any]:
        values = {"status": self.status, "reason": self.reason, "channel": self.channel,
                  "age": self.age, "ref": self.ref, "page": self.page, **change}
        return {k: v for k, v in values.items()
                if v and not (k == "status" and v == "open") and not (k == "page" and v == 1)}

    def url(self, **change: Any) -> str:
        params = self.params(**change)
        return "/console/" + ("?" + urlencode(params) if params else "")

    def run(self):
        return handoffs.find(statuses=STATUS_FILTERS[self.status][1],
                             reasons=(self.reason,) if self.reason else (),
                             channel=self.channel, age=self.age, reference=self.ref,
                             page=self.page, per_page=PER_PAGE)


def _filters_html(q: QueueQuery, channels: List[str]) -> str:
    channel_choices = {c: CHANNELS.get(c, c) for c in channels}
    ages = {k: v[0] for k, v in handoffs.AGES.items()}
    statuses = {k: v[0] for k, v in STATUS_FILTERS.items()}
    return f"""<form method="get" action="/console/" class="filters" role="search"
aria-label="Filter the queue"><div class="fields">
<div><label for="ref">Reference</label><input id="ref" name="ref" value="{_e(q.ref)}"
 autocomplete="off" spellcheck="false" placeholder="HX4-7KD"></div>
<div><label for="status">Status</label><select id="status" name="status">{_options(statuses, q.status)}</select></div>
<div><label for="f-reason">Priority</label><select id="f-reason" name="reason">{_options(REASONS, q.reason, "Any priority")}</select></div>
<div><label for="channel">Channel</label><select id="channel" name="channel">{_options(channel_choices, q.channel, "Any channel")}</select></div>
<div><label for="age">Waiting for</label><select id="age" name="age">{_options(ages, q.age, "Any time")}</select></div>
</div><button type="submit">Show</button> <a href="/console/">Clear the filters</a></form>"""


def _queue_rows_html(rows: List[Dict[str, Any]]) -> str:
    out = []
    for r in rows:
        ref = _e(r["reference"])
        first = (r["summary"] or "").split("\n", 1)[0][:120]
        marked = f" {not_a_concern.badge()}" if r.get("not_a_concern") else ""
        out.append(
            f'<tr class="reason-{_e(r["reason"])}"><td data-label="Why">'
            f'<span class="tag">{_e(REASONS.get(r["reason"], r["reason"]))}</span>{marked}</td>'
            f'<td data-label="Reference" class="ref">{ref}</td>'
            f'<td data-label="Channel">{_e(CHANNELS.get(r["channel"], r["channel"]))}</td>'
            f'<td data-label="Status">{_e(STATUS_NAMES.get(r["status"], r["status"]))}</td>'
            f'<td data-label="Waiting"><time datetime="{aware(r["created_at"]).isoformat()}">'
            f'{_e(_age(r["created_at"]))}</time></td>'
            f'<td data-label="What they said">{_e(first)}</td>'
            f'<td><a href="/console/c/{_e(r["sender_id"])}">Open'
            f'<span class="visually-hidden"> conversation {ref}</span></a></td></tr>')
    return "".join(out)


def _pager_html(q: QueueQuery, total: int) -> str:
    pages = max(1, (total + PER_PAGE - 1) // PER_PAGE)
    if pages == 1:
        return ""
    links = []
    if q.page > 1:
        links.append(f'<a href="{_e(q.url(page=q.page - 1))}" rel="prev">Previous page</a>')
    links.append(f'<span aria-current="page">Page {min(q.page, pages)} of {pages}</span>')
    if q.page < pages:
        links.append(f'<a href="{_e(q.url(page=q.page + 1))}" rel="next">Next page</a>')
    return f'<nav class="pager" aria-label="Pages of the queue">{" ".join(links)}</nav>'


@require()
async def queue(request: web.Request) -> web.Response:
    user = request["user"]
    q = QueueQuery(request.query)
    version = await asyncio.to_thread(handoffs.queue_version)
    rows, total = await asyncio.to_thread(q.run)
    marked = await asyncio.to_thread(safety_marks.marked_references,
                                     [r["reference"] for r in rows])
    for r in rows:
        r["not_a_concern"] = r["reference"] in marked
    if not request.query.get("live"):
        _audit(user, "view_queue")
    if _wants_json(request):
        return web.json_response({"rows": [_json_row(r) for r in rows], "total": total,
                                  "page": q.page, "per_page": PER_PAGE, "version": version})
    first = (q.page - 1) * PER_PAGE + 1
    if rows:
        shown = (f'<p class="count" id="count">{first} to {first + len(rows) - 1} of {total}, '
                 'most urgent first, then the longest waiting.</p>')
        table = ("<table><caption class=\"visually-hidden\">People waiting for a person</caption>"
                 "<thead><tr><th scope=\"col\">Why</th><th scope=\"col\">Reference</th>"
                 "<th scope=\"col\">Channel</th><th scope=\"col\">Status</th>"
                 "<th scope=\"col\">Waiting</th><th scope=\"col\">What they said</th>"
                 "<th scope=\"col\"><span class=\"visually-hidden\">Open</span></th></tr></thead>"
                 f"<tbody>{_queue_rows_html(rows)}</tbody></table>")
    else:
        shown = '<p class="count" id="count">Nobody matches these filters.</p>' if \
            q.params(page=1) else '<p class="count" id="count">Nobody is waiting.</p>'
        table = ""
    body = (CALLER_FORM + '<h2 id="queue-heading">People waiting</h2>'
            + _filters_html(q, handoffs.channels())
            + '<p class="live-status visually-hidden" role="status" id="live-status"></p>'
            + f'<div data-live-part="queue" id="queue">{shown}{table}{_pager_html(q, total)}</div>')
    return _page("Hand-off queue", body, user, live_url="/console/events?" +
                 urlencode({"view": "queue"}), version=version)


@require()
async def queue_events(request: web.Request) -> web.StreamResponse:
    return await live.serve(request, lambda: asyncio.to_thread(handoffs.queue_version))


def _rasa(request: web.Request):
    return request.app["rasa"]


def _contact_lines(handoff: Optional[Dict[str, Any]]) -> List[str]:
    """The contact step's notes ("Contact: Phone: … Best time: … No messages.")."""
    if not handoff:
        return []
    found = []
    for line in (handoff["summary"] or "").split("\n"):
        if line.startswith("Contact:"):
            line = line[len("Contact:"):].strip()
            line = line.replace("I will pass this on to the team.", "").strip()
            found.append(line)
    return found


def _said_lines(handoff: Optional[Dict[str, Any]]) -> List[str]:
    if not handoff:
        return []
    return [l for l in (handoff["summary"] or "").split("\n")
            if l.strip() and not l.startswith("Contact:")]


def _contact_records(kept: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [r["data"].get("contact") or {} for r in kept if r["kind"] == "contact"]


def _contact_html(handoff, kept) -> str:
    items = []
    for contact in _contact_records(kept)[-1:]:
        facts = [f"<dt>{label}</dt><dd>{_e(value)}</dd>" for label, value in contact_facts(contact)]
        safe = "Text or email only" if contact.get("text_only") else (
            "No, do not call" if contact.get("safe_to_call") is False else
            "Yes" if contact.get("safe_to_call") else "Not asked")
        facts.append(f"<dt>Safe to call</dt><dd>{_e(safe)}</dd>")
        message = {False: "No, do not leave a message", True: "Yes"}.get(
            contact.get("leave_message"), "Not asked")
        facts.append(f"<dt>Leave a message</dt><dd>{_e(message)}</dd>")
        if contact.get("say_council") is False:
            facts.append("<dt>Say it is the council</dt><dd>No</dd>")
        if contact.get("note"):
            facts.append(f'<dt>They said</dt><dd>{_e(contact["note"])}</dd>')
        items.append(f'<dl class="facts">{"".join(facts)}</dl>')
    if not items:
        items = [f"<p>{_e(line)}</p>" for line in _contact_lines(handoff)]
    body = "".join(items) or "<p>No contact details given.</p>"
    return ('<section aria-labelledby="contact-heading" class="panel contact">'
            f'<h2 id="contact-heading">How to contact them</h2>{body}</section>')


def _handoff_html(handoff, takeover) -> str:
    if not handoff:
        facts = "<p>No request for a person in this conversation.</p>"
    else:
        rows = [("Reference", f'<strong class="ref">{_e(handoff["reference"])}</strong>'),
                ("Why", _e(REASONS.get(handoff["reason"], handoff["reason"]))),
                ("Status", _e(STATUS_NAMES.get(handoff["status"], handoff["status"]))),
                ("Channel", _e(CHANNELS.get(handoff["channel"], handoff["channel"]))),
                ("Asked", f'{_e(_when(handoff["created_at"]))} ({_e(_age(handoff["created_at"]))} ago)')]
        said = _said_lines(handoff)
        if said:
            rows.append(("What they said", "<br>".join(_e(l) for l in said)))
        if handoff["status"] == "closed" and handoff.get("outcome"):
            outcome = _e(handoffs.OUTCOMES.get(handoff["outcome"], handoff["outcome"]))
            by = f' by {_e(handoff["closed_by"])}' if handoff.get("closed_by") else ""
            rows.append(("Outcome", f'{outcome}{by}, {_e(_when(handoff.get("closed_at")))}'))
            handback_note = takeover["note"] if takeover and not takeover["active"] else ""
            if handoff.get("outcome_note") and handoff["outcome_note"] != handback_note:
                rows.append(("Closing note", _e(handoff["outcome_note"])))
        facts = '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"
    note = ""
    if takeover and not takeover["active"] and takeover["note"]:
        note = (f'<div class="handback"><h3>Hand-back note</h3><p>{_e(takeover["note"])}</p>'
                f'<p class="meta">By {_e(takeover["adviser"])}, {_e(_when(takeover["updated_at"]))}</p></div>')
    elif takeover and takeover["active"]:
        note = f'<p class="taken">Taken over by {_e(takeover["adviser"])}. The bot is not answering.</p>'
    return ('<section aria-labelledby="request-heading" class="panel">'
            f'<h2 id="request-heading">The request</h2>{facts}{note}</section>')


def _outcome_select(field_id: str, required: bool = True) -> str:
    return (f'<label for="{field_id}">Outcome</label><select id="{field_id}" name="outcome"'
            f'{" required" if required else ""}><option value="">Choose an outcome</option>'
            + _options(handoffs.OUTCOMES, "") + "</select>")


def _actions_html(base: str, handoff, takeover) -> str:
    if takeover and takeover["active"]:
        return f"""<section aria-labelledby="actions-heading" class="actions">
<h2 id="actions-heading">Talk to the person</h2>
<form method="post" action="{base}/reply"><label for="text">Reply to the person</label>
<textarea id="text" name="text" rows="3" maxlength="2000" required></textarea>
<button type="submit">Send</button></form>
<form method="post" action="{base}/handback"><h3>When you are done</h3>
<label for="note">Hand-back note for the record</label>
<textarea id="note" name="note" rows="2" maxlength="500"></textarea>
{_outcome_select("handback-outcome", required=False)}
<button type="submit">Hand back to the bot</button></form></section>"""
    parts = [f'<form method="post" action="{base}/take"><button>Take over</button></form>']
    if handoff and handoff["status"] != "closed":
        parts.append(f"""<form method="post" action="{base}/close" class="close-form">
<h3>Close this request</h3><p>For example after you called them back.</p>
{_outcome_select("close-outcome")}
<label for="close-note">Note for the record</label>
<textarea id="close-note" name="note" rows="2" maxlength="1000"></textarea>
<button type="submit">Close the request</button></form>""")
    return ('<section aria-labelledby="actions-heading" class="actions">'
            '<h2 id="actions-heading">What to do</h2>' + "".join(parts) + "</section>")


def _transcript_html(said: List[Dict[str, str]]) -> str:
    if not said:
        return "<p>Nothing said yet.</p>"
    items = []
    for l in said:
        who = l["who"] + (f' (seen as {l["shown_as"]})' if l.get("shown_as") else "")
        kind = "person" if l["who"] == "Person" else "note" if l["who"] == "Note" else \
            "adviser" if l["who"].startswith("Adviser") else "bot"
        items.append(f'<li class="line {kind}{" pressed" if l.get("pressed") else ""}">'
                     f'<span class="who">{_e(who)}</span> <span class="at">{_e(l["at"])}</span>'
                     f'<p>{_e(l["text"])}</p></li>')
    return f'<ol class="transcript">{"".join(items)}</ol>'


async def _conversation_state(request: web.Request, sender: str):
    tracker = await _rasa(request).tracker(sender)
    handoff = await asyncio.to_thread(handoffs.latest_for, sender)
    takeover = await asyncio.to_thread(handoffs.takeover_of, sender)
    version = await asyncio.to_thread(handoffs.conversation_version, sender)
    return tracker, handoff, takeover, f"{version}|{len(tracker.get('events') or [])}"


@require(conversation=True)
async def conversation(request: web.Request) -> web.Response:
    user, sender = request["user"], request.match_info["sender"]
    tracker, handoff, takeover, version = await _conversation_state(request, sender)
    said = transcript.lines(tracker)
    kept = store.records_for(sender)
    finding = safety_marks.latest_finding(sender)
    mark = safety_marks.mark_for(handoff["reference"]) if handoff else None
    if not request.query.get("live"):
        _audit(user, "view_conversation", sender)
    if _wants_json(request):
        return web.json_response({
            "sender": sender, "transcript": said, "records": [_json_row(r) for r in kept],
            "reference": handoff["reference"] if handoff else None,
            "handoff": _json_row(handoff) if handoff else None,
            "contact": _contact_records(kept)[-1] if _contact_records(kept) else None,
            "contact_notes": _contact_lines(handoff),
            "handback_note": takeover["note"] if takeover and not takeover["active"] else None,
            "taken_by": takeover["adviser"] if takeover and takeover["active"] else None,
            "safety_handoff": safety_marks.is_safety_handoff(handoff, finding),
            "not_a_concern": _json_row(mark) if mark else None,
            "version": version})
    summaries = "".join(f'<details><summary>{_e(r["kind"])} '
                        f'({aware(r["created_at"]):%d %b %Y})</summary><pre>'
                        f'{_e(json.dumps(r["data"], indent=1, ensure_ascii=False))}</pre></details>'
                        for r in kept if r["kind"] != "contact")
    base = f"/console/c/{_e(sender)}"
    body = (f'<p><a href="/console/">Back to the queue</a></p>'
            '<p class="live-status visually-hidden" role="status" id="live-status"></p>'
            f'<div class="columns"><div><div data-live-part="request">'
            f'{_handoff_html(handoff, takeover)}{_contact_html(handoff, kept)}</div>'
            f'<div data-live-part="safety">'
            f'{not_a_concern.panel_html(base, handoff, finding, mark, _when)}</div></div>'
            '<div><h2 id="transcript-heading">Conversation</h2>'
            '<div class="transcript-box" tabindex="0" role="region" '
            'aria-labelledby="transcript-heading" data-live-part="transcript">'
            f'{_transcript_html(said)}</div>'
            f'<div data-live-part="actions">{_actions_html(base, handoff, takeover)}</div>'
            f'</div></div><h2>Summaries</h2>{summaries or "<p>None yet.</p>"}')
    title = f"Conversation {handoff['reference']}" if handoff else f"Conversation {sender[:24]}"
    return _page(title, body, user, live_url=f"{base}/events", version=version)


@require(conversation=True)
async def conversation_events(request: web.Request) -> web.StreamResponse:
    sender = request.match_info["sender"]
    length = live.tracker_length(lambda: _rasa(request).tracker(sender))

    async def version() -> str:
        stored = await asyncio.to_thread(handoffs.conversation_version, sender)
        return f"{stored}|{await length()}"

    return await live.serve(request, version)


async def _done(request: web.Request, sender: str, payload: Dict[str, Any]) -> web.Response:
    if _wants_json(request):
        return web.json_response(payload)
    raise web.HTTPFound(f"/console/c/{sender}")


def _adviser_words(user: Staff, text: str) -> Dict[str, Any]:
    """A bot event for an adviser's words: staff see the login name, people the display name."""
    return {"event": "bot", "text": text,
            "metadata": {"adviser": user.username, "shown_as": user.display_name}}


@require(conversation=True)
async def take(request: web.Request) -> web.Response:
    user, sender = request["user"], request.match_info["sender"]
    await _rasa(request).append_events(sender, [{"event": "pause"}])
    handoffs.set_takeover(sender, user.username, True)
    handoffs.set_status(sender, "taken")
    handoffs.queue_message(sender, user.display_name,
                           PERSON_WORDS["now_talking_to"].format(name=user.display_name))
    _audit(user, "take_over", sender)
    return await _done(request, sender, {"taken_by": user.username,
                                         "shown_as": user.display_name})


@require(conversation=True)
async def reply(request: web.Request) -> web.Response:
    user, sender = request["user"], request.match_info["sender"]
    text = str((await request.post()).get("text", "")).strip()[:2000]
    takeover = handoffs.takeover_of(sender)
    if not takeover or not takeover["active"]:
        return web.json_response({"error": "take the conversation over first"}, status=409)
    if text:
        await _rasa(request).append_events(sender, [_adviser_words(user, text)])
        handoffs.queue_message(sender, user.display_name, text)
        _audit(user, "reply", sender)
    return await _done(request, sender, {"sent": bool(text)})


# Steps the adviser's talk has answered: left open, the person's next words ("bye now")
# were read as the phone number the step was still waiting for.
STALE_AFTER_HAND_BACK = ("contact_form",)


async def _stale_steps_closed(request: web.Request, sender: str) -> List[Dict[str, Any]]:
    """Events that close a contact step left open when the conversation was taken over."""
    try:
        tracker = await _rasa(request).tracker(sender)
    except Exception:                            # Rasa away: hand back all the same
        return []
    if ((tracker or {}).get("active_loop") or {}).get("name") not in STALE_AFTER_HAND_BACK:
        return []
    return [{"event": "active_loop", "name": None},
            {"event": "slot", "name": "requested_slot", "value": None}]


@require(conversation=True)
async def handback(request: web.Request) -> web.Response:
    """Hands the conversation back to the bot; the request is closed with an outcome
    ("helped in the chat" unless the adviser chose another)."""
    user, sender = request["user"], request.match_info["sender"]
    form = await request.post()
    note = str(form.get("note", "")).strip()[:500]
    outcome = form.get("outcome") if form.get("outcome") in handoffs.OUTCOMES else "helped"
    await _rasa(request).append_events(sender, [{"event": "resume"},
                                                *await _stale_steps_closed(request, sender)])
    handoffs.set_takeover(sender, user.username, False, note)
    handoffs.close(sender, outcome, user.username, note)
    handoffs.queue_message(sender, user.display_name, PERSON_WORDS["back_with_the_bot"])
    _audit(user, "hand_back", sender, note)
    return await _done(request, sender, {"handed_back": True, "outcome": outcome})


@require(conversation=True)
async def close(request: web.Request) -> web.Response:
    """Closes the request with an outcome, without taking the conversation over (say, after
    calling the person back)."""
    user, sender = request["user"], request.match_info["sender"]
    form = await request.post()
    outcome, note = form.get("outcome"), str(form.get("note", "")).strip()[:1000]
    if outcome not in handoffs.OUTCOMES:
        if _wants_json(request):
            return web.json_response({"error": "choose an outcome"}, status=400)
        return _forbidden(request, user, "Choose an outcome to close the request.")
    if handoffs.is_taken_over(sender):
        return web.json_response({"error": "hand the conversation back first"}, status=409)
    closed = handoffs.close(sender, outcome, user.username, note)
    _audit(user, "close", sender, f"{outcome}: {note}")
    return await _done(request, sender, {"closed": closed, "outcome": outcome})


@require(conversation=True)
async def mark_not_a_concern(request: web.Request) -> web.StreamResponse:
    """Staff mark a safety request "not a concern", with a reason. The request keeps its
    reason, priority and status; the mark is shown, audited and downloadable, never learned."""
    user, sender = request["user"], request.match_info["sender"]
    form = await request.post()
    reason, note = str(form.get("reason", "")), str(form.get("note", ""))
    handoff = handoffs.latest_for(sender)
    try:
        if handoff is None:
            raise safety_marks.MarkError("no_request")
        made = safety_marks.mark(handoff, user.username, reason, note)
    except safety_marks.MarkError as error:
        status = 409 if error.code == "already" else 400
        message = not_a_concern.WORDS[f"error_{error.code}"]
        if _wants_json(request):
            return web.json_response({"error": message, "code": error.code}, status=status)
        response = _page("Not marked", f'<p class="error" role="alert">{_e(message)}</p>'
                         f'<p><a href="/console/c/{_e(sender)}">'
                         f'{_e(not_a_concern.WORDS["back"])}</a></p>', user)
        response.set_status(status)
        return response
    _audit(user, "mark_not_a_concern", sender,
           f"{handoff['reference']} {made['reason']}: {made['note']}")
    return await _done(request, sender, {"marked": True, "reference": handoff["reference"],
                                         "reason": made["reason"]})


@require("manager")
async def safety_marks_csv(request: web.Request) -> web.Response:
    """Every "not a concern" mark, for the next review of the safety corpus (managers)."""
    user = request["user"]
    marks = await asyncio.to_thread(safety_marks.all_marks)
    _audit(user, "download_safety_marks", detail=f"{len(marks)} marks")
    return web.Response(text=not_a_concern.to_csv(marks), content_type="text/csv", headers={
        "Content-Disposition": 'attachment; filename="safety-marks.csv"'})


@require()
async def give_reason(request: web.Request) -> web.StreamResponse:
    """An adviser opens a conversation outside the queue: the reason goes in the audit log."""
    user, sender = request["user"], request.match_info["sender"]
    reason = str((await request.post()).get("reason", "")).strip()[:500]
    if len(reason) < 10:
        return _forbidden(request, user, "Please say in a few words why you need it.",
                          REASON_FORM.format(sender=_e(sender)))
    _audit(user, "open_with_reason", sender, reason)
    return await _done(request, sender, {"opened": True})


@require()
async def start_for_caller(request: web.Request) -> web.Response:
    """Person to bot: the adviser sets the scene, the caller carries on with a code."""
    user = request["user"]
    form = await request.post()
    about = form.get("about") if form.get("about") in ABOUT_CHOICES else "self"
    reason = str(form.get("reason", "")).strip()[:1000]
    sender = f"caller-{secrets.token_hex(8)}"
    events: List[Dict[str, Any]] = [
        {"event": "slot", "name": "about", "value": about},
        {"event": "slot", "name": "whats_going_on", "value": reason},
        _adviser_words(user, PERSON_WORDS["started_for_you"].format(name=user.display_name)),
    ]
    await _rasa(request).append_events(sender, events)
    code = store.save_resume(sender, "", {"about": about, "whats_going_on": reason}, days=2)
    _audit(user, "start_for_caller", sender)
    link = f"/?code={code}"
    if _wants_json(request):
        return web.json_response({"sender": sender, "code": code, "link": link})
    return _page("Code for the caller", f"""<p>Read this code to the caller:
<strong class="code">{_e(code)}</strong></p>
<p>They type it in the web chat or on Telegram (/start {_e(code)}), or open
<a href="{link}">the web chat with this code</a>. It works for 2 days.</p>
<p><a href="/console/">Back to the queue</a></p>""", user)


@require()
async def me(request: web.Request) -> web.Response:
    """Each member of staff sets the name people see ("Sam, care team")."""
    user = request["user"]
    saved = ""
    if request.method == "POST":
        name = auth.clean_display_name((await request.post()).get("display_name"))
        if name:
            auth.set_display_name(user.username, name)
            _audit(user, "set_display_name", detail=name)
            user = user._replace(display_name=name)
            saved = '<p class="saved" role="status">Saved.</p>'
        if _wants_json(request):
            return web.json_response({"display_name": user.display_name, "saved": bool(name)},
                                     status=200 if name else 400)
    elif _wants_json(request):
        return web.json_response({"username": user.username, "role": user.role,
                                  "display_name": user.display_name})
    return _page("Your name", f"""{saved}<p>People in the chat see this name, never your
sign-in name. Use your first name and team, for example &ldquo;Sam, care team&rdquo;.</p>
<form method="post" action="/console/me"><label for="display_name">Name people see</label>
<input id="display_name" name="display_name" maxlength="{auth.MAX_DISPLAY_NAME}" required
 value="{_e(user.display_name)}"><button type="submit">Save</button></form>""", user)


@require("manager")
async def audit_page(request: web.Request) -> web.Response:
    user = request["user"]
    entries = audit_log.audit_entries()
    _audit(user, "view_audit")
    if _wants_json(request):
        return web.json_response([_json_row(e) for e in entries])
    rows = "".join(f'<tr><td>{e["at"]:%d %b %H:%M:%S}</td><td>{html.escape(e["staff"])}</td>'
                   f'<td>{html.escape(e["action"])}</td>'
                   f'<td>{html.escape(e["sender_id"] or "")}</td></tr>' for e in entries)
    return _page("Audit log", "<table><thead><tr><th>When</th><th>Who</th><th>What</th>"
                              f"<th>Conversation</th></tr></thead><tbody>{rows}</tbody></table>",
                 user)


@require()
async def plain_words_page(request: web.Request) -> web.Response:
    """Paste a letter or a record; get jargon, words to avoid and hard sentences marked."""
    # Lazy: the checker loads spaCy and textstat, which the gateway must not load to relay.
    from bot.console import plain_words

    user = request["user"]
    text = ""
    if request.method == "POST":
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                body = None
            if not isinstance(body, dict):
                return web.json_response({"error": "send a JSON object"}, status=400)
            text = str(body.get("text") or "")
        else:
            text = str((await request.post()).get("text") or "")
    if not text.strip():
        if _wants_json(request):
            return web.json_response({"error": "send some text to check"}, status=400)
        return _page("Check plain words", plain_words.FORM.format(text=""), user)
    found = plain_words.check(text)
    if _wants_json(request):
        return web.json_response(found.as_dict(), dumps=lambda d: json.dumps(d, default=str))
    body = plain_words.FORM.format(text=html.escape(text)) + plain_words.report_html(found)
    return _page("Check plain words", body, user)


@require()
async def surveys_page(request: web.Request) -> web.StreamResponse:
    """Survey results: tables, charts (SVG), comments and a CSV download."""
    # Lazy: the charts load matplotlib, which the gateway must not load to relay.
    from bot.console import surveys_page as view
    from bot.surveys import charts, report

    user = request["user"]
    results = report.summarise_all(report.load_responses())
    name = request.match_info.get("file", "")
    if name == "surveys.csv":
        return web.Response(text=report.to_csv(results), content_type="text/csv", headers={
            "Content-Disposition": 'attachment; filename="survey-results.csv"'})
    if name.endswith(".svg"):
        survey_key, _, kind = name[:-4].rpartition("-")
        chosen = next((r for r in results if r.survey == survey_key), None)
        if chosen is None or kind not in ("agree", "trend", "channels"):
            raise web.HTTPNotFound()
        return web.Response(body=charts.svg_bytes(kind, chosen), content_type="image/svg+xml")
    if _wants_json(request):
        return web.json_response([asdict(r) for r in results])
    return _page("Survey results", view.page_html(results), user)


def create_app(rasa) -> web.Application:
    """The console; ``rasa`` is the gateway's client for Rasa's HTTP API (tracker,
    append_events)."""
    app = web.Application()
    app["rasa"] = rasa
    live.setup(app)
    app.router.add_get("/login", login_form)
    app.router.add_post("/login", login)
    app.router.add_post("/logout", logout)
    app.router.add_get("/", queue)
    app.router.add_get("/events", queue_events)
    app.router.add_static("/static/", STATIC)
    app.router.add_get("/c/{sender}", conversation)
    app.router.add_get("/c/{sender}/events", conversation_events)
    app.router.add_post("/c/{sender}/take", take)
    app.router.add_post("/c/{sender}/reply", reply)
    app.router.add_post("/c/{sender}/handback", handback)
    app.router.add_post("/c/{sender}/close", close)
    app.router.add_post("/c/{sender}/reason", give_reason)
    app.router.add_post("/c/{sender}/not-a-concern", mark_not_a_concern)
    app.router.add_post("/caller", start_for_caller)
    app.router.add_get("/me", me)
    app.router.add_post("/me", me)
    app.router.add_get("/audit", audit_page)
    app.router.add_get("/plain-words", plain_words_page)
    app.router.add_get("/surveys", surveys_page)
    app.router.add_get("/{file:surveys\\.csv}", surveys_page)
    app.router.add_get("/safety-marks.csv", safety_marks_csv)
    app.router.add_get("/surveys/{file:[a-z_]+-[a-z]+\\.svg}", surveys_page)
    app.router.add_post("/plain-words", plain_words_page)
    return app
