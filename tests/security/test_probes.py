"""Each probe of the security review (issue 13), against the running assistant.

Every test here plays the attacker on the loopback address and checks that the attack
fails; the web chat's own users keep working (tests/api, tests/channels, tests/e2e).
"""
import os
import re
import stat
import uuid
from pathlib import Path

import pytest
import requests

from chat_client import Chat

pytestmark = pytest.mark.stack

JSON = {"Accept": "application/json"}


def staff_session():
    """A browser of one member of staff, at its own address (sign-in locks per address)."""
    session = requests.Session()
    session.headers.update({"X-Forwarded-For": f"198.19.{uuid.uuid4().int % 250}."
                                               f"{uuid.uuid4().int % 250 + 1}"})
    return session


def api(stack, path):
    return f"{stack.gateway_url}/api/conversations/{path}"


def new_sender(prefix="web-probe"):
    return f"{prefix}{uuid.uuid4().hex[:16]}"


# --- 1. A conversation id is not a credential; Telegram ids are not predictable ----------

def test_a_stranger_cannot_read_consume_or_delete_a_web_conversation(stack):
    from bot import store
    from bot.data import handoffs

    owner = Chat(stack, new_sender(), gateway=True)
    owner.say("my son hits me when he drinks")                 # a disclosure, and a hand-off
    store.create_handoff(owner.sender, "safeguarding")
    handoffs.queue_message(owner.sender, "Ada, care team", "I am here for you.")
    thief = Chat(stack, owner.sender, gateway=True)            # knows the id, not the key
    for what in ("data", "updates", "summary"):
        response = thief.get(what)
        assert response.status_code == 404, what
        assert "hits me" not in response.text and "I am here" not in response.text
    assert thief.delete().status_code == 404
    assert thief.post("it is me really").status_code == 404
    # The owner still gets the adviser's words, and the hand-off is still queued.
    assert [m["text"] for m in owner.get("updates").json()] == ["I am here for you."]
    assert any(r["sender_id"] == owner.sender for r in handoffs.open_queue())
    assert "hits me" in owner.get("data").text


def test_telegram_conversations_are_not_named_by_the_chat_id_and_only_the_relay_speaks(stack):
    from bot.channels.telegram import sender_for

    chat_id = 48151623
    sender = sender_for(chat_id)
    assert str(chat_id) not in sender and re.fullmatch(r"tg-[0-9a-f]{32}", sender)
    for guess in (f"tg-{chat_id}", sender):
        assert requests.get(api(stack, f"{guess}/data"), timeout=30).status_code == 404
        assert requests.get(api(stack, f"{guess}/updates"), timeout=30).status_code == 404
        assert requests.delete(api(stack, guess), timeout=30).status_code == 404
        r = requests.post(f"{stack.gateway_url}/api/messages", timeout=30,
                          json={"sender": guess, "message": "hello", "channel": "telegram"},
                          headers={"X-Relay-Key": "not-the-secret"})
        assert r.status_code == 404


# --- 2. The action server: loopback only, and a shared secret on every call ---------------

def listening_addresses(port):
    """Local addresses listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(name):
            continue
        for line in Path(name).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_only_the_gateway_could_be_public_and_it_too_listens_on_loopback_here(stack):
    loopback = {"0100007F", "00000000000000000000000001000000"}
    for port in stack.action_backends + stack.rasa_backends + [stack.gateway_port]:
        addresses = listening_addresses(port)
        assert addresses and addresses <= loopback, (port, addresses)


def test_a_forged_action_call_is_refused(stack):
    call = {"next_action": "action_pause", "sender_id": new_sender(), "version": "3.6.2",
            "tracker": {"sender_id": "x", "slots": {}, "latest_message": {}, "events": []},
            "domain": {}}
    for headers in ({}, {"X-Action-Key": "guess"}):
        r = requests.post(stack.actions_url, json=call, headers=headers, timeout=30)
        assert r.status_code == 403
    assert requests.get(stack.actions_url.replace("/webhook", "/actions"),
                        timeout=30).status_code == 403


# --- 3. Codes: long, single use, and guessing is stopped ---------------------------------

def start_form_and_pause(stack):
    chat = Chat(stack, new_sender(), gateway=True)
    chat.say("I'd like to do a self-assessment")
    chat.say("yes")
    chat.say('/inform{"about": "self"}')
    chat.say("call me Ottoline")
    chat.say("pause")
    return chat, chat.slot("resume_code")


def test_codes_are_long_single_use_and_guesses_are_limited(stack):
    owner, code = start_form_and_pause(stack)
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", code)
    # A guesser in one conversation: a few wrong codes, then even the right one waits.
    guesser = Chat(stack, new_sender(), gateway=True)
    from bot import store
    for _ in range(store.FAILURES_PER_CONVERSATION):
        assert "could not find that code" in guesser.texts(f"carry on {store.new_code()}")
    refused = guesser.texts(f"carry on {code}")
    assert "a lot of tries" in refused and guesser.slot("preferred_name") is None
    # The right person carries on once; the code then stops working.
    other_device = Chat(stack, new_sender(), gateway=True)
    other_device.texts(f"carry on {code}")
    assert other_device.slot("preferred_name") == "Ottoline"
    late = Chat(stack, new_sender(), gateway=True)
    assert "could not find that code" in late.texts(f"carry on {code}")


def test_rotating_conversations_from_one_address_are_stopped(stack):
    from bot import store

    address = "198.19.7.7"
    outcomes = []
    for _ in range(store.FAILURES_PER_CLIENT + 2):
        chat = Chat(stack, new_sender(), gateway=True)
        chat.address = address
        response = chat.post(f"carry on {store.new_code()}")
        outcomes.append("429" if response.status_code == 429 else
                        "limit" if "a lot of tries" in str(response.json()) else "tried")
    assert outcomes[-1] in ("429", "limit")
    assert outcomes.count("tried") <= store.FAILURES_PER_CLIENT


def test_one_client_cannot_send_endless_messages_with_new_conversation_ids(stack):
    allowed = int(stack.env().get("CARE_NEW_CONVERSATIONS_PER_CLIENT", "10"))
    statuses = []
    for i in range(allowed + 5):
        r = requests.post(f"{stack.gateway_url}/api/messages", timeout=60,
                          json={"sender": new_sender(), "message": "hi"},
                          headers={"X-Forwarded-For": "198.19.8.8"})
        statuses.append(r.status_code)
    assert statuses[-5:] == [429] * 5 and statuses.count(200) <= allowed


# --- 4. Logs hold no message text, no personal details, no conversation ids --------------

SECRETS = ["Gwendolyn", "beats her", "07700 900123", "gwen.hart@example.org", "LS6 3AB",
           "Percival", "punches me", "M1 1AE", "0113 496 0321", "percy@example.net"]


def test_logs_never_hold_what_people_typed(stack):
    messages = [
        '/inform{"x": 1} Gwendolyn says her carer beats her, ring 07700 900123',
        "/greet Percival punches me",
        "my email is gwen.hart@example.org and I live at LS6 3AB",
        "I'm Percival, he punches me, call 0113 496 0321 or percy@example.net",
        "/nonsense{{{ M1 1AE",
        "is there a lunch club near M1 1AE",
    ]
    chats = [Chat(stack, new_sender(), gateway=True) for _ in range(2)]
    for i, text in enumerate(messages):
        chats[i % 2].post(text)
    logs = list((stack.data / "logs").glob("*.log"))
    assert {p.name for p in logs} >= {"gateway.log", "rasa-0.log", "actions-0.log"}
    for path in logs:
        text = path.read_text(errors="replace")
        for secret in SECRETS + [c.sender for c in chats]:
            assert secret not in text, f"{secret!r} in {path.name}"


# --- 6. The console --------------------------------------------------------------------------

def test_console_sign_in_is_throttled_even_for_the_right_password(stack):
    from bot.console import auth

    name = f"probe{uuid.uuid4().hex[:6]}"
    auth.add_user(name, "correct horse battery", "adviser")
    session = staff_session()
    statuses = [session.post(f"{stack.gateway_url}/console/login", headers=JSON, timeout=30,
                             data={"username": name, "password": f"guess{i}"}).status_code
                for i in range(12)]
    assert statuses.count(401) <= auth.FREE_TRIES and statuses[-1] == 429
    r = session.post(f"{stack.gateway_url}/console/login", headers=JSON, timeout=30,
                     data={"username": name, "password": "correct horse battery"})
    assert r.status_code == 429 and "paused" in r.json()["error"]


def test_console_session_ends_on_sign_out_and_cookie_is_strict(stack):
    from bot.console import auth

    name = f"probe{uuid.uuid4().hex[:6]}"
    auth.add_user(name, "correct horse battery", "adviser")
    session = staff_session()
    r = session.post(f"{stack.gateway_url}/console/login", headers=JSON, timeout=30,
                     data={"username": name, "password": "correct horse battery"})
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    token = session.cookies[auth.COOKIE]
    session.post(f"{stack.gateway_url}/console/logout", timeout=30, allow_redirects=False)
    r = requests.get(f"{stack.gateway_url}/console/", headers=JSON, timeout=30,
                     cookies={auth.COOKIE: token})
    assert r.status_code == 401


def test_sso_headers_from_anyone_are_ignored(stack):
    r = requests.get(f"{stack.gateway_url}/console/audit", timeout=30,
                     headers={**JSON, "X-Remote-User": "mallory", "X-Remote-Role": "manager"})
    assert r.status_code == 401


def test_an_adviser_cannot_open_any_conversation(stack):
    from bot.console import auth

    person = Chat(stack, new_sender(), gateway=True)
    person.say("hello")
    name = f"probe{uuid.uuid4().hex[:6]}"
    auth.add_user(name, "correct horse battery", "adviser")
    session = staff_session()
    session.post(f"{stack.gateway_url}/console/login", headers=JSON, timeout=30,
                 data={"username": name, "password": "correct horse battery"})
    r = session.get(f"{stack.gateway_url}/console/c/{person.sender}", headers=JSON, timeout=30)
    assert r.status_code == 403 and "hello" not in r.text
    r = session.get(f"{stack.gateway_url}/console/audit", timeout=30)
    assert r.status_code == 403
    r = session.get(f"{stack.gateway_url}/console/c/..%2Fstatus", headers=JSON, timeout=30)
    assert r.status_code == 404


# --- 7. Input, headers, secrets on the command line, files at rest -----------------------

def test_odd_bodies_get_400_or_415_never_500(stack):
    url = f"{stack.gateway_url}/api/messages"
    for body in (b"[]", b'"x"', b"null", b"{", b"3"):
        r = requests.post(url, data=body, headers={"Content-Type": "application/json"},
                          timeout=30)
        assert r.status_code == 400, body
        assert "Traceback" not in r.text
    r = requests.post(url, data=b'{"sender": "web-abcdef12", "message": "hi"}', timeout=30,
                      headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    r = requests.post(url, json={"sender": "web-abcdef12\n", "message": "hi"}, timeout=30)
    assert r.status_code == 400


def test_security_headers_on_every_kind_of_answer(stack):
    for path in ("/", "/no-such-page", "/console/", "/api/conversations/web-nobody123/data"):
        r = requests.get(stack.gateway_url + path, allow_redirects=False, timeout=30)
        assert r.headers.get("X-Content-Type-Options") == "nosniff", path
        assert "Content-Security-Policy" in r.headers, path
    r = requests.get(stack.gateway_url + "/console/login", timeout=30)
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    owner = Chat(stack, new_sender(), gateway=True)
    owner.say("hello")
    assert owner.get("data").headers["Cache-Control"] == "no-store"


def test_the_rasa_token_is_not_on_any_command_line(stack):
    for proc in stack.processes:
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes().decode(errors="replace")
        assert stack.token not in cmdline


def test_data_and_log_files_are_private(stack):
    Chat(stack, new_sender(), gateway=True).say("hello")
    checked = 0
    for path in [stack.data, *stack.data.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            assert mode == 0o700, (path, oct(mode))
        elif path.suffix in (".db", ".log") or path.name.endswith("secret") or \
                path.name.endswith(("-token", "-key")):
            assert mode & 0o077 == 0, (path, oct(mode))
            checked += 1
    assert checked >= 5
