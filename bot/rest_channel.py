"""Rasa's REST channel, plus message metadata (which channel, staff-assisted or not, easy read).
Runs inside the Rasa server (credentials.yml names it); only the gateway calls it.

Rasa 3.6's own RestInput drops the ``metadata`` field of a request. This subclass keeps the
same URL (/webhooks/rest/webhook) and payload, and passes ``metadata`` to the tracker so
actions and reports know whether a message came from the web, Telegram or the console.
When the metadata says ``easy_read: true``, the replies are rewritten in easy read
(bot/easy_read.py) before they are returned; the tracker keeps the standard words.
"""
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint
from sanic.request import Request

from bot import easy_read, easy_read_memory, easy_read_request


class RestWithMetadataInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        body = request.json or {}
        metadata = body.get("metadata")
        sender = body.get("sender") if isinstance(body.get("sender"), str) else None
        # Switched on in an earlier turn: on for this one too (bot/easy_read_memory.py).
        return easy_read_memory.with_remembered(
            sender, metadata if isinstance(metadata, dict) else None)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def handle(message: UserMessage) -> None:
            await on_new_message(message)
            channel = message.output_channel
            if not isinstance(channel, CollectingOutputChannel):
                return
            # Asked for in words this turn ("easier words please"), or on already.
            switched = easy_read_request.switched(channel.messages)
            if switched is not None:
                easy_read_memory.remember(message.sender_id, switched)
            if switched or (switched is None and easy_read.wanted(message.metadata)):
                channel.messages[:] = easy_read.rewrite(channel.messages)

        return super().blueprint(handle)
