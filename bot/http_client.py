"""One aiohttp session per client, opened on first use: the base of the gateway's Rasa
client and of every channel relay's gateway client. Light: imports aiohttp only."""
from __future__ import annotations

from typing import Dict, Optional

import aiohttp


class HttpClient:
    def __init__(self, base_url: str, timeout: float = 30.0,
                 headers: Optional[Dict[str, str]] = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.headers = headers or {}
        self._session: Optional[aiohttp.ClientSession] = None

    async def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout, headers=self.headers)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
