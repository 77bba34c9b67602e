"""The built-in directory, searched in-process with the same calls as ``OrukClient``.

When ``directory.base_url`` is empty the bot uses the local store (the same data the
gateway serves at /oruk) without a network hop: the action server and the gateway are
separate processes, and a file read is faster and cannot time out.
"""
from __future__ import annotations

from typing import Optional

from bot.directory import finder
from bot.directory.client import ResultPage
from bot.directory.database import DirectoryStore, open_default_store
from bot.directory.service_summary import ServiceSummary, summarise


class LocalDirectory:
    def __init__(self, store: Optional[DirectoryStore] = None):
        self.store = store or open_default_store()

    async def search(self, *, text: Optional[str] = None, taxonomy_term_id: Optional[str] = None,
                     postcode: Optional[str] = None, proximity: Optional[float] = None,
                     page: int = 1, per_page: int = 50) -> ResultPage:
        matches = finder.find_services(self.store, search=text,
                                       taxonomy_term_id=taxonomy_term_id, postcode=postcode,
                                       proximity=proximity, active_only=True)
        start = (page - 1) * per_page
        results = []
        for match in matches[start:start + per_page]:
            record = self.store.service_full(match.doc.id)
            if record:
                results.append(summarise(record, distance_m=match.distance_m))
        return ResultPage(results, len(matches), "local")

    async def service(self, service_id: str) -> Optional[ServiceSummary]:
        record = self.store.service_full(service_id)
        return summarise(record) if record else None
