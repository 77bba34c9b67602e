"""The form parts of domain.yml and the interruption rules are generated from
bot/form_slots.py: the committed files must match the generator."""
import importlib.util
from pathlib import Path

import yaml

from bot.form_slots import all_form_slots, FORMS, KIND_OF

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "gen_forms.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen


def test_interruption_rules_are_current():
    committed = (ROOT / "data" / "rules" / "interruptions.yml").read_text(encoding="utf-8")
    assert committed == _generator().render_rules(), "run scripts/gen_forms.py"


def test_domain_form_parts_are_current():
    committed = (ROOT / "domain.yml").read_text(encoding="utf-8")
    assert committed == _generator().render_domain(committed), "run scripts/gen_forms.py"


def test_every_form_has_safety_rules_and_its_slots():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    rules = (ROOT / "data" / "rules" / "interruptions.yml").read_text()
    assert set(domain["forms"]) == set(FORMS)
    for form, slots in FORMS.items():
        assert f"crisis during {form}" in rules
        assert f"safeguarding_concern during {form}" in rules
        assert f"safety_check_in (crisis) during {form}" in rules
        assert domain["forms"][form]["required_slots"] == [s.slot for s in slots]
        for s in slots:
            assert domain["slots"][s.slot]["mappings"] == [{"type": "custom"}]
            assert f"action_ask_{s.slot}" in domain["actions"]


def test_no_slot_is_validated_by_its_name():
    """Validation is chosen by an explicit kind: every asked slot has one."""
    assert set(all_form_slots()) <= set(KIND_OF)
