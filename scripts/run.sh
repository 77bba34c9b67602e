#!/usr/bin/env bash
# The assistant on embedded defaults: installs the pinned environment if needed, trains if
# config/domain/data changed, starts Rasa (API on, with a token), the action server and
# the local web chat, and prints the address. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export RASA_TELEMETRY_ENABLED=false
exec .venv/bin/python -m bot run "$@"
