"""The action server, as rasa-sdk runs it, with two guards: it listens on 127.0.0.1 unless
told otherwise, and it refuses every call that does not carry the shared secret Rasa sends
(``X-Action-Key``, set in endpoints.yml from CARE_ACTION_SECRET).

Without them anybody who could reach the port could run actions as any conversation:
plant hand-offs and summaries, write survey rows, or try resume codes.

    python -m bot.action_server --port 5055 [--host 127.0.0.1]
"""
from __future__ import annotations

import argparse
import logging
import os

from bot.lean import keep_tensorflow_out
from bot.quiet import quiet

# At import, not in main(): Sanic's worker processes import this module again, not main().
quiet()
keep_tensorflow_out()   # actions use spaCy, never a Rasa model

from sanic import response

from bot import logredact, settings
from bot.security import files
from bot.security import secrets_file

HEADER = "X-Action-Key"
OPEN_PATHS = ("/health",)
log = logging.getLogger("bot.action_server")


def create_app(secret: str, actions: str = "actions"):
    # Lazy: Sanic's app after keep_tensorflow_out() and the quiet warnings filters.
    from rasa_sdk.endpoint import create_app as create_sdk_app

    app = create_sdk_app(actions, cors_origins=[])

    @app.middleware("request")
    async def require_secret(request):
        if request.path in OPEN_PATHS:
            return None
        if not secrets_file.same(request.headers.get(HEADER), secret):
            log.warning("Refused an action call without the shared secret")
            return response.json({"error": "forbidden"}, status=403)
        return None

    @app.exception(Exception)
    async def plain_error(request, exception: Exception):
        # rasa-sdk's own handler sends the whole request (the tracker) back in the error
        # and logs it; this one keeps both short.
        log.error("An action failed: %s", type(exception).__name__)
        return response.json({"error": "the action failed"}, status=500)

    return app


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.action_server")
    parser.add_argument("--host", default=settings.env("CARE_ACTIONS_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--actions", default="actions")
    args = parser.parse_args(argv)

    os.umask(files.PRIVATE_UMASK)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s - %(message)s")
    logredact.install()
    app = create_app(secrets_file.action_secret(), args.actions)
    log.info("Action server listening on %s:%s", args.host, args.port)
    app.run(args.host, args.port, workers=1, access_log=False, motd=False)


if __name__ == "__main__":
    main()
