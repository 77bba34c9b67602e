"""Command line for the directory.

  python -m bot.directory import FILE_OR_DIR [--db PATH]   load an ORUK JSON export or CSV package
  python -m bot.directory serve [--port 8100] [--db PATH]  run the ORUK 3.0 API on its own
  python -m bot.directory search "need" [--postcode LS6]   try a search as the bot would
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from typing import List, Optional

from aiohttp import web

from bot.directory.database import DirectoryStore, default_path
from bot.directory.importer import ImportError_, import_path
from bot.directory.present import format_results
from bot.directory.search import search_services
from bot.directory.server import create_app


def _store(db: Optional[str], seed: bool = True):
    return DirectoryStore(db or default_path(), seed=seed)


def cmd_import(args: argparse.Namespace) -> int:
    store = _store(args.db, seed=False)
    try:
        report = import_path(store, args.path)
    except ImportError_ as error:
        print(f"Could not import: {error}", file=sys.stderr)
        return 1
    print(report.text())
    print(f"The directory now holds {store.count('service')} services ({store.path}).")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    store = _store(args.db)
    print(f"ORUK 3.0 directory ({store.count('service')} services) on "
          f"http://{args.host}:{args.port}/", flush=True)
    web.run_app(create_app(store), host=args.host, port=args.port, print=None)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    outcome = asyncio.run(search_services(args.category, args.text, args.postcode,
                                          page=args.page))
    for message in format_results(outcome):
        print(message["text"], end="\n\n")
    print(f"[source: {outcome.source}, category: {outcome.category}, total: {outcome.total}]")
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.directory", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="load an ORUK 3.0 JSON export or HSDS CSV package")
    imp.add_argument("path")
    imp.add_argument("--db", help="SQLite file (default: var/directory.db)")
    imp.set_defaults(func=cmd_import)
    serve = sub.add_parser("serve", help="run the ORUK 3.0 API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8100)
    serve.add_argument("--db", help="SQLite file (default: var/directory.db)")
    serve.set_defaults(func=cmd_serve)
    search = sub.add_parser("search", help="search as the bot would and print the messages")
    search.add_argument("text", nargs="?")
    search.add_argument("--category")
    search.add_argument("--postcode")
    search.add_argument("--page", type=int, default=1)
    search.set_defaults(func=cmd_search)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
