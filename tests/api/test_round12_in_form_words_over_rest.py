"""Round twelve (brief asks12) over the REST API: a goodbye at a question ends the questions
with the answer said first kept, the code and no question again, and nothing is saved as a
finished assessment; "carry on" goes on from the next question. "did you get that about
the gas?" is answered and the same question comes back."""
from chat_client import rest_say as say, texts_of

from bot import store



def test_a_goodbye_at_a_question_pauses_and_carry_on_goes_on(stack, sender):
    say(stack, sender, "/start_self_assessment")
    say(stack, sender, "yes")
    say(stack, sender, '/inform{"about": "self"}')
    say(stack, sender, "Dawn")
    said = texts_of(say(stack, sender, "sleep lol and my sister. thanks bye"))
    assert any(t.startswith("Bye for now") for t in said), said
    assert any("Your code is" in t for t in said), said
    assert not any("good day" in t for t in said), said         # no question after it
    assert not any(r["kind"] == "self_assessment" for r in store.records_for(sender))
    again = texts_of(say(stack, sender, "carry on"))
    assert any("good day" in t for t in again), again           # the next question
    said = texts_of(say(stack, sender, "did you get that about my sister?"))
    assert any("my sister" in t and "kept" in t for t in said), said
    assert any("good day" in t for t in said), said             # the same question again
