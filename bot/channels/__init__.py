"""How people reach the assistant.

- ``rest.py`` runs inside the Rasa server: Rasa's REST channel with message metadata, the
  only Rasa input channel (``credentials.yml``). Only the gateway calls it.
- ``relay.py`` and ``telegram.py`` run in the channel relay's own process and talk to the
  gateway's public API, never to Rasa. A new channel (WhatsApp, SMS) is one module like
  ``telegram.py`` on the contract in ``relay.py``; see ARCHITECTURE.md, "Where to add things".
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Relay:
    """A channel with its own relay process (see ARCHITECTURE.md, "How to add a channel")."""
    name: str      # the channel, as the gateway names it in each message's metadata
    label: str     # as reports and the console show it
    prefix: str    # of its conversation ids: the gateway lets only the relay speak for them
    token: str     # the environment variable that turns it on (bot/stack.py starts it)
    module: str    # what ``python -m`` runs


# Every relay channel, one line each. A new channel (WhatsApp, SMS) adds its line here.
RELAYS = (
    Relay("telegram", "Telegram", "tg-", "TELEGRAM_BOT_TOKEN", "bot.channels.telegram"),
)
# Where a conversation happens, with the name reports show: the web chat, each relay, and a
# session an adviser starts for a caller.
CHANNELS = {"web": "Web chat", **{r.name: r.label for r in RELAYS}, "staff": "Staff-assisted"}
RELAY_PREFIXES = {r.prefix: r.name for r in RELAYS}


def relay_channel(sender: str):
    """The relay channel a conversation id belongs to ("telegram"), or None."""
    return next((name for prefix, name in RELAY_PREFIXES.items() if sender.startswith(prefix)),
                None)
