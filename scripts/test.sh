#!/usr/bin/env bash
# Every test: installs what it needs from pinned files, trains if needed, checks the training
# data, runs the Rasa test stories, then pytest (unit, plain-language gate, REST, browser).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/setup-browser.sh
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 PYTHONPATH="$PWD"
PY=.venv/bin/python

echo "== Training (skipped when config, domain and data are unchanged)"
$PY -m bot train

echo "== Checking the training data"
$PY -m rasa data validate --quiet --fail-on-warnings

mkdir -p results
echo "== Rasa test stories"
model=$(ls models/care-*.tar.gz | head -n 1)
$PY -m rasa test core --model "$model" --stories tests/stories --fail-on-prediction-errors \
  --out results/core --quiet >results/core.log 2>&1 || { tail -n 60 results/core.log; \
  cat results/core/failed_test_stories.yml 2>/dev/null | head -n 80; exit 1; }
echo "Test stories passed."

echo "== pytest"
exec $PY -m pytest tests -q -p no:cacheprovider "$@"
