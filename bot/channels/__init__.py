"""How people reach the assistant.

- ``bot/rest_channel.py`` (not here) runs inside the Rasa server: Rasa's REST channel with
  message metadata, the only Rasa input channel (``credentials.yml``). Only the gateway calls it.
- ``relay.py`` and ``telegram.py`` run in the channel relay's own process and talk to the
  gateway's public API, never to Rasa. A new channel (WhatsApp, SMS) is one module like
  ``telegram.py`` on the contract in ``relay.py``; see ARCHITECTURE.md, "How to add a channel".

Each relay module declares itself in one line, ``RELAY = Relay(...)``; ``bot.channel_list``
reads those lines (as text) into ``RELAYS`` and ``CHANNELS``, repeated here for the importers.
"""
from bot.channel_list import (CHANNELS, RELAY_PREFIXES, RELAYS, Relay, find_relays,  # noqa: F401
                              relay_channel)
