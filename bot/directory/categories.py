"""The directory's seven headings, as one ORUK taxonomy with stable term ids.

The slot ``service_category`` takes the keys of ``CATEGORIES``. Term ids are UUIDs derived from
fixed names, so they stay the same in every copy of the directory and every test.
"""
from __future__ import annotations

import uuid
from typing import Dict, Optional

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://www.example.gov.uk/directory")

CATEGORIES: Dict[str, str] = {
    "looking_after_someone": "Looking after someone (carers)",
    "living_independently": "Living independently (help at home, meals, cleaning, adaptations)",
    "things_to_do": "Things to do in your community (groups, clubs, volunteering, lunch clubs)",
    "getting_out_and_about": "Getting out and about (transport, blue badge, bus pass)",
    "health_and_wellbeing": ("Health and wellbeing (exercise, stop smoking, mental wellbeing, "
                             "dementia support)"),
    "money_matters": "Money matters (benefits, bills, debt, paying for care)",
    "technology": "Technology (telecare, alarms, sensors, medication dispensers)",
}

TAXONOMY_NAME = "Exampleshire Adult Social Care and Communities Directory"
TAXONOMY_DESCRIPTION = ("The headings of the council's Adult Social Care and Communities "
                        "Directory.")
TAXONOMY_URI = "https://www.example.gov.uk/directory/taxonomy"
TAXONOMY_VERSION = "1.0"
TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy/categories"))

KEYWORD_TAXONOMY_NAME = "Exampleshire Directory Keywords"
KEYWORD_TAXONOMY_DESCRIPTION = "Free keywords that help people find a service."
KEYWORD_TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy/keywords"))

TECHNOLOGY_EXPLAINER = (
    "Telecare is equipment that helps you stay safe at home. "
    "A falls alarm is a button you wear on your wrist or neck. "
    "You press it if you fall, and someone answers and sends help. "
    "Door sensors can tell a carer when someone leaves the house at night. "
    "A medication dispenser is a box that opens at the right time. "
    "It beeps to remind you to take your tablets."
)


def short_heading(category: str) -> str:
    """The heading without the bracketed examples, e.g. "Looking after someone"."""
    return CATEGORIES[category].split(" (")[0]


def term_id(category: str) -> str:
    """The stable taxonomy_term id of a category."""
    return str(uuid.uuid5(NAMESPACE, f"taxonomy/categories/{category}"))


def keyword_term_id(keyword: str) -> str:
    """The stable taxonomy_term id of a free keyword."""
    return str(uuid.uuid5(NAMESPACE, f"taxonomy/keywords/{keyword.strip().lower()}"))


TERM_IDS: Dict[str, str] = {key: term_id(key) for key in CATEGORIES}
CATEGORY_BY_TERM_ID: Dict[str, str] = {value: key for key, value in TERM_IDS.items()}


def category_for_term(term_id_or_name: Optional[str]) -> Optional[str]:
    """Which category a taxonomy term stands for: by our term id, key or heading."""
    if not term_id_or_name:
        return None
    text = str(term_id_or_name).strip()
    if text in CATEGORY_BY_TERM_ID:
        return CATEGORY_BY_TERM_ID[text]
    lowered = text.lower()
    for key, heading in CATEGORIES.items():
        if lowered in (key, heading.lower(), short_heading(key).lower()):
            return key
    return None


def taxonomy_record() -> dict:
    """The ORUK taxonomy object for the headings, with its terms."""
    return {
        "id": TAXONOMY_ID, "name": TAXONOMY_NAME, "description": TAXONOMY_DESCRIPTION,
        "uri": TAXONOMY_URI, "version": TAXONOMY_VERSION,
        "taxonomy_terms": [term_record(key) for key in CATEGORIES],
    }


def term_record(category: str) -> dict:
    """The ORUK taxonomy_term object for one heading."""
    return {
        "id": TERM_IDS[category], "name": short_heading(category),
        "description": CATEGORIES[category], "taxonomy": TAXONOMY_NAME,
        "taxonomy_id": TAXONOMY_ID, "term": category,
        "term_uri": f"{TAXONOMY_URI}#{category}",
    }


def keyword_taxonomy_record() -> dict:
    """The ORUK taxonomy object that holds the free keywords."""
    return {"id": KEYWORD_TAXONOMY_ID, "name": KEYWORD_TAXONOMY_NAME,
            "description": KEYWORD_TAXONOMY_DESCRIPTION, "version": TAXONOMY_VERSION}


def keyword_term_record(keyword: str) -> dict:
    """The ORUK taxonomy_term object for one free keyword."""
    word = keyword.strip().lower()
    return {"id": keyword_term_id(word), "name": word, "description": f"Keyword: {word}",
            "taxonomy": KEYWORD_TAXONOMY_NAME, "taxonomy_id": KEYWORD_TAXONOMY_ID,
            "term": word}
