"""Directory answers over REST meet what was asked (issue 15): a job is employment support,
not a handyperson; swimming for wheelchair users is a session a wheelchair user can get
into; when nothing meets everything, the bot says so and shows the nearest."""
from chat_client import Chat


def test_help_to_get_a_job_is_employment_support(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    reply = chat.texts("help to get a job near LS11 5AB")
    assert "action_search_directory" in chat.actions_after_last_user_message()
    assert "Job Club" in reply
    assert "Handyperson" not in reply
    assert {s["name"] for s in chat.slot("shown_services")} <= {
        "Job Club", "Supported Employment Service", "Work Tasters", "Back to Work for Carers"}


def test_swimming_for_wheelchair_users(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    reply = chat.texts("swimming for wheelchair users")
    assert "Accessible Swim Session" in reply
    assert "Swim for Health" not in reply and "Memory Cafe" not in reply


def test_nothing_matches_everything_says_so_and_offers_the_nearest(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    reply = chat.texts("free swimming")
    assert "I could not find swimming that is free. These are the nearest I found." in reply
    assert "Note: this is not free." in reply
    assert "could not reach" not in reply
