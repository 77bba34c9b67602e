"""Saying plainly when nothing in a list is for young people.

Round fourteen: "sumthing for yung peple like me to make frends im 22, armley" got Men's
Shed, Friday Coffee Morning and Knit and Natter, with no word that the directory has no
group for young adults. The search keeps out what is only for older people; when none of
what is left says it is for young people, the bot says so, and the list shows the nearest
groups for everyone. Only for things to do (a job search is for every age).
"""
from __future__ import annotations

from typing import Any, Dict, Optional

from bot.directory.facets import FOR_YOUNGER, YOUNGER_TO

NONE_FOR_YOUNG = ("I could not find a group just for young people. "
                  "These groups are for everyone.")


def for_young_people(service: Any) -> bool:
    said = " ".join([service.name or "", service.description or "",
                     *(getattr(service, "keywords", None) or []),
                     getattr(service, "eligibility", "") or ""])
    high = getattr(service, "maximum_age", None)
    return bool(FOR_YOUNGER.search(said)) or (high is not None and high <= YOUNGER_TO)


def none_for_young(outcome: Any) -> Optional[str]:
    """The plain sentence when young people were asked for and none of the first page is
    for them; else None."""
    facets = getattr(outcome, "facets", None)
    if getattr(outcome, "page", 1) != 1 or not getattr(outcome, "results", None) or \
            getattr(facets, "age", None) != "young" or \
            (getattr(outcome, "category", None) or "") != "things_to_do":
        return None
    if any(for_young_people(service) for service in outcome.results):
        return None
    return NONE_FOR_YOUNG


def all_texts() -> Dict[str, str]:
    return {"for_young_people/NONE_FOR_YOUNG": NONE_FOR_YOUNG}
