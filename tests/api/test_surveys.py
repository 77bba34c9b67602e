"""Experience surveys over the REST channel: buttons, typed answers, skips, anonymous storage."""
import json

import sqlalchemy as sa


def survey_rows():
    from bot import store

    with store.engine().connect() as conn:
        rows = conn.execute(sa.select(store.survey_answers).order_by(store.survey_answers.c.id))
        return [dict(r._mapping) for r in rows]


def test_client_survey_with_buttons_typed_answers_and_a_skip(chat):
    before = len(survey_rows())
    reply = chat.texts("I want to give some feedback about my support")
    assert chat.active_loop() == "experience_survey_form"
    assert "tell us about" in reply
    reply = chat.texts("About the support I get")
    assert "kindness" in reply
    chat.say("Strongly agree")
    chat.say("yeah mostly")
    chat.say("not really")
    chat.say("/skip")
    chat.say("4/5")
    chat.say("so-so")
    reply = chat.texts("Prefer not to say")
    assert "anything else" in reply.lower()
    chat.say("The carers are lovely. Call me on 07700 900123, I'm Jean.")
    reply = chat.texts("/deny")
    assert "do not say who you are" in reply
    assert chat.active_loop() is None
    rows = survey_rows()
    assert len(rows) == before + 1
    row = rows[-1]
    assert row["survey"] == "client"
    assert set(row) == {"id", "survey", "channel", "answers", "created_at"}  # no identity
    answers = json.loads(row["answers"])
    assert answers == {
        "kindness": "strongly_agree", "happy": "agree", "choice": "disagree",
        "independent": "skipped", "information": "agree", "contact": "neither",
        "safe": "prefer_not_to_say", "comments": answers["comments"],
    }
    assert "07700" not in answers["comments"] and "lovely" in answers["comments"]
    assert chat.sender not in json.dumps(row, default=str)


def test_unclear_answer_is_asked_again_and_nothing_is_lost(chat):
    chat.say("give feedback")
    chat.say("About support for me as a carer")
    chat.say("agree")
    reply = chat.texts("banana")
    assert "did not catch" in reply
    assert chat.slot("sv_q1") == "agree"
    assert chat.slot("requested_slot") == "sv_q2"
    chat.say("agree")
    assert chat.slot("requested_slot") == "sv_q3"


def test_carer_survey_with_contact_by_consent(chat):
    before = len(survey_rows())
    chat.say("I'd like to give feedback")
    chat.say("About support for me as a carer")
    for answer in ["5/5", "yes", "no", "not sure", "definitely not"]:
        chat.say(answer)
    chat.say("/skip")
    reply = chat.texts("/affirm")
    assert "phone number or email" in reply
    reply = chat.texts("you can reach me at sam@example.org")
    assert "good time" in reply  # the contact step: when, then whether it is safe
    chat.say("Mornings")
    reply = chat.texts("Text or email only")
    assert "sam@example.org" in reply  # read back before any promise
    assert "contact you" in reply
    row = survey_rows()[before]
    answers = json.loads(row["answers"])
    assert row["survey"] == "carer"
    # Contact details stay out of the anonymous answers (they go with the call-back).
    assert answers.get("contact_requested") is True and "sam@example.org" not in row["answers"]
    assert answers["social_life"] == "strongly_disagree" and answers["comments"] == "skipped"
    # The request to be contacted reaches the care team's queue as a call-back.
    from bot.data import handoffs

    queued = [r for r in handoffs.open_queue() if r["sender_id"] == chat.sender]
    assert queued and queued[0]["reason"] == "callback"
    assert "sam@example.org" in queued[0]["summary"]


def test_direct_payments_survey_asks_only_its_own_questions(chat):
    before = len(survey_rows())
    chat.say("feedback please")
    reply = chat.texts("About the money I get to buy my own support")
    assert "direct payment is money" in reply
    for answer in ["agree", "agree", "disagree", "Having my own PA", "/skip", "/affirm",
                   "/skip", "/deny"]:
        chat.say(answer)
    assert chat.active_loop() is None
    answers = json.loads(survey_rows()[before]["answers"])
    assert answers["working_well"] == "Having my own PA"
    assert answers["peer_group"] == "yes"
    assert "sv_q7" not in answers and chat.slot("sv_q7") is None


def test_answers_are_read_back_and_one_can_be_changed(chat):
    """Round eight: "I have put: Agree. If that is not right, tap another answer" sat above
    the next question's buttons, so a tap answered the wrong question. Now a typed answer has
    its own "Change that answer" button, every answer is read back before the comments, and
    "change 2" asks that question again before going on."""
    chat.say("I want to give some feedback about my support")
    chat.say("About the support I get")
    replies = chat.say("yeah mostly")                        # typed: read back, with a button
    said = " ".join(r.get("text") or "" for r in replies)
    assert "I have put: Agree" in said
    assert any(b["title"] == "Change that answer" for r in replies for b in r.get("buttons") or [])
    asked = chat.slot("requested_slot")
    chat.say("change my last answer")                        # the button's words
    assert chat.slot("sv_q1") is None and chat.slot("requested_slot") == "sv_q1"
    chat.say("Strongly agree")
    assert chat.slot("sv_q1") == "strongly_agree" and chat.slot("requested_slot") == asked
    for answer in ("Agree", "Disagree", "Agree", "Agree", "Agree", "Agree"):
        replies = chat.say(answer)
    said = " ".join(r.get("text") or "" for r in replies)
    assert "Here is what you told us" in said and "1. " in said and "Strongly agree" in said
    assert chat.slot("requested_slot") == "survey_comments"
    chat.say("change 3")
    assert chat.slot("sv_q3") is None and chat.slot("requested_slot") == "sv_q3"
    replies = chat.say("Strongly disagree")
    assert chat.slot("sv_q3") == "strongly_disagree"
    assert chat.slot("requested_slot") == "survey_comments"
    assert "Strongly disagree" in " ".join(r.get("text") or "" for r in replies)


def test_a_complaint_part_way_keeps_the_answers_given_so_far(chat):
    """Round twelve (and seven): the complaint stopped the survey and the answers were lost."""
    before = len(survey_rows())
    chat.say("I want to give some feedback about my support")
    chat.say("About the support I get")
    chat.say("Strongly agree")
    chat.say("not really")
    said = chat.texts("i want to make a proper complaint about the agency, they never turn up")
    assert "kept the answers you gave" in said
    rows = survey_rows()
    assert len(rows) == before + 1
    answers = json.loads(rows[-1]["answers"]) if isinstance(rows[-1]["answers"], str) \
        else rows[-1]["answers"]
    given = [v for k, v in answers.items() if k != "comments" and v != "skipped"]
    assert given == ["strongly_agree", "disagree"]
    assert chat.active_loop() != "experience_survey_form"   # (the contact step may follow)
