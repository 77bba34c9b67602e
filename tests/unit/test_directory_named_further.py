"""Round nine: "is there meals on wheels near LS18" showed frozen meals, garden helpers and
pet helpers, all near; the directory's Meals on Wheels (5 miles away) was never shown. A
service the person names is shown, with its distance, even when it is not the nearest."""
from __future__ import annotations

import pytest

from bot.directory.cache import ResultCache
from bot.directory.search import search_services
from bot.directory.textmatch import names_it


@pytest.mark.parametrize("text, wanted", [
    ("is there meals on wheels near LS18", "Meals on Wheels"),
    ("ring and ride near LS18", "Ring and Ride Minibus"),
    ("any bereavement groups near LS18", "Bereavement Support Group"),
])
async def test_a_named_kind_of_service_is_shown_first_even_further_away(client, text, wanted):
    outcome = await search_services(None, text, "LS18 4AA", client=client, cache=ResultCache())
    assert outcome.results[0].name == wanted
    assert outcome.results[0].distance_miles is not None


async def test_weaker_matches_come_before_places_that_only_share_the_heading(client):
    outcome = await search_services("living_independently", "is there meals on wheels near LS18",
                                    "LS18 4AA", client=client, cache=ResultCache())
    names = [r.name for r in outcome.results]
    assert names.index("Frozen Meals Delivery") < names.index("Garden Helpers") \
        if "Garden Helpers" in names else "Frozen Meals Delivery" in names


@pytest.mark.parametrize("text, name, keywords, named", [
    ("is there meals on wheels near me", "Meals on Wheels", ["hot meal"], True),
    ("a lunch club please", "Tuesday Lunch Club", ["lunch club"], True),
    ("meals please", "Meals on Wheels", ["meals"], False),
    ("my wheels are broken", "Meals on Wheels", [], False),
])
def test_a_name_or_keyword_phrase_in_their_words_names_it(text, name, keywords, named):
    assert names_it(text, name=name, keywords=keywords) is named
