"""Which client sent a request, and whether it came over HTTPS.

``X-Forwarded-For`` and ``X-Forwarded-Proto`` are believed only when the direct peer is one
of the council's own proxies (CARE_TRUSTED_PROXIES: comma-separated addresses or networks,
empty by default), so nobody can pick their own address to dodge a limit.
"""
from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import Tuple

from bot import settings

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


@lru_cache(maxsize=4)
def _networks(raw: str) -> Tuple[ipaddress._BaseNetwork, ...]:
    nets = []
    for part in raw.split(","):
        part = part.strip()
        if part:
            nets.append(ipaddress.ip_network(part, strict=False))
    return tuple(nets)


def trusted(address: str, setting: str = "CARE_TRUSTED_PROXIES") -> bool:
    """True when ``address`` is one of the proxies named in the ``setting`` variable."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in net for net in _networks(settings.env(setting)))


def client_address(request) -> str:
    """The address of the person's device, or of the nearest untrusted hop."""
    peer = request.remote or ""
    if not trusted(peer):
        return peer
    hops = [h.strip() for h in request.headers.get("X-Forwarded-For", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not trusted(hop):
            return hop
    return peer


def is_https(request) -> bool:
    if request.scheme == "https":
        return True
    return trusted(request.remote or "") and \
        request.headers.get("X-Forwarded-Proto", "").lower() == "https"


def secure_cookies(request) -> bool:
    """Cookies are marked Secure unless this is a plain-HTTP run on the machine itself
    (``scripts/run.sh``), or CARE_INSECURE_COOKIES=1 says so for a test set-up."""
    if settings.env("CARE_INSECURE_COOKIES") == "1":
        return False
    if is_https(request):
        return True
    host = (request.host or "").rsplit(":", 1)[0] if not (request.host or "").startswith("[") \
        else (request.host or "").split("]")[0] + "]"
    return host not in LOOPBACK_HOSTS
