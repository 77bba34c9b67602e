"""Persona conversations that only the gateway can carry: the conversation key (a person's
data and summary are refused without it), typed "delete" and "download" in everyday words,
a resume code typed on another device, and the contact-centre console (a caller's code,
take over, hand back). Held by hand first as the people in ../shared/personas.md, then kept
here with what SHOULD happen; what the assistant still gets wrong is marked xfail with what
happened instead. The talk itself is in personas/gateway_round_3.yml.
"""
from __future__ import annotations

import uuid

import pytest
import requests

from chat_client import Chat

pytestmark = pytest.mark.stack

JSON = {"Accept": "application/json"}
ASK_DELETE = "Do you want me to delete this conversation"


def person(stack) -> Chat:
    return Chat(stack, f"web-persona{uuid.uuid4().hex[:16]}", gateway=True)


def text_of(reply) -> str:
    return "\n".join((m.get("text") or "") + " " + " ".join(
        b.get("title", "") for b in m.get("buttons") or []) for m in reply)


def refused(response: requests.Response) -> bool:
    return response.status_code in (401, 403, 404)


# --- the key: nobody else reads what a person told the assistant --------------------------

def test_a_daughters_data_and_summary_need_her_key(stack):
    daughter = person(stack)
    daughter.say("hiya need to get some help sorted for my mum, she has dementia")
    daughter.say("yep ok")
    assert daughter.key
    base = f"{stack.gateway_url}/api/conversations/{daughter.sender}"
    other = person(stack)
    other.say("hello")
    for what in ("data", "data?format=html", "summary", "updates"):
        assert refused(requests.get(f"{base}/{what}", timeout=30)), what
        assert refused(requests.get(f"{base}/{what}", headers={"X-Conversation-Key": "x" * 43},
                                    timeout=30)), what
        assert refused(requests.get(f"{base}/{what}", headers={"X-Conversation-Key": other.key},
                                    timeout=30)), what
    assert daughter.get("data").status_code == 200
    assert "dementia" in daughter.get("data").text
    # Nobody can speak in her conversation without the key either.
    stranger = requests.post(f"{stack.gateway_url}/api/messages",
                             json={"sender": daughter.sender, "message": "send me my data"},
                             headers={"X-Forwarded-For": "198.18.3.3"}, timeout=60)
    assert refused(stranger)


def test_typed_download_my_data_gives_a_link_that_needs_the_key(stack):
    daughter = person(stack)
    daughter.say("hiya need to get some help sorted for my mum, she has dementia")
    reply = text_of(daughter.say("send me my data pls"))
    assert "/api/conversations/" in reply and daughter.sender in reply
    assert daughter.get("data", format="html").status_code == 200
    assert refused(requests.get(f"{stack.gateway_url}/api/conversations/{daughter.sender}/data",
                                params={"format": "html"}, timeout=30))


def test_typed_download_summary_in_everyday_words(stack):
    daughter = person(stack)
    daughter.say("hello")
    reply = text_of(daughter.say("download the summary thing"))
    assert "summary" in reply.lower() and "nothing to save" not in reply.lower(), reply


# --- typed delete -------------------------------------------------------------------------

def test_delete_my_conversation_then_confirm_erases_and_ends_the_key(stack):
    carer = person(stack)
    carer.say("can someone call me back please")
    carer.say("0113 496 0552")
    assert ASK_DELETE in text_of(carer.say("delete my conversation"))
    assert "deleted" in text_of(carer.say("/confirm_delete")).lower()
    assert refused(carer.get("data"))


@pytest.mark.parametrize("words", [
    "delete everything ive told you",
    "actually can you wipe all this, i dont want it kept on here",
])
def test_delete_in_everyday_words_asks_to_confirm(stack, words):
    son = person(stack)
    son.say("shopping help for my dad in harehills")
    assert ASK_DELETE in text_of(son.say(words))


def test_typing_yes_delete_it_confirms(stack):
    daughter = person(stack)
    daughter.say("hiya need to get some help sorted for my mum, she has dementia")
    assert ASK_DELETE in text_of(daughter.say("delete my conversation"))
    reply = text_of(daughter.say("Yes, delete it"))
    assert ASK_DELETE not in reply, reply
    assert refused(daughter.get("data"))


# --- a resume code on another device ------------------------------------------------------

def _paused_daughter(stack) -> str:
    daughter = person(stack)
    daughter.say("hiya need to get some help sorted for my mum, she has dementia")
    daughter.say("yep ok")
    daughter.say('/inform{"on_behalf": "cannot_decide"}')
    daughter.say("Peggy")
    daughter.say("her garden and her cat and phoning her sister on sundays")
    daughter.say("stop for now")
    code = daughter.slot("resume_code")
    assert code, "no resume code after 'stop for now'"
    return code


def test_resume_code_typed_alone_on_another_device_carries_on(stack):
    code = _paused_daughter(stack)
    laptop = person(stack)
    reply = text_of(laptop.say(code.lower().replace("-", " ")))
    assert "Welcome back" in reply and "Peggy" in reply
    assert laptop.slot("sa_what_matters") == "her garden and her cat and phoning her sister on sundays"


def test_resume_code_inside_a_sentence_carries_on(stack):
    code = _paused_daughter(stack)
    laptop = person(stack)
    reply = text_of(laptop.say(f"hi its peggys daughter again, code is {code.lower()}"))
    assert "Welcome back" in reply, reply


# --- the summary says who filled it in ------------------------------------------------------

def test_summary_of_mums_plan_does_not_say_mum_filled_it_in(stack):
    daughter = person(stack)
    daughter.say("hiya need to get some help sorted for my mum, she has dementia")
    daughter.say("yep ok")
    daughter.say('/inform{"on_behalf": "cannot_decide"}')
    daughter.say("Peggy")
    for _ in range(40):
        if daughter.active_loop() != "self_assessment_form":
            break
        asked = text_of(daughter.say("/skip"))
        if "Is that right?" in asked or "What would Peggy like to happen next?" in asked:
            daughter.say("/affirm" if "Is that right?" in asked else "Just keep this for now")
    summary = daughter.get("summary")
    assert summary.status_code == 200
    assert "Filled in by their mum" not in summary.text


# --- the contact-centre adviser -------------------------------------------------------------

def _adviser(stack) -> requests.Session:
    from bot.console import auth

    name = f"sam{uuid.uuid4().hex[:6]}"
    auth.add_user(name, "persona round three", "adviser", "Sam, care team")
    session = requests.Session()
    signed = session.post(f"{stack.gateway_url}/console/login", headers=JSON, timeout=30,
                          data={"username": name, "password": "persona round three"})
    assert signed.status_code == 200
    return session


def queue_senders(adviser, stack) -> set:
    """Every conversation in the open queue, page by page, as an adviser pages through it
    (other tests in the same stack, the random walks among them, fill the first page)."""
    senders, page = set(), 1
    while True:
        queue = adviser.get(f"{stack.gateway_url}/console/", params={"format": "json",
                            "page": page}, headers=JSON, timeout=30).json()
        senders |= {row["sender_id"] for row in queue["rows"]}
        if not queue["rows"] or len(senders) >= queue["total"]:
            return senders
        page += 1


def test_adviser_takes_over_replies_and_hands_back_and_only_the_key_reads_it(stack):
    adviser = _adviser(stack)
    caller = person(stack)
    caller.say("pendant alarm")
    caller.say("talk to a person please")
    assert caller.sender in queue_senders(adviser, stack)
    page = f"{stack.gateway_url}/console/c/{caller.sender}"
    assert adviser.post(f"{page}/take", headers=JSON, timeout=30).status_code == 200
    words = "Hello, it is Sam. I can order a pendant alarm for you."
    assert adviser.post(f"{page}/reply", data={"text": words}, headers=JSON,
                        timeout=30).status_code == 200
    assert words in [m["text"] for m in caller.get("updates").json()]
    assert refused(requests.get(f"{stack.gateway_url}/api/conversations/{caller.sender}/updates",
                                timeout=30))
    assert caller.say("yes please, thank you sam") == []       # the adviser answers, not the bot
    assert adviser.post(f"{page}/handback", data={"note": "alarm ordered", "outcome": "helped"},
                        headers=JSON, timeout=30).status_code == 200


def test_goodbye_after_hand_back_is_not_read_as_a_phone_number(stack):
    adviser = _adviser(stack)
    caller = person(stack)
    caller.say("talk to a person please")
    page = f"{stack.gateway_url}/console/c/{caller.sender}"
    adviser.post(f"{page}/take", headers=JSON, timeout=30)
    adviser.post(f"{page}/reply", data={"text": "Sorted, you will get a letter."}, headers=JSON,
                 timeout=30)
    adviser.post(f"{page}/handback", data={"note": "done", "outcome": "helped"}, headers=JSON,
                 timeout=30)
    reply = text_of(caller.say("lovely thank you both. bye now"))
    assert "phone number" not in reply, reply


@pytest.mark.xfail(reason="a caller's code from 'Start a session for a caller' answers 'Welcome "
                          "back' and the bare menu; the adviser's note (a pendant alarm) is not "
                          "used, and 'the alarm thing you wear round your neck' then got 'did not "
                          "understand'")
def test_callers_code_picks_up_what_the_adviser_wrote(stack):
    adviser = _adviser(stack)
    started = adviser.post(f"{stack.gateway_url}/console/caller", headers=JSON, timeout=30, data={
        "about": "self",
        "reason": "Lives alone in LS8, fell last week, asking about a pendant alarm."}).json()
    caller = person(stack)
    first = text_of(caller.say(started["code"].replace("-", " ")))
    assert "Welcome back" in first
    reply = text_of(caller.say("hello the lady on the phone said to type this in. its about the "
                               "alarm thing you wear round your neck"))
    assert "did not understand" not in reply, reply
