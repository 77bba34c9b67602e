"""What the safety net makes of one message (``Assessment``), and the two ways the deciding
step builds one: a danger (crisis or abuse, clear or check-in) or a kind route."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Dict, Optional

from bot.safety import taxonomy


@dataclass(frozen=True)
class Assessment:
    tier: str                   # "clear" | "check_in" | "none"
    kind: Optional[str]         # "crisis" | "safeguarding" | "route" | None
    category: Optional[str]     # taxonomy id or None
    route: Optional[str]        # carer_strain | grief | money_worry | complaint | None
    evidence: str               # short span that decided it, for staff
    score: float                # 0..1 how sure the net is of danger
    # what raised it: "pattern" (a reviewed phrase or concept pattern) or "model" (the risk
    # classifier alone); the dialogue lets a "No" to the direct question quieten "model".
    signal: str = ""

    @property
    def is_danger(self) -> bool:
        return self.tier in ("clear", "check_in")

    def as_dict(self) -> Dict[str, Any]:
        return asdict(self)


NOTHING = Assessment("none", None, None, None, "", 0.0)

# Someone has just come in and the person must leave the chat ("he's back I have to go"):
# not an alarm and not a question, but a short, quiet goodbye with the numbers
# (actions/safety.py). Not a taxonomy category: nothing is asked or queued on it alone.
QUICK_EXIT = "quick_exit"


# signal "hint": someone arriving by car ("he's just pulled up"), a quick exit only when the
# conversation already holds a disclosure (the check-in action decides).
ARRIVAL_HINT = "hint"


def quick_exit(evidence: str, score: float, signal: str = "pattern") -> Assessment:
    return Assessment("none", "route", QUICK_EXIT, QUICK_EXIT, evidence[:120],
                      round(float(score), 3), signal)


def route(category: str, evidence: str, score: float) -> Assessment:
    return Assessment("none", "route", category, category, evidence, score)


def danger(tier: str, category: str, evidence: str, score: float,
           signal: str = "pattern") -> Assessment:
    kind = taxonomy.category_info(category)["kind"]
    return Assessment(tier, kind, category, None, evidence[:120], round(float(score), 3),
                      signal)
