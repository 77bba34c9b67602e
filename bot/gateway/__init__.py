"""The gateway: the only part the public talks to. Serves the web chat, relays messages to
Rasa's REST channel, and hosts the local Open Referral UK directory."""
