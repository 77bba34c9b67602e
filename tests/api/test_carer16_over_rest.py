"""Round fifteen (carer16) over REST, through the real forms: a wish for texts inside an
answer is kept and never said back as a person; risks told in the answers reach staff and
bring home sensors; a question about the carer's assessment is answered before the notice;
"on my own with it all" is no help, not loneliness; Polish twice is not the same block."""
from chat_client import Chat, records

TEXT_WISH = "a bit. the house is a tip. can u text me instead of ring, cant take calls at work"
GAS = ("hes been leaving the gas on and going out at night looking for mum. shes been dead "
       "6 years. im honestly shattered")


def answer(slot, answers):
    if slot in answers:
        return answers[slot]
    if slot == "summary_confirmed":
        return "/affirm"
    if slot.startswith("sa_outcome"):
        return "/affirm"
    if slot.startswith("sa_screen"):
        return "No, that is all fine"
    return "/skip"


def walk(chat, answers, limit=45):
    replies = []
    for _ in range(limit):
        if chat.active_loop() is None:
            return replies
        slot = chat.slot("requested_slot")
        replies.append((slot, chat.texts(answer(slot, answers))))
    raise AssertionError(f"the form did not finish: {replies[-4:]}")


def start_for_dad(chat):
    chat.say("I want to do an assessment for my dad")
    chat.say("yes")


def test_a_text_wish_in_an_answer_is_kept_and_is_no_person(stack, sender):
    chat = Chat(stack, sender)      # straight to Rasa: a whole form, past the message limit
    start_for_dad(chat)
    replies = walk(chat, {"on_behalf": "yes he knows", "preferred_name": "Len",
                          "sa_what_matters": TEXT_WISH, "sa_screen_life": "no",
                          "sa_what_next": "Ideas for local help"})
    said = dict(replies)
    assert "Text or email only" in said["sa_what_matters"]
    everything = " ".join(text for _, text in replies)
    assert "Instead" not in everything
    assert "Work and learning" not in everything            # never a work need for dad
    assert any(c["contact"].get("text_only") for c in records(sender, "contact"))


def test_risks_told_in_the_form_reach_staff_and_bring_sensors(stack, sender):
    chat = Chat(stack, sender)
    start_for_dad(chat)
    replies = walk(chat, {"on_behalf": "yes he knows", "preferred_name": "Len",
                          "sa_what_matters": GAS,
                          "sa_screen_home": "yes safe is the problem. gas and him going out at night",
                          "sa_what_next": "Ideas for local help"})
    everything = " ".join(text for _, text in replies)
    assert "Home sensors" in everything
    saved = records(sender, "self_assessment")
    assert saved, [slot for slot, _ in replies][-5:] + [replies[-1][1]]
    record = saved[-1]
    risks = [i["text"] for i in record["to_follow_up"] if i["kind"] == "risk"]
    assert any(r.startswith("gas or cooker left on") for r in risks)
    assert any(r.startswith("goes out or gets lost") for r in risks)


def test_how_long_is_the_carers_assessment_is_answered_first(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("how long is the carers assessment")
    assert "short questions" in said and "10 to 15 minutes" in said
    assert said.index("short questions") < said.index("Before we start")


def test_on_my_own_with_it_all_is_no_help_not_loneliness(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("my husband has MS. ive been looking after him on my own for nine "
                      "years. im on my own with it all")
    assert "lonely" not in said.lower()
    assert "break" in said


def test_polish_twice_is_not_the_same_block(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    first = chat.texts("Dzień dobry, moja mama ma demencję i potrzebuję pomocy")
    second = chat.texts("Proszę, czy ktoś mówi po polsku? Nie rozumiem")
    assert second != first
    assert "Nadal" in second and "You can still ask for a free interpreter" in second
