"""Rasa's own model load against ``bot.fast_load`` (no one-step fit): same weights, same
predictions, and the CPU each load takes.

Loads the trained model twice, each in its own process (TensorFlow keeps global state):
once with Rasa's ``RasaModel.load``, once with ``bot.fast_load`` installed. Each process
writes what it predicted; this one compares:

- every DIET and TED weight, by variable name (they must be equal, not near);
- the NLU result (intent, the whole intent ranking and confidences, entities) of a few
  hundred training examples from data/nlu, evenly spread, and every held-out message in
  tests/nlu/holdout.yml, through the whole pipeline (``agent.parse_message``);
- TED's action probabilities at every step of the test stories (tests/stories, as
  ``rasa test core`` walks them) and the action and policy the ensemble chose.

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.fast_load_check [--examples 300]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 1e-5


def nlu_texts(examples: int) -> List[str]:
    from rasa.shared.nlu.training_data.loading import load_data

    texts: List[str] = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        texts += [m.get("text") for m in load_data(str(path)).intent_examples]
    step = max(1, len(texts) // examples)
    chosen = texts[::step][:examples]
    holdout = ROOT / "tests" / "nlu" / "holdout.yml"
    if holdout.exists():
        chosen += [m.get("text") for m in load_data(str(holdout)).intent_examples]
    return chosen


def weights(agent: Any) -> Dict[str, Dict[str, Any]]:
    from rasa.core.policies.ted_policy import TEDPolicy
    from rasa.nlu.classifiers.diet_classifier import DIETClassifier

    found: Dict[str, Dict[str, Any]] = {}
    for name, node in agent.processor.graph_runner._instantiated_nodes.items():
        component = getattr(node, "_component", None)
        if isinstance(component, (DIETClassifier, TEDPolicy)) and component.model:
            values: Dict[str, Any] = {}
            for variable in component.model.variables:
                key, n = variable.name, 1
                while key in values:            # same name twice: keep both
                    n += 1
                    key = f"{variable.name}#{n}"
                values[key] = variable.numpy()
            found[name] = values
    return found


async def predictions(agent: Any, texts: List[str]) -> Dict[str, Any]:
    from rasa.core import test as rasa_test
    from rasa.core.policies.ted_policy import TEDPolicy
    from rasa.core.processor import MessageProcessor

    nlu = []
    for text in texts:
        parsed = await agent.parse_message(text)
        nlu.append({"text": text, "intent": parsed["intent"],
                    "intent_ranking": parsed.get("intent_ranking", []),
                    "entities": [{k: e.get(k) for k in ("entity", "value", "start", "end")}
                                 for e in parsed.get("entities", [])]})
    ted: List[List[float]] = []
    chosen: List[Any] = []
    choose = MessageProcessor.predict_next_with_tracker_if_should
    # A graph node keeps the function it calls (GraphNode._fn): TED's node is wrapped.
    ted_nodes = [node for node in agent.processor.graph_runner._instantiated_nodes.values()
                 if isinstance(getattr(node, "_component", None), TEDPolicy)]

    def recording(predict: Any) -> Any:
        def recording_predict(self: Any, *args: Any, **kwargs: Any) -> Any:
            result = predict(self, *args, **kwargs)
            ted.append(list(result.probabilities))
            return result
        return recording_predict

    def recording_choose(self: Any, *args: Any, **kwargs: Any) -> Any:
        action, prediction = choose(self, *args, **kwargs)
        chosen.append([action.name(), prediction.policy_name, prediction.max_confidence])
        return action, prediction

    for node in ted_nodes:
        node._fn = recording(node._fn)
    MessageProcessor.predict_next_with_tracker_if_should = recording_choose
    try:
        generator = rasa_test._create_data_generator(str(ROOT / "tests" / "stories"), agent)
        trackers = generator.generate_story_trackers()
        await rasa_test._collect_story_predictions(trackers, agent)
    finally:
        MessageProcessor.predict_next_with_tracker_if_should = choose
    return {"nlu": nlu, "ted": ted, "chosen": chosen, "stories": len(trackers)}


def dump(mode: str, out: Path, examples: int) -> None:
    data = Path(tempfile.mkdtemp(prefix="care-fastload-"))
    os.environ.update({"CARE_DATA_DIR": str(data), "RASA_TRACKER_DB": str(data / "t.db"),
                       "ACTION_ENDPOINT_URL": "http://127.0.0.1:9/webhook",
                       "CARE_ACTION_SECRET": "check", "TF_CPP_MIN_LOG_LEVEL": "2"})
    from bot import model
    from bot.lean import keep_jax_out

    keep_jax_out()
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints

    if mode == "fast":
        from bot import fast_load
        fast_load.install()
    endpoints = AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))
    cpu, clock = time.process_time(), time.perf_counter()
    agent = asyncio.run(load_agent(model_path=str(model.latest_model()), endpoints=endpoints))
    loaded = {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - clock,
              "load average": os.getloadavg()[0]}
    result = {"mode": mode, "load": loaded, "weights": weights(agent),
              **asyncio.run(predictions(agent, nlu_texts(examples)))}
    out.write_bytes(pickle.dumps(result))


def compare(stock: Dict[str, Any], fast: Dict[str, Any]) -> List[str]:
    import numpy as np

    problems: List[str] = []
    for node in sorted(set(stock["weights"]) | set(fast["weights"])):
        a, b = stock["weights"].get(node, {}), fast["weights"].get(node, {})
        only_stock, only_fast = sorted(set(a) - set(b)), sorted(set(b) - set(a))
        if only_stock or only_fast:
            problems.append(f"{node}: variables only in stock {only_stock}, only in fast "
                            f"{only_fast}")
        unequal = [k for k in set(a) & set(b)
                   if a[k].shape != b[k].shape or not np.array_equal(a[k], b[k])]
        if unequal:
            problems.append(f"{node}: {len(unequal)} variables differ: {sorted(unequal)[:5]}")
        print(f"  {node}: {len(set(a) & set(b))} variables compared, "
              f"{sum(int(np.prod(a[k].shape)) for k in set(a) & set(b))} numbers, "
              f"{len(unequal)} different")
    worst = 0.0
    for x, y in zip(stock["nlu"], fast["nlu"]):
        if x["intent"].get("name") != y["intent"].get("name") or x["entities"] != y["entities"]:
            problems.append(f"NLU differs for {x['text']!r}: {x['intent']} / {y['intent']}")
        rx = [(r["name"], r["confidence"]) for r in x["intent_ranking"]]
        ry = [(r["name"], r["confidence"]) for r in y["intent_ranking"]]
        if [n for n, _ in rx] != [n for n, _ in ry]:
            problems.append(f"intent ranking order differs for {x['text']!r}")
            continue
        gap = max([abs(cx - cy) for (_, cx), (_, cy) in zip(rx, ry)]
                  + [abs(x["intent"].get("confidence", 0) - y["intent"].get("confidence", 0))])
        worst = max(worst, gap)
        if gap > TOLERANCE:
            problems.append(f"confidence differs by {gap:g} for {x['text']!r}")
    print(f"  NLU: {len(stock['nlu'])} messages, largest confidence difference {worst:g}")
    if len(stock["ted"]) != len(fast["ted"]) or not stock["ted"]:
        problems.append(f"TED was asked {len(stock['ted'])} / {len(fast['ted'])} times")
    ted_worst = max((float(np.max(np.abs(np.array(p) - np.array(q))))
                     for p, q in zip(stock["ted"], fast["ted"])), default=0.0)
    if ted_worst > TOLERANCE:
        problems.append(f"TED probabilities differ by up to {ted_worst:g}")
    same_choice = sum(1 for p, q in zip(stock["chosen"], fast["chosen"])
                      if p[:2] == q[:2] and abs(p[2] - q[2]) <= TOLERANCE)
    if same_choice != len(stock["chosen"]) or len(stock["chosen"]) != len(fast["chosen"]):
        problems.append(f"ensemble choices: {same_choice} of {len(stock['chosen'])} the same")
    print(f"  TED: {len(stock['ted'])} predictions over {stock['stories']} test stories, "
          f"largest probability difference {ted_worst:g}; ensemble choices the same: "
          f"{same_choice} of {len(stock['chosen'])}")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fast_load_check")
    parser.add_argument("--examples", type=int, default=300,
                        help="training examples from data/nlu (plus every held-out message)")
    parser.add_argument("--dump", choices=("stock", "fast"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump:
        dump(args.dump, args.out, args.examples)
        return 0
    results = {}
    folder = Path(tempfile.mkdtemp(prefix="care-fastload-"))
    print(f"logs in {folder}")
    for mode in ("stock", "fast"):
        out = folder / f"{mode}.pickle"
        with open(folder / f"{mode}.log", "w") as log:     # Rasa's debug output
            subprocess.run([sys.executable, "-m", "benchmarks.fast_load_check", "--dump",
                            mode, "--out", str(out), "--examples", str(args.examples)],
                           cwd=ROOT, check=True, stdout=log, stderr=subprocess.STDOUT)
        results[mode] = pickle.loads(out.read_bytes())
        load = results[mode]["load"]
        print(f"{mode} load: {load['cpu']:.1f} s CPU, {load['wall']:.1f} s wall "
              f"(load average {load['load average']:.1f})", flush=True)
    problems = compare(results["stock"], results["fast"])
    for problem in problems:
        print("DIFFERENT:", problem)
    print("identical" if not problems else f"{len(problems)} differences")
    print(json.dumps({m: r["load"] for m, r in results.items()}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
