"""Round ten: with easy read on, the directory cards and the message about how we keep
their words stayed as they were. Easy read changes these too: one short sentence a line,
simpler words. Round fourteen: short, too (name, what, when, where, phone)."""
from __future__ import annotations

from bot import easy_read, settings, texts
from bot.directory import present


def _card():
    outcome = present._example_outcomes()["live"]
    return next(m["text"] for m in present.format_results(outcome) if "\n" in m["text"])


def test_a_card_is_short_one_fact_a_line():
    """Round fourteen: nine-line cards with easy read on were "to much words". A card keeps
    the name, what it is, when (with the cost), where (postcode and how far) and the phone,
    one line each; the street, the website and the access line go (the phone is there to
    ask)."""
    card = _card()
    [easy] = easy_read.easy_version(card)
    lines = easy.split("\n")
    assert lines[0] == "Memory Cafe"
    assert len(lines) <= 5, lines
    for fact in ("memory problems", "Second Wednesday", "free", "0113 496 0149",
                 "LS6 5NJ", "1.4 miles"):
        assert fact in easy, fact
    assert "School Road" not in easy and "example.org" not in easy
    assert easy != card


def test_a_long_what_it_is_is_cut_to_its_first_idea():
    card = ("Sitting Service\nA trained volunteer sits with the person you care for, so you "
            "can have a break.\nCost: Free.\nPhone: 0113 496 0100.")
    assert easy_read.easy_version(card) == [
        "Sitting Service\nA trained volunteer sits with the person you care for.\n"
        "Cost: Free.\nPhone: 0113 496 0100."]


def test_a_list_in_a_sentence_is_not_cut():
    card = ("Home Help\nHelp with cleaning, washing and ironing at home, from people we check "
            "and trust.\nCost: £5 an hour.")
    [easy] = easy_read.easy_version(card)
    assert easy.split("\n")[1] == "Help with cleaning, washing and ironing at home."


def test_care_words_explained_on_a_card_are_left_out_in_easy_read():
    card = ("Job Club\nFind work with a job coach.\nJob coach: A person who helps you learn "
            "a new job. They stay with you at first.\nPhone: 0113 496 0101.")
    assert easy_read.easy_version(card) == [
        "Job Club\nFind work with a job coach.\nPhone: 0113 496 0101."]


def test_a_note_that_it_may_not_suit_stays():
    card = ("Men's Shed\nMake and mend things with others.\nWhen: Mondays.\nCost: £2.\n"
            "Phone: 0113 496 0111.\nWhere: 1 Town Street, Leeds, LS12 1AA.\n"
            "Very close to you.\nNote: this is for older people.")
    [easy] = easy_read.easy_version(card)
    assert easy.split("\n") == [
        "Men's Shed", "Make and mend things with others.", "When: Mondays, £2.",
        "Where: LS12 1AA, very close to you.", "Phone: 0113 496 0111.",
        "Note: this is for older people."]


def test_a_read_back_list_is_not_a_card():
    listed = "You told me about Marek:\n- What matters: his cars, however old."
    assert easy_read.easy_version(listed) == [listed]


def test_how_we_keep_their_words_is_short_and_keeps_each_fact():
    days = settings.get("retention.conversation_days", 90)
    for standard in (texts.privacy_notice(), texts.consent_explained(),
                     texts.consent_question()):
        easy = easy_read.easy_version(standard)
        assert all(len(line.split()) <= 8 for line in easy if "http" not in line), easy
        joined = " ".join(easy)
        assert f"{days} days" in joined and "care team" in joined and "delete" in joined


def test_the_directory_intro_with_more_after_it_is_still_easy_read():
    outcome = present._example_outcomes()["live"]
    intro = present.format_results(outcome)[0]["text"]
    assert easy_read.easy_version(intro) == [
        "Here are some places.", "They help with health and wellbeing near LS6 3AB.",
        "The nearest are first."]


def test_a_key_message_after_a_blank_line_keeps_its_hand_written_version():
    joined = "That is fine.\n\n" + texts.consent_question()
    assert easy_read.easy_version(joined)[:2] == ["That is fine.",
                                                  easy_read.easy_version(
                                                      texts.consent_question())[0]]
