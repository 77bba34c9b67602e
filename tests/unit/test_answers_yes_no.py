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


# Replies (from tests/conversations and data/nlu) on which the survey's own yes/no reader and
# this one disagreed, before the survey used this one: each decided as the person meant it at
# a yes-or-no question. The survey's reader took any "not"/"don't" for no and any "please"
# for yes; unclear replies are asked again with Yes and No buttons.
MEANT = {
    True: ["Agree", "I agree", "I do", "absolutely", "alright then", "correct", "definitely",
           "fine thanks", "go ahead", "go on", "haan", "ie iawn", "k", "lovely, thanks",
           "of course", "perfect thanks", "i think so", "that's fine by me", "yess", "yup",
           "tak, ale jest ciężko", "you can leave a message", "no problem", "👍"],
    False: ["leave it", "n", "nahi", "nie", "never", "nah I'm ok", "no im ok",
            "no I don't agree", "not at all", "that's not right", "i dont like groups"],
    None: ["I don't know", "I'm not sure", "dont no", "no idea", "not sure", "yes and no",
           "n/a", "does not apply", "S1 2HE please", "a call please, mornings are best",
           "human please", "stop please", "its ok i guess", "can we go on",
           "sleep is bad, mood is bad, health is ok", "Jim not James",
           "wait no, i said 4 not 6", "yes by the nurses, no by the council",
           "yes she knows but shes not happy about it", "yes but dont tell my son",
           "07700 900456 dont say its the council", "I don't feel safe at home",
           "I can't go on like this, I'm going to do something stupid", "nah its fine"],
}


@pytest.mark.parametrize("text,meant", [(t, m) for m, texts in MEANT.items() for t in texts])
def test_replies_the_two_readers_disagreed_on(text, meant):
    assert yes_no(text) is meant
