"""Intents that more than one part of the assistant acts on, each named once.

The Rasa side (bot/nlu), the generated form rules (scripts/gen_forms.py writes
data/rules/interruptions.yml from ``RETURNING`` and ``LEAVING``) and the action server's
answer-first engine (actions/form_engine.py) all read these tables, so an intent that
interrupts a form is declared here and nowhere else.
"""
CRISIS = "crisis"
SAFEGUARDING = "safeguarding_concern"
CHECK_IN = "safety_check_in"
SAFETY_INTENTS = (CRISIS, SAFEGUARDING, CHECK_IN)

# Intents that leave a form's question for a moment, with the action their rule runs; the
# form then comes back to the same question. Safety first. (The answer-first engine lets
# only these, and LEAVING, through: everything else at a question is an answer or a request
# it answers itself.)
RETURNING = {
    CRISIS: "action_crisis_support",
    SAFEGUARDING: "action_safeguarding_support",
    CHECK_IN: "action_safety_check_in",
    "explain_term": "action_explain_term",
    "request_human": "action_handoff",
    "resume": "action_resume",
    "complaint": "action_kind_route",
}
# Intents that end the form: their rule runs the action and closes the form.
LEAVING = {"pause": "action_pause", "stop": "action_stop"}
# A "yes" to the direct safety question is let through only then, so it has its own rules.
CHECK_IN_YES = {"crisis": "action_crisis_support", "safeguarding": "action_safeguarding_support"}

# Request kinds (bot/answers/requests.py) that are intents of their own.
KIND_TO_INTENT = {
    "stop": "stop",
    "pause": "pause",
    "start_again": "restart",
    "talk_to_person": "request_human",
    "menu": "ask_help",
}
