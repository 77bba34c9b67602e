"""Builds ``services.json``, the fictional demo directory, from ``catalogue.yml``.

Deterministic: ids are UUIDs derived from names, places come from the district table with a
small fixed offset, so running it again gives the same file. The file is an ORUK 3.0 paged
list of service_full records with a ``note`` saying the data is made up; the importer loads it
like any other ORUK export.

Run: ``python -m bot.directory.demo.build_demo`` (writes bot/directory/demo/services.json).
"""
from __future__ import annotations

import hashlib
import json
import re
import uuid
from pathlib import Path
from typing import Any, Dict, List

from bot.directory import categories
from bot.directory.demo.catalogue import ORGANISATIONS, SERVICES
from bot.directory.postcodes import district_centroids
from bot.directory.wording import cost_words, schedules_words

OUTPUT = Path(__file__).resolve().parent / "services.json"
NOTE = ("FICTIONAL DEMO DATA. Every organisation, service, address, phone number and email in "
        "this file is made up for the demo of the care assistant. Phone numbers are in Ofcom's "
        "drama range (0113 496 0xxx). Do not use it to find real help.")
LAST_MODIFIED = "2026-11-01T09:00:00Z"
STREETS = ["Mill Lane", "Chapel Street", "Park Road", "Station Road", "Church Lane",
           "Victoria Road", "Queen Street", "High Street", "Green Lane", "School Road"]
PLACE_KINDS = ["Community Hub", "Community Centre", "Resource Centre", "Hall"]
LANGUAGE_CODES = {"English": "en", "Urdu": "ur", "Punjabi": "pa", "Polish": "pl",
                  "British Sign Language": "bfi"}
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_id(*parts: str) -> str:
    return str(uuid.uuid5(categories.NAMESPACE, "demo/" + "/".join(parts)))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def _fraction(text: str, salt: str) -> float:
    digest = hashlib.sha256(f"{salt}:{text}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF


def organisation(key: str) -> Dict[str, Any]:
    name, description = ORGANISATIONS[key]
    return {"id": make_id("organization", key), "name": name, "description": description,
            "email": f"{key}@example.org", "website": f"https://example.org/demo/{key}"}


def schedule(service_id: str, when: tuple) -> Dict[str, Any]:
    days, opens, closes = when
    monthly = bool(re.match(r"^-?\d", days))
    byday = "MO,TU,WE,TH,FR,SA,SU" if days == "DAILY" else days
    record = {"id": make_id("schedule", service_id), "service_id": service_id,
              "freq": "MONTHLY" if monthly else "WEEKLY", "interval": 1, "byday": byday,
              "opens_at": opens, "closes_at": closes}
    record["description"] = schedules_words([record])
    return record


def cost_option(service_id: str, cost: Any) -> Dict[str, Any]:
    record = {"id": make_id("cost_option", service_id), "service_id": service_id,
              "currency": "GBP"}
    if cost == 0:
        record.update(amount=0, amount_description="Free", option="Free")
    else:
        amount, label = cost
        record.update(amount=amount, amount_description=label)
    return record


def location(service_id: str, name: str, district: str, index: int,
             access: str) -> Dict[str, Any]:
    lat, lon = district_centroids()[district]
    lat += (_fraction(name, "lat") - 0.5) * 0.012
    lon += (_fraction(name, "lon") - 0.5) * 0.02
    location_id = make_id("location", service_id)
    place = f"{district} {PLACE_KINDS[index % len(PLACE_KINDS)]} (demo)"
    street = f"{10 + (index * 7) % 90} {STREETS[index % len(STREETS)]}"
    inward = f"{index % 9 + 1}{INWARD_LETTERS[index % 20]}{INWARD_LETTERS[(index * 3) % 20]}"
    return {
        "id": location_id, "location_type": "physical", "name": place,
        "latitude": round(lat, 5), "longitude": round(lon, 5),
        "addresses": [{"id": make_id("address", location_id), "location_id": location_id,
                       "address_1": street, "city": "Leeds", "state_province": "West Yorkshire",
                       "postal_code": f"{district} {inward}", "country": "GB",
                       "address_type": "physical"}],
        "accessibility": [{"id": make_id("accessibility", location_id),
                           "location_id": location_id, "description": access}],
    }


def attribute(service_id: str, term: Dict[str, Any]) -> Dict[str, Any]:
    return {"id": make_id("attribute", service_id, term["id"]), "link_id": service_id,
            "link_type": "service", "link_entity": "service",
            "taxonomy_term_id": term["id"], "taxonomy_term": term}


def service(index: int, row: tuple) -> Dict[str, Any]:
    (category, name, description, org_key, district, when, cost, keywords, access,
     languages, youngest, oldest) = row
    service_id = make_id("service", name)
    org = organisation(org_key)
    phone_number = f"0113 496 0{100 + index:03d}"
    site = location(service_id, name, district, index, access)
    sched = schedule(service_id, when)
    costs = [cost_option(service_id, cost)]
    ages = {key: value for key, value in (("minimum_age", youngest), ("maximum_age", oldest))
            if value is not None}
    return {
        **ages,
        "id": service_id, "organization_id": org["id"], "name": name,
        "description": description, "url": f"https://example.org/demo/{slug(name)}",
        "email": f"{slug(name)}@example.org", "status": "active",
        "fees": cost_words(costs), "last_modified": LAST_MODIFIED,
        "schedules": [sched],
        "service_at_locations": [{"id": make_id("service_at_location", service_id),
                                  "service_id": service_id, "location_id": site["id"],
                                  "location": site}],
        "languages": [{"id": make_id("language", service_id, lang), "service_id": service_id,
                       "name": lang, "code": LANGUAGE_CODES[lang]} for lang in languages],
        "organization": org,
        "cost_options": costs,
        "contacts": [{"id": make_id("contact", service_id), "service_id": service_id,
                      "name": "Reception", "title": "First contact",
                      "email": f"{slug(name)}@example.org"}],
        "phones": [{"id": make_id("phone", service_id), "service_id": service_id,
                    "number": phone_number, "description": "Main number"}],
        "attributes": ([attribute(service_id, categories.term_record(category))]
                       + [attribute(service_id, categories.keyword_term_record(k))
                          for k in keywords]),
    }


def build() -> Dict[str, Any]:
    contents: List[Dict[str, Any]] = [service(i, row) for i, row in enumerate(SERVICES)]
    return {"note": NOTE, "total_items": len(contents), "total_pages": 1, "page_number": 1,
            "size": len(contents), "first_page": True, "last_page": True, "empty": False,
            "contents": contents}


def render(data: Dict[str, Any]) -> str:
    """The JSON text: the wrapper on its own lines, then one service per line (small diffs)."""
    head = {k: v for k, v in data.items() if k != "contents"}
    lines = ["{"] + [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in
                     head.items()]
    lines.append(' "contents": [')
    services = [json.dumps(s, ensure_ascii=False, separators=(",", ":"))
                for s in data["contents"]]
    lines += [f"  {text}," for text in services[:-1]] + [f"  {services[-1]}"]
    lines += [" ]", "}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    OUTPUT.write_text(render(build()), encoding="utf-8")
    print(f"Wrote {OUTPUT} ({len(SERVICES)} services).")


if __name__ == "__main__":
    main()
