"""Contract tests for the ORUK client, the project's own ORUK 3.0 server and the schemas.

Why: the bot talks to a council's directory only through ``OrukClient``, and the gateway serves
our own directory through ``bot.directory.server``. If either drifts from the Open Referral UK
3.0 contract, searches quietly return nothing. So: (a) the client is run against the real
server (demo data, in-memory store) on 127.0.0.1 for /services (search, taxonomy_term_id,
paging), /service_at_locations (postcode, proximity), /services/{id}, /taxonomies and
/taxonomy_terms, checking the paged wrapper; (b) ``parse_page`` reads the recorded v1 and 3.0
answers; (c) every server answer validates against the shipped ORUK 3.0 JSON schemas.
"""
import copy
import json
import math
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.directory import categories, postcodes, schema_check
from bot.directory.client import DirectoryUnavailable, OrukClient, parse_page
from bot.directory.server import create_app
from bot.directory.database import DirectoryStore

ROOT = Path(__file__).resolve().parents[2]
RECORDED = ROOT / "tests" / "fixtures" / "oruk" / "recorded"
SCHEMA_DIR = ROOT / "tests" / "fixtures" / "oruk" / "schema"
POSTCODE = "LS6 3AB"
TECH = categories.TERM_IDS["technology"]


@pytest.fixture(scope="module")
def store():
    store = DirectoryStore(":memory:")
    assert store.count("service") > 50  # seeded with the demo data
    yield store
    store.close()


@pytest.fixture
async def server(store):
    server = TestServer(create_app(store), host="127.0.0.1")
    await server.start_server()
    yield server
    await server.close()


@pytest.fixture
def base_url(server):
    return str(server.make_url("")).rstrip("/")


@pytest.fixture
def client(base_url):
    return OrukClient(base_url=base_url, timeout=5)


async def get_json(base_url, path, **params):
    async with aiohttp.ClientSession() as session:
        async with session.get(base_url + path, params=params) as response:
            return response.status, await response.json()


def wrapper_fields(page):
    return {k: v for k, v in page.items() if k != "contents"}


# --- (a) the client against our own server -------------------------------------------------

async def test_api_details_say_oruk_3(base_url):
    status, details = await get_json(base_url, "/")
    assert status == 200
    assert details["version"] == "HSDS-UK-3.0"
    assert schema_check.problems(details, "api_details") == []


async def test_search_by_words_puts_the_best_match_first(client):
    page = await client.search(text="lunch club", per_page=10)
    assert page.api_version == "3.0"
    assert page.results, "a search for 'lunch club' found nothing in the demo data"
    assert page.results[0].name == "Tuesday Lunch Club"
    assert page.total >= len(page.results)
    for result in page.results:
        blob = " ".join([result.name, result.description, *result.keywords]).lower()
        assert "lunch" in blob or "club" in blob, result.name


async def test_search_for_nonsense_finds_nothing(client):
    page = await client.search(text="xylophone zebra")
    assert page.results == [] and page.total == 0


async def test_taxonomy_term_filter_keeps_exactly_that_heading(client, store):
    expected = {d.id for d in store.search_documents() if TECH in d.term_ids}
    assert expected
    page = await client.search(taxonomy_term_id=TECH, per_page=100)
    assert {r.id for r in page.results} == expected
    assert page.total == len(expected)
    assert {r.category for r in page.results} == {"technology"}


async def test_paging_walks_the_whole_list_once(client, store):
    everything = await client.search(per_page=500)
    assert everything.total == store.count("service")
    assert len(everything.results) == everything.total
    walked, page_number = [], 1
    while True:
        page = await client.search(page=page_number, per_page=7)
        assert page.total == everything.total
        if not page.results:
            break
        assert len(page.results) <= 7
        walked += [r.id for r in page.results]
        page_number += 1
    assert walked == [r.id for r in everything.results]
    assert page_number == math.ceil(everything.total / 7) + 1


async def test_paged_wrapper_fields(base_url, store):
    total = store.count("service")
    pages = math.ceil(total / 10)
    status, first = await get_json(base_url, "/services", per_page="10", page="1")
    assert status == 200
    assert wrapper_fields(first) == {
        "total_items": total, "total_pages": pages, "page_number": 1, "size": 10,
        "first_page": True, "last_page": False, "empty": False}
    assert len(first["contents"]) == 10
    status, last = await get_json(base_url, "/services", per_page="10", page=str(pages))
    assert last["page_number"] == pages and last["last_page"] is True
    assert last["first_page"] is False
    assert last["size"] == len(last["contents"]) == total - 10 * (pages - 1)
    status, beyond = await get_json(base_url, "/services", per_page="10", page=str(pages + 1))
    assert status == 200
    assert beyond["empty"] is True and beyond["contents"] == [] and beyond["size"] == 0
    assert beyond["total_items"] == total


async def test_text_parameter_of_v1_is_understood_too(base_url):
    _, by_search = await get_json(base_url, "/services", search="dementia cafe")
    _, by_text = await get_json(base_url, "/services", text="dementia cafe")
    assert by_search["total_items"] > 0
    assert [s["id"] for s in by_search["contents"]] == [s["id"] for s in by_text["contents"]]


async def test_postcode_and_proximity_keep_what_is_near(client):
    wide = await client.search(postcode="ls63ab", per_page=500)
    near = await client.search(postcode="ls63ab", proximity=2000, per_page=500)
    assert 0 < len(near.results) < len(wide.results)
    limit_miles = postcodes.metres_to_miles(2000) + 0.05  # summaries round to 0.1 mile
    measured = [r.distance_miles for r in near.results if r.distance_miles is not None]
    assert measured, "no distances were worked out from the postcode"
    assert all(d <= limit_miles for d in measured)
    assert measured == sorted(measured), "without words, nearest should come first"
    # Services with no map point (phone lines) are kept, and put last.
    unknown = [i for i, r in enumerate(near.results) if r.distance_miles is None]
    assert all(i >= len(measured) for i in unknown)


async def test_service_at_locations_with_postcode_and_proximity(base_url, store):
    origin = postcodes.centroid(POSTCODE)
    status, page = await get_json(base_url, "/service_at_locations", postcode=POSTCODE,
                                  proximity="2000", per_page="500")
    assert status == 200
    assert page["total_items"] == len(page["contents"]) > 0
    status, everything = await get_json(base_url, "/service_at_locations", per_page="500")
    assert page["total_items"] < everything["total_items"]
    for link in page["contents"]:
        assert link["service"]["id"] and link["location"]["id"]
        location = link["location"]
        if "latitude" in location:
            distance = postcodes.haversine_metres(
                origin, (location["latitude"], location["longitude"]))
            assert distance <= 2000, link["service"]["name"]
    summaries = parse_page(page, origin)
    assert summaries.results and summaries.api_version == "3.0"
    assert {s.id for s in summaries.results} <= {d.id for d in store.search_documents()}


async def test_one_service_by_id(client, store, base_url):
    doc = store.search_documents()[0]
    found = await client.service(doc.id)
    assert found is not None and found.id == doc.id and found.name == doc.name
    assert found.phone and found.category in categories.CATEGORIES
    assert await client.service("no-such-service") is None
    status, record = await get_json(base_url, "/services/no-such-service")
    assert status == 404 and "error" in record


async def test_taxonomies_and_taxonomy_terms(base_url):
    status, taxonomies = await get_json(base_url, "/taxonomies")
    assert status == 200
    ids = {t["id"] for t in taxonomies["contents"]}
    assert {categories.TAXONOMY_ID, categories.KEYWORD_TAXONOMY_ID} <= ids
    assert taxonomies["total_items"] == len(taxonomies["contents"])
    status, terms = await get_json(base_url, "/taxonomy_terms",
                                   taxonomy_id=categories.TAXONOMY_ID)
    assert status == 200
    assert {t["id"] for t in terms["contents"]} == set(categories.TERM_IDS.values())
    assert wrapper_fields(terms)["total_items"] == 7
    status, one = await get_json(base_url, f"/taxonomy_terms/{TECH}")
    assert status == 200 and one["term"] == "technology"


@pytest.mark.parametrize("params, word", [
    ({"page": "0"}, "page"), ({"per_page": "lots"}, "per_page"),
    ({"postcode": "not a postcode"}, "postcode"), ({"proximity": "-5"}, "proximity"),
])
async def test_bad_parameters_are_a_plain_400(base_url, params, word):
    status, body = await get_json(base_url, "/services", **params)
    assert status == 400 and word in body["error"].lower()


async def test_client_turns_a_400_into_directory_unavailable(client):
    with pytest.raises(DirectoryUnavailable) as caught:
        await client.search(postcode="not a postcode")
    assert "HTTP 400" in caught.value.reason


# --- (b) parse_page against recorded answers ------------------------------------------------

def load(name):
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


def test_parse_page_reads_an_older_v1_feed():
    page = parse_page(load("v1_services.json"), origin=postcodes.centroid(POSTCODE))
    assert page.api_version == "1.0" and page.total == 2
    lunch, minibus = page.results
    assert lunch.name == "Riverside Lunch Club (demo)"
    assert lunch.phone == "0113 496 0901"  # v1: contacts[].phones
    assert lunch.address == "1 River Walk, Leeds" and lunch.postcode == "LS6 2AA"
    assert lunch.accessibility == "Ramp at the front door"
    assert "Thursday" in lunch.when  # v1: regular_schedules
    assert lunch.cost == "£4 a lunch"
    assert lunch.keywords == ["Lunch clubs"]  # v1: service_taxonomys
    assert lunch.distance_miles is not None and lunch.distance_miles < 1
    assert minibus.category == "getting_out_and_about"
    assert minibus.url == "https://example.org/v1/go-places"  # from the organisation
    assert minibus.distance_miles > lunch.distance_miles


def test_parse_page_reads_a_3_0_feed():
    page = parse_page(load("v3_services.json"))
    assert page.api_version == "3.0" and page.total == 2
    cafe, closed = page.results
    assert cafe.name == "Chapel Memory Cafe (demo)"
    assert cafe.category == "health_and_wellbeing"
    assert cafe.phone == "0113 496 0903" and cafe.cost == "Free"
    assert cafe.postcode == "LS7 1ZZ" and cafe.accessibility == "Step-free access"
    assert cafe.when.startswith("First Friday")
    assert cafe.distance_miles is None  # no origin given
    assert closed.status == "defunct"


def test_parse_page_skips_records_without_id_or_name_and_repeats():
    data = load("v3_services.json")
    data["contents"] += [{"id": "", "name": "No id"}, {"id": "x"}, "junk",
                         copy.deepcopy(data["contents"][0])]
    page = parse_page(data)
    assert [r.name for r in page.results] == ["Chapel Memory Cafe (demo)",
                                              "Closed Service (demo)"]


@pytest.mark.parametrize("data", [{"error": "down"}, "hello", None, 42,
                                  {"contents": "not a list"}])
def test_parse_page_refuses_other_shapes(data):
    with pytest.raises(DirectoryUnavailable):
        parse_page(data)


# --- (c) the server's answers against the ORUK 3.0 schemas ----------------------------------

@pytest.mark.parametrize("path, params, schema", [
    ("/services", {"per_page": "500"}, "service_list"),
    ("/services", {"per_page": "500", "full": "true"}, "service_list"),
    ("/services", {"search": "carers", "postcode": POSTCODE, "proximity": "5000"},
     "service_list"),
    ("/services", {"taxonomy_term_id": TECH}, "service_list"),
    ("/service_at_locations", {"per_page": "500"}, "service_at_location_list"),
    ("/service_at_locations", {"postcode": POSTCODE, "proximity": "2000"},
     "service_at_location_list"),
    ("/taxonomies", {}, "taxonomy_list"),
    ("/taxonomy_terms", {"per_page": "500"}, "taxonomy_term_list"),
    ("/organizations", {"per_page": "500"}, "organization_list"),
])
async def test_list_answers_follow_the_schema(base_url, path, params, schema):
    status, page = await get_json(base_url, path, **params)
    assert status == 200 and page["contents"]
    assert schema_check.problems(page, schema, SCHEMA_DIR) == []


async def test_every_service_record_follows_the_schema(base_url, store):
    for doc in store.search_documents():
        status, record = await get_json(base_url, f"/services/{doc.id}")
        assert status == 200
        assert schema_check.problems(record, "service", SCHEMA_DIR) == [], doc.name


async def test_single_records_follow_the_schema(base_url, store):
    link_id = store.search_documents()[0].sites[0][0]
    organization_id = store.search_documents()[0].organization_id
    for path, schema in [(f"/service_at_locations/{link_id}", "service_at_location"),
                         (f"/taxonomies/{categories.TAXONOMY_ID}", "taxonomy"),
                         (f"/taxonomy_terms/{TECH}", "taxonomy_term"),
                         (f"/organizations/{organization_id}", "organization")]:
        status, record = await get_json(base_url, path)
        assert status == 200, path
        assert schema_check.problems(record, schema, SCHEMA_DIR) == [], path


async def test_schema_check_does_catch_a_broken_answer(base_url):
    """The schema tests above could not fail if the validator accepted anything."""
    _, page = await get_json(base_url, "/services", per_page="3", full="true")
    broken = copy.deepcopy(page)
    del broken["contents"][0]["name"]
    broken["total_items"] = "many"
    found = schema_check.problems(broken, "service_list", SCHEMA_DIR)
    assert any("name" in p for p in found) and any("total_items" in p for p in found)
    # The list schema checks a service's own fields only; nested records are checked by the
    # single-service schema (test_every_service_record_follows_the_schema).
    record = copy.deepcopy(page["contents"][0])
    assert schema_check.problems(record, "service", SCHEMA_DIR) == []
    record["service_at_locations"][0]["location"]["latitude"] = "north"
    assert any("latitude" in p for p in schema_check.problems(record, "service", SCHEMA_DIR))
