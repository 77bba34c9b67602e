"""Round 17 (tester F, inside the carer's assessment for a mum with dementia): "her garden and
her cat. look the main thing is she keeps leaving the gas on and last week she went out at 2am
in her nightie" got a "call 999" card from the classifier alone. A habit told ("keeps leaving
the gas on") and a night walk told as what happened are what the carer came for help with
(telecare), not an emergency; the same words with the hazard now, the person not back, or
harm meant are still caught. Pure: ``assess`` only."""
import pytest

EVERYDAY = [
    "her garden and her cat. look the main thing is she keeps leaving the gas on and last week "
    "she went out at 2am in her nightie",
    "mum keeps leaving the hob on, its a worry",
    "dad is always leaving the cooker on these days",
    "last week dad went out at 3am in his slippers",
    "a few times she has gone out in the middle of the night, we found her at the bus stop",
]
DANGER = [
    "she keeps leaving the gas on and i can smell it now",
    "last night he went out at 2am and hes been gone hours",
    "he keeps leaving the gas on to hurt me",
    "mum went out at 2am and we cant find her",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_a_dementia_habit_told_raises_nothing(judged, text):
    judged(text, "none")


@pytest.mark.parametrize("text", DANGER)
def test_the_hazard_now_or_the_person_missing_is_still_caught(judged, text):
    judged(text, "danger")
