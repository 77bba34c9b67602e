"""Round eleven's asks over the REST API: "im not a carer" never starts the carer's
assessment and, inside it, gets the way out; paying for care is answered, not money help; a
question about a word is answered after a list and whatever the model guessed; "skip to the
actual help bit" and "skip. ta-ra then" are not kept as answers; "yes esy read pls" turns easy
read on."""
from chat_client import rest_say as say, texts_of

from bot import easy_read_offer, form_words
from bot.answers import care_costs, not_a_carer



def test_im_not_a_carer_never_starts_the_carers_assessment(stack, sender):
    said = texts_of(say(stack, sender, "i'm not a carer"))
    assert not_a_carer.NOT_A_CARER in said
    assert not any("Before we start" in t for t in said)


def test_inside_the_carers_questions_a_denial_is_never_an_answer(stack, sender):
    say(stack, sender, "/start_carer_assessment")
    say(stack, sender, "yes")
    say(stack, sender, "Ken")
    said = texts_of(say(stack, sender, "i dont look after anybody, i told you. is this the "
                                       "right thing? i only wanted a phone call"))
    assert not_a_carer.NOT_A_CARER_IN_FORM in said
    assert not any("Sorry, you told me that already" in t for t in said)
    assert not any("What matters most to you" in t for t in said)
    stopped = texts_of(say(stack, sender, "/stop"))
    assert not any("Your code is" in t for t in stopped)


def test_paying_for_care_is_answered_not_money_help(stack, sender):
    for text in ("paying for care", "who explains care charges"):
        replies = say(stack, sender, text)
        said = " ".join(texts_of(replies))
        assert care_costs.HOW_IT_WORKS in said
        assert "Money worries" not in said
        titles = [b["title"] for m in replies for b in m.get("buttons") or []]
        assert "Talk to a person" in titles


def test_a_word_asked_about_after_a_list_or_as_a_request_is_explained(stack, sender):
    say(stack, sender, "i want to find a carers break near LS17")
    for text in ("whats respite, is that the word for what im after? my sister said ask for "
                 "respite", "can you just tell me what respite is please"):
        said = texts_of(say(stack, sender, text))
        assert any(t.startswith("Respite care:") for t in said), said
        assert not any("Which would you like to tell us about" in t for t in said)


def test_wots_suported_mean_after_a_list_explains_the_kind_shown(stack, sender):
    say(stack, sender, "a job near LS12")
    said = texts_of(say(stack, sender, "the shop one i like 👍 wots suported mean"))
    assert any(t.startswith("Supported employment:") for t in said), said


def test_yes_esy_read_pls_turns_easy_read_on(stack, sender):
    replies = say(stack, sender, "yes esy read pls")
    assert any((m.get("custom") or {}).get("type") == "easy_read"
               and (m.get("custom") or {}).get("on") for m in replies)


def test_a_yes_after_the_easy_read_offer_turns_it_on(stack, sender):
    said = texts_of(say(stack, sender, "wot can u do"))
    said += texts_of(say(stack, sender, "dont no"))
    assert any(easy_read_offer.OFFER in t for t in said), said
    replies = say(stack, sender, "yes")
    assert any((m.get("custom") or {}).get("type") == "easy_read"
               and (m.get("custom") or {}).get("on") for m in replies), replies


def test_skip_to_the_help_bit_and_a_goodbye_are_not_kept_as_answers(stack, sender):
    say(stack, sender, "/start_self_assessment")
    say(stack, sender, "yes")
    say(stack, sender, '/inform{"about": "self"}')
    say(stack, sender, "Sam")
    said = texts_of(say(stack, sender, "skip. ta-ra then"))
    assert any(t.startswith("Bye for now") for t in said)
    assert not any("I have kept that answer" in t for t in said)
    # (Round twelve: a goodbye pauses the questions, with the way back; carry on goes on.)
    say(stack, sender, "carry on")
    said = texts_of(say(stack, sender, "look can we skip to the actual help bit? i need someone "
                                       "to pop in at teatime, thats it really"))
    assert form_words.TO_THE_END in said
    assert any("pop in at teatime" in t for t in said)     # kept as what would help next
