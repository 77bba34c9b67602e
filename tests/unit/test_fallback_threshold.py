"""The command layer's "model is unsure" bound is the FallbackClassifier's threshold."""
import yaml

from bot.nlu.commands import UNSURE_BELOW
from bot.settings import PROJECT_ROOT


def test_unsure_below_matches_the_fallback_threshold():
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
    fallback = next(c for c in config["pipeline"] if c["name"] == "FallbackClassifier")
    assert UNSURE_BELOW == fallback["threshold"]
