"""The Open Referral UK 3.0 API over a local store, as a standalone aiohttp application.

The gateway mounts it at ``/oruk``; ``python -m bot.directory serve`` runs it alone. Responses
follow the ORUK 3.0 schemas (tests validate them): ``/`` says ``"version": "HSDS-UK-3.0"``,
lists are paged as ``{total_items, total_pages, page_number, size, first_page, last_page,
empty, contents}``. Every response allows any origin (ORUK compliance asks for CORS).
"""
from __future__ import annotations

import math
from typing import Any, Callable, Dict, List, Optional

from aiohttp import web

from bot.directory import finder, postcodes
from bot.directory.database import DirectoryStore
from bot.directory.database import open_default_store

VERSION = "HSDS-UK-3.0"
PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md"
OPENAPI_URL = "https://openreferraluk.org/specifications/3.0/openapi.json"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500
STORE_KEY = web.AppKey("directory_store", DirectoryStore)


class BadRequest(ValueError):
    """A query parameter the API cannot use; answered with 400 and a plain reason."""


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status)


def _error(status: int, message: str) -> web.Response:
    return _json({"error": message, "status": status}, status=status)


@web.middleware
async def oruk_middleware(request: web.Request, handler: Callable) -> web.StreamResponse:
    """CORS for every answer; bad parameters become 400 instead of a server error."""
    try:
        response = await handler(request)
    except BadRequest as error:
        response = _error(400, str(error))
    except web.HTTPException as error:
        if error.status < 400:
            raise
        response = _error(error.status, error.reason)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _int_param(request: web.Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number") from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return value


def _paging(request: web.Request) -> tuple:
    page = _int_param(request, "page", 1, 1, 1_000_000)
    per_page = _int_param(request, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    return page, per_page


def _flag(request: web.Request, name: str) -> bool:
    return request.query.get(name, "").lower() in ("1", "true", "yes")


def paged(items: List[Any], page: int, per_page: int,
          render: Callable[[Any], Optional[Dict[str, Any]]] = lambda x: x) -> Dict[str, Any]:
    """The ORUK 3.0 paged list around one page of ``items``."""
    total = len(items)
    total_pages = math.ceil(total / per_page) if total else 0
    start = (page - 1) * per_page
    contents = [c for c in (render(item) for item in items[start:start + per_page]) if c]
    return {"total_items": total, "total_pages": total_pages, "page_number": page,
            "size": len(contents), "first_page": page == 1,
            "last_page": page >= total_pages, "empty": not contents, "contents": contents}


def _postcode_filters(request: web.Request) -> Dict[str, Any]:
    postcode = request.query.get("postcode") or None
    if postcode:
        check = postcodes.check_postcode(postcode)
        if not check.ok:
            raise BadRequest(check.error or "postcode is not valid")
        postcode = check.text
    proximity = None
    if request.query.get("proximity"):
        try:
            proximity = float(request.query["proximity"])
        except ValueError:
            raise BadRequest("proximity must be a number of metres") from None
        if proximity <= 0:
            raise BadRequest("proximity must be more than 0 metres")
    return {"postcode": postcode, "proximity": proximity}


def _filters(request: web.Request) -> Dict[str, Any]:
    query = request.query
    return {"search": query.get("search") or query.get("text") or None,
            "taxonomy_term_id": query.get("taxonomy_term_id") or None,
            "taxonomy_id": query.get("taxonomy_id") or None,
            "organization_id": query.get("organization_id") or None,
            **_postcode_filters(request)}


def _store(request: web.Request) -> DirectoryStore:
    return request.app[STORE_KEY]


async def api_details(request: web.Request) -> web.Response:
    return _json({"version": VERSION, "profile": PROFILE, "openapi_url": OPENAPI_URL})


async def list_services(request: web.Request) -> web.Response:
    store = _store(request)
    page, per_page = _paging(request)
    matches = finder.find_services(store, **_filters(request))
    full = _flag(request, "full")

    def render(match: finder.Match) -> Optional[Dict[str, Any]]:
        record = (store.service_full if full else store.service_basic)(match.doc.id)
        return record

    return _json(paged(matches, page, per_page, render))


def _get_one(what: str, read: str):
    """The handler for one record by id: the store's ``read`` method, or a 404 naming ``what``."""
    async def handler(request: web.Request) -> web.Response:
        record = getattr(_store(request), read)(request.match_info["id"])
        return _json(record) if record else _error(404, f"No {what} has that id.")
    return handler


get_service = _get_one("service", "service_full")


async def list_service_at_locations(request: web.Request) -> web.Response:
    store = _store(request)
    page, per_page = _paging(request)
    matches = finder.find_service_at_locations(store, **_filters(request))
    return _json(paged(matches, page, per_page,
                       lambda m: store.service_at_location_full(m.link_id)))


get_service_at_location = _get_one("service at location", "service_at_location_full")


def _search_names(records: List[Dict[str, Any]], text: Optional[str]) -> List[Dict[str, Any]]:
    if not text:
        return records
    needle = text.lower()
    return [r for r in records
            if needle in f"{r.get('name', '')} {r.get('description', '')}".lower()]


async def list_taxonomies(request: web.Request) -> web.Response:
    page, per_page = _paging(request)
    records = _search_names(_store(request).taxonomies(), request.query.get("search"))
    return _json(paged(records, page, per_page))


get_taxonomy = _get_one("taxonomy", "taxonomy")


async def list_taxonomy_terms(request: web.Request) -> web.Response:
    page, per_page = _paging(request)
    records = _store(request).taxonomy_terms(
        taxonomy_id=request.query.get("taxonomy_id") or None,
        parent_id=request.query.get("parent_id") or None,
        top_only=_flag(request, "top_only"))
    return _json(paged(_search_names(records, request.query.get("search")), page, per_page))


get_taxonomy_term = _get_one("taxonomy term", "taxonomy_term")


async def list_organizations(request: web.Request) -> web.Response:
    store = _store(request)
    page, per_page = _paging(request)
    records = [store.organization(r["id"]) for r in store.rows("organization",
                                                               "1=1 ORDER BY name")]
    return _json(paged(_search_names(records, request.query.get("search")), page, per_page))


get_organization = _get_one("organization", "organization")


def create_app(store: Optional[DirectoryStore] = None) -> web.Application:
    """The ORUK 3.0 API for ``store`` (default: the shared store under ``var/``)."""
    if store is None:
        store = open_default_store()
    app = web.Application(middlewares=[oruk_middleware])
    app[STORE_KEY] = store
    routes = [
        ("/", api_details),
        ("/services", list_services), ("/services/{id}", get_service),
        ("/service_at_locations", list_service_at_locations),
        ("/service_at_locations/{id}", get_service_at_location),
        ("/taxonomies", list_taxonomies), ("/taxonomies/{id}", get_taxonomy),
        ("/taxonomy_terms", list_taxonomy_terms), ("/taxonomy_terms/{id}", get_taxonomy_term),
        ("/organizations", list_organizations), ("/organizations/{id}", get_organization),
    ]
    for path, handler in routes:
        app.router.add_get(path, handler)
    return app
