"""Round 18, tester J, conversation 1 (safe18): a woman telling of money taken at home.

- "i said not the phone" after the card is how to reach her, never "you got that wrong about
  the danger" (the disclosure was marked "not a worry");
- a go-between named without a relation word ("ring maureen not me") is who to ring;
- a hint about home ("its a bit tricky at home since my son moved back in, thats all") is
  not a goodbye, and gets a gentle open door;
- the classifier alone never names money for a hint with no word of money.
"""
import pytest

from bot import listening
from bot.answers.someone_else import asks_to_call_someone_else
from bot.nlu.commands import hints_at_home_not_goodbye
from bot.safety import false_alarm
from bot.safety.context import MONEY_WORD


ABOUT_THE_PHONE = [
    "i said not the phone. my sister can take a message, 07700 900444",       # -71
    "no, not on the phone please. you got that wrong, my neighbour bev can pass messages",
    "i said not the fone!! my daughter can pass a message on 07700 900123",
    "i meant dont ring the house, he answers it. my friend maureen can pass messages",
    "no not by phone. txt only",
    "i just said not to call me, could they meet me at the library on tuesday",
]


@pytest.mark.parametrize("text", ABOUT_THE_PHONE)
@pytest.mark.parametrize("kind", ["safeguarding", "crisis"])
def test_a_no_about_the_phone_does_not_put_the_alarm_right(text, kind):
    assert not false_alarm.denies(text, kind)
    assert not false_alarm.in_own_words(text, kind)
    assert false_alarm.about_reaching_them(text)


@pytest.mark.parametrize("text", [
    "no nobody is taking my money. dont ring me",        # the danger denied, with the phone
    "wtf no. why would you ask that",
    "omg nobody is taking my money!! this bot is so jumpy",
    "no?? i sort his bills because he cant. is that a problem",
])
def test_the_danger_denied_is_still_put_right(text):
    assert false_alarm.denies(text, "safeguarding")


@pytest.mark.parametrize("text,name,phone", [
    ("please can they ring maureen not me. 07700 900462. she knows all about it",
     "Maureen", "07700 900462"),
    ("ring pat not me pls 07700 900111", "Pat", "07700 900111"),
    ("can they phone jan instead? 07700 900333", "Jan", "07700 900333"),
    ("could maureen pass a message instead, 07700 900462", "Maureen", "07700 900462"),
    ("the number 07700 900462 is maureen, she'll pass it on. dont ring my landline",
     "Maureen", "07700 900462"),
    ("the surgery on hollins road wednesday about 10. or through maureen 07700 900462",
     "Maureen", "07700 900462"),
])
def test_a_go_between_named_without_a_relation(text, name, phone):
    other = asks_to_call_someone_else(text)
    assert other is not None and other.name == name and other.phone == phone
    assert other.said_back(other.phone) == f"I will ask them to ring {name} on {phone}, not you."
    assert "not the person's own number" in other.staff_line() and name in other.staff_line()


def test_a_relation_who_takes_a_message():
    other = asks_to_call_someone_else("i said not the phone. my sister can take a message, "
                                      "07700 900444")
    assert other is not None and other.relation == "sister" and other.phone == "07700 900444"


@pytest.mark.parametrize("text", [
    "i ring maureen every sunday", "can they ring me instead of emailing",
    "i go through hell every day", "please ring me not my son",
    "through the surgery 07700 900462", "my number is 07700 900462", "the number is wrong",
    # a letter or form to talk over is not a go-between (the full run: "I will ask them to
    # ring Dads")
    "ok. can someone just ring me and go through dad's letter, I'm Mandy, 07700 900127, "
    "any time after 2",
    "can you go through the form with me, 07700 900127",
    "read through dads letter and ring me 07700 900127",
])
def test_not_a_go_between(text):
    other = asks_to_call_someone_else(text)
    assert other is None or other.relation, (text, other)


HINTS = [
    "its a bit tricky at home since my son moved back in, thats all",       # -70
    "things arent great at home with my grandson, ill leave it there",      # -87
    "its been a bit difficult at home lately thats it really",
    "home is a bit tense since my nephew came to stay. thats all",
    "things are hard at home since he moved in",
]


@pytest.mark.parametrize("text", HINTS)
def test_a_hint_about_home_is_not_a_goodbye(text):
    assert hints_at_home_not_goodbye(text, "goodbye")
    said = listening.reflect(text)
    assert said.lines[-1] == listening.OPEN_QUESTIONS["home_hard"]
    assert not any("money" in line.lower() for line in said.lines)


@pytest.mark.parametrize("text", [
    "its getting a bit hard at home, anyway bye",     # a real farewell is kept
    "thats all thanks",
    "i go to the home on tuesdays, thats all",
    "my mum is in a home, its hard to visit, thats all",
])
def test_goodbyes_and_look_alikes_stay(text):
    assert not hints_at_home_not_goodbye(text, "goodbye")


@pytest.mark.parametrize("text,money", [
    ("things have got a bit difficult at home thats all", False),
    ("my grandson moved in last month and things are hard at home now", False),
    ("my grandson keeps taking money out of my purse", True),
    ("he has my bank card", True),
    ("my pension goes by saturday", True),
])
def test_money_words(text, money):
    assert bool(MONEY_WORD.search(text)) is money


# --- her questions after telling (bot/answers/after_telling.py) ---

from bot.answers import after_telling  # noqa: E402


@pytest.mark.parametrize("text,line", [
    ("what questions. i dont want anything written down really. will it go to him?",
     "kept for"),
    ("i dont want anything written down", "kept for"),
    ("please dont write any of this down", "kept for"),
    ("who would i talk to. i cant have anyone phoning the house", after_telling.WHO_WILL),
    ("who will i speak to?", after_telling.WHO_WILL),
    ("who is going to ring me", after_telling.WHO_WILL),
    ("will somebody meet me at the surgery wednesday or not", after_telling.MEETING),
    ("can someone see me at the doctors", after_telling.MEETING),
    ("could they meet me at the library?", after_telling.MEETING),
])
def test_her_questions_are_answered(text, line):
    assert any(line in said for said in after_telling.answer(text))


def test_what_is_kept_is_honest():
    said = after_telling.answer("i dont want anything written down")[0]
    assert "delete it" in said and "Only they can read it" in said


@pytest.mark.parametrize("text", [
    "i wrote it down on a list", "who would i be without her",
    "i meet my friend at the library", "they will see me as a burden",
    "who do i tell", "who do i talk to about nan",     # whom to ring now (round 16)
])
def test_not_her_questions(text):
    assert not after_telling.answer(text)


# --- "i cant have anyone phoning the house, he answers it" is a contact instruction ---

from bot.answers.contact import parse_contact  # noqa: E402


@pytest.mark.parametrize("text", [
    "i cant have anyone phoning the house, he answers it",
    "cant have people ringing here",
    "he always answers the phone",
    "my son answers it",
])
def test_no_calls_in_her_words(text):
    assert parse_contact(text).safe_to_call is False


@pytest.mark.parametrize("text", ["i cant have a bath on my own", "he answers back when i ask"])
def test_not_about_calls(text):
    assert parse_contact(text).safe_to_call is None
