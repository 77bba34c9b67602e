"""yes_no: a typed yes or no for consent; anything unsure is asked again."""
import pytest
from hypothesis import given, settings, strategies as st

from bot.answers.yes_no import yes_no
from bot.texts import CONSENT_BUTTONS

YES = ["yes", "Yes.", "YES!!", "yeah go on", "ok", "okay", "sure", "yep", "yup", "fine", "👍",
       "👍🏽", "yes please", "go on then", "no problem", "dont mind", "i don't mind", "why not?",
       "of course", "yeah thats fine", "ok i guess", "aye", "y", "yh", "alright", "sounds good",
       "yes, she needs the help", "please", "tak", "haan ji", "oui", "Yes, that is OK", "/affirm",
       "ye go ahead", "yeah sure x", "thats ok", "i agree", "نعم", "ہاں", "ਹਾਂ", "ydw"]
NO = ["no", "No.", "NO!", "nah", "nope", "no thanks", "no thank you", "not now", "rather not",
      "i'd rather not", "of course not", "please dont", "i dont think so", "not really", "👎",
      "❌", "nie", "No, thank you", "/deny", "no she lives alone", "nah ta", "never",
      "maybe later", "not today thanks", "i dont want to", "prefer not", "no way", "n",
      "nahi", "non", "لا", "نہیں", "ਨਹੀਂ"]
UNSURE = ["maybe", "what for", "what for?", "yeah no", "ok?", "yes why", "why", "not sure",
          "dunno", "i dont know", "dont no", "i dont no", "no idea", "hmm", "what do you mean", "who sees it?", "kind of",
          "", "   ", "🙂🙃", "my mum", "Peggy", "7", "can i think about it", "depends",
          "yes and no", "is it safe?", "how long do you keep it?", "no, that's fine"]


@pytest.mark.parametrize("text", YES)
def test_yes(text):
    assert yes_no(text) is True


@pytest.mark.parametrize("text", NO)
def test_no(text):
    assert yes_no(text) is False


@pytest.mark.parametrize("text", UNSURE)
def test_unsure_is_asked_again(text):
    assert yes_no(text) is None


def test_consent_buttons_by_label():
    assert [yes_no(b["title"]) for b in CONSENT_BUTTONS] == [True, False]
    assert [yes_no(b["payload"]) for b in CONSENT_BUTTONS] == [True, False]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_bool_or_none(text):
    assert yes_no(text) in (True, False, None)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["yes", "yeah", "ok", "sure"]), st.sampled_from(["no", "nah", "nope"]))
def test_yes_and_no_together_is_asked_again(yes, no):
    assert yes_no(f"{yes} {no}") is None
    assert yes_no(f"{no} {yes}") is None
    assert yes_no(f"{no}, {yes}!") is None
