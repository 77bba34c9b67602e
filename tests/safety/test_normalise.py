"""Normalisation: every spelling of a danger phrase becomes one plain form."""
import pytest

from bot.safety.normalise import confusable_map, fold_letters, normalise
from bot.safety.engine import assess


@pytest.mark.parametrize("raw,expected", [
    ("\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45", "i want to die"),  # full-width
    ("su\u200bici\u200ddal", "suicidal"),                     # zero-width space and joiner
    ("he\u00adlp", "help"),                                   # soft hyphen
    ("\u202ekill\u202c myself", "kill myself"),               # bidi override marks
    ("k\u0456ll mys\u0435lf", "kill myself"),                 # Cyrillic i and e
    ("\u03bfverd\u03bfse", "overdose"),                       # Greek omicron
    ("KILL MYSELF", "kill myself"),
    ("pleeeease helllp", "please help"),
    ("sooooo tired", "so tired"),
    ("Im scared", "i'm scared"),
    ("i dont want to", "i don't want to"),
    ("i cant cope", "i can't cope"),
    ("he wont let me", "he won't let me"),
    ("I\u2019m fine", "i'm fine"),
    ("kms", "kill myself"),
    ("kys", "kill yourself"),
    ("i wanna die", "i want to die"),
    ("im gonna end it", "i'm going to end it"),
    ("ur a burden", "your a burden"),
    ("u ok", "you ok"),
    ("ppl would be better off", "people would be better off"),
    ("my bf hits me", "my boyfriend hits me"),
    ("my gf", "my girlfriend"),
    ("scared rn", "scared right now"),
    ("tbh idk", "to be honest i don't know"),
    ("i want 2 die", "i want to die"),
    ("going 2 do it 2nite", "going to do it tonight"),
])
def test_normalises(raw, expected):
    assert normalise(raw) == expected


def test_two_stays_a_number_before_a_plural_or_after_took():
    assert normalise("took 2 tablets") == "took 2 tablets"
    assert normalise("2 weeks ago") == "2 weeks ago"


def test_ordinary_words_that_look_like_text_speak_are_kept():
    assert normalise("i feel ill") == "i feel ill"
    assert normalise("we were out") == "we were out"
    assert normalise("its my id card") == "its my id card"


def test_confusables_come_from_the_library_data():
    table = confusable_map()
    assert table[ord("\u0430")] == "a"      # Cyrillic a
    assert table[ord("\u043e")] == "o"      # Cyrillic o
    assert table[ord("\u03bf")] == "o"      # Greek omicron
    assert ord("a") not in table


def test_fold_keeps_plain_text_and_empty():
    assert fold_letters("") == ""
    assert normalise(None) == ""
    assert fold_letters("Hello, World") == "hello, world"


# English text-speak is spelt out only in English. In Polish "od" means "from": "nie wiem od
# czego zaczac" (I don't know where to start) once read as "overdose" and drew the suicide card.
@pytest.mark.parametrize("text", [
    "Potrzebuję pomocy, nie wiem od czego zacząć.",
    "Mama wróciła od szpitala wczoraj, potrzebuję pomocy od rana do wieczora",
    "Dzień dobry, tata jest chory od tygodnia i nie wiem co robić",
])
def test_text_speak_is_not_spelt_out_in_another_language(text):
    assert "overdose" not in normalise(text)
    assert assess(text).tier == "none"


@pytest.mark.parametrize("text", [
    "i think he od last night on his tablets", "im gonna od 2nite", "she od'd on her meds",
])
def test_english_text_speak_still_spelt_out(text):
    assert "overdose" in normalise(text)
    assert assess(text).tier != "none"


# "kill" spelt by sound with one "l" was missed entirely ("evry one hates me i wanna kil my
# self" got "Sorry, I did not follow" in a self-assessment).
@pytest.mark.parametrize("text", [
    "evry one hates me i wanna kil my self", "i want to kil myself", "gonna kil meself 2nite",
    "thinkin bout kilin myslef",
])
def test_kill_spelt_with_one_l_is_danger(text):
    assert assess(text).tier != "none"


@pytest.mark.parametrize("text", ["i was kiling time at the shops",
                                  "the weeds are kiled off now"])
def test_kill_spelt_with_one_l_in_everyday_talk(text):
    assert assess(text).tier == "none"
