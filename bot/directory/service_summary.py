"""One small ``ServiceSummary`` from any ORUK service record, 3.0 or the older v1.

The chat needs a name, one sentence about it, when, cost, how to get in touch, where and
how far. Feeds differ (3.0 ``schedules``/``phones`` vs v1 ``regular_schedules``/
``contacts[].phones``/``physical_addresses``), so every field is looked for in each place.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple

from bot.directory import categories, postcodes
from bot.directory.wording import cost_words, lowest_cost, schedule_days, schedules_words


@dataclass
class ServiceSummary:
    """What the bot says about one service. Empty strings when the directory does not say."""

    id: str
    name: str
    description: str = ""
    category: Optional[str] = None
    when: str = ""
    cost: str = ""
    phone: str = ""
    email: str = ""
    url: str = ""
    address: str = ""
    postcode: str = ""
    distance_miles: Optional[float] = None
    accessibility: str = ""
    organisation: str = ""
    keywords: List[str] = field(default_factory=list)
    status: str = "active"
    days: List[str] = field(default_factory=list)   # "MO".."SU", from the schedules
    cost_amount: Optional[float] = None             # the lowest cost in pounds, 0 when free
    # Who it is for: ORUK 3.0 ``minimum_age``/``maximum_age``; v1 ``eligibility`` notes.
    minimum_age: Optional[float] = None
    maximum_age: Optional[float] = None
    eligibility: str = ""
    # The languages it lists besides English (ORUK ``languages``): "Polish", "Urdu".
    languages: List[str] = field(default_factory=list)

    def to_dict(self) -> Dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ServiceSummary":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def _list(value: Any) -> List[Dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _locations(service: Dict[str, Any]) -> List[Dict[str, Any]]:
    found = [link["location"] for link in _list(service.get("service_at_locations"))
             if isinstance(link.get("location"), dict)]
    found += _list(service.get("locations"))  # some v1 feeds
    return found


def _terms(service: Dict[str, Any]) -> List[Dict[str, Any]]:
    terms = [a["taxonomy_term"] for a in _list(service.get("attributes"))
             if isinstance(a.get("taxonomy_term"), dict)]
    terms += [t["taxonomy"] for t in _list(service.get("service_taxonomys"))  # v1
              if isinstance(t.get("taxonomy"), dict)]
    terms += _list(service.get("taxonomy_terms"))
    return terms


def _category(service: Dict[str, Any], terms: List[Dict[str, Any]]) -> Optional[str]:
    for term in terms:
        for clue in (term.get("id"), term.get("term"), term.get("name")):
            found = categories.category_for_term(clue)
            if found:
                return found
    return None


def _phone(service: Dict[str, Any], locations: List[Dict[str, Any]]) -> str:
    pools = [_list(service.get("phones"))]
    pools += [_list(c.get("phones")) for c in _list(service.get("contacts"))]
    pools += [_list(loc.get("phones")) for loc in locations]
    pools += [_list((service.get("organization") or {}).get("phones"))]
    for pool in pools:
        for phone in pool:
            if phone.get("number"):
                return _text(phone["number"]).strip('"')
    return ""


def _email(service: Dict[str, Any]) -> str:
    if service.get("email"):
        return _text(service["email"])
    for contact in _list(service.get("contacts")):
        if contact.get("email"):
            return _text(contact["email"])
    return _text((service.get("organization") or {}).get("email"))


def _url(service: Dict[str, Any]) -> str:
    organization = service.get("organization") or {}
    return _text(service.get("url") or organization.get("website") or organization.get("url"))


def _address(locations: List[Dict[str, Any]]) -> Tuple[str, str]:
    for location in locations:
        for address in (_list(location.get("addresses"))
                        + _list(location.get("physical_addresses"))):
            if address.get("address_type") in ("postal", "virtual") and len(locations) > 1:
                continue
            parts = [address.get(k) for k in ("address_1", "address_2", "city")]
            line = ", ".join(_text(p) for p in parts if p)
            return line, _text(address.get("postal_code"))
    return "", ""


def _accessibility(locations: List[Dict[str, Any]]) -> str:
    notes: List[str] = []
    for location in locations:
        for item in (_list(location.get("accessibility"))
                     + _list(location.get("accessibility_for_disabilities"))):
            note = _text(item.get("description") or item.get("accessibility")
                         or item.get("details"))
            if note and note not in notes:
                notes.append(note)
    return " ".join(notes)


def _points(locations: Iterable[Dict[str, Any]]) -> List[Tuple[float, float]]:
    points = []
    for location in locations:
        try:
            lat, lon = float(location.get("latitude")), float(location.get("longitude"))
        except (TypeError, ValueError):
            continue
        if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0):
            points.append((lat, lon))
    return points


def _schedules(service: Dict[str, Any], locations: List[Dict[str, Any]]) -> List[Dict]:
    found = _list(service.get("schedules")) + _list(service.get("regular_schedules"))
    for link in _list(service.get("service_at_locations")):
        found += _list(link.get("schedules")) + _list(link.get("regular_schedules"))
    for location in locations:
        found += _list(location.get("regular_schedules")) + _list(location.get("schedules"))
    return found


def _age(value: Any) -> Optional[float]:
    try:
        age = float(value)
    except (TypeError, ValueError):
        return None
    return age if 0 < age < 130 else None


def _eligibility(service: Dict[str, Any]) -> str:
    """The eligibility notes of a v1 feed ("Aged 60 and over"), one line."""
    notes = [_text(e.get("eligibility") or e.get("description"))
             for e in _list(service.get("eligibilitys")) + _list(service.get("eligibilities"))]
    if isinstance(service.get("eligibility"), str):
        notes.append(_text(service["eligibility"]))
    return " ".join(n for n in notes if n)


def _languages(service: Dict[str, Any]) -> List[str]:
    """The languages a service lists (3.0 ``languages``; v1 a ``language`` name or list),
    English left out: every place speaks it."""
    found: List[str] = []
    items = service.get("languages") or service.get("language") or []
    for item in items if isinstance(items, list) else [items]:
        name = _text(item.get("name") or item.get("language") or item.get("code")) \
            if isinstance(item, dict) else _text(item)
        if name and name.lower() not in ("english", "en") and name not in found:
            found.append(name)
    return found


def summarise(service: Dict[str, Any], *, origin: Optional[Tuple[float, float]] = None,
              distance_m: Optional[float] = None) -> ServiceSummary:
    """A ``ServiceSummary`` from an ORUK 3.0 or v1 service; distance from ``origin`` if given."""
    locations = _locations(service)
    terms = _terms(service)
    if distance_m is None and origin is not None:
        points = _points(locations)
        if points:
            distance_m = min(postcodes.haversine_metres(origin, p) for p in points)
    if distance_m is None and isinstance(service.get("distance"), (int, float)):
        distance_m = float(service["distance"]) * postcodes.METRES_PER_MILE  # v1: miles
    address, postcode = _address(locations)
    organization = service.get("organization") or {}
    category = _category(service, terms)
    schedules = _schedules(service, locations)
    keywords = [_text(t.get("name") or t.get("term")) for t in terms
                if categories.category_for_term(t.get("id")) is None
                and (t.get("name") or t.get("term"))]
    return ServiceSummary(
        id=str(service.get("id") or ""),
        name=_text(service.get("name")),
        description=_text(service.get("description")),
        category=category,
        when=schedules_words(schedules),
        cost=cost_words(_list(service.get("cost_options")), service.get("fees")),
        phone=_phone(service, locations),
        email=_email(service),
        url=_url(service),
        address=address,
        postcode=postcodes.normalise_postcode(postcode) or postcode,
        distance_miles=(round(postcodes.metres_to_miles(distance_m), 1)
                        if distance_m is not None else None),
        accessibility=_accessibility(locations),
        organisation=_text(organization.get("name") if isinstance(organization, dict) else ""),
        keywords=keywords,
        status=_text(service.get("status")) or "active",
        days=schedule_days(schedules),
        cost_amount=lowest_cost(_list(service.get("cost_options"))),
        minimum_age=_age(service.get("minimum_age")),
        maximum_age=_age(service.get("maximum_age")),
        eligibility=_eligibility(service),
        languages=_languages(service),
    )
