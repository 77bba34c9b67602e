"""The console over HTTP with a fake Rasa: sign-in, roles, take over, reply, hand back,
start a session for a caller, and the audit log. The stack test covers the real Rasa."""
import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.console import audit_log, auth
from bot.gateway.app import create_app

JSON = {"Accept": "application/json"}


class FakeRasa:
    def __init__(self):
        self.events = {}
        self.sent = []

    async def send(self, sender, message, metadata=None):
        self.sent.append((sender, message))
        paused = any(e.get("event") == "pause" for e in self.events.get(sender, [])) and not \
            any(e.get("event") == "resume" for e in self.events.get(sender, []))
        return [] if paused else [{"text": f"bot heard: {message}"}]

    async def tracker(self, sender):
        said = [{"event": "user", "text": m, "timestamp": 1} for s, m in self.sent if s == sender]
        return {"events": said + self.events.get(sender, [])}

    async def append_events(self, sender, events):
        self.events.setdefault(sender, []).extend(events)

    async def close(self):
        pass


@pytest.fixture
async def client(tmp_path, monkeypatch):
    monkeypatch.setenv("CARE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CARE_DATABASE_URL", f"sqlite:///{tmp_path / 'care.db'}")
    auth.add_user("ada", "correct horse battery", "adviser", "Ada, care team")
    auth.add_user("mo", "manager password 1", "manager")
    rasa = FakeRasa()
    app = create_app(rasa=rasa, with_directory=False)
    async with TestClient(TestServer(app)) as c:
        c.rasa = rasa
        yield c


async def sign_in(client, name, password):
    r = await client.post("/console/login", data={"username": name, "password": password},
                          headers=JSON)
    assert r.status == 200
    return r


async def test_pages_need_sign_in(client):
    r = await client.get("/console/", headers=JSON)
    assert r.status == 401
    r = await client.get("/console/", allow_redirects=False)
    assert r.status == 302 and r.headers["Location"] == "/console/login"


async def test_wrong_password_is_refused_and_audited(client):
    r = await client.post("/console/login", data={"username": "ada", "password": "nope"},
                          headers=JSON)
    assert r.status == 401
    assert any(e["action"] == "login_failed" for e in audit_log.audit_entries())


async def test_a_forged_cookie_is_refused(client):
    client.session.cookie_jar.update_cookies({auth.COOKIE: "YWRhfG1hbmFnZXJ8OTk5OTk5OTk5OQ==.x"})
    r = await client.get("/console/", headers=JSON)
    assert r.status == 401


async def test_bot_to_person_and_back(client):
    # A person asks for help; the bot answers.
    r = await client.post("/api/messages", json={"sender": "web-abc12345", "message": "hi"})
    assert (await r.json())[0]["text"] == "bot heard: hi"
    from bot import store
    store.create_handoff("web-abc12345", "request")          # they asked for a person
    await sign_in(client, "ada", "correct horse battery")
    r = await client.post("/console/c/web-abc12345/take", headers=JSON)
    assert (await r.json())["taken_by"] == "ada"
    # While taken over, the bot stays quiet and the adviser's words reach the page.
    r = await client.post("/api/messages", json={"sender": "web-abc12345",
                                                 "message": "are you there?"})
    joined = await r.json()
    assert any("You are now talking to Ada, care team." in m["text"] for m in joined)
    assert {m["author"] for m in joined} == {"Ada, care team"}  # never the login name
    await client.post("/console/c/web-abc12345/reply", data={"text": "Hello, I'm Ada."},
                      headers=JSON)
    r = await client.get("/api/conversations/web-abc12345/updates")
    assert [m["text"] for m in await r.json()] == ["Hello, I'm Ada."]
    r = await client.get("/api/conversations/web-abc12345/updates")
    assert await r.json() == []
    view = await (await client.get("/console/c/web-abc12345", headers=JSON)).json()
    assert view["taken_by"] == "ada"
    assert any(l["who"] == "Adviser ada" for l in view["transcript"])
    await client.post("/console/c/web-abc12345/handback", data={"note": "all sorted"},
                      headers=JSON)
    r = await client.post("/api/messages", json={"sender": "web-abc12345", "message": "thanks"})
    assert (await r.json())[0]["text"] == "bot heard: thanks"
    actions = [e["action"] for e in audit_log.audit_entries()]
    for expected in ("login", "take_over", "reply", "view_conversation", "hand_back"):
        assert expected in actions


async def test_person_to_bot_gives_a_code(client):
    await sign_in(client, "ada", "correct horse battery")
    r = await client.post("/console/caller", data={"about": "someone_i_care_for",
                                                   "reason": "Her dad keeps falling"},
                          headers=JSON)
    body = await r.json()
    assert body["code"] and body["link"].endswith(body["code"])
    events = client.rasa.events[body["sender"]]
    assert {"event": "slot", "name": "about", "value": "someone_i_care_for"} in events
    from bot import store
    saved = store.load_resume(body["code"])
    assert saved["slots"]["whats_going_on"] == "Her dad keeps falling"


async def test_only_managers_see_the_audit_log(client):
    await sign_in(client, "ada", "correct horse battery")
    r = await client.get("/console/audit", headers=JSON)
    assert r.status == 403
    client.session.cookie_jar.clear()
    await sign_in(client, "mo", "manager password 1")
    r = await client.get("/console/audit", headers=JSON)
    assert r.status == 200
    assert any(e["action"] == "denied" for e in await r.json())


async def test_transcript_html_is_escaped(client):
    client.rasa.events["web-xss12345"] = [{"event": "user", "text": "<script>x()</script>",
                                           "timestamp": 2}]
    await sign_in(client, "ada", "correct horse battery")
    await client.post("/console/c/web-xss12345/reason", data={"reason": "checking a complaint"})
    page = await (await client.get("/console/c/web-xss12345")).text()
    assert "<script>x()" not in page and "&lt;script&gt;" in page


def test_password_hashes_are_salted_and_checked():
    a, b = auth.hash_password("same password"), auth.hash_password("same password")
    assert a != b
    assert auth.verify_password("same password", a)
    assert not auth.verify_password("other", a)


async def test_plain_words_page_for_staff(client):
    r = await client.post("/console/plain-words", json={"text": "x"}, headers=JSON)
    assert r.status == 401
    await sign_in(client, "ada", "correct horse battery")
    letter = "Mrs Smith suffers from dementia. Her POC will be reviewed by the OT <b>soon</b>."
    r = await client.post("/console/plain-words", json={"text": letter}, headers=JSON)
    data = await r.json()
    assert r.status == 200 and data["ok"] is False
    assert [a["phrase"] for a in data["avoid"]] == ["suffers from"]
    assert {j["headword"] for j in data["jargon"]} >= {"Package of care", "Occupational therapist"}
    r = await client.post("/console/plain-words", data={"text": letter})
    page = await r.text()
    assert '<mark class="avoid"' in page and '<mark class="jargon"' in page
    assert "&lt;b&gt;soon&lt;/b&gt;" in page and "<b>soon</b>" not in page


async def test_survey_results_page_charts_and_csv(client):
    from bot import store

    store.save_survey("client", "web", {"happy": "agree", "comments": "call 07700 900123"})
    store.save_survey("client", "telegram", {"happy": "disagree"})
    await sign_in(client, "ada", "correct horse battery")
    page = await (await client.get("/console/surveys")).text()
    assert "About the support I get" in page and "50%" in page and "[phone]" in page
    assert "07700" not in page
    r = await client.get("/console/surveys/client-agree.svg")
    assert r.status == 200 and r.content_type == "image/svg+xml"
    assert "People who agree" in await r.text()
    r = await client.get("/console/surveys.csv")
    assert r.status == 200 and "share_agree_percent" in await r.text()
    r = await client.get("/console/surveys/nope-agree.svg")
    assert r.status == 404


async def test_wrong_passwords_pause_sign_in_even_for_the_right_one(client):
    statuses = []
    for _ in range(auth.FREE_TRIES + 1):
        r = await client.post("/console/login", data={"username": "ada", "password": "guess"},
                              headers=JSON)
        statuses.append(r.status)
    assert statuses[:auth.FREE_TRIES - 1] == [401] * (auth.FREE_TRIES - 1)
    assert statuses[-1] == 429
    r = await client.post("/console/login", headers=JSON,
                          data={"username": "ada", "password": "correct horse battery"})
    body = await r.json()
    assert r.status == 429 and "paused" in body["error"] and body["wait_seconds"] > 0
    assert "login_locked" in [e["action"] for e in audit_log.audit_entries()]


async def test_signing_out_ends_the_session_on_the_server(client):
    r = await sign_in(client, "ada", "correct horse battery")
    token = client.session.cookie_jar.filter_cookies(client.make_url("/console/"))[auth.COOKIE].value
    assert "HttpOnly" in r.headers["Set-Cookie"] and "SameSite=Strict" in r.headers["Set-Cookie"]
    await client.post("/console/logout", allow_redirects=False)
    client.session.cookie_jar.update_cookies({auth.COOKIE: token})   # a copy of the cookie
    r = await client.get("/console/", headers=JSON)
    assert r.status == 401


async def test_cookie_is_secure_behind_https(client, monkeypatch):
    monkeypatch.setenv("CARE_TRUSTED_PROXIES", "127.0.0.1")
    r = await client.post("/console/login", headers={**JSON, "X-Forwarded-Proto": "https"},
                          data={"username": "ada", "password": "correct horse battery"})
    assert "Secure" in r.headers["Set-Cookie"]


async def test_sso_headers_count_only_from_the_proxy(client, monkeypatch):
    monkeypatch.setenv("CARE_CONSOLE_TRUSTED_HEADER", "X-Remote-User")
    sso = {**JSON, "X-Remote-User": "mallory", "X-Remote-Role": "manager"}
    r = await client.get("/console/audit", headers=sso)
    assert r.status == 401                      # not from a configured proxy address
    monkeypatch.setenv("CARE_CONSOLE_SSO_PROXIES", "127.0.0.1/32")
    r = await client.get("/console/audit", headers=sso)
    assert r.status == 200


async def test_advisers_open_only_queued_conversations_or_say_why(client):
    await sign_in(client, "ada", "correct horse battery")
    for method, path in (("GET", "/console/c/web-other1234"),
                         ("POST", "/console/c/web-other1234/take"),
                         ("POST", "/console/c/web-other1234/reply"),
                         ("POST", "/console/c/web-other1234/handback")):
        r = await client.request(method, path, headers=JSON)
        assert r.status == 403, path
    page = await client.get("/console/c/web-other1234")
    assert page.status == 403 and "say why" in await page.text()
    r = await client.post("/console/c/web-other1234/reason", data={"reason": "short"},
                          headers=JSON)
    assert r.status == 403
    r = await client.post("/console/c/web-other1234/reason", headers=JSON,
                          data={"reason": "Her daughter rang us, worried about her"})
    assert r.status == 200
    r = await client.get("/console/c/web-other1234", headers=JSON)
    assert r.status == 200
    reasons = [e for e in audit_log.audit_entries() if e["action"] == "open_with_reason"]
    assert reasons and "daughter rang" in reasons[0]["detail"]


async def test_pages_a_role_may_not_see_answer_403(client):
    await sign_in(client, "ada", "correct horse battery")
    r = await client.get("/console/audit")
    assert r.status == 403 and "Only managers" in await r.text()
    r = await client.get("/console/c/..%2Fstatus", headers=JSON)
    assert r.status == 404                      # never reaches a Rasa address
    assert client.rasa.sent == [] and "../status" not in client.rasa.events


@pytest.mark.parametrize("loop, closed", [("contact_form", True),
                                          ("self_assessment_form", False), (None, False)])
async def test_hand_back_closes_a_contact_step_left_open(client, loop, closed):
    sender = "web-stale12345"
    await client.post("/api/messages", json={"sender": sender, "message": "talk to a person"})
    from bot import store
    store.create_handoff(sender, "request")
    tracker = client.rasa.tracker

    async def with_loop(who):
        found = await tracker(who)
        return {**found, "active_loop": {"name": loop} if loop else {}}

    client.rasa.tracker = with_loop
    await sign_in(client, "ada", "correct horse battery")
    await client.post(f"/console/c/{sender}/take", headers=JSON)
    await client.post(f"/console/c/{sender}/handback", data={"note": "done"}, headers=JSON)
    events = client.rasa.events[sender]
    assert ({"event": "active_loop", "name": None} in events) is closed
    assert events.index({"event": "resume"}) >= 0
