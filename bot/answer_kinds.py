"""The kinds of answer a question takes: the kind decides how a reply is read (the form
engine's readers) and how it is shown; never the slot's name.

Declared on each assessment question (bot/assessment/questions.py) and on every form slot
(bot/form_slots.py, which names them for the engine as ``form_slots.SCALE`` and so on).
"""
FREE_TEXT = "free_text"      # the person's own words
NAME = "name"                # "Margaret but she goes by Peggy" -> Peggy
ABOUT = "about"              # me / my mum / a caller
CONSENT = "consent"          # yes or no to keeping what they say
OUTCOME = "outcome"          # free words, or "this is going fine"
SCALE = "scale"              # 1 to 10
CONFIRM = "confirm"          # is this summary right?
CHANGE = "change"            # which part to change
SURVEY_TYPE = "survey_type"  # which survey
STATEMENT = "statement"      # a survey statement (agree ... disagree, yes/no, or words)
COMMENT = "comment"          # survey comment, redacted
YES_NO = "yes_no"
CONTACT = "contact"          # phone or email, parsed and read back
BEST_TIME = "best_time"
SAFE_CONTACT = "safe_contact"
SAFETY_CHECK = "safety_check"  # the direct question after a possible disclosure
SAFETY_NEXT = "safety_next"    # carry on, stop, or talk to someone after a disclosure
SAFETY_WISH = "safety_wish"    # "what would you like to happen?" (Making Safeguarding Personal)
ON_BEHALF = "on_behalf"        # does the person being talked about know and agree?

SCREEN = "screen"              # "is anything about ... hard just now?": opens deeper questions
