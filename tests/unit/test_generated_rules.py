"""The interruption rules are generated; the committed file must match the generator."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_interruption_rules_are_current():
    spec = importlib.util.spec_from_file_location(
        "gen", ROOT / "scripts" / "gen_interruption_rules.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    committed = (ROOT / "data" / "rules" / "interruptions.yml").read_text(encoding="utf-8")
    assert committed == gen.render(), "run scripts/gen_interruption_rules.py"


def test_every_form_in_the_domain_has_interruption_rules():
    import yaml
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    rules = (ROOT / "data" / "rules" / "interruptions.yml").read_text()
    for form in domain["forms"]:
        assert f"crisis during {form}" in rules
        assert f"safeguarding_concern during {form}" in rules
