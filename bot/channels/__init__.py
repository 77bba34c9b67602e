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
