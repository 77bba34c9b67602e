"""Runs the gateway: ``python -m bot.gateway --port 8000``."""
import argparse
import logging
import os

from aiohttp import web

from bot import logredact
from bot.quiet import quiet
from bot.security import files
from bot.gateway.app import create_app


def main() -> None:
    quiet()
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
