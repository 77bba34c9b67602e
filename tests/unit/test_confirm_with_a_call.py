"""At "Is that right?" (the summary check): a yes said first is kept, whatever follows.

Round eight: "yes thats right. can somebody ring me" left the form for the call and showed
the read-back twice. (Kept here, not in tests/conversations/replies/: those replies are also
the safety classifier's everyday text, which these cases are not meant to change.)"""
import pytest

from actions.form_engine import Turn, decide, read_answer
from bot import form_slots as fs


@pytest.mark.parametrize("text, intent, confirmed", [
    ("yes thats right. can somebody ring me", "request_human", True),
    ("yeah all correct, i would like someone to call me", "request_human", True),
    ("yeah but can i change the bit about mum", "affirm", False),
    ("yes except the bit about dad", "affirm", False),
])
def test_a_yes_first_is_kept(text, intent, confirmed):
    decision = decide(Turn(intent, 0.95, text), fs.CONFIRM)
    assert decision.action == "answer"
    # A yes with a wish to change something is read by the summary's own reader, as typed.
    assert (decision.value == "/affirm") is confirmed
    if confirmed:
        reading = read_answer("summary_confirmed", fs.CONFIRM, decision.value, None)
        assert reading.slots["summary_confirmed"] is True
