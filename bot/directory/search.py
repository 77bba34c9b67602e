"""The one call the bot makes to find local help: ``search_services``. It never raises.

1. Work out the heading (given, or from the person's words with ``categorise``).
2. Check the postcode; a wrong one gives ``postcode_error`` and the search goes on without it.
3. Ask the directory (local store, or the council's ORUK API) within the time limit, rank
   the answers by how well they match the words, then by distance, and keep a copy.
   Keep only those that meet what the request asks for (activity, wheelchair access, cost,
   day: ``facets``); when none does, show the nearest alternatives and say so.
4. If the directory is slow, down, broken or has nothing, use the last good copy ("cache"),
   and failing that a plain message with the council's phone number and web address ("none").
"""
from __future__ import annotations

import asyncio
import logging
import math
from dataclasses import dataclass, field, replace
from typing import Any, List, Optional, Tuple

from bot import settings
from bot.directory import categories, postcodes
from bot.directory.cache import ResultCache, cache_key, open_default_cache
from bot.directory.client import DirectoryUnavailable, OrukClient, ResultPage
from bot.directory.local import LocalDirectory
from bot.directory.exclusions import without_turned_down
from bot.directory.facets import (ACTIVITIES, EITHER, Facets, alike, comes_to_you, language_first,
                                  narrow,
                                  near_kind, offers,
                                  read_facets, role_not_asked)
from bot.directory.needs import categorise
from bot.directory.service_summary import ServiceSummary
from bot.directory.textmatch import content_stems, names_it, relevance

__all__ = ["SearchOutcome", "categorise", "search_services", "search_nearer", "rank"]

log = logging.getLogger(__name__)

WINDOW = 100  # results fetched at once, so ranking and paging happen over the whole set
CATEGORY_BONUS = 2.0
INACTIVE = {"inactive", "defunct"}
# Words to search by when a remote directory does not use our headings' taxonomy.
SEARCH_WORDS = {
    "looking_after_someone": "carers",
    "living_independently": "home help",
    "things_to_do": "groups clubs",
    "getting_out_and_about": "transport",
    "health_and_wellbeing": "health wellbeing",
    "money_matters": "money advice benefits",
    "technology": "telecare alarms",
}


@dataclass
class SearchOutcome:
    """What a search found and how: ``source`` is "live", "cache" or "none"."""

    results: List[ServiceSummary] = field(default_factory=list)
    total: int = 0
    has_more: bool = False
    source: str = "none"
    postcode_error: Optional[str] = None
    category: Optional[str] = None
    fallback_message: Optional[str] = None
    page: int = 1
    postcode: Optional[str] = None
    text: Optional[str] = None
    facets: Facets = field(default_factory=Facets)
    alternatives: bool = False  # nothing met every facet: these are the nearest instead
    # "anything nearer?": the place shown before is still the nearest of its kind; the
    # results are then other kinds of place nearer than it (bot/directory/present.py).
    nearest_known: Optional[ServiceSummary] = None


NOT_REACHED = "I cannot look up local help right now."
NOTHING_FOUND = "I could not find anything for that in the directory."


def fallback_message(reached: bool = False, first: Optional[str] = None) -> str:
    """Where to turn instead: the council's phone number and directory web address."""
    phone = settings.get("council.adult_social_care_phone", "")
    website = settings.get("council.directory_website", "")
    first = first or (NOTHING_FOUND if reached else NOT_REACHED)
    return f"{first} Please call us on {phone}, or look at {website}."


def per_page() -> int:
    try:
        return max(1, int(settings.get("directory.results_per_page") or 3))
    except (TypeError, ValueError):
        return 3


def time_limit() -> float:
    try:
        return max(0.1, float(settings.get("directory.timeout_seconds") or 2.0))
    except (TypeError, ValueError):
        return 2.0


def default_client() -> Any:
    if str(settings.get("directory.base_url") or "").strip():
        return OrukClient()

    return LocalDirectory()


# With the person's place known, a service matching their words at least this share as
# well as the best match counts as a good match, and the good matches go nearest first.
GOOD_MATCH_SHARE = 0.5


def rank(results: List[ServiceSummary], category: Optional[str],
         text: Optional[str]) -> List[ServiceSummary]:
    """The good matches to the person's words first, nearest first when we know where they
    are (a lunch club 0.3 miles away before one 4 miles away that names "lunch club"
    twice); then the weaker matches, nearest first; then places that only share the
    heading, nearest first; then the directory's order."""
    active = [s for s in results if s.status not in INACTIVE]

    def score(s: ServiceSummary) -> float:
        found = relevance(text, name=s.name, description=s.description, keywords=s.keywords,
                          organisation=s.organisation) if text else 0.0
        return found + (CATEGORY_BONUS if category and s.category == category else 0.0)

    scores = [score(s) for s in active]
    best = max(scores, default=0.0)
    placed = any(s.distance_miles is not None for s in active)

    def key(index: int) -> tuple:
        s = active[index]
        distance = s.distance_miles if s.distance_miles is not None else math.inf
        if placed and best > 0:
            good = scores[index] >= best * GOOD_MATCH_SHARE
            # (then a weaker match to their words before a place that only shares the
            # heading: frozen meals before garden helpers for "meals on wheels")
            matched = scores[index] > (CATEGORY_BONUS if category else 0.0)
            return (not good, not matched, distance, -scores[index], index)
        return (-scores[index], distance, index)

    return [active[i] for i in sorted(range(len(active)), key=key)]


def _resolve_category(category: Optional[str], text: Optional[str]) -> Optional[str]:
    if category in categories.CATEGORIES:
        return category
    return categorise(category) or categorise(text)


async def _ask_directory(client: Any, category: Optional[str], terms: List[str],
                         postcode: Optional[str], wanted: Optional[Facets] = None,
                         text: Optional[str] = None) -> ResultPage:
    """Near the postcode first. When nothing is that near, or nothing near offers the
    activity asked for ("a bereavement group near Seacroft"), the nearest anywhere: the
    directory answered, so "could not reach it" or "nothing like that" would be untrue."""
    found = await _ask_directory_within(client, category, terms, postcode, near=True)
    if postcode and category and not _under(found.results, category):
        # Nothing of the heading near (a sitting service near LS25): the word search near
        # found other headings' places (swimming, a tea dance). The heading's own places
        # further away come first (round thirteen).
        wider = await _ask_directory_within(client, category, terms, postcode, near=False)
        if _under(wider.results, category):
            found = wider
    if postcode and not _offers_it(found.results, wanted):
        wider = await _ask_directory_within(client, category, terms, postcode, near=False)
        if not found.results or _offers_it(wider.results, wanted):
            return wider
    if postcode and wanted is not None and wanted.at_home and \
            not any(comes_to_you(s) for s in found.results):
        # "come and visit me": one that comes to the home is not ruled out by where it is
        # based (round sixteen: only the phone befriender near was shown).
        wider = await _ask_directory_within(client, category, terms, postcode, near=False)
        held = {s.id for s in found.results}
        visiting = [s for s in wider.results if s.id not in held and comes_to_you(s)]
        if visiting:
            found = ResultPage(found.results + visiting, found.total + len(visiting),
                               found.api_version)
    if wanted is not None and wanted.activity and not _has_kind(found.results, wanted.activity):
        # "wheelchair basketball", "a night sitter": nothing under the heading is it or a
        # near kind of it. Look under every heading by the words of it and its near kinds,
        # so the nearest alternatives are real ones (a swim), never the heading padded out.
        found = await _with_kinds_anywhere(client, found, wanted.activity, postcode)
    for kind in _either_kinds(wanted):
        if not any(offers(s, kind) for s in found.results):
            # "chair exercise or a walking group": each kind looked for (round eighteen:
            # the walks, further away, were left out once the chair exercise was found).
            found = await _with_kinds_anywhere(client, found, kind, postcode)
    if postcode and text and not _named(text, found.results):
        # "meals on wheels near LS18": nothing near is called that, but the directory has
        # it further away. It is shown too (ranked first, with its distance), never left
        # out for garden and pet helpers that happen to be near (round nine).
        wider = await _ask_directory_within(client, category, terms, postcode, near=False)
        held = {s.id for s in found.results}
        named = [s for s in _named(text, wider.results) if s.id not in held]
        if named:
            return ResultPage(found.results + named, found.total + len(named),
                              found.api_version)
    return found


def _under(results: List[ServiceSummary], category: str) -> bool:
    return any(s.category == category for s in results)


def _either_kinds(wanted: Optional[Facets]) -> List[str]:
    """The kinds of an "either" activity ("chair_exercise|walking"), else none."""
    activity = wanted.activity if wanted is not None else None
    return activity.split(EITHER) if activity and EITHER in activity else []


def _has_kind(results: List[ServiceSummary], activity: str) -> bool:
    """Something that is the activity or one of its nearest kinds: a choir is no near kind
    of gardening, so walks are looked for under every heading (round thirteen)."""
    return any(offers(s, activity) or near_kind(s, activity) for s in results)


async def _with_kinds_anywhere(client: Any, found: ResultPage, activity: str,
                               postcode: Optional[str]) -> ResultPage:
    kind = ACTIVITIES[activity]
    anywhere = await client.search(text=" ".join(kind.terms + kind.like), postcode=postcode,
                                   proximity=None, per_page=WINDOW)
    held = {s.id for s in found.results}
    more = [s for s in anywhere.results if s.id not in held and
            (offers(s, activity) or alike(s, activity))]
    return ResultPage(found.results + more, found.total + len(more), found.api_version)


def _named(text: str, results: List[ServiceSummary]) -> List[ServiceSummary]:
    return [s for s in results if names_it(text, name=s.name, keywords=s.keywords)]


def _offers_it(results: List[ServiceSummary], wanted: Optional[Facets]) -> bool:
    """Some result at all, and (when an activity was asked for) one that offers it."""
    if not results:
        return False
    if wanted is None or not wanted.activity:
        return True
    return any(offers(s, wanted.activity) for s in results)


async def _ask_directory_within(client: Any, category: Optional[str], terms: List[str],
                                postcode: Optional[str], near: bool) -> ResultPage:
    proximity = settings.get("directory.default_proximity_metres") if postcode and near \
        else None
    words = " ".join(terms) or None
    if category:
        found = await client.search(taxonomy_term_id=categories.TERM_IDS[category],
                                    postcode=postcode, proximity=proximity, per_page=WINDOW)
        if found.results:
            return found
        # A council directory with its own taxonomy: search by words instead.
        return await client.search(text=words or SEARCH_WORDS[category], postcode=postcode,
                                   proximity=proximity, per_page=WINDOW)
    return await client.search(text=words, postcode=postcode, proximity=proximity,
                               per_page=WINDOW)


def _narrowed(outcome: SearchOutcome, ranked: List[ServiceSummary]) -> List[ServiceSummary]:
    shown, outcome.alternatives = narrow(ranked, outcome.facets)
    return language_first(shown, outcome.facets)


def _page_of(ranked: List[ServiceSummary], total: int, page: int) -> Tuple[list, int, bool]:
    size = per_page()
    total = max(total, len(ranked))
    chunk = ranked[(page - 1) * size: page * size]
    return chunk, total, page * size < total


def _from_cache(cache: ResultCache, key: str, category: Optional[str],
                district: Optional[str]) -> Optional[List[ServiceSummary]]:
    found = cache.get(key)
    if found is None and category:
        found = cache.latest_for_category(category)
        if found is not None and found.key != key:
            for summary in found.results:  # measured from somewhere else: do not show
                summary.distance_miles = None
    return found.results if found and found.results else None


async def search_services(category: Optional[str], text: Optional[str],
                          postcode: Optional[str], page: int = 1, *, client: Any = None,
                          cache: Optional[ResultCache] = None,
                          timeout: Optional[float] = None,
                          age: Optional[str] = None, wheelchair: bool = False) -> SearchOutcome:
    """Find local services for a heading and/or the person's own words. Never raises.
    ``age`` is the age group said earlier in the chat ("i am 22"), kept when these words
    name none."""
    outcome = SearchOutcome(page=_page_number(page), text=text)
    reached = False
    try:
        outcome.category = _resolve_category(category, text)
        district = None
        if postcode:
            check = postcodes.check_postcode(postcode)
            if check.ok:
                outcome.postcode, district = check.text, check.district
            else:
                outcome.postcode_error = check.error
        outcome.facets = read_facets(text)
        if age and not outcome.facets.age:
            outcome.facets = replace(outcome.facets, age=age)
        if wheelchair and not outcome.facets.wheelchair:
            # A wheelchair user said so earlier ("I'm a wheelchair user", "with a hoist"):
            # every later search checks access (round thirteen: a no-hoist pool unflagged).
            outcome.facets = replace(outcome.facets, wheelchair=True)
        # "no bingo": bingo is left out, never searched for.
        text = without_turned_down(text) if text else text
        terms = content_stems(text) if text else []
        key = cache_key(outcome.category, terms, district)
        cache = cache or _safe_default_cache()
        found: Optional[ResultPage] = None
        reached = False
        try:
            client = client or default_client()
            found = await asyncio.wait_for(
                _ask_directory(client, outcome.category, terms, outcome.postcode,
                               outcome.facets, text),
                timeout=timeout or time_limit())
            reached = True
        except (DirectoryUnavailable, asyncio.TimeoutError) as error:
            log.warning("directory unavailable: %s", getattr(error, "reason", "timeout"))
        except Exception:  # noqa: BLE001 - a broken directory must never break the chat
            log.exception("directory search failed")
        if found is not None and found.results:
            if cache is not None:
                _safe(lambda: cache.put(key, outcome.category, found.results, found.total))
            ranked = rank(found.results, outcome.category, text)
            shown = _narrowed(outcome, ranked)
            if not shown:
                return _nothing_like_that(outcome)
            total = found.total if found.total > len(found.results) else len(ranked)
            outcome.results, outcome.total, outcome.has_more = _page_of(
                shown, total if len(shown) == len(ranked) else len(shown), outcome.page)
            outcome.source = "live"
            return outcome
        cached = _safe(lambda: _from_cache(cache, key, outcome.category, district)) \
            if cache is not None else None
        if cached:
            ranked = _narrowed(outcome, rank(cached, outcome.category, text))
            if not ranked:
                return _nothing_like_that(outcome)
            outcome.results, outcome.total, outcome.has_more = _page_of(
                ranked, len(ranked), outcome.page)
            outcome.source = "cache"
            return outcome
    except Exception:  # noqa: BLE001 - last line of defence
        log.exception("directory search failed before it could fall back")
        reached = False
    outcome.results, outcome.total, outcome.has_more = [], 0, False
    outcome.source = "none"
    outcome.fallback_message = fallback_message(reached)
    return outcome


NEARER_PAGES = 4   # how far down the heading's places to look for nearer other kinds


async def search_nearer(category: Optional[str], text: Optional[str], postcode: Optional[str],
                        shown_ids: List[str], **options: Any) -> SearchOutcome:
    """ "anything nearer?" after places were shown: the same search (heading and words) from
    the place given or known. When the nearest match is one already shown, nothing of that
    kind is nearer: ``nearest_known`` is it, and the results are places of the nearest
    kinds to it (``facets.alike``) that are nearer (never a volunteer role or job help not
    asked for)."""
    outcome = await search_services(category, text, postcode, **options)
    first = outcome.results[0] if outcome.results else None
    if first is None or first.distance_miles is None or str(first.id) not in shown_ids:
        return outcome
    activity = outcome.facets.activity
    nearer: List[ServiceSummary] = []
    for page in range(1, NEARER_PAGES + 1):
        others = await search_services(outcome.category, None, postcode, page, **options)
        nearer += [s for s in others.results
                   if str(s.id) not in shown_ids and s.distance_miles is not None
                   and s.distance_miles < first.distance_miles
                   and (alike(s, activity) if activity else not role_not_asked(s, None))]
        if not others.has_more or len(nearer) >= per_page():
            break
    nearer = nearer[:per_page()]
    outcome.nearest_known = first
    outcome.results, outcome.total, outcome.has_more = nearer, len(nearer), False
    return outcome       # ``alternatives`` stays: nothing offers the activity at all


def _nothing_like_that(outcome: SearchOutcome) -> SearchOutcome:
    """The directory answered, but nothing in it meets any of what was asked: say so."""
    outcome.results, outcome.total, outcome.has_more = [], 0, False
    outcome.source = "live"
    # Lazy: present imports this module (a cycle at import time).
    from bot.directory.present import nothing_like_that

    outcome.fallback_message = fallback_message(True, nothing_like_that(outcome.facets))
    return outcome


def _page_number(page: Any) -> int:
    try:
        return max(1, int(page or 1))
    except (TypeError, ValueError):
        return 1


def _safe(action: Any) -> Any:
    try:
        return action()
    except Exception:  # noqa: BLE001 - the cache is a helper, never a blocker
        log.exception("directory cache failed")
        return None


def _safe_default_cache() -> Optional[ResultCache]:
    return _safe(open_default_cache)
