"""How people reach the assistant.

- ``rest.py`` runs inside the Rasa server: Rasa's REST channel with message metadata, the
  only Rasa input channel (``credentials.yml``). Only the gateway calls it.
- ``relay.py`` and ``telegram.py`` run in the channel relay's own process and talk to the
  gateway's public API, never to Rasa. A new channel (WhatsApp, SMS) is one module like
  ``telegram.py`` on the contract in ``relay.py``; see ARCHITECTURE.md, "Where to add things".
"""
# Where a conversation happens, as the gateway names it in each message's metadata
# ("channel"), with the name reports show. A new channel adds itself here.
CHANNELS = {"web": "Web chat", "telegram": "Telegram", "staff": "Staff-assisted"}
# The conversation-id prefix of each relay channel. The gateway lets only a relay speak for
# these conversations and names the channel by the prefix; a new relay adds its own here.
RELAY_PREFIXES = {"tg-": "telegram"}


def relay_channel(sender: str):
    """The relay channel a conversation id belongs to ("telegram"), or None."""
    return next((name for prefix, name in RELAY_PREFIXES.items() if sender.startswith(prefix)),
                None)
