"""Other-language guessing: kind fallback for Polish or Urdu, never for short English."""
import pytest

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
    from bot.language import looks_like_gibberish
    assert looks_like_gibberish(text)


@pytest.mark.parametrize("text", [
    "im gonna top myself", "what does reablement mean", "my mum needs help", "LS6 2AB",
    "👍", "", "tbh idk", "I look after my nan",
])
def test_real_messages_are_not_gibberish(text):
    from bot.language import looks_like_gibberish
    assert not looks_like_gibberish(text)
