"""How long from ``scripts/run.sh`` to the first good reply, when the model is already trained.

Starts ``python -m bot run`` as scripts/run.sh does (its own data folder and web chat port),
then, like a person who opened the chat at once, sends "hello" through the gateway's
``/api/messages`` until a reply comes back that is not the "something went wrong" apology.
The first run starts in a new data folder (its databases and the safety net's own model are
made then, as on a first ``scripts/run.sh`` after training); later runs are restarts.
Prints the seconds from the start to that reply, when each process first answered its
health check, when ``bot run`` said it was ready, and the first and later replies' time
(the first reply must be quick too, not only come).

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.ready [--runs 1]
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

from benchmarks.harness import cpu_seconds
from bot import model, texts
from bot.stack import free_port

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 60.0
DURATIONS = ("that reply took", "next replies took (median)", "bot.rasa_server CPU by then",
             "bot.action_server CPU by then", "bot.gateway CPU by then")
HEALTH = {"bot.action_server": "/health", "bot.rasa_server": "/", "bot.gateway": "/healthz"}


def children(pid: int) -> List[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def started_ports(pid: int) -> Dict[str, int]:
    """{"bot.rasa_server": port, ...} read from the command lines of ``pid``'s children."""
    found: Dict[str, int] = {}
    for child in children(pid):
        try:
            argv = Path(f"/proc/{child}/cmdline").read_bytes().decode().split("\0")
        except OSError:
            continue
        module = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "-m"), None)
        if module in HEALTH and "--port" in argv:
            found[module] = int(argv[argv.index("--port") + 1])
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode()
    except OSError:
        return ""


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.HTTPError):
        return False


def post(url: str, body: dict, headers: Dict[str, str]):
    """(status, JSON body, response headers) of one POST; status 0 when nothing answered."""
    request = urllib.request.Request(url, json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"null"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, None, error.headers
    except OSError:
        return 0, None, {}


def good(status: int, replies) -> bool:
    return (status == 200 and isinstance(replies, list) and bool(replies)
            and all(r.get("text") != texts.action_server_down() for r in replies))


def measure_once(data: Path, timeout: float = 300.0) -> Dict[str, Optional[float]]:
    port = free_port()
    env = model.rasa_env()
    env.update({"CARE_DATA_DIR": str(data), "RASA_TELEMETRY_ENABLED": "false"})
    figures: Dict[str, Optional[float]] = {}
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)

    def watch_output() -> None:
        for line in proc.stdout:
            if "The assistant is ready" in line:
                figures.setdefault("bot run printed ready", time.monotonic() - started)

    threading.Thread(target=watch_output, daemon=True).start()
    url = f"http://127.0.0.1:{port}/api/messages"
    sender = f"web-ready{os.getpid()}x{port}"
    headers: Dict[str, str] = {}
    try:
        while time.monotonic() - started < timeout:
            if proc.poll() is not None:
                raise RuntimeError(f"bot run stopped (exit {proc.returncode}); logs in {data}/logs")
            for module, p in started_ports(proc.pid).items():
                key = f"{module} answered"
                if key not in figures and answers(f"http://127.0.0.1:{p}{HEALTH[module]}"):
                    figures[key] = time.monotonic() - started
            if "bot.gateway answered" in figures:
                sent = time.monotonic()
                status, replies, got = post(url, {"sender": sender, "message": "hello"}, headers)
                if got.get("X-Conversation-Key"):
                    headers["X-Conversation-Key"] = got["X-Conversation-Key"]
                if good(status, replies):
                    figures["first good reply"] = time.monotonic() - started
                    # CPU used by then: what a quiet machine would need, load aside.
                    for child in children(proc.pid):
                        name = next((m for m, p in started_ports(proc.pid).items()
                                     if f"--port\0{p}" in _cmdline(child)), None)
                        if name:
                            figures[f"{name} CPU by then"] = cpu_seconds(child)
                    figures["that reply took"] = time.monotonic() - sent
                    later = []
                    for text in ("what can you do", "what does reablement mean?", "thanks"):
                        sent = time.monotonic()
                        post(url, {"sender": sender, "message": text}, headers)
                        later.append(time.monotonic() - sent)
                    figures["next replies took (median)"] = sorted(later)[1]
                    return figures
            time.sleep(0.25)
        raise TimeoutError(f"no good reply within {timeout} s")
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Ctrl+C to ``bot run`` (it stops its processes); then any child still running."""
    started = children(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        proc.wait(timeout=40)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    for child in started:
        try:
            os.kill(child, signal.SIGTERM)
        except ProcessLookupError:
            pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ready")
    parser.add_argument("--runs", type=int, default=2,
                        help="starts in one data folder: the first makes its databases and "
                             "the safety net's model, the later ones find them")
    args = parser.parse_args(argv)
    if model.latest_model() is None:
        print("No trained model for the current config and data: train first "
              "(.venv/bin/python -m bot train); this measures a start with the model ready.")
        return 2
    load = os.getloadavg()
    print(f"load average before: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    worst = 0.0
    data = Path(tempfile.mkdtemp(prefix="care-ready-"))
    for run in range(args.runs):
        figures = measure_once(data)
        print(f"\nrun {run + 1} ({'first start: a new data folder' if run == 0 else 'a restart'})")
        for name, seconds in sorted(figures.items(), key=lambda kv: (kv[0] in DURATIONS, kv[1])):
            print(f"  {name:<32} {seconds:6.1f} s")
        worst = max(worst, figures["first good reply"])
    verdict = "met" if worst <= TARGET_S else "NOT met"
    print(f"\nready (first good reply through the gateway): {worst:.1f} s, "
          f"target {TARGET_S:.0f} s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
