"""Filling in for someone else: the request is spotted, and "do they know and agree?" is
read from buttons or free words; anything else is kept, never refused."""
import pytest

from bot.answers.on_behalf import (AGREES, CANNOT_DECIDE, NOT_YET, PRESENT,
                                   help_for_someone_else, parse_agreement)
from bot.form_words import ON_BEHALF_BUTTONS
from reader_cases import meant


FOR_SOMEONE = [
    ("need help for my mum", "mum"), ("im doing this for my mum", "mum"),
    ("my dad needs some help at home", "dad"), ("Help for my nan please", "nan"),
    ("I'm filling this in for my husband", "husband"),
    ("looking for support for my mum who has dementia", "mum"),
    ("hiya, asking on behalf of my grandad", "grandad"),
    ("my wife isnt coping since her stroke", "wife"),
]
# The carer's own needs are not rerouted.
CARERS_OWN = [
    "I look after my mum and im exhausted", "i need help", "I need a break from caring for my mum",
    "carers assessment for my mum", "my mum", "i care for my dad and i am struggling myself",
    "we went shopping for my mum's birthday",
]


@pytest.mark.parametrize("text,relationship", meant(FOR_SOMEONE, CARERS_OWN))
def test_help_for_someone_else_but_not_the_carers_own_needs(text, relationship):
    assert help_for_someone_else(text) == relationship


@pytest.mark.parametrize("text,choice", [
    ("yes", AGREES), ("yeah she knows, she asked me to", AGREES), ("she is here with me", PRESENT),
    ("hes sat next to me", PRESENT), ("no she has dementia", CANNOT_DECIDE),
    ("I have lasting power of attorney", CANNOT_DECIDE), ("he cant make decisions now", CANNOT_DECIDE),
    ("not yet", NOT_YET), ("no", NOT_YET), ("i havent told her", NOT_YET),
] + [(b["payload"], b["payload"].split('"')[3]) for b in ON_BEHALF_BUTTONS])
def test_agreement_is_read(text, choice):
    assert parse_agreement(text) == choice


@pytest.mark.parametrize("text", ["its complicated, my brother disagrees", "🙂", "",
                                  "/inform{\"on_behalf\": \"maybe\"}"])
def test_other_replies_are_left_to_be_kept_in_their_words(text):
    assert parse_agreement(text) is None
