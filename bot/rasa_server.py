"""Runs ``rasa`` with its HTTP API token taken from the environment (RASA_TOKEN) or the
data folder (``var/rasa-token``) instead of the command line, where ``ps`` would show it
to every user of the machine. Rasa itself only takes the token as an argument, so this
adds it inside the process: ``/proc/<pid>/cmdline`` keeps the command as started.

Python warnings are routed through logging (and so through the redactor) before Rasa
starts: Rasa reports unparsable "/intent{...}" messages as warnings quoting the text.

    python -m bot.rasa_server run --enable-api --model models/x.tar.gz ...
"""
from __future__ import annotations

import logging
import sys

from bot import schema_check
from bot.lean import keep_jax_out
from bot.quiet import quiet
from bot.security import secrets_file

# At import, not in main(): Sanic's worker processes import this module again, not main().
quiet()
keep_jax_out()      # before TensorFlow: its TFLite helpers would load jax (bot/lean.py)


def token() -> str:
    return secrets_file.secret("rasa-token", "RASA_TOKEN")


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["run"] and "--enable-api" in args and \
            not any(a.startswith(("--auth-token", "-t")) for a in args):
        args.append(f"--auth-token={token()}")
    logging.captureWarnings(True)
    quiet()
    schema_check.install()      # each action reply's schema checked once, not every call
    sys.argv = ["rasa", *args]
    # Lazy: Rasa (TensorFlow) after quiet() and sys.argv are set.
    from bot import fast_load

    fast_load.install()         # DIET and TED load without the one-step fit (bot/fast_load.py)
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
