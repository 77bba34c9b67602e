"""Whether a message only asks if help costs ("does it cost anything? we're not well off"),
not for a kind of place ("does the lunch club cost anything": the search shows each cost).

Round fourteen: "ok. and does it cost anything? we're not well off, i gave up my job at the
school" was searched under money matters and got Job Club and Work Tasters; "i was asking if
the carers assessment costs money" started the assessment. The answer is honest about cost
(bot/answers/money_questions.py: a carer's assessment is free; help may cost something).
"""
from __future__ import annotations

from bot.answers.money_questions import COSTS_ASKED, asks_what_help_costs
from bot.directory.facets import read_facets
from bot.directory.needs import categorise

# Headings a cost question may name and still be only about cost: money itself, or the
# carer's own help ("the carers assessment").
COST_ONLY = (None, "money_matters", "looking_after_someone")


def asks_for_a_kind(text: str) -> bool:
    """It names a kind of place besides the cost ("the lunch club", "a blue badge")."""
    rest = COSTS_ASKED.sub(" ", str(text or ""))
    return bool(read_facets(rest).activity) or categorise(rest) not in COST_ONLY


def asks_only_what_help_costs(text: str) -> bool:
    return asks_what_help_costs(text) and not asks_for_a_kind(text)
