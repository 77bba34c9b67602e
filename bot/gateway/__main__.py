"""Runs the gateway: ``python -m bot.gateway --port 8000``.

The gateway process: the web chat, ``/api`` (relayed to Rasa's REST channel), the staff
console and the local directory. It never imports Rasa or TensorFlow, and loads spaCy only
when staff open the plain-words page; tests/unit/test_process_boundaries.py checks what
importing it pulls in.
"""
import argparse
import logging
import os

from bot.lean import keep_tensorflow_out
from bot.quiet import quiet

quiet()
keep_tensorflow_out()

from aiohttp import web  # noqa: E402

from bot import logredact  # noqa: E402
from bot.gateway.app import create_app  # noqa: E402
from bot.security import files  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.gateway")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    os.umask(files.PRIVATE_UMASK)        # databases and secrets it makes: owner only
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logredact.install()
    web.run_app(create_app(), host=args.host, port=args.port, access_log=None)


if __name__ == "__main__":
    main()
