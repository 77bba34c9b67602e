"""Listening inside a self-assessment over REST (issue 15): an answer that names a person
or a feeling is said back in the person's own words before the next question, a summary
with their chosen name comes every few answers, and the options question follows from the
wish they named ("What would you like to try?"), kept as their own next step."""


ANSWERS = {
    "preferred_name": "Lorraine",
    "sa_what_matters": "my grandkids, and i want a job in a shop one day",
    "sa_good_day": "a walk with my dog biscuit",
    "sa_working_well": "my daughter Sue does my shopping",
    "sa_proud_of": "skip",
    "sa_good_at": "growing veg. the lads at the allotment say i can grow anything",
    "sa_people": "Sue and my neighbour Jean",
    "sa_community": "the library",
    "sa_screen_self_care": "No, that is all fine",
    "sa_screen_home": "No, that is all fine",
    "sa_screen_life": "No, that is all fine",
    "sa_tried": "im worried i am getting slower",
    "sa_options": "Help to find work",
    "sa_scale_now": "6",
    "sa_small_step": "ring the job centre",
    "sa_what_next": "Just keep this for now",
    "summary_confirmed": "/affirm",
}


def test_answers_are_reflected_summed_up_and_the_options_follow_the_wish(chat):
    chat.say_all(["I'd like to do a self-assessment", "yes that's ok", '/inform{"about": "self"}'])
    replies = {}
    for _ in range(30):
        if chat.active_loop() is None:
            break
        slot = chat.slot("requested_slot")
        replies[slot] = chat.say(ANSWERS.get(slot, "/skip"))
    said = {slot: [m.get("text", "") for m in reply] for slot, reply in replies.items()}
    # Before the next question, one short line in their own words.
    assert said["sa_good_day"][0] == "Biscuit sounds like good company."
    assert said["sa_working_well"][0] == "Sue sounds like a big help."
    assert said["sa_good_at"][0].startswith("Lorraine, so far I have heard that")
    assert "Sue does your shopping" in said["sa_good_at"][0]
    assert said["sa_tried"][0] == "That sounds worrying."
    # Never for a skip, a number or a plain "no".
    for slot in ("sa_proud_of", "sa_scale_now", "sa_screen_home"):
        assert "sounds" not in said[slot][0] and "heard" not in said[slot][0]
    # ROPES: the options at "what could you try?" follow the wish for a job.
    ask = replies["sa_tried"][-1]
    assert ask["text"] == "What would you like to try?"
    assert ask["buttons"][0]["title"] == "Help to find work"
    assert said["sa_options"][0] == "I have written that down as your own next step."
