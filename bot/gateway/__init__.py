"""The gateway: the only part the public talks to. Serves the web chat, relays messages to
Rasa's REST channel, and hosts the staff console and the local Open Referral UK directory.

Runs in its own process (``python -m bot.gateway``). It must not import Rasa, TensorFlow,
spaCy or matplotlib to relay a message (tests/unit/test_process_boundaries.py)."""
