"""Rasa's REST channel, plus message metadata (which channel, staff-assisted or not).
Runs inside the Rasa server (credentials.yml names it); only the gateway calls it.

Rasa 3.6's own RestInput drops the ``metadata`` field of a request. This subclass keeps the
same URL (/webhooks/rest/webhook) and payload, and passes ``metadata`` to the tracker so
actions and reports know whether a message came from the web, Telegram or the console.
"""
from typing import Any, Dict, Optional, Text

from rasa.core.channels.rest import RestInput
from sanic.request import Request


class RestWithMetadataInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        body = request.json or {}
        metadata = body.get("metadata")
        return metadata if isinstance(metadata, dict) else None
