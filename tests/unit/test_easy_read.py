"""Easy read changes the words, not only the layout (issue 15): one idea a message, simpler
words, and hand-written versions of the key questions with the person's names kept."""
import pytest

from bot import easy_read, form_words, texts
from bot.assessment.questions import BY_SLOT, FORMS, render


def test_one_sentence_a_message_and_lists_kept_whole():
    assert easy_read.one_idea_each("Take a break. Your answers are kept.") == [
        "Take a break.", "Your answers are kept."]
    card = "Job Club\nA friendly weekly club.\nCost: free."
    assert easy_read.one_idea_each(card) == [card]
    assert easy_read.one_idea_each("Call 0113 496 0100. It is free.") == [
        "Call 0113 496 0100.", "It is free."]


def test_simpler_words_keep_their_capital():
    assert easy_read.simpler_words("At the moment we receive help. However it is slow.") == \
        "Now we get help. But it is slow."


@pytest.mark.parametrize("about, relationship, name, first", [
    ("self", None, None, "What is important to you?"),
    ("someone_i_care_for", "mum", None, "What is important to your mum?"),
    ("someone_i_care_for", "dad", "Jean", "What is important to Jean?"),
    ("staff_for_caller", None, None, "What is important to the caller?"),
])
def test_key_questions_have_hand_written_versions_in_every_voice(about, relationship, name,
                                                                 first):
    standard = render(BY_SLOT["sa_what_matters"], about, relationship, name)
    assert easy_read.easy_version(standard) == [first]


def test_every_hand_written_slot_is_a_real_question_and_matches_it():
    slots = {q.slot for qs in FORMS.values() for q in qs}
    assert set(easy_read.HAND_WRITTEN) <= slots
    for questions in FORMS.values():
        for q in questions:
            if q.slot in easy_read.HAND_WRITTEN:
                standard = render(q, "someone_i_care_for", "mum")
                assert easy_read.hand_written(standard), q.slot


def test_the_scale_question_is_four_short_messages():
    standard = render(BY_SLOT["sa_scale_now"], "self")
    easy = easy_read.easy_version(standard)
    assert easy == ["How are things for you now?", "Pick a number from 1 to 10.",
                    "1 is very hard.", "10 is really good."]
    assert all(len(line.split()) <= 8 for line in easy)


def test_consent_and_on_behalf_are_hand_written():
    assert easy_read.easy_version(texts.consent_question())[-1] == "Is that OK?"
    assert easy_read.easy_version(form_words.ask_on_behalf("dad"))[0] == \
        "Does your dad know you are doing this?"


def test_rewrite_keeps_buttons_on_the_last_message_and_leaves_custom_alone():
    buttons = [{"title": "Yes", "payload": "/affirm"}]
    out = easy_read.rewrite([
        {"recipient_id": "a", "text": "Take a break. Your answers are kept.",
         "buttons": buttons},
        {"recipient_id": "a", "custom": {"kind": "card"}},
    ])
    assert [m.get("text") for m in out] == ["Take a break.", "Your answers are kept.", None]
    assert "buttons" not in out[0] and out[1]["buttons"] == buttons
    assert out[2] == {"recipient_id": "a", "custom": {"kind": "card"}}


def test_only_a_true_flag_asks_for_easy_read():
    assert easy_read.wanted({"easy_read": True})
    assert not easy_read.wanted({"easy_read": "yes"}) and not easy_read.wanted(None)


def test_survey_statements_have_their_own_easy_read():
    """The survey's words change in easy read, not only the layout: each statement of the
    client and carer surveys, and each opening, has short sentences written for it."""
    from bot.surveys.definitions import SURVEYS
    from bot.surveys import wording

    for key in ("client", "carer"):
        chosen = SURVEYS[key]
        assert easy_read.easy_version(chosen.intro) == list(chosen.easy_intro)
        for statement in chosen.statements:
            easy = easy_read.easy_version(statement.text)
            assert easy == list(statement.easy), statement.code
            assert all(len(line.split()) <= 12 for line in easy)
    assert easy_read.easy_version(wording.STATEMENT_PROMPT) == ["Do you agree?"]


def test_the_directory_words_around_the_results_change_in_easy_read():
    from bot.directory import present

    assert easy_read.easy_version(present.ASK_PLACE) == [
        "Where do you live?", "Tell me your postcode or your town.",
        "Here are some places for now."]
    intro = present.INTRO.format(topic="things to do in your community", near=" near LS6")
    assert easy_read.easy_version(intro) == [
        "Here are some places.", "They help with things to do in your community near LS6."]
    card = "Job Club\nA friendly weekly club to help you find paid work.\nCost: free."
    assert easy_read.easy_version(card) == [card]
