"""parse_about: who the conversation is about, from buttons or free words."""
import pytest
from hypothesis import given, settings, strategies as st

from bot.answers.about import CHOICES, About, parse_about
from bot.texts import ABOUT_BUTTONS
from reader_cases import meant

CARE = "someone_i_care_for"
STAFF = "staff_for_caller"

REPLIES = [
    ("my mum", About(CARE, "mum")), ("for my dad", About(CARE, "dad")),
    ("just me", About("self")), ("me", About("self")), ("Me", About("self")),
    ("myself", About("self")), ("me myself", About("self")), ("its for me", About("self")),
    ("my husband", About(CARE, "husband")), ("my wife who has ms", About(CARE, "wife")),
    ("my son", About(CARE, "son")), ("a friend", About(CARE, "friend")),
    ("my neighbour", About(CARE, "neighbour")), ("my neighbor", About(CARE, "neighbour")),
    ("I'm calling for a caller", About(STAFF)), ("adviser with a caller on the phone", About(STAFF)),
    ("im staff", About(STAFF)), ("I work for the council, I have a resident on the phone", About(STAFF)),
    ('/inform{"about":"self"}', About("self")),
    ('/inform{"about": "someone_i_care_for"}', About(CARE)),
    ('/inform{"about": "staff_for_caller"}', About(STAFF)),
    ("Someone I look after", About(CARE)),
    ("I work for the council and I am helping a caller", About(STAFF)),
    ("just me, my husband passed away last year", About("self")),
    ("not me, my dad", About(CARE, "dad")), ("my husbnd", About(CARE, "husband")),
    ("moja mama", About(CARE, "mum")), ("im his carer", About(CARE)),
    ("my mother in law", About(CARE, "mother-in-law")), ("I look after my mum", About(CARE, "mum")),
    ("i need help with my bills", About("self")), ("MY MUM!!", About(CARE, "mum")),
    ("its my nan, she's 92", About(CARE, "nan")), ("my mam", About(CARE, "mum")),
    ("my hubby", About(CARE, "husband")), ("for my daughter she has autism", About(CARE, "daughter")),
    ("someone else", About(CARE)), ("my mum 😢", About(CARE, "mum")),
    ("my mom", About(CARE, "mum")), ("my partner", About(CARE, "partner")),
    ("my brother, he has a learning disability", About(CARE, "brother")),
    ("fi", About("self")),
    # Urdu/Punjabi, Welsh, Polish, Arabic
    ("meri ammi", About(CARE, "mum")), ("fy nhad", About(CARE, "dad")),
    ("mój mąż", About(CARE, "husband")), ("أمي", About(CARE, "mum")),
]

UNCLEAR = ["why?", "hello", "both", "me and my mum", "it's about me but I look after my husband",
           "", "   ", "what do you mean", "not for me", "idk", "/inform{\"about\": \"the cat\"}",
           "/affirm", "🙂", "yes", "dunno", "/inform{broken",
           "my wife died in march and the house is very quiet now i dont really go out much",
           "Sarah the morning carer is always rushing and rude to mum and nobody listens"]


@pytest.mark.parametrize("text,expected", meant(REPLIES, UNCLEAR))
def test_who_it_is_about_or_asked_again(text, expected):
    assert parse_about(text) == expected


@pytest.mark.parametrize("button", ABOUT_BUTTONS)
def test_every_about_button_by_payload_and_by_label(button):
    by_payload = parse_about(button["payload"])
    assert by_payload is not None and by_payload.about in CHOICES
    assert parse_about(button["title"]) == by_payload
    assert parse_about(button["title"].lower()) == by_payload


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_known_choice_or_none(text):
    found = parse_about(text)
    assert found is None or (found.about in CHOICES and
                             (found.relationship is None or found.relationship.replace("-", "").isalpha()))
