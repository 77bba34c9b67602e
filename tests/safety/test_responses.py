"""What people see: 999 first, numbers to tap, someone to call out of hours, plain words."""
import pytest

from bot import settings
from bot.safety import check_in_question, response_for, taxonomy
from bot.safety.responses import all_texts

DANGER = taxonomy.categories("crisis") + taxonomy.categories("safeguarding")


@pytest.mark.parametrize("category", DANGER)
@pytest.mark.parametrize("is_open", [True, False])
def test_danger_answers_put_999_first(category, is_open):
    response = response_for(category, is_open=is_open, council=settings)
    assert response.heading == "If anyone is in danger now, call 999"
    assert "999" in response.lines[0]
    assert response.numbers[0] == ("Emergency services", "999", "tel", "tel:999")
    for label, number, kind, href in response.numbers:
        digits = "".join(ch for ch in number if ch.isdigit())
        assert kind in ("tel", "sms")
        assert href.startswith(f"{kind}:{digits}")


@pytest.mark.parametrize("category", DANGER + ["carer_strain", "grief"])
def test_out_of_hours_says_who_can_help_now(category):
    response = response_for(category, is_open=False, council=settings)
    text = " ".join(response.lines)
    office = settings.get("council.adult_social_care_phone")
    out_of_hours = settings.get("council.out_of_hours_phone")
    named_now = [n for _, n, _, _ in response.numbers if n != office]
    if taxonomy.category_info(category)["kind"] != "route":
        assert out_of_hours in text or "day or night" in text or "Samaritans" in text, text
        assert office not in [n for _, n, _, _ in response.numbers]
    assert named_now, category
    assert any(words in text for words in ("help now", "day or night", "999")), text


def test_office_hours_offer_the_council_team():
    response = response_for("abuse_financial", is_open=True, council=settings)
    assert settings.get("council.safeguarding_phone") in " ".join(response.lines)


def test_shout_is_a_text_link_with_its_keyword():
    response = response_for("suicide_thoughts", is_open=True, council=settings)
    shout = [n for n in response.numbers if n[1] == "85258"]
    assert shout == [("Shout: text SHOUT", "85258", "sms", "sms:85258?body=SHOUT")]


def test_council_numbers_come_from_the_given_config():
    config = {"council": {"adult_social_care_phone": "01234 000001",
                          "safeguarding_phone": "01234 000002",
                          "out_of_hours_phone": "01234 000003"},
              "crisis_lines": {"samaritans": "116 123"}}
    closed = response_for("neglect", is_open=False, council=config)
    assert ("Our team out of hours", "01234 000003", "tel", "tel:01234000003") in closed.numbers
    opened = response_for("neglect", is_open=True, council=config["council"])
    assert any(n[1] == "01234 000002" for n in opened.numbers)


def test_buttons_let_the_person_carry_on_stop_or_talk_to_someone():
    response = response_for("crisis", is_open=True, council=settings)
    assert [b["payload"] for b in response.buttons] == ["/resume", "/stop", "/request_human"]


def test_numbers_fit_the_category():
    gas = response_for("danger_at_home", is_open=True, council=settings)
    assert any(n[1] == "0800 111 999" for n in gas.numbers)
    domestic = response_for("abuse_domestic", is_open=False, council=settings)
    assert any(n[1] == "0808 2000 247" for n in domestic.numbers)
    slavery = response_for("modern_slavery", is_open=True, council=settings)
    assert any(n[1] == "08000 121 700" for n in slavery.numbers)


@pytest.mark.parametrize("kind,question", [
    ("suicide", "Are you thinking about ending your life?"),
    ("suicide_passive", "Are you thinking about ending your life?"),
    ("safeguarding", "Is anyone hurting you or taking your money?"),
    ("abuse_domestic", "Is anyone hurting you or taking your money?"),
    ("crisis", "Is someone in danger right now?"),
    ("medical_emergency", "Is someone in danger right now?"),
])
def test_check_in_questions(kind, question):
    text, buttons = check_in_question(kind)
    assert text == question
    assert [(b["title"], b["payload"]) for b in buttons] == [
        ("Yes", "/affirm"), ("No", "/deny"),
        # its own words, never /deny: not a No (round seventeen)
        ("I'd rather not say", "I'd rather not say")]


def test_every_safety_text_passes_the_plain_language_gate():
    from jargon.gate import check_responses

    result = check_responses(all_texts(settings).items())
    assert result.ok, result.report()
