"""The contact-centre console: staff see the hand-off queue (paged, filtered, searched by
reference), take conversations over, reply through the person's own channel under their
display name, hand back to the bot or close a request with an outcome, and start sessions
for callers. Every look and every action is written to the audit log (audit_log.py).

Hand-off state comes from bot/data/handoffs.py; Rasa through the client the gateway passes
to ``app.create_app``. Nothing here imports the gateway.
"""
