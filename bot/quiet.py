"""Keeps libraries' noise out of a person's terminal and logs.

Rasa's stack (TensorFlow, jax, pkg_resources, matplotlib, pyparsing, click, sanic...) warns
at start-up about its own use of deprecated APIs: nothing a person running the assistant
can act on. ``quiet()`` drops deprecation and future warnings whose source is a library, and
TensorFlow's C++ start-up lines. Warnings from this project's own files still show, so our
own mistakes stay visible. Libraries add warning filters of their own at import (Sanic asks
for every DeprecationWarning "once"), so the check sits where warnings are shown, not only
in the filter list; call ``quiet()`` again after ``logging.captureWarnings(True)``.
Each entry point calls it first; ``pytest.ini`` holds the same rule for the tests.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUR_FOLDERS = ("bot", "actions", "jargon", "scripts", "benchmarks", "tests")
# No ":" in it, so pytest.ini can hold the same pattern.
OURS = r"(?!(bot|actions|jargon|scripts|benchmarks|tests)(\.|$))"
NOISE = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)


def from_a_library(filename: str) -> bool:
    path = os.path.abspath(filename or "")
    return not any(path.startswith(str(ROOT / folder) + os.sep) for folder in OUR_FOLDERS)


def is_noise(category: type, filename: str) -> bool:
    return issubclass(category, NOISE) and from_a_library(filename)


def quiet() -> None:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")     # TensorFlow's C++ INFO and WARNING
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")   # Rasa's SQLAlchemy 1.4 use
    for category in NOISE:
        warnings.filterwarnings("ignore", category=category, module=OURS)
    shown = warnings.showwarning
    if getattr(shown, "quiet", False):
        return

    def showwarning(message, category, filename, lineno, file=None, line=None):
        if not is_noise(category, filename):
            shown(message, category, filename, lineno, file, line)

    showwarning.quiet = True
    warnings.showwarning = showwarning
