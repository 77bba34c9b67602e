"""Issue 12, second round: short everyday replies stay quiet, and danger with a deadline, at
a height, or said with its own "not" is still caught. Sentences written fresh for these
tests (not copied from the corpus or from reports of false alarms)."""
import pytest

from bot.safety import assess, context, decide
from bot.safety.normalise import normalise
from judged_cases import judged_test


# What the safety net must make of each message (judged_cases.py).
test_what_the_net_makes_of_each_message = judged_test(
    # short everyday replies raise nothing
    ("none", [
        "me n my cousin n the darts",
        "my wife Brenda, shes got copd",
        "dad n my auntie",
        "roughly a 6",
        "dunno really",
        "she can still beat anyone at rummy",
        "still does her own shopping, chats to everyone at the bus stop",
        "i do her tablets and her evenings",
        "my quilting and visiting my brother",
        "what is the point of these questions",
        "whats the point in filling all this in",
        "we havent been to the coast in years",
        "please text me, my husband opens the post",
    ]),
    # a wish to die with a deadline is a clear plan
    ("clear", "crisis", "suicide_plan_time", [
        "cant take it nemore, i'll be gone by sunday",
        "i've had enough of life, it ends after the funeral",
        "no point going on. by the wknd it'll be over",
    ]),
    # indirect danger to life is not missed
    (("clear", "check_in"), "crisis", [
        "i'll be gone before sunrise tomorrow",
        "i've picked the day",
        "im at the reservoir now",
        "i wont be bothering the carers much longer",
        "i dont care what happens to me now",
    ]),
)


def test_a_deadline_on_its_own_everyday_task_is_not_a_plan():
    for text in ("i'll have the form finished by friday", "the carers will be done by tea time",
                 "the gas engineer will be gone before lunch"):
        assert assess(text).kind != "crisis", text


def test_cannot_cope_with_a_task_is_not_a_wish_to_die():
    assert assess("mum can't manage the bath any more, can we get a shower fitted").kind != "crisis"


def test_talk_about_the_form_is_its_own_context():
    assert context.message_context(normalise("what's the point of this survey")) == "form"
    assert context.message_context(normalise("what's the point of going on")) != "form"


def test_a_short_reply_needs_a_danger_word_before_the_classifier_alone_raises_it():
    """Whatever the classifier says, a short reply with no word that pulls to danger (and
    no word from the broad risk list) gets no check-in; with such a word it may."""
    quiet = decide.signals("my pals n bowls", normalise("my pals n bowls"))
    sure = decide.Signals(quiet.norm, (), "", _prediction(quiet.prediction, danger=0.95))
    assert decide.combine(sure).tier == "none"
    risky = decide.signals("been attacked", normalise("been attacked"))
    sure = decide.Signals(risky.norm, (), "", _prediction(risky.prediction, danger=0.95))
    assert decide.combine(sure).tier in ("clear", "check_in")


def test_function_words_carry_no_evidence():
    from bot.safety import classifier
    model = classifier.load()
    for word in ("my", "he", "she", "i"):
        assert model.word_pull[model.words.vocabulary_[word]] == 0.0


def _prediction(base, danger):
    import dataclasses
    return dataclasses.replace(base, danger=danger, crisis=danger, safeguarding=0.0,
                               top_danger="suicide_passive")
