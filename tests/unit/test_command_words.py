"""The NLU command layer's small readers: thanks, a request for help for someone else."""
import pytest

from bot.nlu.commands import for_someone_else, is_goodbye, is_thanks


@pytest.mark.parametrize("text", ["thank you for listening, youve been kind", "thanks",
                                  "cheers love", "thank you so much for your help x", "ta",
                                  "Oh thanks, that's lovely"])
def test_thanks(text):
    assert is_thanks(text)


@pytest.mark.parametrize("text", ["thanks but how do I get a carer", "thanks, what about lunch clubs?",
                                  "thanking you", "no thanks", "i need to thank my neighbour"])
def test_not_only_thanks(text):
    assert not is_thanks(text)


def test_help_for_someone_else_reroutes_only_assessment_guesses():
    assert for_someone_else("need help for my mum", "start_carer_assessment")
    assert not for_someone_else("need help for my mum", "find_service")
    assert not for_someone_else("I look after my mum and I'm worn out", "start_carer_assessment")


@pytest.mark.parametrize("text", [
    "thank you ill ask my son to take me to the knit one maybe. bye now",
    "ok ill ring them. thanks for listening anyway", "no thats all thank you x",
    "no that's all, thanks", "bye", "ta ra love",
])
def test_goodbyes(text):
    assert is_goodbye(text)


@pytest.mark.parametrize("text", ["is that all?", "bye the way where is the lunch club",
                                  "i'll ring them but what is their number?", "that is all i can do for him, im exhausted and need help"])
def test_not_goodbyes(text):
    assert not is_goodbye(text)
