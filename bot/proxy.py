"""A small round-robin HTTP proxy, so several Rasa or action-server processes can share work.

It is for the local scale-out set-up and its tests. In production use the load balancer you
already run (nginx, HAProxy, a Kubernetes Service); this does the same simple job.
"""
from __future__ import annotations

import argparse
import itertools
from typing import List

import aiohttp
from aiohttp import web

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host",
               "content-encoding"}


def create_proxy(backends: List[str]) -> web.Application:
    rotation = itertools.cycle(backends)
    app = web.Application(client_max_size=16 * 1024 * 1024)
    served = {backend: 0 for backend in backends}

    async def session_ctx(app: web.Application):
        app["session"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120))
        yield
        await app["session"].close()

    async def forward(request: web.Request) -> web.StreamResponse:
        backend = next(rotation)
        served[backend] += 1
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_HEADERS}
        body = await request.read()
        try:
            async with app["session"].request(request.method, backend + request.rel_url.path_qs,
                                              headers=headers, data=body) as upstream:
                payload = await upstream.read()
                out = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_HEADERS}
                return web.Response(status=upstream.status, body=payload, headers=out)
        except aiohttp.ClientError:
            return web.json_response({"error": "backend unavailable"}, status=502)

    async def stats(request: web.Request) -> web.Response:
        return web.json_response(served)

    app.cleanup_ctx.append(session_ctx)
    app.router.add_get("/_proxy/stats", stats)
    app.router.add_route("*", "/{tail:.*}", forward)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.proxy")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("backends", nargs="+", help="e.g. http://127.0.0.1:5006")
    args = parser.parse_args()
    web.run_app(create_proxy([b.rstrip("/") for b in args.backends]), host="127.0.0.1",
                port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
