"""What the side-by-side benchmarks share: this assistant and the stock ``rasa init`` one,
served on free ports, one REST client for both, percentiles and resident memory.

The stock assistant is built once (``rasa init --no-prompt``, which trains it) with the same
Rasa and kept in ``~/.cache/care-bench/`` (never committed); later runs only serve it.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.latency import percentile  # noqa: E402
from bot import model  # noqa: E402
from bot.stack import free_port, make_stack  # noqa: E402

CACHE = Path.home() / ".cache" / "care-bench"
SCRIPT = ["hello", "what can you do", "what does reablement mean?", "thanks", "bye"]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (Linux /proc)."""
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pids += [int(c) for c in children]
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, in seconds (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Served:
    """A running assistant: its REST webhook and the processes whose memory counts."""
    name: str
    base_url: str
    pids: Dict[str, int] = field(default_factory=dict)
    token: str = ""
    gateway_url: str = ""          # ours only: where the web chat sends messages

    @property
    def webhook(self) -> str:
        return f"{self.base_url}/webhooks/rest/webhook"

    def memory(self) -> Dict[str, float]:
        return {name: rss_mb(pid) for name, pid in self.pids.items()}

    def cpu(self) -> Dict[str, float]:
        return {name: cpu_seconds(pid) for name, pid in self.pids.items()}


def _wait_for(url: str, proc: subprocess.Popen, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the server stopped early (exit {proc.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(url)
            time.sleep(0.5)


def stock_project() -> Path:
    """The stock assistant's folder, made and trained on first use."""
    import rasa

    folder = CACHE / f"rasa-init-{rasa.__version__}"
    if list((folder / "models").glob("*.tar.gz")):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"Building the stock rasa init assistant in {folder} (once)...", flush=True)
    subprocess.run(model.rasa_cmd("init", "--no-prompt", "--init-dir", str(folder)),
                   cwd=folder, env=model.rasa_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return folder


@contextlib.contextmanager
def serve_stock() -> Iterator[Served]:
    folder = stock_project()
    port = free_port()
    newest = max((folder / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    proc = subprocess.Popen(model.rasa_cmd("run", "--model", str(newest), "--port", str(port),
                                           "--interface", "127.0.0.1"),
                            cwd=folder, env=model.rasa_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        _wait_for(f"http://127.0.0.1:{port}/", proc)
        yield Served("stock", f"http://127.0.0.1:{port}", {"rasa": proc.pid})
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextlib.contextmanager
def serve_ours(extra_env: Optional[Dict[str, str]] = None) -> Iterator[Served]:
    """This assistant as scripts/run.sh runs it (embedded defaults: SQLite trackers)."""
    stack = make_stack(Path(tempfile.mkdtemp(prefix="care-bench-")), extra_env=extra_env)
    stack.start_ready(model.latest_model() or model.ensure_trained(), timeout=600)
    try:
        pids = {"rasa": stack.named["rasa-0"].pid, "actions": stack.named["actions-0"].pid,
                "gateway": stack.named["gateway"].pid}
        yield Served("ours", stack.rasa_url, pids, stack.token, stack.gateway_url)
    finally:
        stack.stop()


async def say(session: aiohttp.ClientSession, url: str, sender: str, text: str) -> float:
    """One turn; its time in ms."""
    started = time.perf_counter()
    async with session.post(url, json={"sender": sender, "message": text}) as resp:
        await resp.read()
        resp.raise_for_status()
    return (time.perf_counter() - started) * 1000


def new_sender(prefix: str = "bench") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


async def drive(url: str, conversations: int, turns_each: int,
                script: Sequence[str] = SCRIPT) -> Dict[str, float]:
    """``conversations`` at once, each ``turns_each`` turns of the script (repeated);
    returns p50, p95 and turns a second."""
    timings: List[float] = []

    async def one(session: aiohttp.ClientSession) -> None:
        sender = new_sender()
        for i in range(turns_each):
            timings.append(await say(session, url, sender, script[i % len(script)]))

    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector,
                                     timeout=aiohttp.ClientTimeout(total=600)) as session:
        started = time.perf_counter()
        await asyncio.gather(*(one(session) for _ in range(conversations)))
        elapsed = time.perf_counter() - started
    return {"turns": len(timings), "p50": statistics.median(timings),
            "p95": percentile(timings, 95), "tps": len(timings) / elapsed}


def warm_up(url: str, turns: int = 10) -> None:
    asyncio.run(drive(url, 1, turns))
