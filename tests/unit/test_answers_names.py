"""parse_name: the name a person wants used, from the way people really type it."""
import pytest
from hypothesis import given, settings, strategies as st

from bot.answers.names import parse_name
from reader_cases import meant

NAMED = [
    ("Margaret but she goes by Peggy", "Peggy"),
    ("mums name is Margaret but she goes by Peggy", "Peggy"),
    ("mums name is Margaret", "Margaret"),
    ("call me Jeannie", "Jeannie"),
    ("she's called peggy", "Peggy"),
    ("she’s called peggy", "Peggy"),
    ("its bob.", "Bob"),
    ("Mr Ahmed", "Mr Ahmed"),
    ("Mary-Jane O'Neill", "Mary-Jane O'Neill"),
    ("mary-jane o'neill", "Mary-Jane O'Neill"),
    ("Peggy", "Peggy"),
    ("peggy", "Peggy"),
    ("peggy 😊", "Peggy"),
    ("Peggy x", "Peggy"),
    ("Jean please", "Jean"),
    ("Jo is fine", "Jo"),
    ("BOB", "Bob"),
    ("hi im dave, my mum needs help with her shopping", "Dave"),
    ("Elizabeth (Liz)", "Liz"),
    ("Robert, but everyone calls him Bob", "Bob"),
    ("Peggy, she prefers that", "Peggy"),
    ("we just call her nan", "Nan"),
    ("she prefers to be called peggy", "Peggy"),
    ("my name is Ahmed Khan and I care for my dad", "Ahmed Khan"),
    ("Władysław", "Władysław"),
    ("محمد", "محمد"),
    ("Siobhán", "Siobhán"),
    ("dave here", "Dave"),
    ("you can call me Jo", "Jo"),
    ("hes known as Tommy to everyone", "Tommy"),
    ("Mr. Smith", "Mr. Smith"),
    ("ok its Sue", "Sue"),
    ("I'm Priya", "Priya"),
    ("my mum is called Joan, she is 84", "Joan"),
    ("Patricia but everyone calls her Pat", "Pat"),
    ("Mrs Kaur", "Mrs Kaur"),
    ("jean\u200b", "Jean"),
    ("dont call me margaret, its peggy", "Peggy"),
    ("she hates being called Margaret, call her Peggy", "Peggy"),
    ("it is for my mum, her name is Joan", "Joan"),
    ("We call her Mags", "Mags"), ("dr patel", "Dr Patel"), ("o'brien", "O'Brien"),
    ("I'm Bob but call me Rob", "Rob"), ("Bob!", "Bob"),
]

NOT_A_NAME = [
    "I'd rather not say", "i would rather not say", "prefer not to say", "skip", "Skip",
    "why", "why do you need my name?", "what do you need my name for?", "no", "dont no",
    "not sure", "idk", "she has dementia and lives alone", "she is lovely", "im gutted",
    "i think im going mad", "my mum", "hello", "", "   ", "😊", "12345", "yes", "ok",
    "Bob Smith Jones Brown", "she is 84", "its hard to say", "none of your business",
    "/skip", "why does it matter", "pass", "n/a", "what do you mean?",
    "she's not well at the moment", "bye", "near leeds", "delete", "mostly",
    "interpreter please", "its hard to say", "never call him Robert",
    "she does not like being called Margaret",
]


@pytest.mark.parametrize("text,expected", meant(NAMED, NOT_A_NAME))
def test_names_people_type_and_replies_without_one(text, expected):
    assert parse_name(text) == expected


def test_never_more_than_three_words():
    assert parse_name("my name is Anna Maria Louisa Smith") == "Anna Maria Louisa"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_short_name_or_none(text):
    name = parse_name(text)
    assert name is None or (isinstance(name, str) and 0 < len(name) <= 40
                            and len(name.split()) <= 3)


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[a-z]{3,10}", fullmatch=True))
def test_a_lower_case_single_word_comes_back_capitalised_or_not_at_all(word):
    name = parse_name(word)
    assert name is None or name == word.capitalize()
