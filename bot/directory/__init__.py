"""Signposting to local help through the Open Referral UK (ORUK 3.0 / HSDS 3.0) directory standard.

Modules, one job each:
  categories  the seven directory headings as an ORUK taxonomy, and the words that point to them
  postcodes   UK postcode checks, district centroids and distances
  store       SQLite copy of ORUK records (seeded with fictional demo data) and the search cache
  importer    loads ORUK 3.0 JSON exports and HSDS CSV data packages into the store
  server      the ORUK 3.0 API over a store (mounted by the gateway at /oruk)
  client      async ORUK client (3.0, tolerant of v1 feeds) and the in-process local directory
  summary     one small ServiceSummary from any ORUK service record
  search      the call actions make: categorise needs, search, rank, fall back, never raise
  present     chat messages from a search outcome
"""
