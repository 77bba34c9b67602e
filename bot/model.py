"""Trains the Rasa model only when its inputs changed.

The model file is named after a hash of config.yml, domain.yml and data/, so an unchanged
project starts in seconds and a changed one always gets a fresh model.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Optional

from bot.settings import PROJECT_ROOT

MODELS = PROJECT_ROOT / "models"


def training_inputs() -> list:
    files = [PROJECT_ROOT / "config.yml", PROJECT_ROOT / "domain.yml"]
    domain_dir = PROJECT_ROOT / "domain"
    if domain_dir.is_dir():
        files += sorted(domain_dir.rglob("*.yml"))
    files += sorted((PROJECT_ROOT / "data").rglob("*.yml"))
    return files


def fingerprint() -> str:
    digest = hashlib.sha256()
    for path in training_inputs():
        digest.update(str(path.relative_to(PROJECT_ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def model_path() -> Path:
    return MODELS / f"care-{fingerprint()}.tar.gz"


def rasa_env() -> dict:
    env = dict(os.environ)
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in [str(PROJECT_ROOT), env.get("PYTHONPATH", "")] if p)
    return env


def rasa_cmd(*args: str) -> list:
    """``rasa ARGS`` through bot.rasa_server: library warnings filtered, token not on the
    command line."""
    return [sys.executable, "-m", "bot.rasa_server", *args]


def ensure_trained(force: bool = False) -> Path:
    """Returns the model for the current inputs, training it first if needed."""
    target = model_path()
    if target.exists() and not force:
        print(f"Model is up to date: {target.relative_to(PROJECT_ROOT)}")
        return target
    MODELS.mkdir(exist_ok=True)
    print("Training the assistant (a few minutes on first run)...", flush=True)
    subprocess.run(
        rasa_cmd("train", "--fixed-model-name", target.name.replace(".tar.gz", ""),
                 "--out", str(MODELS), "--quiet"),
        cwd=PROJECT_ROOT, env=rasa_env(), check=True,
    )
    for old in MODELS.glob("care-*.tar.gz"):
        if old != target:
            old.unlink()
    return target


def latest_model() -> Optional[Path]:
    target = model_path()
    return target if target.exists() else None
