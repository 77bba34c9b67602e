"""The console's web pages (aiohttp, mounted at /console/ by the gateway).

Server-rendered HTML with every value escaped; each route also answers JSON when asked
(``Accept: application/json``), which the tests and other council tools use.
"""
from __future__ import annotations

import html
import json
import secrets
from typing import Any, Dict, List, Optional

from aiohttp import web

from bot import settings, store
from bot.console import auth, records, transcript
from bot.gateway import limits
from bot.gateway.rasa_client import RasaClient
from bot.security import clients

ABOUT_CHOICES = {"self": "The caller", "someone_i_care_for": "Someone the caller looks after"}


def _wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "") or \
        request.query.get("format") == "json"


def _page(title: str, body: str, user: Optional[tuple] = None) -> web.Response:
    who = ""
    if user:
        who = (f'<nav><a href="/console/">Queue</a> <a href="/console/plain-words">Plain words</a>'
               f'<a href="/console/surveys">Survey results</a>'
               f'{" <a href=/console/audit>Audit</a>" if user[1] == "manager" else ""}</nav>'
               f'<p class="who">Signed in as {html.escape(user[0])} ({user[1]}). '
               '<form method="post" action="/console/logout" class="inline">'
               '<button>Sign out</button></form></p>')
    council = html.escape(str(settings.get("council.name", "")))
    return web.Response(content_type="text/html", text=f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} - care team console</title>
<link rel="stylesheet" href="/console/static/console.css"></head>
<body><header><p>{council} care team console</p>{who}</header>
<main id="main"><h1>{html.escape(title)}</h1>{body}</main></body></html>""")


def current_user(request: web.Request) -> Optional[tuple]:
    return auth.trusted_header_user(request.headers, request.remote or "") or \
        auth.read_session(request.cookies.get(auth.COOKIE))


def _route_name(request: web.Request) -> str:
    """The page asked for, without the conversation id in it (audit details stay clean)."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "?"


def _forbidden(request: web.Request, user: tuple, message: str,
               body_html: str = "") -> web.Response:
    if _wants_json(request):
        return web.json_response({"error": message}, status=403)
    response = _page("Not allowed", f"<p>{html.escape(message)}</p>{body_html}", user)
    response.set_status(403)
    return response


def may_open(user: tuple, sender: str) -> bool:
    """Managers may open any conversation; advisers those waiting in the queue, the last one
    they took over, and those they gave a recorded reason to open (this shift)."""
    if user[1] == "manager":
        return True
    if any(r["sender_id"] == sender for r in records.handoff_queue()):
        return True
    takeover = records.takeover_of(sender)
    if takeover and takeover["adviser"] == user[0]:
        return True               # the adviser who took it over (and handed it back)
    return records.has_reason(user[0], sender, within_seconds=auth.SESSION_SECONDS)


def require(role: str = "adviser", conversation: bool = False):
    def wrap(handler):
        async def inner(request: web.Request) -> web.StreamResponse:
            user = current_user(request)
            if user is None:
                if _wants_json(request):
                    return web.json_response({"error": "sign in first"}, status=401)
                raise web.HTTPFound("/console/login")
            if role == "manager" and user[1] != "manager":
                records.audit(user[0], user[1], "denied", detail=_route_name(request))
                return _forbidden(request, user, "Only managers can see this.")
            sender = request.match_info.get("sender")
            if sender is not None and not limits.valid_sender(sender):
                raise web.HTTPNotFound()
            if conversation and not may_open(user, sender):
                records.audit(user[0], user[1], "denied", sender, _route_name(request))
                return _forbidden(request, user, "This conversation is not in the queue. "
                                  "To open it, say why. Your reason is kept in the audit log.",
                                  REASON_FORM.format(sender=html.escape(sender)))
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
        records.audit(username or "?", "-", "login_locked")
        if _wants_json(request):
            return web.json_response({"error": _wait_notice(wait), "wait_seconds": wait},
                                     status=429, headers={"Retry-After": str(wait)})
        raise web.HTTPFound(f"/console/login?wait={wait}")
    role = auth.check_login(username, password)
    if role is None:
        records.audit(username or "?", "-", "login_failed")
        wait = auth.record_failure(username, address)
        if _wants_json(request):
            body = {"error": _wait_notice(wait) if wait else "wrong name or password"}
            return web.json_response(body, status=429 if wait else 401)
        raise web.HTTPFound(f"/console/login?wait={wait}" if wait else "/console/login?failed=1")
    auth.clear_failures(username, address)
    records.audit(username, role, "login")
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


@require()
async def queue(request: web.Request) -> web.Response:
    user = request["user"]
    rows = records.handoff_queue()
    records.audit(user[0], user[1], "view_queue")
    if _wants_json(request):
        return web.json_response([_json_row(r) for r in rows])
    items = "".join(
        f'<tr><td>{html.escape(r["reason"])}</td><td>{html.escape(r["reference"])}</td>'
        f'<td>{html.escape(r["channel"])}</td><td>{html.escape(r["status"])}</td>'
        f'<td>{r["created_at"]:%d %b %H:%M}</td><td>{html.escape(r["summary"][:120])}</td>'
        f'<td><a href="/console/c/{html.escape(r["sender_id"])}">Open</a></td></tr>'
        for r in rows)
    table = ("<table><caption>People waiting for a person, most urgent first</caption>"
             "<thead><tr><th>Why</th><th>Reference</th><th>Channel</th><th>Status</th>"
             "<th>Since</th><th>What they said</th><th></th></tr></thead>"
             f"<tbody>{items}</tbody></table>") if rows else "<p>Nobody is waiting.</p>"
    caller = """<h2>Start a session for a caller</h2>
<form method="post" action="/console/caller">
<fieldset><legend>Who is it about?</legend>
<label><input type="radio" name="about" value="self" checked> The caller</label>
<label><input type="radio" name="about" value="someone_i_care_for"> Someone the caller looks after</label>
</fieldset>
<label for="reason">Why they called, in their words</label>
<textarea id="reason" name="reason" rows="3" maxlength="1000" required></textarea>
<button type="submit">Get a code for the caller</button></form>"""
    audit = '<p><a href="/console/audit">Audit log</a></p>' if user[1] == "manager" else ""
    return _page("Hand-off queue", table + caller + audit, user)


def _json_row(row: Dict[str, Any]) -> Dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


def _rasa(request: web.Request) -> RasaClient:
    return request.app["rasa"]


@require(conversation=True)
async def conversation(request: web.Request) -> web.Response:
    user, sender = request["user"], request.match_info["sender"]
    tracker = await _rasa(request).tracker(sender)
    said = transcript.lines(tracker)
    kept = store.records_for(sender)
    takeover = records.takeover_of(sender)
    records.audit(user[0], user[1], "view_conversation", sender)
    if _wants_json(request):
        return web.json_response({"sender": sender, "transcript": said,
                                  "records": [_json_row(r) for r in kept],
                                  "taken_by": takeover["adviser"]
                                  if takeover and takeover["active"] else None})
    lines = "".join(f'<li><span class="who">{html.escape(l["who"])}</span> '
                    f'<span class="at">{l["at"]}</span><p>{html.escape(l["text"])}</p></li>'
                    for l in said)
    summaries = "".join(f'<details><summary>{html.escape(r["kind"])} '
                        f'({r["created_at"]:%d %b %Y})</summary><pre>'
                        f'{html.escape(str(r["data"]))}</pre></details>' for r in kept)
    base = f"/console/c/{html.escape(sender)}"
    if takeover and takeover["active"]:
        actions = f"""<p>Taken over by {html.escape(takeover["adviser"])}. The bot is not answering.</p>
<form method="post" action="{base}/reply"><label for="text">Reply to the person</label>
<textarea id="text" name="text" rows="3" maxlength="2000" required></textarea>
<button type="submit">Send</button></form>
<form method="post" action="{base}/handback"><label for="note">Note for the record</label>
<input id="note" name="note" maxlength="500"><button type="submit">Hand back to the bot</button></form>"""
    else:
        actions = f'<form method="post" action="{base}/take"><button>Take over</button></form>'
    body = (f'<p><a href="/console/">Back to the queue</a></p>{actions}'
            f'<h2>Conversation</h2><ol class="transcript">{lines}</ol>'
            f'<h2>Summaries</h2>{summaries or "<p>None yet.</p>"}')
    return _page(f"Conversation {sender[:24]}", body, user)


async def _done(request: web.Request, sender: str, payload: Dict[str, Any]) -> web.Response:
    if _wants_json(request):
        return web.json_response(payload)
    raise web.HTTPFound(f"/console/c/{sender}")


@require(conversation=True)
async def take(request: web.Request) -> web.Response:
    user, sender = request["user"], request.match_info["sender"]
    await _rasa(request).append_events(sender, [{"event": "pause"}])
    records.set_takeover(sender, user[0], True)
    records.set_handoff_status(sender, "taken")
    records.queue_message(sender, user[0], f"You are now talking to {user[0]} from the care "
                                           "team. They can see what you told me.")
    records.audit(user[0], user[1], "take_over", sender)
    return await _done(request, sender, {"taken_by": user[0]})


@require(conversation=True)
async def reply(request: web.Request) -> web.Response:
    user, sender = request["user"], request.match_info["sender"]
    text = str((await request.post()).get("text", "")).strip()[:2000]
    takeover = records.takeover_of(sender)
    if not takeover or not takeover["active"]:
        return web.json_response({"error": "take the conversation over first"}, status=409)
    if text:
        await _rasa(request).append_events(sender, [{"event": "bot", "text": text,
                                                     "metadata": {"adviser": user[0]}}])
        records.queue_message(sender, user[0], text)
        records.audit(user[0], user[1], "reply", sender)
    return await _done(request, sender, {"sent": bool(text)})


@require(conversation=True)
async def handback(request: web.Request) -> web.Response:
    user, sender = request["user"], request.match_info["sender"]
    note = str((await request.post()).get("note", "")).strip()[:500]
    await _rasa(request).append_events(sender, [{"event": "resume"}])
    records.set_takeover(sender, user[0], False, note)
    records.set_handoff_status(sender, "closed")
    records.queue_message(sender, user[0], "You are back with the computer helper. "
                                           "Type help to see what I can do.")
    records.audit(user[0], user[1], "hand_back", sender, note)
    return await _done(request, sender, {"handed_back": True})


@require()
async def give_reason(request: web.Request) -> web.StreamResponse:
    """An adviser opens a conversation outside the queue: the reason goes in the audit log."""
    user, sender = request["user"], request.match_info["sender"]
    reason = str((await request.post()).get("reason", "")).strip()[:500]
    if len(reason) < 10:
        return _forbidden(request, user, "Please say in a few words why you need it.",
                          REASON_FORM.format(sender=html.escape(sender)))
    records.audit(user[0], user[1], "open_with_reason", sender, reason)
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
        {"event": "bot", "text": f"{user[0]} from the care team started this for you.",
         "metadata": {"adviser": user[0]}},
    ]
    await _rasa(request).append_events(sender, events)
    code = store.save_resume(sender, "", {"about": about, "whats_going_on": reason}, days=2)
    records.audit(user[0], user[1], "start_for_caller", sender)
    link = f"/?code={code}"
    if _wants_json(request):
        return web.json_response({"sender": sender, "code": code, "link": link})
    return _page("Code for the caller", f"""<p>Read this code to the caller:
<strong class="code">{html.escape(code)}</strong></p>
<p>They type it in the web chat or on Telegram (/start {html.escape(code)}), or open
<a href="{link}">this link</a>. It works for 2 days.</p>
<p><a href="/console/">Back to the queue</a></p>""", user)


@require("manager")
async def audit_page(request: web.Request) -> web.Response:
    user = request["user"]
    entries = records.audit_entries()
    records.audit(user[0], user[1], "view_audit")
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
        from dataclasses import asdict

        return web.json_response([asdict(r) for r in results])
    return _page("Survey results", view.page_html(results), user)


CSS = """body{font-family:Arial,sans-serif;margin:0;color:#0b0c0c;line-height:1.5}
header{background:#0b0c0c;color:#fff;padding:.5rem 1rem;display:flex;justify-content:space-between}
main{padding:1rem;max-width:60rem}label{display:block;font-weight:bold;margin-top:.75rem}
input,textarea{font-size:1rem;width:100%;max-width:30rem;border:2px solid #0b0c0c;padding:.3rem}
input[type=radio]{width:auto}button{font-size:1rem;margin-top:.5rem;padding:.4rem .8rem;
background:#00703c;color:#fff;border:0}:focus{outline:3px solid #fd0;outline-offset:0}
table{border-collapse:collapse}td,th{border-bottom:1px solid #b1b4b6;padding:.3rem;text-align:left}
.error{color:#d4351c;font-weight:bold}.code{font-size:2rem;letter-spacing:.2rem}
.inline{display:inline}mark.jargon{background:#fff2a8;border-bottom:3px solid #594d00}
mark.avoid{background:#f6d7d2;border-bottom:3px solid #942514}.checked{white-space:pre-wrap;
border:1px solid #b1b4b6;padding:.75rem}nav a{color:#fff;margin-right:1rem}
img.chart{max-width:100%;height:auto;display:block;margin:1rem 0}.transcript li{margin-bottom:.5rem}.who{font-weight:bold}"""


async def css(request: web.Request) -> web.Response:
    return web.Response(text=CSS, content_type="text/css")


def create_app(rasa: RasaClient) -> web.Application:
    app = web.Application()
    app["rasa"] = rasa
    app.router.add_get("/login", login_form)
    app.router.add_post("/login", login)
    app.router.add_post("/logout", logout)
    app.router.add_get("/", queue)
    app.router.add_get("/static/console.css", css)
    app.router.add_get("/c/{sender}", conversation)
    app.router.add_post("/c/{sender}/take", take)
    app.router.add_post("/c/{sender}/reply", reply)
    app.router.add_post("/c/{sender}/handback", handback)
    app.router.add_post("/c/{sender}/reason", give_reason)
    app.router.add_post("/caller", start_for_caller)
    app.router.add_get("/audit", audit_page)
    app.router.add_get("/plain-words", plain_words_page)
    app.router.add_get("/surveys", surveys_page)
    app.router.add_get("/{file:surveys\\.csv}", surveys_page)
    app.router.add_get("/surveys/{file:[a-z_]+-[a-z]+\\.svg}", surveys_page)
    app.router.add_post("/plain-words", plain_words_page)
    return app
