"""assess(): the tiers, negation and context, on hand-written messages."""
from pathlib import Path

import pytest
import yaml

from bot.safety import Assessment, assess
from judged_cases import judged_test

MESSAGES = yaml.safe_load((Path(__file__).parent / "messages.yml").read_text())


@pytest.mark.parametrize("text,category", [
    ("I want to kill myself", "suicide_thoughts"),
    ("i'm going to do it tonight after everyone's asleep", "suicide_plan_time"),
    ("ive been saving up my tablets for weeks", "suicide_preparation"),
    ("i just swallowed a whole box of paracetamol", "suicide_act"),
    ("my husband's lips have gone blue and he won't wake up", "medical_emergency"),
    ("i can smell gas all through the flat", "danger_at_home"),
    ("my son is hitting me right now", "violence_now"),
])
def test_clear_danger_to_life(text, category, judged):
    assert judged(text, "clear", "crisis", category).evidence


# What the safety net must make of each message (judged_cases.py).
test_what_the_net_makes_of_each_message = judged_test(
    # clear abuse
    ("clear", "safeguarding", [
        "my grandson keeps taking money out of my purse",
        "my carer slapped me yesterday",
        "they took my passport and make me work for no pay",
    ]),
    # possible danger gets a check in
    (("check_in", "clear"), "crisis", [
        "whats the point in going on",                     # the bereaved man of issue 12
        "sometimes i wish i could just not wake up",
    ]),
    # odd typing is still caught
    ("clear", [
        "Im gonna k\u0456ll mys\u0435lf 2nite",            # Cyrillic look-alikes + text-speak
        "i want to k\u200bill myself",                     # zero-width space inside a word
        "\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff4b\uff49\uff4c\uff4c \uff4d\uff59\uff53\uff45\uff4c\uff46",  # full-width
        "kms",
    ]),
    # negation and context raise nothing
    ("none", [
        "nobody hurts me, i just want help with shopping",
        "he fell last year but he's fine now",
        "i watched a film about abuse last night",
        "my son helps with my money, i asked him to",
        "i'm dying for a cuppa",
        "just killing time before my appointment",
        "my phone battery is dying",
        "I'm dying to get out more",
        "im not suicidal, just fed up with the rain",
    ]),
)


def test_routes_get_their_own_kind():
    result = assess("i'm exhausted looking after mum, no sleep for weeks, something has to give")
    assert result.tier == "none"
    assert (result.kind, result.route) == ("route", "carer_strain")


def test_payloads_and_empty_text_are_left_alone():
    for text in ("/affirm", '/inform{"about": "self"}', "", None):
        assert assess(text) == Assessment("none", None, None, None, "", 0.0)


def test_assessment_is_frozen_with_the_documented_fields():
    result = assess("I want to kill myself")
    assert set(result.as_dict()) == {"tier", "kind", "category", "route", "evidence", "score",
                                       "signal"}
    with pytest.raises(Exception):
        result.tier = "none"


@pytest.mark.parametrize("text", MESSAGES["crisis"])
def test_hand_written_crisis_messages(text):
    result = assess(text)
    assert result.kind == "crisis" and result.tier in ("clear", "check_in"), result
    if not result.category.startswith("suicide_passive"):
        assert result.tier == "clear", result


@pytest.mark.parametrize("text", MESSAGES["safeguarding"])
def test_hand_written_abuse_messages(text):
    result = assess(text)
    assert result.tier in ("clear", "check_in") and result.kind in ("safeguarding", "crisis"), result


@pytest.mark.parametrize("text", MESSAGES["benign"])
def test_hand_written_lookalikes(text, judged):
    judged(text, "none")


# A reviewed phrase about ending one's life is filed as suicide, not the medical emergency
# that the category guess fell back to ("im thinking of ending it all" got the generic block).
@pytest.mark.parametrize("text, category", [
    ("im thinking of ending it all", "suicide_thoughts"),
    ("been thinking about ending it all lately", "suicide_thoughts"),
    ("i dont want to be here anymore", "suicide_passive"),
    ("honestly i dont want to be here any more", "suicide_passive"),
])
def test_ending_it_is_filed_as_suicide(text, category):
    found = assess(text)
    assert found.tier != "none" and found.category == category


# Leaving or coming back in everyday words, with no risk word: the classifier's lean from
# "i gotta go", "calling me" or "its me again" is no evidence of danger.
@pytest.mark.parametrize("text", [
    "i gotta go my mum is calling me", "have to go now, my tea is ready",
    "ok hes left now, its me again", "hi again, im back. he went to the shop",
])
def test_leaving_or_coming_back_in_everyday_words_is_quiet(text):
    assert assess(text).tier == "none"


@pytest.mark.parametrize("text", [
    "i have to go, i cant do this any more", "i have to go now, ive taken all the tablets",
    "its me again, i want to end it all",
])
def test_leaving_or_coming_back_with_danger_still_alarms(text):
    assert assess(text).tier in ("clear", "check_in")


# Love to be passed on with a goodbye or a sorry may be a last message: one direct question.
@pytest.mark.parametrize("text", [
    "tell the kids i love them. bye", "i must go, tell the kids i love them. bye x",
    "tell my girls i love them and im sorry", "tell my family i love them always",
])
def test_love_passed_on_with_a_goodbye_is_asked_about(text):
    assert assess(text).tier in ("check_in", "clear")


@pytest.mark.parametrize("text", [
    "tell the kids i love them when you see them", "can you tell my son i love him, he reads these",
    "tell the kids i said hello, bye", "i love my kids. bye for now",
])
def test_love_and_goodbyes_in_everyday_talk_are_quiet(text):
    assert assess(text).tier == "none"


def test_the_classifier_fast_features_equal_scikit_learn_transform():
    """The one-message fast path (no sparse matrix, idf read once) gives exactly the numbers
    scikit-learn's own transform gives, so speeding it up cannot change what the net decides."""
    import numpy as np

    from bot.safety import classifier
    from bot.safety.normalise import normalise

    model = classifier.load()
    for text in ["im going to kill myself tonight", "Hes driving me up the wall lol 😂",
                 "my son has my bank card and wont give it back", "ok", "ąę zzzz qqqq",
                 "the the the carer carer came came late late"]:
        norm = normalise(text)
        fast = model.features_of(norm)
        full = model._features([norm]).tocsr()
        order = np.argsort(fast.indices)
        assert list(fast.indices[order]) == list(full.indices[np.argsort(full.indices)])
        assert np.allclose(fast.data[order], full.data[np.argsort(full.indices)])
