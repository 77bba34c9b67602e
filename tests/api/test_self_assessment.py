"""A complete self-assessment over REST: the JSON record validates against the published
schema, and the PDF and HTML summaries hold the person's own words."""
import json
from pathlib import Path

import jsonschema

from chat_client import Chat

SCHEMA = json.loads((Path(__file__).resolve().parents[2] /
                     "bot/assessment/schema/assessment-record.v1.json").read_text())


def pdf_text(pdf: bytes) -> str:
    """The text a reader sees in the PDF (pypdf maps the embedded font back to letters)."""
    import io

    from pypdf import PdfReader

    return " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


# What Jean types at each question; other outcomes are "going fine", the rest her own words.
ANSWERS = {
    "on_behalf": "yes she knows and she's happy with it",
    "preferred_name": "call me Jeannie",
    "sa_what_matters": "my garden and my cat Tilly",
    "sa_scale_now": "6",
    "sa_small_step": "someone to help me into the garden",
    "sa_what_next": "Ideas for local help",
    "sa_screen_self_care": "i forget to eat some days",
    "sa_screen_home": "No, that is all fine",
    "sa_screen_life": "yes",
    "sa_outcome_eating_drinking": "my neighbour brings soup on Mondays",
    "sa_outcome_dressing": "/skip",
    "summary_confirmed": "/affirm",
    "sa_proud_of": "I don't know",
}


def answer(slot: str) -> str:
    if slot in ANSWERS:
        return ANSWERS[slot]
    if slot.startswith("sa_outcome"):
        return "/affirm"
    return f"about {slot.replace('_', ' ')}: the lunch club on Thursdays"


def run_to_the_end(chat, first_answers, limit=40):
    chat.say_all(first_answers)
    replies = []
    for _ in range(limit):
        if chat.active_loop() is None:
            return replies
        slot = chat.slot("requested_slot")
        replies.append((slot, chat.texts(answer(slot))))
    raise AssertionError("the form did not finish")


def test_complete_self_assessment_gives_a_record_and_summaries(stack, sender):
    from bot import store

    chat = Chat(stack, sender, gateway=True)       # as the web chat does, with its key
    replies = run_to_the_end(chat, ["I'd like to do a self-assessment", "yes that's ok",
                                    '/inform{"about": "self"}'])
    readback = dict(replies).get("summary_confirmed") or ""
    asked = [slot for slot, _ in replies]
    assert "sa_outcome_caring_child" in asked and "sa_scale_now" in asked
    # Three Conversations: strengths first; a Care Act area is asked only after a yes.
    assert asked.index("sa_what_matters") < asked.index("sa_screen_self_care")
    assert "sa_outcome_eating_drinking" in asked and "sa_outcome_toilet" not in asked
    assert "sa_outcome_moving_home" not in asked
    # (Beside it, "heard" records: what the in-form reflections heard, for staff.)
    records = [r for r in store.records_for(chat.sender) if r["kind"] == "self_assessment"]
    assert len(records) == 1
    record = records[0]["data"]
    jsonschema.validate(record, SCHEMA)
    assert record["answered_by"] == "self" and record["consent"]["given"] is True
    assert record["preferred_name"] == "Jeannie"
    assert record["scale_now"] == 6
    items = {a["question_id"]: a for s in record["sections"] for a in s["answers"]}
    assert items["sa_outcome_toilet"]["answer"] == "(not raised)"
    assert items["sa_outcome_toilet"]["not_raised"] is True
    flat = json.dumps(record)
    assert "my garden and my cat Tilly" in flat and "soup on Mondays" in flat
    pdf = store.latest_document(chat.sender, "application/pdf")
    assert pdf.startswith(b"%PDF")
    assert "cat Tilly" in pdf_text(pdf)
    page = chat.get("summary")
    assert page.status_code == 200 and "cat Tilly" in page.text
    assert "struggle" not in page.text.lower()


def test_on_behalf_of_someone_changes_the_words_and_the_record(chat):
    from bot import store

    chat.say("I want to do an assessment for my mum")
    reply = chat.texts("yes")
    # "for my mum" said who it is about, so the next question is whether she knows.
    assert chat.slot("about") == "someone_i_care_for" and chat.slot("relationship") == "mum"
    assert chat.slot("requested_slot") == "on_behalf" and "your mum know" in reply.lower()
    replies = run_to_the_end(chat, [])
    questions = " ".join(text for _, text in replies).lower()
    assert "what matters most to jeannie" in questions          # their name, not "you"
    assert "what matters most to you" not in questions
    record = store.records_for(chat.sender)[-1]["data"]
    jsonschema.validate(record, SCHEMA)
    assert record["answered_by"] == "someone_i_care_for"
    assert any(i["kind"] == "agreement" and "know and agree" in i["text"]
               for i in record["to_follow_up"])
