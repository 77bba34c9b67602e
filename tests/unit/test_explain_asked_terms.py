"""Which care words a message asks about (persona round 3): the quoted one, every one asked
in a message of several parts, and a care word in a sentence pasted from a letter."""
import pytest

from actions.explain import also_asked, resolve
from bot.answers.terms import pastes_a_care_word
from bot.nlu.commands import LETTER_MAY_REPLACE


@pytest.mark.parametrize("raw, text, first, others", [
    ("DoLS", "whats a FACE assessment. and DoLS?", "Deprivation of Liberty Safeguards",
     ["FACE assessment"]),
    (None, "what is a DP and an ISF", "Direct payment", ["Individual service fund"]),
    (None, "what does reablement mean? and CHC?", "Reablement", ["Continuing healthcare"]),
    (None, "what does reablement mean", "Reablement", []),
    ("CHC", "got a letter saying 'you have been referred for a CHC checklist' what does that "
     "mean??", "Continuing healthcare", []),
])
def test_every_term_asked_about_is_explained(raw, text, first, others):
    entry, _ = resolve(raw, text)
    assert entry.headword == first
    assert [e.headword for e in also_asked(text, entry)] == others


@pytest.mark.parametrize("raw, text", [
    ("saying", "my social worker keeps saying 'strengths based' what does she mean"),
    (None, "the OT wrote \u201cstrengths-based\u201d on the form, what is that"),
    ("worker", 'my social worker keeps going on about "strength based" stuff?'),
])
def test_the_quoted_words_are_the_ones_explained(raw, text):
    entry, _ = resolve(raw, text)
    assert entry.headword == "Strengths"
    assert also_asked(text, entry) == []


@pytest.mark.parametrize("text, pasted", [
    ("it also says we will assess whether he has eligible needs under the Care Act 2014", True),
    ("'a review of your care and support plan will be undertaken within 6-8 weeks' what does "
     "that mean in english", True),
    ("the letter says she needs a reablement package, in plain english?", True),
    ("the form states you may get a direct payment", True),
    ("my social worker said she would ring me", False),
    ("i have a care plan and i like my carers", False),
    ("they said it will be a review next week", False),
])
def test_a_care_word_pasted_from_a_letter_is_explained(text, pasted):
    assert pastes_a_care_word(text) is pasted


def test_a_pasted_sentence_never_replaces_a_search_or_a_request_for_a_person():
    assert not {"find_service", "request_human", "complaint"} & set(LETTER_MAY_REPLACE)


def test_the_eligible_needs_explanation_says_eligible():
    entry, _ = resolve(None, "it also says we will assess whether he has eligible needs")
    assert entry.headword == "Eligibility" and "eligible" in entry.explanation


def test_an_apostrophe_is_not_a_quote():
    entry, _ = resolve(None, "my mum's social worker said 'reablement' and i don't know it")
    assert entry.headword == "Reablement"
