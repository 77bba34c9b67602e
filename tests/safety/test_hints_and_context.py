"""Round three of the safety net: hints get one gentle question of the right kind, context
never silences a danger-to-life phrase outright, and everyday talk stays quiet. Messages are
written here for the test, in the way people type; none is copied from the corpus."""
import pytest

from bot.safety import assess, check_in_question
from bot.safety.context import message_context
from judged_cases import judged_test


@pytest.mark.parametrize("text", [
    "my son keeps asking for my bank card, i dont like saying no",
    "hello love. its the money really. my nephew sees to my bank card for me now",
    "my grandson always wants my card when he visits",
])
def test_someone_handling_the_money_gets_the_money_question_not_the_script(text, judged):
    result = judged(text, "check_in", "safeguarding", "abuse_financial")
    question, buttons = check_in_question(result.category)
    assert question == "Is anyone hurting you or taking your money?"
    assert [b["payload"] for b in buttons][:2] == ["/affirm", "/deny"]


# What the safety net must make of each message (judged_cases.py).
test_what_the_net_makes_of_each_message = judged_test(
    # a chosen arrangement raises no script
    (("none", "check_in"), [
        "my son looks after my money, i asked him to because my eyes are bad",
        "my daughter has power of attorney and does my bills, im happy with that",
    ]),
    # taking and fear of asking are abuse
    ("clear", "safeguarding", [
        "he keeps my pension card and i get nothing",
        "my grandson goes mad if i ask where my pension has gone",
    ]),
    # a danger phrase with context is still asked about or answered
    ("danger", [
        "my husband had a fit last year and he's fine, but tonight he's fitting and it won't stop",
    ]),
    # everyday talk gets no script
    (("none", "check_in"), [
        "my brother took an overdose when he was a teenager, hes 50 now and fine, asking about his care",
        "the carer helps her with her pads and creams her legs so the sores dont get worse",
        "burnt the toast and set the smoke alarm off lol",
        "since my wife passed nobody much knocks on the door, the days are long",
    ]),
)


@pytest.mark.parametrize("text,reason", [
    ("my husband had a seizure in march, hes on tablets now and theyre controlled", "resolved"),
    ("when she was a teenager she took an overdose, shes 60 now", "resolved"),
    ("i wasnt scammed, the bank rang me and it really was them", "denied"),
    ("my lad is lovely, he doesnt take any money off me", "denied"),
    ("he needs someone to sit with him in case he chokes on his dinner", "hypothetical"),
    ("did you see casualty, on casualty last night a man had a stroke", "media"),
    ("im doing a safeguarding course at work, what are the types of abuse", "hypothetical"),
])
def test_context_is_found(text, reason):
    from bot.safety.normalise import normalise
    assert message_context(normalise(text)) == reason


@pytest.mark.parametrize("text", [
    "everyone thinks i'm doing fine but i want to die",
    "whats the point in doing anything any more",
    "i keep my tablets just in case",
])
def test_everyday_words_near_danger_are_not_taken_for_context(text):
    from bot.safety.normalise import normalise
    assert message_context(normalise(text)) == ""


def test_a_hint_read_by_the_classifier_alone_is_asked_about():
    result = assess("its hard to say this. my son moved back in when his marriage ended "
                    "and he takes over everything now")
    assert result.tier == "check_in", result


def test_a_phrase_names_its_own_category_before_the_message():
    # "tonight" elsewhere in the message must not make a stroke a suicide plan.
    result = assess("i think my dad is having a stroke tonight his face has dropped")
    assert result.category == "medical_emergency", result
