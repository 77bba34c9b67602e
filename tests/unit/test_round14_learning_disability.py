"""Round fourteen, tester A conversation 2: Jay, 22, a learning disability, spells by sound.

Each fix is checked by meaning: fresh phrasings people type (no apostrophes, lower case,
spelt by sound) and the look-alike that must not change.
"""
from __future__ import annotations

import pytest

from bot import easy_read, easy_read_memory, easy_read_offer, form_words, listening
from bot.answers import volunteering, which_is_best
from bot.answers.names import parse_name
from bot.easy_read_request import ON_WEB
from bot.own_words import people_named_in
from bot.sounds_like import as_meant


# 1. Spelling by sound and short feelings about friends: heard as lonely, with groups.
@pytest.mark.parametrize("text", [
    "i dont hav frends tho 😔 wud like sum", "no mates really", "im lonley",
    "havent got any mates since colege", "wud like sum frends", "i dont really have friends",
    "lost touch with all my mates", "want to make new friends"])
def test_wanting_friends_is_heard_as_lonely(text):
    assert "lonely" in listening.themes_in(as_meant(text))
    reflection = listening.reflect(as_meant(text))
    titles = [b["title"] for b in reflection.buttons]
    assert "Groups and company nearby" in titles


@pytest.mark.parametrize("text", [
    "my friends took me to the pub", "i have lots of friends", "i get on with my mates",
    "friends of the earth", "i dont have my mates number", "make friends with the dog"])
def test_friends_in_passing_are_not_loneliness(text):
    assert "lonely" not in listening.themes_in(as_meant(text))


# 2. What volunteering is, and whether it pays: a plain answer, not the list again.
@pytest.mark.parametrize("text", [
    "wot is volunteer", "but wot dose volunteer mean", "is volunteering a job? do u get munny",
    "whats a volunteer", "what does volunteering mean", "volunteering?? wot is that",
    "do volunteers get paid"])
def test_what_volunteering_is_is_answered(text):
    assert volunteering.asks_about_volunteering(as_meant(text))


@pytest.mark.parametrize("text", ["do i get pade", "the cafe 1. do i get pade",
                                  "do u get munny for it", "is it paid"])
def test_do_i_get_paid_after_volunteer_roles(text):
    shown = [{"name": "Volunteer Matching"}, {"name": "Community Cafe Volunteers"},
             {"name": "Park Conservation Volunteers"}]
    assert volunteering.shown_volunteering(shown)
    assert volunteering.asks_about_volunteering(as_meant(text), True)
    # Without volunteer roles on the screen, "do i get paid" is not about volunteering.
    assert not volunteering.asks_about_volunteering(as_meant(text), False)


@pytest.mark.parametrize("text", ["i want to volunteer", "volunteering near me",
                                  "find me volunteer roles", "any volunteering in armley",
                                  "do i get paid for caring for my mum"])
def test_a_wish_to_volunteer_stays_a_search(text):
    assert not volunteering.asks_about_volunteering(as_meant(text), True)


def test_the_volunteering_answer_says_unpaid_travel_and_a_job_is_paid():
    said = " ".join(volunteering.answer()).lower()
    assert "do not get paid" in said and "bus fare" in said and "in a job you get paid" in said
    assert any("paid job" in b["title"] for b in volunteering.buttons())


# 3. Never offer easy read when it is already on, however many turns ago.
def test_easy_read_is_remembered_for_the_conversation():
    easy_read_memory.forget_all()
    easy_read_memory.remember("jay", True)
    assert easy_read_memory.with_remembered("jay", {"channel": "web"}) == {
        "channel": "web", "easy_read": True}
    assert easy_read_memory.with_remembered("someone-else", {"channel": "web"}) == {
        "channel": "web"}
    # The web chat's button turned off wins.
    assert easy_read_memory.with_remembered("jay", {"easy_read": False}) == {"easy_read": False}
    assert easy_read_memory.with_remembered("jay", None) is None
    # A client's own flag is for that message only: without it, the usual words.
    assert easy_read_memory.with_remembered("sam", {"easy_read": True}) == {"easy_read": True}
    assert easy_read_memory.with_remembered("sam", {"channel": "web"}) == {"channel": "web"}
    easy_read_memory.forget_all()


def test_no_offer_while_easy_read_is_on_even_when_the_switch_is_out_of_sight():
    typed = ["wot is volunteer", "the cafe 1. do i get pade", "dont no wot u mean 🤷"]
    assert easy_read_offer.should_offer(typed, ["Here are some places."], {}, "web")
    assert not easy_read_offer.should_offer(typed, ["Here are some places."],
                                            {"easy_read": True}, "web")
    assert not easy_read_offer.should_offer(typed, [ON_WEB], {}, "web")


# 4. Easy read changes the words: one question at a time, short cards, short read-back.
def test_an_area_question_asks_one_thing_in_easy_read():
    for standard, easy in (
            ("Work and learning: what helps you with work, learning or helping out now? "
             "What could be better?", ["What helps you with work, learning or helping out now?"]),
            ("Eating and drinking: what helps Maureen with getting food and drink now? "
             "What could be better?", ["What helps Maureen with getting food and drink now?"])):
        assert easy_read.easy_version(standard) == easy


def test_is_it_safe_to_call_is_split():
    easy = easy_read.easy_version(form_words.ASK_CONTACT_SAFETY)
    assert easy[:2] == ["Is it safe for us to phone you?", "Can we leave a message?"]
    assert all(line.count("?") <= 1 for line in easy)


def test_a_long_read_back_comes_a_few_lines_a_screen():
    read_back = "\n".join(["You told me:", "- What matters: not sure yet",
                           "- A good day: going bowling with my cuzin and maccies and then we "
                           "go to the pictures after", "- What is working well: the bus",
                           "- Proud of: my mum helped me", "- Good at: makin tea. and lego",
                           "- People: mum. cuzin dan", "- What next: Just keep this for now"])
    screens = easy_read.easy_version(read_back)
    assert len(screens) == 2
    assert all(len(screen.split("\n")) <= 5 for screen in screens)
    assert screens[0].startswith("You told me:")
    assert "going bowling with my cuzin and maccies and then we ..." in screens[0]


def test_a_short_read_back_stays_one_message():
    listed = "You told me about Maureen:\n- What matters: her house and her cat"
    assert easy_read.easy_version(listed) == [listed]


@pytest.mark.parametrize("text", [
    "to much words lol. wich 1 is best", "the job ones. wich 1 shud i do", "which one is best",
    "what one would you pick", "which one should i go to", "wich 1 is bst for me"])
def test_which_one_is_best_is_asked(text):
    assert which_is_best.asks_which_is_best(as_meant(text))


@pytest.mark.parametrize("text", [
    "which one is on a friday", "which one is nearest", "which one is free",
    "what is best for my mum, a carer or a care home", "what should i do"])
def test_a_question_about_one_fact_is_not_which_is_best(text):
    assert not which_is_best.asks_which_is_best(as_meant(text))


def test_the_honest_answer_says_it_cannot_choose_and_how_to_pick():
    said = " ".join(which_is_best.answer()).lower()
    assert "cannot choose" in said and "nearest" in said and "day" in said and "ring" in said


# 5. Names: who, then the name; a doing word is never a name.
@pytest.mark.parametrize("text, name", [
    ("my mum. Maureen", "Maureen"), ("its my nan, edna", "Edna"), ("mum - Jean", "Jean"),
    ("my dad: ted", "Ted"), ("Maureen", "Maureen")])
def test_who_then_the_name(text, name):
    assert parse_name(text) == name


@pytest.mark.parametrize("text", ["my mum", "my mum. she wont like this", "my mum. i dont know"])
def test_who_without_a_name_is_no_name(text):
    assert parse_name(text) is None


@pytest.mark.parametrize("text", [
    "yes 😁 my mum helpd me", "my sister rings me most days", "my sister rings",
    "my mum lookd after me", "my brother helps out", "my dad pops round"])
def test_a_doing_word_after_my_mum_is_not_a_name(text):
    assert people_named_in(text) == {}


@pytest.mark.parametrize("text, rel, name", [
    ("my wife jean passed in march", "wife", "Jean"), ("my brother bernd lives in leeds",
                                                      "brother", "Bernd"),
    ("my brother chris", "brother", "Chris"), ("my mum maureen and her cat", "mum", "Maureen")])
def test_real_names_after_my_mum_stay(text, rel, name):
    assert people_named_in(text)[rel] == name


# 5. "sumthing for yung peple like me… im 22" with no young people's group: said plainly.
def _outcome(names_and_descriptions, age="young", category="things_to_do", page=1):
    from types import SimpleNamespace

    results = [SimpleNamespace(name=n, description=d, keywords=[], eligibility="",
                               maximum_age=None) for n, d in names_and_descriptions]
    return SimpleNamespace(page=page, results=results, category=category,
                           facets=SimpleNamespace(age=age))


def test_no_group_for_young_people_is_said():
    from bot import for_young_people

    everyone = [("Men's Shed", "Make things from wood."),
                ("Friday Coffee Morning", "Drop in for coffee, cake and a chat.")]
    assert for_young_people.none_for_young(_outcome(everyone)) == for_young_people.NONE_FOR_YOUNG
    with_young = everyone + [("Youth Club", "A club for young adults aged 18 to 25.")]
    assert for_young_people.none_for_young(_outcome(with_young)) is None
    # No age asked, a job search, or a later page: nothing to say.
    assert for_young_people.none_for_young(_outcome(everyone, age=None)) is None
    assert for_young_people.none_for_young(_outcome(everyone, category="money_matters")) is None
    assert for_young_people.none_for_young(_outcome(everyone, page=2)) is None


# 5. "Ideas to try: both 😀": the ideas it means.
@pytest.mark.parametrize("text", ["both 😀", "all of them", "yes both pls", "the lot",
                                  "both of em", "i want both"])
def test_both_means_every_idea_offered(text):
    from bot import ropes

    assert ropes.means_all_of_them(text)
    offered = [ropes.OPTIONS["work"], ropes.OPTIONS["alarm"]]
    assert ropes.all_of_them(offered) == "Help to find work and A personal alarm"


@pytest.mark.parametrize("text", ["both of us go to the club", "not both", "all good",
                                  "the first one", "Help to find work"])
def test_other_answers_are_not_both(text):
    from bot import ropes

    assert not ropes.means_all_of_them(text)


@pytest.mark.parametrize("text", ["the cafe 1. do i get pade", "is it paid", "do u get munny"])
def test_do_i_get_paid_about_other_places_is_asked(text):
    assert volunteering.asks_if_paid(as_meant(text))


@pytest.mark.parametrize("text", ["do i get paid for caring for my mum", "the cafe one please",
                                  "is it free"])
def test_other_questions_are_not_about_pay(text):
    assert not volunteering.asks_if_paid(as_meant(text))


@pytest.mark.parametrize("text", ["do i get money off my water bill", "will i get paid back for "
                                  "the taxi", "can i get money for a new cooker"])
def test_money_questions_are_not_about_pay_at_a_place(text):
    assert not volunteering.asks_if_paid(as_meant(text))
