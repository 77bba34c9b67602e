"""Someone correcting a wrongly assumed loss (persona round 4): "mama is alive" is not
grief, and the bot says it got that wrong before it listens."""
import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import say_reflection
from bot import listening
from bot.corrections import SORRY_WRONG, denies_a_loss


@pytest.mark.parametrize("text", [
    "swim?? bereavement?? no. mama is alive. I need somebody wash mama in morning",
    "NO. mama NOT dead. she is alive. she have stroke",
    "he hasn't died, he's in a home now",
    "my husband is still alive thank you, he just cant walk",
    "nobody died!! its my dad, hes poorly",
])
def test_a_denied_loss_is_not_grief(text):
    assert denies_a_loss(text)
    assert "grief" not in listening.themes_in(text)


@pytest.mark.parametrize("text", [
    "my wife died in september", "mum passed away last year and i miss her",
    "since my husband died the house is quiet", "she passed on, not long after dad",
])
def test_a_real_loss_is_still_heard_as_one(text):
    assert not denies_a_loss(text) and listening.tells_of_a_loss(text)


def test_the_reflection_says_sorry_for_getting_it_wrong_first():
    dispatcher = CollectingDispatcher()
    say_reflection(dispatcher, "bereavement?? no. mama is alive. she need help wash in morning")
    said = [m.get("text") for m in dispatcher.messages]
    assert said[0] == SORRY_WRONG
    assert not any("sorry for your loss" in (t or "") for t in said)
