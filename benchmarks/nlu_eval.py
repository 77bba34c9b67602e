"""NLU quality: intent macro-F1 and crisis/safeguarding recall.

Default: trains NLU on data/nlu and scores the held-out set tests/nlu/holdout.yml (written
separately, never trained on). --folds N runs Rasa's N-fold cross-validation as well.
Figures are printed and written to results/nlu/summary.json.
Run: .venv/bin/python benchmarks/nlu_eval.py [--folds 3] [--config other.yml --out results/nlu-x]
(--config and --out let candidate configurations be scored side by side.)
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.model import rasa_cmd, rasa_env  # noqa: E402


def summarise(report_path: Path) -> dict:
    report = json.loads(report_path.read_text())
    return {
        "intent_macro_f1": round(report["macro avg"]["f1-score"], 3),
        "intent_weighted_f1": round(report["weighted avg"]["f1-score"], 3),
        "crisis_recall": round(report.get("crisis", {}).get("recall", float("nan")), 3),
        "safeguarding_recall": round(
            report.get("safeguarding_concern", {}).get("recall", float("nan")), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--config", default="config.yml")
    parser.add_argument("--out", default=str(Path("results") / "nlu"))
    args = parser.parse_args()
    out = ROOT / args.out
    out.mkdir(parents=True, exist_ok=True)
    env = rasa_env()
    model_dir = out / "model"
    subprocess.run(rasa_cmd("train", "nlu", "--config", args.config, "--nlu", "data/nlu", "--out", str(model_dir),
                            "--fixed-model-name", "nlu-holdout", "--quiet"),
                   cwd=ROOT, env=env, check=True)
    subprocess.run(rasa_cmd("test", "nlu", "--nlu", "tests/nlu/holdout.yml", "--model",
                            str(model_dir / "nlu-holdout.tar.gz"), "--out", str(out / "holdout"),
                            "--no-plot"), cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    summary = {"holdout": summarise(out / "holdout" / "intent_report.json")}
    if args.folds:
        subprocess.run(rasa_cmd("test", "nlu", "--nlu", "data/nlu", "--cross-validation",
                                "--folds", str(args.folds), "--config", args.config, "--out", str(out / "cv"),
                                "--no-plot"), cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        summary["cross_validation"] = summarise(out / "cv" / "intent_report.json")
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    for name, figures in summary.items():
        print(name, " ".join(f"{k}={v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
