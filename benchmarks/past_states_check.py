"""The trained model's predictions with bot.past_states.StatesOnceTracker (the tracker the
windowed store hands Rasa) against Rasa's own tracker, at every step of the test stories.

``rasa test core`` predicts on Rasa's own trackers; this runs the same stories and, at each
prediction, predicts again on a ``StatesOnceTracker`` holding the same events, twice (the
states worked out, then remembered), and compares everything the policy ensemble returns:
the probabilities (exactly), the policy, its events, and the rule-turn flags.

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.past_states_check
"""
from __future__ import annotations

import asyncio
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, List

ROOT = Path(__file__).resolve().parent.parent


def undated(events: List[Any]) -> List[dict]:
    """An event's dict without its timestamp (the time it was made)."""
    return [{k: v for k, v in event.as_dict().items() if k != "timestamp"}
            for event in events]


def summary(prediction: Any) -> tuple:
    return (list(prediction.probabilities), prediction.policy_name,
            undated(prediction.events), undated(prediction.optional_events),
            prediction.is_end_to_end_prediction, prediction.is_no_user_prediction,
            prediction.hide_rule_turn, prediction.action_metadata)


async def check(agent: Any) -> List[str]:
    from rasa.core import test as rasa_test
    from rasa.core.processor import MessageProcessor

    from bot.past_states import StatesOnceTracker

    predict = MessageProcessor._predict_next_with_tracker
    compared, differences = [0], []

    def comparing(self: Any, tracker: Any) -> Any:
        expected = predict(self, tracker)
        ours = StatesOnceTracker.from_events(tracker.sender_id, list(tracker.events),
                                             self.domain.slots)
        for attempt in ("worked out", "remembered"):
            got = predict(self, ours)
            compared[0] += 1
            if summary(got) != summary(expected):
                differences.append(f"{tracker.sender_id} at event {len(tracker.events)} "
                                   f"({attempt}): {summary(got)} != {summary(expected)}")
        return expected

    MessageProcessor._predict_next_with_tracker = comparing
    try:
        generator = rasa_test._create_data_generator(str(ROOT / "tests" / "stories"), agent)
        trackers = generator.generate_story_trackers()
        await rasa_test._collect_story_predictions(trackers, agent)
    finally:
        MessageProcessor._predict_next_with_tracker = predict
    print(f"{len(trackers)} test stories, {compared[0]} predictions on StatesOnceTracker "
          f"compared with Rasa's tracker: {len(differences)} differ")
    return differences


def main() -> int:
    data = Path(tempfile.mkdtemp(prefix="care-states-"))
    os.environ.update({"CARE_DATA_DIR": str(data), "RASA_TRACKER_DB": str(data / "t.db"),
                       "ACTION_ENDPOINT_URL": "http://127.0.0.1:9/webhook",
                       "CARE_ACTION_SECRET": "check", "TF_CPP_MIN_LOG_LEVEL": "2"})
    from bot import fast_load, model
    from bot.lean import keep_jax_out

    keep_jax_out()
    fast_load.install()
    from rasa.core.agent import load_agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.INFO)        # as `rasa run` does: the policies' debug off
    agent = asyncio.run(load_agent(model_path=str(model.latest_model())))
    differences = asyncio.run(check(agent))
    for line in differences[:20]:
        print(line)
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
