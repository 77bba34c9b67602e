"""Where the Rasa server's start-up CPU goes: importing Rasa and TensorFlow, then loading the
trained model (every component's ``load``/``__init__``, the safety net's warm-up), profiled
in one process with cProfile, as ``bot.rasa_server`` starts (jax kept out, same threads,
DIET and TED loaded by ``bot.fast_load`` unless ``--rasa-load``).

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.profile_start [--top 40]
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

from bot import model
from bot.lean import keep_jax_out
from bot.stack import PROCESS_TUNING


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_start")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--rasa-load", action="store_true",
                        help="Rasa's own RasaModel.load (the one-step fit), not bot.fast_load")
    args = parser.parse_args(argv)
    data = Path(tempfile.mkdtemp(prefix="care-start-"))
    for name, value in PROCESS_TUNING.items():
        os.environ.setdefault(name, value)
    os.environ.update({"CARE_DATA_DIR": str(data), "RASA_TRACKER_DB": str(data / "t.db"),
                       "ACTION_ENDPOINT_URL": "http://127.0.0.1:9/webhook",
                       "CARE_ACTION_SECRET": "profile", "TF_CPP_MIN_LOG_LEVEL": "2"})
    keep_jax_out()
    profiler = cProfile.Profile()
    clock, cpu = time.perf_counter(), time.process_time()
    profiler.enable()
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints
    imported = time.process_time() - cpu
    if not args.rasa_load:
        from bot import fast_load
        fast_load.install()     # as bot/rasa_server.py does
    endpoints = AvailableEndpoints.read_endpoints("endpoints.yml")
    asyncio.run(load_agent(model_path=str(model.latest_model()), endpoints=endpoints))
    profiler.disable()
    print(f"\nimports {imported:.1f} s CPU; imports and model load {time.process_time() - cpu:.1f}"
          f" s CPU, {time.perf_counter() - clock:.1f} s wall (load average "
          f"{os.getloadavg()[0]:.1f})")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(r"(bot|actions|jargon)/", args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
