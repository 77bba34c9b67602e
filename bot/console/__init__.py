"""The contact-centre console: staff see the hand-off queue, take conversations over, reply
through the person's own channel, hand back to the bot, and start sessions for callers.
Every look and every action is written to the audit log.
"""
