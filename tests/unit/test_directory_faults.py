"""A slow, broken, malformed, unreachable or empty directory never breaks the search.

Why: ``search_services`` is the one call the chat makes to find local help, and a council's
directory is outside our control. Whatever it does, the person must get an answer within
3 seconds: the last good local copy (``source == "cache"``) when there is one, otherwise the
council's phone number and web address (``fallback_message``). The faults are small aiohttp
servers on 127.0.0.1 wrapped round the project's own ORUK server, reached the way the bot
reaches a council directory (CARE_DIRECTORY_URL -> ``default_client``), with the saved copy
under a temporary CARE_DATA_DIR. A wrong postcode must be told to the person, not break it.
"""
import asyncio
import time

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot import settings
from bot.directory import cache as cache_module
from bot.directory import present, search
from bot.directory.cache import ResultCache
from bot.directory.client import OrukClient
from bot.directory.local import LocalDirectory
from bot.directory.search import fallback_message, search_services
from bot.directory.server import create_app
from bot.stack import free_port
from bot.directory.database import DirectoryStore

LIMIT = 3.0
FAULTS = ["slow", "broken", "malformed", "empty", "unreachable"]


@pytest.fixture(scope="module")
def store():
    store = DirectoryStore(":memory:")
    yield store
    store.close()


class FaultyDirectory:
    """Our ORUK server behind a switch: "good", or one of the faults."""

    def __init__(self, store):
        self.mode = "good"
        self.release = asyncio.Event()
        self.requests = 0
        app = create_app(store)
        app.middlewares.append(self.middleware)
        self.server = TestServer(app, host="127.0.0.1")

    @web.middleware
    async def middleware(self, request, handler):
        self.requests += 1
        if self.mode == "slow":
            try:
                await asyncio.wait_for(self.release.wait(), timeout=30)
            except asyncio.TimeoutError:
                pass
        elif self.mode == "broken":
            return web.Response(status=500, text="Internal Server Error")
        elif self.mode == "malformed":
            return web.Response(status=200, content_type="application/json",
                                text='{"total_items": 3, "contents": [{"id": "a", "na')
        elif self.mode == "empty":
            return web.json_response({"total_items": 0, "total_pages": 0, "page_number": 1,
                                      "size": 0, "first_page": True, "last_page": True,
                                      "empty": True, "contents": []})
        return await handler(request)

    @property
    def url(self):
        return str(self.server.make_url("")).rstrip("/")


@pytest.fixture
async def directory(store, monkeypatch, tmp_path):
    """A faulty directory set up as the council's, with the saved copy in ``tmp_path``."""
    faulty = FaultyDirectory(store)
    await faulty.server.start_server()
    monkeypatch.setenv("CARE_DIRECTORY_URL", faulty.url)
    monkeypatch.setenv("CARE_DATA_DIR", str(tmp_path))
    settings.council.cache_clear()
    cache_module._open.cache_clear()
    try:
        yield faulty
    finally:
        faulty.release.set()
        await faulty.server.close()
        settings.council.cache_clear()
        cache_module._open.cache_clear()


def break_it(directory, monkeypatch, fault):
    if fault == "unreachable":  # nothing listens there: connection refused
        monkeypatch.setenv("CARE_DIRECTORY_URL", f"http://127.0.0.1:{free_port()}")
        settings.council.cache_clear()
    else:
        directory.mode = fault


async def timed_search(*args, **kwargs):
    start = time.monotonic()
    outcome = await search_services(*args, **kwargs)
    return outcome, time.monotonic() - start


def assert_council_fallback(outcome, reached):
    assert outcome.source == "none" and outcome.results == [] and outcome.total == 0
    assert outcome.fallback_message == fallback_message(reached)
    assert settings.get("council.adult_social_care_phone") in outcome.fallback_message
    assert settings.get("council.directory_website") in outcome.fallback_message
    texts = " ".join(m["text"] for m in present.format_results(outcome))
    assert settings.get("council.adult_social_care_phone") in texts


async def test_the_setup_reaches_the_council_directory(directory, tmp_path):
    """Control: with the directory healthy, the search is live and goes over HTTP."""
    assert isinstance(search.default_client(), OrukClient)
    assert search.default_client().base_url == directory.url
    outcome, took = await timed_search("technology", None, "LS6 3AB")
    assert outcome.source == "live" and outcome.results
    assert {r.category for r in outcome.results} == {"technology"}
    assert directory.requests >= 1
    assert (tmp_path / cache_module.DEFAULT_FILE_NAME).exists()  # the copy stays in tmp_path
    assert took < LIMIT


@pytest.mark.parametrize("fault", FAULTS)
async def test_fault_without_a_saved_copy_gives_the_council_contacts(directory, monkeypatch,
                                                                    fault):
    break_it(directory, monkeypatch, fault)
    outcome, took = await timed_search("money_matters", "help with my bills", None)
    assert took < LIMIT, f"{fault}: took {took:.1f}s"
    # An empty directory was reached and had nothing; every other fault is "not reached".
    assert_council_fallback(outcome, reached=(fault == "empty"))
    assert outcome.category == "money_matters"
    if fault != "unreachable":
        assert directory.requests >= 1


@pytest.mark.parametrize("fault", FAULTS)
async def test_fault_after_a_good_search_uses_the_saved_copy(directory, monkeypatch, fault):
    good, _ = await timed_search("things_to_do", None, "LS6 3AB")
    assert good.source == "live" and good.results
    break_it(directory, monkeypatch, fault)
    outcome, took = await timed_search("things_to_do", None, "LS6 3AB")
    assert took < LIMIT, f"{fault}: took {took:.1f}s"
    assert outcome.source == "cache"
    assert outcome.fallback_message is None
    assert [r.id for r in outcome.results] == [r.id for r in good.results]
    assert outcome.total == good.total and outcome.has_more == good.has_more
    # The same search from the same district: distances are still right.
    assert [r.distance_miles for r in outcome.results] == \
        [r.distance_miles for r in good.results]
    messages = present.format_results(outcome)
    assert present.STALE in messages[0]["text"]


async def test_saved_copy_for_the_heading_from_elsewhere_hides_distances(directory, store):
    good, _ = await timed_search("technology", None, "LS6 3AB")
    assert good.source == "live" and any(r.distance_miles is not None for r in good.results)
    directory.mode = "broken"
    outcome, _ = await timed_search("technology", None, "LS28 5ZZ")
    assert outcome.source == "cache" and outcome.results
    technology = {d.id for d in store.search_documents() if d.category == "technology"}
    assert {r.id for r in outcome.results} <= technology
    # Measured from LS6, not from LS28: showing those distances would mislead.
    assert all(r.distance_miles is None for r in outcome.results)


async def test_saved_copy_is_not_used_for_a_different_heading(directory):
    good, _ = await timed_search("technology", None, None)
    assert good.source == "live"
    directory.mode = "broken"
    outcome, _ = await timed_search("money_matters", None, None)
    assert_council_fallback(outcome, reached=False)


async def test_second_page_comes_from_the_saved_copy_too(directory):
    first, _ = await timed_search("living_independently", None, None, page=1)
    second_live, _ = await timed_search("living_independently", None, None, page=2)
    assert first.has_more and second_live.results
    directory.mode = "slow"
    second, took = await timed_search("living_independently", None, None, page=2)
    assert took < LIMIT
    assert second.source == "cache"
    assert [r.id for r in second.results] == [r.id for r in second_live.results]


# --- fake client objects: faults the HTTP servers cannot show --------------------------------

class ExplodingClient:
    async def search(self, **kwargs):
        raise KeyError("something nobody expected")


class HangingClient:
    async def search(self, **kwargs):
        await asyncio.Event().wait()


class BrokenCache(ResultCache):
    def put(self, *args, **kwargs):
        raise OSError("disk full")

    def get(self, *args, **kwargs):
        raise OSError("disk gone")

    def latest_for_category(self, *args, **kwargs):
        raise OSError("disk gone")


@pytest.mark.parametrize("client", [ExplodingClient(), HangingClient()],
                         ids=["exploding", "hanging"])
async def test_any_client_failure_falls_back(client):
    outcome, took = await timed_search("technology", None, None, client=client,
                                       cache=ResultCache())
    assert took < LIMIT
    assert_council_fallback(outcome, reached=False)


async def test_a_broken_saved_copy_does_not_stop_a_live_answer(store):
    outcome = await search_services("technology", None, None, client=LocalDirectory(store),
                                    cache=BrokenCache())
    assert outcome.source == "live" and outcome.results


async def test_a_broken_saved_copy_and_a_broken_directory_still_answer():
    outcome = await search_services("technology", None, None, client=ExplodingClient(),
                                    cache=BrokenCache())
    assert_council_fallback(outcome, reached=False)


# --- a wrong postcode -----------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["not a postcode", "LS6 3A", "12345", "QQ1 1AA"])
async def test_wrong_postcode_is_told_and_the_search_goes_on(store, typed):
    outcome = await search_services("things_to_do", None, typed,
                                    client=LocalDirectory(store), cache=ResultCache())
    assert outcome.postcode_error and "postcode" in outcome.postcode_error.lower()
    assert outcome.postcode is None
    assert outcome.source == "live" and outcome.results
    assert all(r.distance_miles is None for r in outcome.results)
    first = present.format_results(outcome)[0]["text"]
    assert "postcode" in first.lower()


async def test_wrong_postcode_with_a_broken_directory(directory):
    directory.mode = "broken"
    outcome, took = await timed_search(None, "lunch club", "nonsense")
    assert took < LIMIT
    assert "postcode" in outcome.postcode_error.lower()
    assert_council_fallback(outcome, reached=False)
    texts = [m["text"] for m in present.format_results(outcome)]
    assert "postcode" in texts[0].lower()


async def test_good_postcode_is_not_flagged(store):
    outcome = await search_services("things_to_do", None, "ls6 3ab",
                                    client=LocalDirectory(store), cache=ResultCache())
    assert outcome.postcode_error is None and outcome.postcode == "LS6 3AB"
