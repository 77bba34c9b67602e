#!/usr/bin/env bash
# Creates or refreshes the project's virtual environment from requirements/lock.txt.
# Why --no-deps: the lock is the whole environment, so pip never resolves or backtracks,
# and rasa 3.6's "Python <3.11" marker is ignored on purpose (every wheel runs on 3.11).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=.venv
LOCK=requirements/lock.txt
STAMP=$VENV/.lock-sha256
want=$(sha256sum "$LOCK" | cut -d' ' -f1)
if [ -x "$VENV/bin/python" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ]; then
  exit 0
fi
echo "Installing the pinned environment into $VENV (first run takes a few minutes)..."
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --no-deps --ignore-requires-python -r "$LOCK" 2>&1 \
  | grep -v "^WARNING: Location '.*' is ignored" || true
"$VENV/bin/python" -m pip check >/dev/null 2>&1 || true   # rasa's own pins are checked by tests
"$VENV/bin/python" -c "import rasa, rasa_sdk, spacy, textstat, telegram" 2>/dev/null \
  || { echo "The install did not finish: see the messages above." >&2; exit 1; }
echo "$want" > "$STAMP"
