"""Starts the whole assistant: Rasa server(s), action server(s) and the gateway.

Used by ``python -m bot run`` (the README's run command), ``python -m bot scale`` and the
tests, so the tests talk to exactly what a resident would. With more than one Rasa or
action process, a round-robin proxy (bot/proxy.py) sits in front of each group, and the
production engines (PostgreSQL, Redis, RabbitMQ) hold the shared state.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import sqlalchemy as sa

from bot import logredact, model, settings
from bot.channels import RELAYS
from bot.security import files, secrets_file
from bot.settings import PROJECT_ROOT, data_dir


# Resident memory and CPU sharing on a small machine, for the processes the stack starts
# (an operator's own value wins). glibc otherwise keeps up to 8 malloc arenas per core for
# the threads of TensorFlow and Sanic, and OpenBLAS and OpenMP start a thread pool, each with
# its own buffers, per core. Rasa runs one model call per message: one TensorFlow thread
# between operations and two within one are as fast on two cores, and lighter.
PROCESS_TUNING = {
    "MALLOC_ARENA_MAX": "2",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "TF_INTER_OP_PARALLELISM_THREADS": "1",
    "TF_INTRA_OP_PARALLELISM_THREADS": "2",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def api_token(directory: Path) -> str:
    """The Rasa HTTP API token: RASA_TOKEN, else a random one kept in var/rasa-token."""
    return secrets_file.secret("rasa-token", "RASA_TOKEN", directory)


def production_env(tracker_db: str = "care_tracker") -> Dict[str, str]:
    """Engine settings for endpoints.production.yml; local servers unless overridden."""
    env = settings.production_engines(tracker_db)
    auth = env["CARE_PG_USER"] + (f":{env['CARE_PG_PASSWORD']}" if env["CARE_PG_PASSWORD"] else "")
    env.setdefault("CARE_DATABASE_URL", settings.env("CARE_DATABASE_URL") or
                   f"postgresql://{auth}@{env['CARE_PG_HOST']}:{env['CARE_PG_PORT']}/care_records")
    env.setdefault("RASA_TRACKER_URL", f"postgresql://{auth}@{env['CARE_PG_HOST']}:"
                   f"{env['CARE_PG_PORT']}/{env['CARE_PG_TRACKER_DB']}")
    return env


def ensure_postgres_database(url: str) -> None:
    """Creates the database named in ``url`` if it is missing (the server must be running)."""
    base, name = url.rsplit("/", 1)
    engine = sa.create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT", future=True)
    try:
        with engine.connect() as conn:
            exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": name}).first()
            if not exists:
                conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()


@dataclass
class Stack:
    data: Path
    token: str
    gateway_port: int
    rasa_backends: List[int]
    action_backends: List[int]
    rasa_port: int = 0
    actions_port: int = 0
    endpoints: str = "endpoints.yml"
    extra_env: Dict[str, str] = field(default_factory=dict)
    processes: List[subprocess.Popen] = field(default_factory=list)
    named: Dict[str, subprocess.Popen] = field(default_factory=dict)
    model_file: Optional[Path] = None

    def __post_init__(self) -> None:
        self.rasa_port = self.rasa_port or (
            self.rasa_backends[0] if len(self.rasa_backends) == 1 else free_port())
        self.actions_port = self.actions_port or (
            self.action_backends[0] if len(self.action_backends) == 1 else free_port())

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}/webhook"

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}"

    def env(self) -> dict:
        env = model.rasa_env()
        for name, value in PROCESS_TUNING.items():
            env.setdefault(name, value)
        env.update({
            "CARE_DATA_DIR": str(self.data),
            "ACTION_ENDPOINT_URL": self.actions_url,
            "RASA_TRACKER_DB": str(self.data / "tracker.db"),
            "RASA_URL": self.rasa_url,
            "RASA_TOKEN": self.token,
            "CARE_ACTION_SECRET": secrets_file.secret("action-secret", "CARE_ACTION_SECRET",
                                                      self.data),
            "CARE_GATEWAY_URL": self.gateway_url,
            "CARE_DIRECTORY_URL": settings.env("CARE_DIRECTORY_URL")
            or f"{self.gateway_url}/oruk",
        })
        env.update(self.extra_env)
        return env

    def commands(self, model_file: Path) -> Dict[str, list]:
        commands: Dict[str, list] = {}
        for i, port in enumerate(self.action_backends):
            # Only Rasa calls the action server: loopback, and a shared secret on each call.
            commands[f"actions-{i}"] = [sys.executable, "-m", "bot.action_server", "--actions",
                                        "actions", "--host", "127.0.0.1", "--port", str(port)]
        for i, port in enumerate(self.rasa_backends):
            # bot.rasa_server adds the API token (RASA_TOKEN) inside the process, so it is
            # not on the command line for ps to show.
            commands[f"rasa-{i}"] = [
                sys.executable, "-m", "bot.rasa_server",
                "run", "--enable-api", "--model", str(model_file),
                "--port", str(port), "--interface", "127.0.0.1",
                "--endpoints", self.endpoints, "--credentials", "credentials.yml",
                "--logging-config-file", "logging.yml"]
        for name, front, backs in (("rasa-proxy", self.rasa_port, self.rasa_backends),
                                   ("actions-proxy", self.actions_port, self.action_backends)):
            if len(backs) > 1:
                commands[name] = [sys.executable, "-m", "bot.proxy", "--port", str(front)] + [
                    f"http://127.0.0.1:{p}" for p in backs]
        commands["gateway"] = [sys.executable, "-m", "bot.gateway",
                               "--port", str(self.gateway_port)]
        for relay in RELAYS:
            if self.env().get(relay.token, "").strip():
                commands[relay.name] = [sys.executable, "-m", relay.module]
        return commands

    def start(self, model_file: Path, log_dir: Optional[Path] = None) -> "Stack":
        self.model_file = model_file
        for name in self.commands(model_file):
            self.start_process(name, log_dir)
        return self

    def start_process(self, name: str, log_dir: Optional[Path] = None) -> None:
        """Starts one named process (e.g. "actions-0"); tests use it to restart after a fault."""
        log_dir = log_dir or self.data / "logs"
        files.private_dir(log_dir)
        cmd = self.commands(self.model_file)[name]
        out = files.private_append(log_dir / f"{name}.log")
        # Everything a process prints (tracebacks, warnings, a library's own prints) passes
        # through the redactor on its way to the log file.
        proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=self.env(), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, start_new_session=True,
                                umask=files.PRIVATE_UMASK)  # what it writes: 0600 / 0700
        threading.Thread(target=_copy_redacted, args=(proc.stdout, out), daemon=True,
                         name=f"log-{name}").start()
        self.processes.append(proc)
        self.named[name] = proc

    def stop_process(self, name: str) -> None:
        """Stops one named process, as a crash or a deploy would."""
        proc = self.named.pop(name)
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        self.processes.remove(proc)

    def wait_ready(self, timeout: float = 300.0) -> None:
        checks = [(f"action server {p}", f"http://127.0.0.1:{p}/health")
                  for p in self.action_backends]
        checks += [(f"Rasa server {p}", f"http://127.0.0.1:{p}/status?token={self.token}")
                   for p in self.rasa_backends]
        checks += [("gateway", f"{self.gateway_url}/healthz")]
        deadline = time.monotonic() + timeout
        for name, url in checks:
            while True:
                for proc in self.processes:
                    if proc.poll() is not None:
                        raise RuntimeError(f"A process stopped early; see {self.data}/logs")
                try:
                    with urllib.request.urlopen(url, timeout=5) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"The {name} did not start; see {self.data}/logs")
                time.sleep(0.5)

    def start_ready(self, model_file: Path, timeout: float = 300.0,
                    log_tail: int = 4000) -> "Stack":
        """Starts and waits until every process answers; if one does not, prints the end of
        each log to stderr, stops the rest and raises (for tests and benchmarks)."""
        self.start(model_file)
        try:
            self.wait_ready(timeout=timeout)
        except Exception:
            for log in (self.data / "logs").glob("*.log"):
                sys.stderr.write(f"\n==== {log.name}\n{log.read_text()[-log_tail:]}")
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.processes:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.processes.clear()
        self.named.clear()


def _copy_redacted(source, target) -> None:
    """Copies a process's output to its log file line by line, redacted."""
    with source, target:
        for raw in iter(source.readline, b""):
            line = logredact.redact(raw.decode("utf-8", "replace"))
            target.write(line.encode("utf-8"))
            target.flush()


def make_stack(data: Optional[Path] = None, gateway_port: int = 0, rasa: int = 1,
               actions: int = 1, production: bool = False,
               extra_env: Optional[Dict[str, str]] = None) -> Stack:
    data = data or data_dir()
    files.private_dir(data)
    env = dict(production_env()) if production else {}
    env.update(extra_env or {})
    if production:
        ensure_postgres_database(env["CARE_DATABASE_URL"])
        ensure_postgres_database(env["RASA_TRACKER_URL"])
    return Stack(data=data, token=api_token(data), gateway_port=gateway_port or free_port(),
                 rasa_backends=[free_port() for _ in range(rasa)],
                 action_backends=[free_port() for _ in range(actions)],
                 endpoints="endpoints.production.yml" if production else "endpoints.yml",
                 extra_env=env)
