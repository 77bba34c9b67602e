"""Processes that never run a Rasa model keep TensorFlow out of memory.

spaCy (the plain-language engine, the safety net's patterns) imports thinc, and thinc imports
TensorFlow whenever it is installed, which Rasa makes sure of: about 365 MB and 5 seconds
for nothing in a process that only reads words. The gateway (its console's plain-words page)
and the action server call ``keep_tensorflow_out()`` before anything imports spaCy; thinc
then sees no TensorFlow and carries on without it. The Rasa server must not call it.

The Rasa server itself keeps jax out (``keep_jax_out``): TensorFlow's TFLite helpers import
it if it is installed (another package brings it in), for converting models to TFLite,
which Rasa never does: about 70 MB and a second or two of every start for nothing.
"""
from __future__ import annotations

import sys


def keep_tensorflow_out() -> None:
    if "tensorflow" not in sys.modules:
        sys.modules["tensorflow"] = None  # type: ignore[assignment]  # "import" now fails
    # thinc imports h5py (about 11 MB) only for its TensorFlow shim's weights: with
    # TensorFlow out it is never used ("try: import h5py" in thinc.compat).
    if "h5py" not in sys.modules:
        sys.modules["h5py"] = None  # type: ignore[assignment]


def keep_jax_out() -> None:
    if "jax" not in sys.modules:
        sys.modules["jax"] = None  # type: ignore[assignment]  # TFLite's "try: import jax" fails
