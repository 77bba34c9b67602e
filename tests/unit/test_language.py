"""Other-language guessing: kind fallback for Polish or Urdu, never for short English."""
import pytest

from bot.interpreter_words import CALL_FOR_AN_INTERPRETER, INTERPRETER_WORD, in_their_language
from bot.language import finds_english_hard, guess_language, looks_like_gibberish
from bot.language import looks_like_other_language
from bot.nlu.commands import is_thanks


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


# ---- persona round 3: a second message, another script's words in Latin letters ------------


@pytest.mark.parametrize("text, code", [
    ("a można do was napisać zamiast dzwonić? przez telefon słabo mówię po angielsku", "pl"),
    ("czy mogę napisać wiadomość, źle słyszę przez telefon", "pl"),
    ("meri ammi ko dementia hai aur wo raat ko ghar se bahar chali jati hain, koi madad?", "ur"),
    ("mujhe madad chahiye, mere abbu bahut bemaar hain", "ur"),
    # round eight: Welsh said in Welsh, more everyday Polish, Punjabi in Latin letters
    ("shwmae, oes rhywun yn siarad cymraeg?", "cy"),
    ("sut mae, dw i angen help gyda mam", "cy"),
    ("cześć, czy ktoś mówi po polsku", "pl"),
    ("sat sri akal ji, mainu madad chahidi aa", "pa"),
])
def test_everyday_words_of_another_language_are_seen(text, code):
    assert guess_language(text) == code


@pytest.mark.parametrize("text", [
    "I went to a café in Zürich with my mother", "She is going to see her mum and dad at home",
    "my naïve question: is there a lunch club", "we had a lovely time at the polish shop",
    # round eight: English words that are also Welsh or Punjabi words
    "is there a tai chi class near me", "my mam needs help with her tablets",
    "we sat and looked at the menu at the day centre", "I need help, not a pita bread",
])
def test_english_with_a_borrowed_letter_is_english(text):
    assert guess_language(text) is None


@pytest.mark.parametrize("text, hard", [
    ("sat sri akal, my dad need help at home, he is 78, i speak punjabi better", True),
    ("my husband sick, i look after him alone. someone speak arabic with me?", True),
    ("can i talk to someone in urdu", True),
    ("is there a bengali speaker", True),
    ("my first language is somali", True),
    ("she only speaks Punjabi", False),     # about her, kept in the record
    ("my mum speaks polish", False),
    ("we went to a polish shop", False),
])
def test_asking_for_ones_own_language_is_offered_an_interpreter(text, hard):
    assert finds_english_hard(text) is hard


@pytest.mark.parametrize("text", ["diolch", "Diolch yn fawr!", "dziękuję", "shukriya",
                                   "gracias x"])
def test_thanks_in_another_language_is_thanks(text):
    assert is_thanks(text)


# ---- round eight: Welsh said in Welsh, a language named, a council's own languages -------


@pytest.mark.parametrize("text, hard", [
    ("do you speak polish?", True), ("anyone speak urdu", True), ("can u do welsh", True),
    ("polski?", True), ("Cymraeg", True), ("in urdu please", True),
    ("i speak english", False), ("do you do lunch clubs", False),
    ("polish", True), ("the polish club on tuesday", False), ("do you speak to carers", False),
    ("możesz pisać po polsku? you can write polish?", True), ("cymraeg plis", True),
    ("we had pizza at the italiano place", False), ("i need interpreter polish", True),
])
def test_naming_a_language_is_asking_for_it(text, hard):
    assert finds_english_hard(text) is hard


@pytest.mark.parametrize("text, code", [
    ("urdu please", "ur"), ("polski?", "pl"), ("do you speak Welsh", "cy"),
    ("can someone talk to me in punjabi", "pa"), ("I need help for my dad", None),
])
def test_the_language_named_is_found(text, code):
    from bot.language import named_language

    assert named_language(text) == code


def test_a_council_can_add_a_language_in_its_own_file(monkeypatch):
    from bot import language, settings

    somali = {"name": "Somali", "names": "somali af-soomaali",
              "interpreter_line": "Fadlan wac {phone} oo weydii turjubaan bilaash ah.",
              "interpreter_word": "turjubaan"}
    monkeypatch.setattr(settings, "council", lambda: {"languages": {"so": somali,
                                                                     "cy": {"name": "Cymraeg"}}})
    language.languages.cache_clear()
    try:
        table = language.languages()
        assert table["so"]["interpreter_word"] == "turjubaan"
        assert table["cy"]["name"] == "Cymraeg" and table["cy"]["interpreter_word"]  # merged
    finally:
        monkeypatch.undo()
        language.languages.cache_clear()


def test_quick_answers_for_ascii_agree_with_the_full_check():
    """latin_share and _foreign_letters answer ASCII text at once (the safety net reads every
    message); the full letter-by-letter check must give the same answers."""
    import unicodedata

    from bot import language

    for text in ["im so tired of it all", "Dziekuje", "cześć, jak się masz", "x y z 123", ""]:
        letters = [c for c in text if c.isalpha()]
        full = (sum(1 for c in letters if "LATIN" in unicodedata.name(c, "")) / len(letters)
                if letters else 1.0)
        assert language.latin_share(text) == full
    assert not language._ASCII_LETTERS_LISTED
    assert language._foreign_letters("dziekuje") is None
    assert language._foreign_letters("dziękuję") == "pl"
