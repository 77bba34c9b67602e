"""Finds and orders services in the local store for the ORUK API's query parameters.

``search`` keeps services where at least one of the words appears (name, keywords,
description, organisation) and ranks the best first; ``postcode`` with ``proximity`` (metres)
keeps what is near the postcode's district centre. Services whose place is not known are kept
and put last, since many directory records (phone lines, home visits) have no map point.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from bot.directory import postcodes
from bot.directory.database import DirectoryStore, SearchDoc
from bot.directory.textmatch import relevance

INACTIVE = {"inactive", "defunct"}


@dataclass
class Match:
    doc: SearchDoc
    score: float
    distance_m: Optional[float]
    link_id: Optional[str] = None  # set for service_at_location matches


def _ids(value: Optional[str]) -> List[str]:
    return [v.strip() for v in str(value or "").split(",") if v.strip()]


def _distance(origin: Optional[Tuple[float, float]],
              points: Sequence[Tuple[float, float]]) -> Optional[float]:
    if origin is None or not points:
        return None
    return min(postcodes.haversine_metres(origin, p) for p in points)


def _sort_key(match: Match, ranked: bool) -> tuple:
    distance = match.distance_m if match.distance_m is not None else math.inf
    return (-round(match.score, 3) if ranked else 0, distance, match.doc.name.lower())


def _filtered(store: DirectoryStore, search: Optional[str], taxonomy_term_id: Optional[str],
              taxonomy_id: Optional[str], organization_id: Optional[str],
              active_only: bool) -> List[Tuple[SearchDoc, float]]:
    term_ids, taxonomy_ids = _ids(taxonomy_term_id), _ids(taxonomy_id)
    kept = []
    for doc in store.search_documents():
        if active_only and doc.status in INACTIVE:
            continue
        if term_ids and not set(term_ids) & set(doc.term_ids):
            continue
        if taxonomy_ids and not set(taxonomy_ids) & set(doc.taxonomy_ids):
            continue
        if organization_id and doc.organization_id != organization_id:
            continue
        score = 0.0
        if search and search.strip():
            score = relevance(search, name=doc.name, description=doc.description,
                              keywords=doc.keywords, organisation=doc.organisation)
            if score <= 0:
                continue
        kept.append((doc, score))
    return kept


def find_services(store: DirectoryStore, search: Optional[str] = None,
                  taxonomy_term_id: Optional[str] = None, taxonomy_id: Optional[str] = None,
                  organization_id: Optional[str] = None, postcode: Optional[str] = None,
                  proximity: Optional[float] = None, active_only: bool = False) -> List[Match]:
    """Services matching the filters, best first (relevance, then distance, then name)."""
    origin = postcodes.centroid(postcode) if postcode else None
    matches = []
    for doc, score in _filtered(store, search, taxonomy_term_id, taxonomy_id,
                                organization_id, active_only):
        distance = _distance(origin, doc.points)
        if proximity and distance is not None and distance > proximity:
            continue
        matches.append(Match(doc, score, distance))
    ranked = bool(search and search.strip())
    return sorted(matches, key=lambda m: _sort_key(m, ranked))


def find_service_at_locations(store: DirectoryStore, search: Optional[str] = None,
                              taxonomy_term_id: Optional[str] = None,
                              taxonomy_id: Optional[str] = None,
                              organization_id: Optional[str] = None,
                              postcode: Optional[str] = None,
                              proximity: Optional[float] = None) -> List[Match]:
    """Each place a matching service is offered at, nearest and most relevant first."""
    origin = postcodes.centroid(postcode) if postcode else None
    matches = []
    for doc, score in _filtered(store, search, taxonomy_term_id, taxonomy_id,
                                organization_id, False):
        for link_id, lat, lon in doc.sites:
            point = [(lat, lon)] if (lat, lon) in doc.points else []
            distance = _distance(origin, point)
            if proximity and distance is not None and distance > proximity:
                continue
            matches.append(Match(doc, score, distance, link_id))
    ranked = bool(search and search.strip())
    return sorted(matches, key=lambda m: _sort_key(m, ranked))
