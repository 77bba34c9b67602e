"""Other-language guessing: kind fallback for Polish or Urdu, never for short English."""
import pytest

from bot.interpreter_words import CALL_FOR_AN_INTERPRETER, INTERPRETER_WORD, in_their_language
from bot.language import finds_english_hard, guess_language, looks_like_gibberish
from bot.language import looks_like_other_language


@pytest.mark.parametrize("text", [
    "Dzień dobry, potrzebuję pomocy dla mojej matki",
    "Bună ziua, am nevoie de ajutor pentru mama",
    "Olá, preciso de ajuda para minha mãe",
    "Hola, necesito ayuda para mi madre por favor",
    "مجھے اپنی ماں کے لیے مدد چاہیے",
    "আমার মায়ের জন্য সাহায্য দরকার",
    "Bonjour, j'ai besoin d'aide pour ma mère",
])
def test_other_languages_are_noticed(text):
    assert looks_like_other_language(text)


@pytest.mark.parametrize("text", [
    "ok", "no", "yes please", "hi", "I need help for my mum",
    "my mum is in a care home and I want to complain",
    "Mam is poorly", "the carer came late again", "👍", "", "LS6 2AB",
    "café on the high street", "I'd like a carer's assessment por favor",
])
def test_english_and_short_messages_are_not(text):
    assert not looks_like_other_language(text)


@pytest.mark.parametrize("text", ["flurb wibble zonk", "asdfghjkl qwerty", "xkcd zzzz qqq"])
def test_gibberish_is_noticed(text):
    assert looks_like_gibberish(text)


@pytest.mark.parametrize("text", [
    "im gonna top myself", "what does reablement mean", "my mum needs help", "LS6 2AB",
    "👍", "", "tbh idk", "I look after my nan",
])
def test_real_messages_are_not_gibberish(text):
    assert not looks_like_gibberish(text)


@pytest.mark.parametrize("text,language", [
    ("Dzień dobry, potrzebuję pomocy dla mamy", "pl"),
    ("Bore da, dw i angen help gyda fy nhad", "cy"),
    ("أبي يحتاج إلى مساعدة", "ar"),
    ("میری ماں کو مدد چاہیے", "ur"),
    ("ਮੇਰੇ ਪਿਤਾ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ", "pa"),
    ("necesito ayuda para mi padre por favor", "es"),
    ("I need help for my dad", None),
])
def test_the_language_is_guessed_for_a_line_in_it(text, language):
    assert guess_language(text) == language


def test_every_interpreter_line_has_the_number_and_the_word():
    assert set(CALL_FOR_AN_INTERPRETER) == set(INTERPRETER_WORD)
    for code in CALL_FOR_AN_INTERPRETER:
        line = in_their_language(code, "0300 123 4567")
        assert "0300 123 4567" in line and INTERPRETER_WORD[code] in line


@pytest.mark.parametrize("text,hard", [
    ("english not so good sorry. my father need help he fall a lot", True),
    ("my english is bad", True), ("can i have an interpreter", True),
    ("i love english breakfast tea", False), ("my english is good", False),
])
def test_finding_english_hard(text, hard):
    assert finds_english_hard(text) is hard
