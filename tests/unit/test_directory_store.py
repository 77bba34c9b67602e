"""The local store, the fictional demo data and the importer (ORUK JSON and HSDS CSV)."""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bot.directory import categories
from bot.directory.demo import build_demo
from bot.directory.importer import ImportError_, import_path
from bot.directory.database import DEMO_FILE, DirectoryStore
from bot.directory.importer import import_json_data
from bot.directory.demo.catalogue import SERVICES

DEMO_SIZE = len(SERVICES)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "oruk"
EXAMPLE_SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
AVOID = ["service user", "client", "package of care", "suffer"]


@pytest.fixture(scope="module")
def demo():
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def store():
    return DirectoryStore(":memory:")


def test_demo_file_is_what_the_builder_makes(demo):
    assert demo == json.loads(json.dumps(build_demo.build()))


def test_demo_data_is_clearly_fictional(demo):
    assert "FICTIONAL" in demo["note"] and "made up" in demo["note"]
    for service in demo["contents"]:
        assert "(demo)" in service["organization"]["name"]
        assert service["email"].endswith("@example.org")
        assert service["url"].startswith("https://example.org/")
        for phone in service["phones"]:
            # Ofcom's drama range for Leeds: never a real number.
            assert re.fullmatch(r"0113 496 0\d{3}", phone["number"])


def test_demo_data_covers_every_heading_in_plain_words(demo):
    services = demo["contents"]
    assert len(services) >= 80
    per_category = Counter()
    for service in services:
        terms = [a["taxonomy_term"] for a in service["attributes"]]
        heading = [t for t in terms if t["taxonomy_id"] == categories.TAXONOMY_ID]
        assert len(heading) == 1
        per_category[heading[0]["term"]] += 1
        assert len(terms) > 1, f"{service['name']} has no keywords"
        words = service["description"].split()
        assert len(words) <= 20, service["description"]
        assert not any(bad in service["description"].lower() for bad in AVOID)
        assert service["schedules"][0]["description"]
        assert service["cost_options"] and service["languages"]
        location = service["service_at_locations"][0]["location"]
        assert location["accessibility"][0]["description"]
        assert location["addresses"][0]["postal_code"].split()[0].startswith("LS")
    assert set(per_category) == set(categories.CATEGORIES)
    assert min(per_category.values()) >= 8


def test_demo_keywords_include_the_useful_ones(demo):
    keywords = {a["taxonomy_term"]["name"] for s in demo["contents"] for a in s["attributes"]}
    for word in ["dementia cafe", "shopping", "lunch club", "befriending", "men's shed",
                 "pendant alarm"]:
        assert word in keywords


def test_category_term_ids_are_stable():
    assert categories.TERM_IDS["technology"] == categories.term_id("technology")
    assert len(set(categories.TERM_IDS.values())) == 7
    assert categories.TAXONOMY_ID == "a8fd0bd0-6d55-5b32-a4be-5bf44f21ccea" or \
        len(categories.TAXONOMY_ID) == 36
    assert categories.category_for_term(categories.TERM_IDS["money_matters"]) == "money_matters"
    assert categories.category_for_term("Getting out and about") == "getting_out_and_about"
    assert categories.category_for_term("unknown") is None


def test_new_store_is_seeded_with_the_demo(store):
    assert store.count("service") == DEMO_SIZE
    assert store.count("organization") >= 10
    assert store.taxonomy(categories.TAXONOMY_ID)["name"] == categories.TAXONOMY_NAME
    assert len(store.taxonomy(categories.TAXONOMY_ID)["taxonomy_terms"]) == 7


def test_service_full_round_trips_the_demo_record(store, demo):
    original = demo["contents"][0]
    rebuilt = store.service_full(original["id"])
    for key in ("name", "description", "status", "url", "email"):
        assert rebuilt[key] == original[key]
    assert rebuilt["organization"]["name"] == original["organization"]["name"]
    assert rebuilt["schedules"][0]["byday"] == original["schedules"][0]["byday"]
    assert rebuilt["phones"][0]["number"] == original["phones"][0]["number"]
    location = rebuilt["service_at_locations"][0]["location"]
    assert location["latitude"] == original["service_at_locations"][0]["location"]["latitude"]
    names = {a["taxonomy_term"]["name"] for a in rebuilt["attributes"]}
    assert names == {a["taxonomy_term"]["name"] for a in original["attributes"]}


def test_file_store_persists_and_does_not_reseed(tmp_path):
    path = tmp_path / "directory.db"
    first = DirectoryStore(path)
    assert first.count("service") == DEMO_SIZE
    first.close()
    assert DirectoryStore(path).count("service") == DEMO_SIZE


def test_a_store_seeded_from_an_older_demo_gets_the_new_services(tmp_path):
    """An older var/directory.db keeps working after an upgrade, with the demo's additions;
    a council's own data is never replaced by the demo."""
    path = tmp_path / "directory.db"
    old = DirectoryStore(path)
    newest = build_demo.make_id("service", SERVICES[-1][1])
    with old.transaction():
        old._db.execute('DELETE FROM "service" WHERE id = ?', (newest,))
        old._db.execute("PRAGMA user_version = 1")
    old.close()
    assert DirectoryStore(path).count("service") == DEMO_SIZE

    council = tmp_path / "council.db"
    own = DirectoryStore(council, seed=False)
    import_path(own, FIXTURES / "examples" / "csv")
    own.close()
    assert DirectoryStore(council).count("service") == 1


def test_import_csv_package(tmp_path):
    store = DirectoryStore(tmp_path / "d.db", seed=False)
    report = import_path(store, FIXTURES / "examples" / "csv")
    assert report.services == 1
    assert any("programs.csv" in w for w in report.warnings)
    service = store.service_full(EXAMPLE_SERVICE_ID)
    assert service["name"] == "Community Counselling"
    assert service["organization"]["name"] == "Example Organization Inc."
    assert service["cost_options"][0]["amount"] == 35
    assert service["service_at_locations"][0]["location"]["addresses"][0]["address_1"]
    assert service["contacts"][0]["phones"][0]["number"] == "+44 1234 234567"
    assert {s["byday"] for s in service["schedules"]} == {"TH,FR"}


@pytest.mark.parametrize("name", ["service_full.json", "service_list.json",
                                  "service_at_location_list.json", "organization_full.json",
                                  "taxonomy.json", "taxonomy_term_list.json"])
def test_import_json_examples(name):
    store = DirectoryStore(":memory:", seed=False)
    report = import_path(store, FIXTURES / "examples" / name)
    assert sum(report.counts.values()) >= 1
    if "taxonomy" not in name:
        assert store.service_basic(EXAMPLE_SERVICE_ID)["name"] == "Community Counselling"


def test_import_a_folder_of_json_files(tmp_path):
    for name in ("service_full.json", "taxonomy.json"):
        (tmp_path / name).write_text((FIXTURES / "examples" / name).read_text())
    store = DirectoryStore(":memory:", seed=False)
    import_path(store, tmp_path)
    assert store.count("service") == 1 and store.taxonomy("5c4d79d7-cc55-470e-9f1f-8cad074e4892")


def test_import_skips_bad_records_with_warnings():
    store = DirectoryStore(":memory:", seed=False)
    report = import_json_data(store, {"contents": [{"name": "no id"}, 7,
                                                   {"id": "x1", "name": "No status"}]})
    assert report.services == 1 and len(report.warnings) == 3
    assert store.service_basic("x1")["status"] == "active"


def test_import_rejects_what_it_cannot_read(tmp_path):
    store = DirectoryStore(":memory:", seed=False)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ImportError_):
        import_path(store, bad)
    with pytest.raises(ImportError_):
        import_path(store, tmp_path / "empty_dir_does_not_exist")


def test_import_command(tmp_path):
    db = tmp_path / "cli.db"
    result = subprocess.run(
        [sys.executable, "-m", "bot.directory", "import", str(FIXTURES / "examples" / "csv"),
         "--db", str(db)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "1 service" in result.stdout
    assert DirectoryStore(db, seed=False).count("service") == 1
