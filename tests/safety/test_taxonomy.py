"""The taxonomy file: every category of the shared list, each with a response and numbers."""
from bot.safety import category_info, taxonomy
from bot.safety.responses import TEXTS

CRISIS = ["suicide_passive", "suicide_thoughts", "suicide_method", "suicide_preparation",
          "suicide_plan_time", "suicide_act", "medical_emergency", "danger_at_home",
          "missing_adult", "violence_now"]
SAFEGUARDING = ["abuse_physical", "abuse_domestic", "abuse_sexual", "abuse_psychological",
                "abuse_financial", "modern_slavery", "abuse_discriminatory",
                "abuse_organisational", "neglect", "self_neglect", "exploitation"]
ROUTES = ["carer_strain", "grief", "money_worry", "complaint"]


def test_every_category_of_the_shared_list_is_there_with_its_kind():
    assert taxonomy.categories("crisis") == CRISIS
    assert taxonomy.categories("safeguarding") == SAFEGUARDING
    assert taxonomy.categories("route") == ROUTES


def test_each_category_names_response_helplines_priority_and_note():
    for name in taxonomy.categories():
        info = category_info(name)
        assert info["response"] in TEXTS, name
        assert info["helplines"], name
        assert 1 <= info["priority"] <= 9, name
        assert info["note"], name
        assert info["tier"] in ("clear", "check_in", "none")


def test_priorities_put_danger_to_life_first():
    worst_crisis = max(category_info(c)["priority"] for c in CRISIS)
    best_route = min(category_info(c)["priority"] for c in ROUTES)
    assert worst_crisis < best_route
    assert category_info("suicide_act")["priority"] == 1


def test_numbers_fit_the_category():
    assert "domestic_abuse" in category_info("abuse_domestic")["helplines"]
    assert "modern_slavery" in category_info("modern_slavery")["helplines"]
    assert "gas_emergency" in category_info("danger_at_home")["helplines"]
    assert "samaritans" in category_info("suicide_thoughts")["helplines"]


def test_default_helpline_numbers():
    numbers = {k: v.get("number") for k, v in taxonomy.load()["helplines"].items()}
    assert numbers["emergency"] == "999"
    assert numbers["samaritans"] == "116 123"
    assert numbers["shout"] == "85258"
    assert numbers["domestic_abuse"] == "0808 2000 247"
    assert numbers["mens_advice"] == "0808 8010 327"
    assert numbers["modern_slavery"] == "08000 121 700"
    assert numbers["gas_emergency"] == "0800 111 999"
    assert numbers["police_101"] == "101"
    assert numbers["hourglass"] == "0808 808 8141"


def test_a_kind_gives_its_default_category():
    assert category_info("crisis")["kind"] == "crisis"
    assert category_info("safeguarding")["kind"] == "safeguarding"
