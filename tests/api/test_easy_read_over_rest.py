"""Easy read over the REST API (issue 15): with ``easy_read`` in the message metadata the
words change (one idea a message, hand-written key questions); without it they do not."""
import requests


def say(stack, sender, text, easy):
    body = {"sender": sender, "message": text}
    if easy:
        body["metadata"] = {"easy_read": True, "channel": "web"}
    response = requests.post(f"{stack.rasa_url}/webhooks/rest/webhook", json=body, timeout=60)
    response.raise_for_status()
    return [m.get("text") or "" for m in response.json()]


def test_consent_question_in_easy_read_and_standard(stack, sender):
    standard = say(stack, sender + "-std", "/start_self_assessment", easy=False)
    easy = say(stack, sender + "-easy", "/start_self_assessment", easy=True)
    assert any("Is that OK?" in t for t in standard)
    assert "Is that OK?" in easy                       # the question on its own
    assert len(easy) > len(standard)
    assert all(t.count(". ") == 0 for t in easy if "\n" not in t)   # one sentence each
    assert not any("Before we start" in t for t in easy)


def test_assessment_questions_are_hand_written_in_easy_read(stack, sender):
    say(stack, sender, "/start_self_assessment", easy=True)
    say(stack, sender, "yes", easy=True)
    say(stack, sender, '/inform{"about": "self"}', easy=True)
    reply = say(stack, sender, "Sam", easy=True)
    assert "What is important to you?" in reply
    standard = say(stack, sender, "/skip", easy=False)
    assert "What does a good day look like for you?" in standard
