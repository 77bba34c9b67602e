"""Figures of speech, round eight: sayings that use danger words are quiet, found by concept
patterns (concepts.yml, category "figure") rather than a list of sentences; a danger hit
that shares a word with a saying is the saying's, while danger said elsewhere in the same
message still counts, and a person (not a thing) "killing me" is asked about.
Sentences written fresh for the test, several to each family."""
from __future__ import annotations

import pytest

from bot.safety import decide
from bot.safety.context import figure_of_speech
from bot.safety.normalise import normalise

SAYINGS = {
    "laughing": [
        "nearly killed myself laughing", "i nearly killed meself laughing at the panto",
        "cracked up, nearly killed myself laughing", "i'll kill myself laughing if he wears that",
        "honestly i almost died laughing", "we nearly wet ourselves, i nearly wet myself laughing",
    ],
    "a treat": [
        "i could murder a cuppa", "i could murder a bacon butty right now",
        "could kill for a brew after that", "im dying for a wee, back in 5",
        "i could murder a pint tbh",
    ],
    "a thing killing me": [
        "this form is killing me", "my feet are killing me", "these questions are killing me",
        "my knees are really killing me today", "the waiting is killing me",
        "killing me, these stairs",
    ],
    "dying to": [
        "dying to see the grandkids", "im dying to tell you about the holiday",
        "shes dying to meet the new carer", "dying to try the new cafe on the high street",
    ],
    "a feeling": [
        "died of embarrassment", "i nearly died of embarrassment at the doctors",
        "bored to death of these forms", "i was dying of shame when he said that",
    ],
}


@pytest.mark.parametrize("text", [t for family in SAYINGS.values() for t in family])
def test_a_saying_raises_nothing(text, judged):
    judged(text, "none")


@pytest.mark.parametrize("text", [
    "i could kill myself", "i could just kill myself some days", "i could kill my self",
    "killing myself slowly with drink", "im killing myself slowly with the drink",
])
def test_killing_oneself_said_plainly_still_counts(text, judged):
    judged(text, "clear", "crisis")


@pytest.mark.parametrize("text", [
    "drinking myself to death", "honestly im slowly drinking myself to death",
    "starving myself to death now, whats the point",
])
def test_harm_done_slowly_to_oneself_is_asked_about(text, judged):
    judged(text, "danger", "crisis")


@pytest.mark.parametrize("text", [
    "this form is killing me and i want to die",
    "my feet are killing me and i want to end it all",
    "i nearly killed myself laughing then took all my tablets",
    "dying for a cuppa but honestly i dont want to be here anymore",
])
def test_danger_beside_a_saying_still_counts(text, judged):
    # the saying is set aside; the danger said elsewhere in the message is not
    judged(text, "danger", "crisis")


@pytest.mark.parametrize("text", [
    "he is killing me", "my husband is killing me", "hes killing me, please help",
])
def test_a_person_killing_me_is_never_a_saying(text, judged):
    assert not figure_of_speech(normalise(text))
    judged(text, "danger")


def test_the_saying_is_found_by_a_concept_pattern_not_a_sentence():
    doc = normalise("my hips are really killing me")
    found = decide.concepts.matcher().find(decide.concepts.nlp()(doc))
    assert any(h.category == decide.FIGURE for h in found)
