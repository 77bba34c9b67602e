"""Async client for an Open Referral UK directory: ORUK 3.0, tolerant of older v1 feeds.

Asks ``/services`` with both the 3.0 (``search``) and v1 (``text``) parameter names, reads
either paged wrapper (3.0 ``contents``/``total_items`` or v1 ``content``/``totalElements``)
and turns every record into a ``ServiceSummary``. Anything wrong (timeout, refused, HTTP
error, bad JSON, odd shape) raises ``DirectoryUnavailable`` for the search to catch.
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import aiohttp

from bot import settings
from bot.directory import postcodes
from bot.directory.service_summary import ServiceSummary, summarise

DEFAULT_TIMEOUT = 2.0


class DirectoryUnavailable(Exception):
    """The directory did not give a usable answer; ``reason`` says why, for logs."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class ResultPage:
    results: List[ServiceSummary]
    total: int
    api_version: str = "3.0"


def parse_page(data: Any, origin: Optional[Tuple[float, float]] = None) -> ResultPage:
    """A 3.0 or v1 paged list (or a bare list) as summaries. Raises on any other shape."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items, total, version = data["contents"], data.get("total_items"), "3.0"
    elif isinstance(data, dict) and isinstance(data.get("content"), list):
        items, total, version = data["content"], data.get("totalElements"), "1.0"
    elif isinstance(data, list):
        items, total, version = data, len(data), "unknown"
    else:
        raise DirectoryUnavailable("the directory answered with an unexpected shape")
    results: List[ServiceSummary] = []
    seen = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        service = item
        if isinstance(item.get("service"), dict):  # a service_at_location
            service = dict(item["service"])
            if isinstance(item.get("location"), dict):
                service.setdefault("service_at_locations", [{"location": item["location"]}])
        if not service.get("id") or not service.get("name"):
            continue
        summary = summarise(service, origin=origin)
        if summary.id not in seen:
            seen.add(summary.id)
            results.append(summary)
    try:
        total = max(int(total), len(results))
    except (TypeError, ValueError):
        total = len(results)
    return ResultPage(results, total, version)


class OrukClient:
    """Talks to one ORUK directory over HTTP. ``base_url`` and timeout default to settings."""

    def __init__(self, base_url: Optional[str] = None, timeout: Optional[float] = None,
                 session: Optional[aiohttp.ClientSession] = None):
        self.base_url = (base_url or str(settings.get("directory.base_url") or "")).rstrip("/")
        if not self.base_url:
            raise ValueError("OrukClient needs a base URL; use LocalDirectory for the built-in one")
        self.timeout = float(timeout or settings.get("directory.timeout_seconds")
                             or DEFAULT_TIMEOUT)
        self._session = session

    async def _get_json(self, path: str, params: Dict[str, Any]) -> Any:
        url = f"{self.base_url}{path}"
        clean = {k: str(v) for k, v in params.items() if v not in (None, "")}
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        try:
            if self._session is not None:
                return await self._fetch(self._session, url, clean, timeout)
            async with aiohttp.ClientSession(timeout=timeout) as session:
                return await self._fetch(session, url, clean, timeout)
        except DirectoryUnavailable:
            raise
        except asyncio.TimeoutError:
            raise DirectoryUnavailable(f"no answer within {self.timeout} seconds") from None
        except aiohttp.ClientError as error:
            raise DirectoryUnavailable(f"cannot reach the directory: "
                                       f"{type(error).__name__}") from None

    @staticmethod
    async def _fetch(session: aiohttp.ClientSession, url: str, params: Dict[str, str],
                     timeout: aiohttp.ClientTimeout) -> Any:
        async with session.get(url, params=params, timeout=timeout,
                               headers={"Accept": "application/json"}) as response:
            if response.status >= 400:
                raise DirectoryUnavailable(f"the directory answered HTTP {response.status}")
            body = await response.read()
        try:
            return json.loads(body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            raise DirectoryUnavailable("the directory's answer was not valid JSON") from None

    async def search(self, *, text: Optional[str] = None, taxonomy_term_id: Optional[str] = None,
                     postcode: Optional[str] = None, proximity: Optional[float] = None,
                     page: int = 1, per_page: int = 50) -> ResultPage:
        """One page of services, in the directory's order, as summaries."""
        params = {"search": text, "text": text, "taxonomy_term_id": taxonomy_term_id,
                  "postcode": postcode, "proximity": int(proximity) if proximity else None,
                  "page": page, "per_page": per_page, "full": "true"}
        data = await self._get_json("/services", params)
        origin = postcodes.centroid(postcode) if postcode else None
        return parse_page(data, origin)

    async def service(self, service_id: str) -> Optional[ServiceSummary]:
        """One service by id, or None if the directory does not have it."""
        try:
            data = await self._get_json(f"/services/{service_id}", {})
        except DirectoryUnavailable as error:
            if "HTTP 404" in error.reason:
                return None
            raise
        if not isinstance(data, dict) or not data.get("id"):
            raise DirectoryUnavailable("the directory answered with an unexpected shape")
        return summarise(data)
