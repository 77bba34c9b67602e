"""The safety net: spots danger to life and abuse in what people write, without crying wolf.

Stable API (the dialogue side, the gateway and the staff queue call only these):

``assess(text: str) -> Assessment``
    Frozen dataclass with:
      tier      "clear" (answer at once) | "check_in" (ask one direct question) | "none"
      kind      "crisis" | "safeguarding" | "route" | None
      category  a taxonomy id (taxonomy.yml), e.g. "suicide_method", "abuse_financial",
                "carer_strain"; None when nothing was found
      route     for kind "route": "carer_strain" | "grief" | "money_worry" | "complaint";
                otherwise None
      evidence  the short span that decided it, for staff ("" when nothing)
      signal    "pattern" or "model" (the risk classifier alone), for the dialogue's
                quiet spell after a "No" (cooldown.py)
      score     0..1, how sure the net is of danger (for the staff queue's order)
    Pure (no Rasa), p95 under 5 ms a message after warm-up. Button payloads ("/affirm")
    and empty text give tier "none".

``category_info(category: str) -> dict``
    From taxonomy.yml: kind, tier (default), response (key), helplines (keys), priority
    (1 = highest), note, category. A kind ("crisis", "safeguarding") gives its default.

``response_for(category_or_kind: str, *, is_open: bool, council=settings) -> SafetyResponse``
    SafetyResponse(heading, lines, numbers, buttons, category, kind): heading "If anyone is
    in danger now, call 999" (routes have their own); lines are short plain sentences with
    999 first where it applies; numbers are (label, number, "tel"|"sms", href) with
    "tel:999" / "sms:85258?body=SHOUT"; buttons carry on (/resume), stop (/stop) and talk
    to a person (/request_human). Out of hours it says who can help now.

``check_in_question(kind: str) -> (text, buttons)``
    kind "suicide" (or a suicide_* category), "safeguarding" (or an abuse category), or
    "crisis": the one direct question, with Yes (/affirm), No (/deny) and
    "I'd rather not say" (/deny) buttons.

How it decides (engine.py): the message is normalised (normalise.py), then reviewed
phrases and spaCy concept patterns (concepts.py) over lemmas find danger, context rules
(context.py) set aside negation, past-and-resolved, hypothetical, media and chosen
arrangements, and a risk classifier trained on the labelled corpus (classifier.py) weighs
the whole message. The NLU component (bot/nlu/safety_net.py) turns the assessment into intents.
"""
from bot.safety.assessment import Assessment
from bot.safety.responses import SafetyResponse, check_in_question, response_for
from bot.safety.taxonomy import category_info

__all__ = ["Assessment", "assess", "category_info", "response_for", "SafetyResponse",
           "check_in_question"]


def __getattr__(name: str):
    """``assess`` is imported on first use: the action server reads the taxonomy, the
    responses and the cooldown from this package but never assesses a message, and the
    engine's risk classifier would keep numpy's and scipy's sparse matrices in its memory
    (about 17 MB) for nothing."""
    if name == "assess":
        from bot.safety.engine import assess

        return assess
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
