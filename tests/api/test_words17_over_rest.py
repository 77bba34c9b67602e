"""Round seventeen over REST: a young man with a learning disability who spells as he speaks,
a Polish speaker with simple English, and an older man in Walsall (testers F and G).

"the shop one wiv the coach" is Work Tasters from any list shown, with its email when the
phone is hard and a person to get in touch for him (never Job Club's number, never Meals on
Wheels); "will they no i want the shop job thing" is a yes with what the team will see;
"ws1" alone is outside the area and a club is not Job Club; "how i do this?" for a mum's
shower is her needs assessment with an interpreter; "what is kit?" is explained. Nothing
here depends on the office being open: the call back is asked for in words."""
import pytest

from chat_client import Chat, buttons_of, handoff, texts_of

JOB_CLUB_PHONE = "0113 496 0185"


def text_of(messages):
    return "\n".join(texts_of(messages))


@pytest.mark.parametrize("pointing", [
    "can sum1 help me ring the shop job one. im scared on fone",
    "no the one wiv coach in shop. i carnt do fone calls",
    "the cafe one wiv the coach, how do i join? im scared of phoning",
])
def test_the_shop_one_wiv_the_coach_from_an_earlier_list(stack, sender, pointing):
    chat = Chat(stack, sender, gateway=True)
    assert "Work Tasters" in chat.texts("i wanna get a job")
    assert "Work Tasters" not in chat.texts("bowling. i live in beeston")
    said = chat.say(pointing)
    words = text_of(said)
    assert "Work Tasters" in words and "work-tasters@example.org" in words, words
    assert "do not have to phone" in words and "get in touch with them for you" in words
    assert JOB_CLUB_PHONE not in words and "Meals on Wheels" not in words
    assert "/request_human" in buttons_of(said)


def test_i_like_that_one_after_the_list(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("i wanna get a job")
    chat.say("wot is a job coach")
    words = chat.texts("ok i like that one. i like shops")
    assert "Work Tasters sounds good" in words and "work-tasters@example.org" in words, words
    assert "I am listening" not in words


def test_a_coach_in_a_shop_with_no_list_yet_is_searched_for(stack, sender):
    words = Chat(stack, sender, gateway=True).texts(
        "no the one wiv coach in shop. i carnt do fone calls")
    assert "Work Tasters" in words and "do not have to phone" in words, words
    assert "Meals on Wheels" not in words and "Shopping Buddies" not in words


@pytest.mark.parametrize("asked", [
    "a club for older men near me, im in ws1",
    "is there a lunch club in WS1",
    "im in ws1. any groups for older men?",
])
def test_an_outward_code_alone_outside_the_area(stack, sender, asked):
    words = Chat(stack, sender, gateway=True).texts(asked)
    assert "WS1 is outside our area" in words, words
    assert "Where do you live?" not in words
    assert "Job Club" not in words


def answer_the_contact_step(chat):
    """The number and time, text only; any further contact question answered the same."""
    chat.say("no calls. txt me 07700 900 733")
    for _ in range(3):
        if chat.active_loop() is None:
            return
        chat.say("any time, text only")


def test_will_they_know_what_i_want(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("i wanna get a job")
    chat.say("the shop one wiv the coach. how do i go")
    assert "phone number or email" in chat.texts("can someone ring me back please")
    answer_the_contact_step(chat)
    words = chat.texts("will they no i want the shop job thing")
    assert "you want Work Tasters" in words, words
    assert "Money worries" not in words
    assert "They want: Work Tasters" in (handoff(sender)["summary"] or "")


@pytest.mark.parametrize("asked, who", [
    ("i want someone come to help my mama with shower. how i do this? she not speak english, "
     "only polish", "mum"),
    ("i need carer for mama. who i ask?", "mum"),
    ("my dad needs help getting washed, what do i do?", "dad"),
])
def test_how_to_get_care_for_family(stack, sender, asked, who):
    said = Chat(stack, sender, gateway=True).say(asked)
    words = text_of(said)
    assert f"Your {who} can have a free needs assessment" in words, words
    assert "carer's assessment of your own" in words
    assert "first small step" not in words
    assert {"/start_self_assessment", "/request_human", "/start_carer_assessment"} <= set(
        buttons_of(said))
    if "polish" in asked:
        assert "free Polish interpreter" in words


@pytest.mark.parametrize("asked, found", [
    ("food. a food bank or something", "Food Bank"),
    ("groups for young peple wiv lerning disabilty", "young people"),
    ("a job and frends. i got no frends since colij finish", "lonely"),
    ("what is kit?", "gas alarm"),
])
def test_spelt_as_said_is_understood(stack, sender, asked, found):
    words = Chat(stack, sender, gateway=True).texts(asked)
    assert found in words, words
    assert "did not understand" not in words and "don't know the word" not in words


def test_no_thanks_after_the_list_stays_a_no(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("i wanna get a job")
    words = chat.texts("no thanks")
    assert "Work Tasters" not in words and "Here are some places" not in words, words
