"""parse_contact and read_back: a way to reach the person, and what is safe, before any
promise of a call."""
import pytest
from hypothesis import given, settings, strategies as st

from bot.answers.contact import Contact, parse_contact, parse_email, parse_phone, read_back
from bot.answers.contact import all_texts

PHONES = [
    ("07700 900456", "07700 900456"), ("+44 7700 900456", "07700 900456"),
    ("0113 222 4401", "0113 222 4401"), ("07700900456", "07700 900456"),
    ("+44 (0)7700 900456", "07700 900456"), ("(0113) 222 4401", "0113 222 4401"),
    ("07700-900-456", "07700 900456"), ("0044 7911 123456", "07911 123456"),
    ("my number is 07911 123456, mornings are best", "07911 123456"),
    ("call me on 01234 567890", "01234 567890"), ("ring 020 7946 0018 after 2", "020 7946 0018"),
    ("its 07911123456 thanks x", "07911 123456"), ("mob: 07911 123 456", "07911 123456"),
    ("+48 512 345 678", "+48 512 345 678"), ("landline 0161 496 0123", "0161 496 0123"),
]
NOT_PHONES = ["0770090045", "0909 879 0000", "12345", "my postcode is LS1 4AP", "999",
              "born 12/03/1944", "07911123456789", "£250 a week"]


@pytest.mark.parametrize("text,phone", PHONES)
def test_phone_numbers(text, phone):
    contact = parse_contact(text)
    assert contact.phone == phone
    assert contact.is_reachable and contact.invalid_phone is None


@pytest.mark.parametrize("text", NOT_PHONES)
def test_not_phone_numbers(text):
    contact = parse_contact(text)
    assert contact.phone is None and not contact.is_reachable


def test_a_number_that_does_not_work_is_kept_to_ask_again():
    assert parse_contact("0770090045").invalid_phone == "0770090045"
    assert parse_contact("0909 879 0000").invalid_phone == "0909 879 0000"


@pytest.mark.parametrize("text,email", [
    ("jo.smith@example.co.uk", "jo.smith@example.co.uk"),
    ("my email is PEGGY@Example.com", "PEGGY@example.com"),
    ("email me at peggy@@example", None), ("sam@localhost", None),
    ("email: a.b+care@example.org.", "a.b+care@example.org"),
])
def test_emails(text, email):
    assert parse_contact(text).email == email


@pytest.mark.parametrize("text,expected", [
    ("please don't ring me, he might pick up", {"safe_to_call": False, "notes": ["he might pick up"]}),
    ("text only", {"text_only": True, "safe_to_call": False}),
    ("dont leave a message", {"ok_to_leave_message": False}),
    ("no voicemail please", {"ok_to_leave_message": False}),
    ("you can leave a message", {"ok_to_leave_message": True}),
    ("dont say its the council", {"ok_to_say_council": False}),
    ("don't say you're from the council", {"ok_to_say_council": False}),
    ("you can say it's the council", {"ok_to_say_council": True}),
    ("ring after 6 when hes out", {"best_time": "after 6 when he is out", "safe_to_call": None}),
    ("mornings", {"best_time": "mornings"}), ("after 3", {"best_time": "after 3"}),
    ("any time", {"best_time": "any time"}), ("anytime is fine", {"best_time": "any time"}),
    ("weekdays before 5", {"best_time": "weekdays before 5"}),
    ("tuesday mornings", {"best_time": "Tuesday mornings"}),
    ("between 10 and 12", {"best_time": "between 10 and 12"}),
    ("its safe to call", {"safe_to_call": True}),
    ("he checks my phone so text me", {"text_only": True, "notes": ["he checks my phone"]}),
    ("dont text me", {"text_only": False}),
    ("07911123456 text only please, he reads my texts",
     {"phone": "07911 123456", "text_only": True, "notes": ["he reads my texts"]}),
    ("07700900456 after 6pm when he's at work, don't say you're from the council",
     {"phone": "07700 900456", "best_time": "after 6pm when he is at work", "ok_to_say_council": False}),
    ("i dont no", {"best_time": None, "safe_to_call": None, "phone": None}),
    ("dont call before 10", {"best_time": "not before 10", "safe_to_call": None}),
    ("dont call me before 10am", {"best_time": "not before 10am", "safe_to_call": None}),
    ("please don't ring me after 6 when hes home",
     {"best_time": "not after 6", "safe_to_call": None, "notes": ["when hes home"]}),
    ("no calls please", {"safe_to_call": False}),
    ("dont phone, email me on sue@example.com", {"safe_to_call": False, "email": "sue@example.com"}),
    ("ring me any time on 07911 123456",
     {"safe_to_call": True, "best_time": "any time", "phone": "07911 123456"}),
    ("0 7 7 0 0 9 0 0 4 5 6", {"phone": "07700 900456"}),
    ("07700 900 456 or 0113 222 4401", {"phone": "07700 900456"}),
    ("Call after 3pm on weekdays", {"best_time": "after 3pm weekdays"}),
])
def test_what_is_safe_and_when(text, expected):
    contact = parse_contact(text)
    for field, value in expected.items():
        assert getattr(contact, field) == value, field


@pytest.mark.parametrize("text", [
    "", "   ", "why do you need my number?", "skip", "yes", "no", "🙂", "my mum", "idk",
    "I don't have a phone", "ok",
])
def test_replies_with_nothing_to_pass_on(text):
    contact = parse_contact(text)
    assert not contact.is_reachable
    assert read_back(contact) in ("I do not have a phone number or email for you yet.",
                                  "I will pass on: no calls. I still need a phone number or email.")


@pytest.mark.parametrize("text,said", [
    ("07700 900456 mornings, dont leave a message",
     "I will pass on: phone 07700 900456, mornings, no messages."),
    ("07700 900456", "I will pass on: phone 07700 900456."),
    ("please don't ring me", "I will pass on: no calls. I still need a phone number or email."),
    ("jo@example.com text only after 6 when hes out",
     "I will pass on: email jo@example.com. Best time: after 6 when he is out. Texts only."),
    ("07700 900456 dont say its the council",
     "I will pass on: phone 07700 900456. They will not say they are from the council."),
    ("", "I do not have a phone number or email for you yet."),
])
def test_read_back(text, said):
    assert read_back(parse_contact(text)) == said


def test_the_helpers_alone():
    assert parse_phone("07700 900456") == "07700 900456"
    assert parse_phone("hello") is None
    assert parse_email("not an email") is None
    assert Contact(email="a@example.com").is_reachable
    assert not Contact(best_time="mornings").is_reachable


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_contact_and_a_short_read_back(text):
    contact = parse_contact(text)
    assert isinstance(contact, Contact)
    for flag in (contact.safe_to_call, contact.ok_to_leave_message, contact.ok_to_say_council,
                 contact.text_only):
        assert flag in (True, False, None)
    said = read_back(contact)
    assert said and len(said) < 400


@settings(max_examples=40, deadline=None)
@given(st.from_regex(r"07[4-9][0-9]{2} ?[0-9]{6}", fullmatch=True), st.sampled_from(
    ["{}", "my number is {}", "ring me on {} please", "{} mornings", "mob {}, no messages"]))
def test_mobile_numbers_in_any_sentence(number, form):
    contact = parse_contact(form.format(number))
    digits = number.replace(" ", "")
    assert contact.phone is None or contact.phone.replace(" ", "") == digits
    assert (contact.phone is None) == (contact.invalid_phone is not None)


READ_BACK_CASES = [t for t, _ in PHONES] + [
    "please don't ring me, he might pick up", "text only", "dont leave a message",
    "dont say its the council", "ring after 6 when hes out", "07700 900456 mornings, no voicemail",
    "jo@example.com, text only, dont say its the council", "0113 222 4401 any time, messages are ok",
    "07911 123456 weekdays before 5 when she is at work, dont leave a message, text only",
    "email a.b@example.org after 3", "he checks my phone so text me on 07911 123456",
]


@pytest.mark.parametrize("text", READ_BACK_CASES)
def test_read_back_says_everything_that_was_understood(text):
    contact = parse_contact(text)
    said = read_back(contact)
    for value in (contact.phone, contact.email, contact.best_time):
        assert value is None or value in said
    assert ("Texts only" in said or "texts only" in said) == bool(contact.text_only)
    assert ("no messages" in said.lower()) == (contact.ok_to_leave_message is False)
    assert ("not say they are from the council" in said) == (contact.ok_to_say_council is False)
    assert ("I still need a phone number or email." in said) == (not contact.is_reachable)
    assert all(len(s.split()) <= 20 for s in said.split(". "))


def test_gate_samples_cover_every_detail():
    texts = all_texts()
    assert len(texts) >= 9
    joined = " ".join(texts.values())
    for words in ("phone 07700 900456", "No messages", "no calls", "Texts only",
                  "not say they are from the council", "I still need a phone number or email.",
                  "messages are fine", "no texts"):
        assert words.lower() in joined.lower()
