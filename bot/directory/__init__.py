"""Signposting to local help through the Open Referral UK (ORUK 3.0 / HSDS 3.0) directory standard.

Modules, one job each:
  categories    the seven directory headings as an ORUK taxonomy, and the words that point to them
  needs         from what a person says they need to one of the seven headings
  postcodes     UK postcode checks, district centroids and distances
  places        where the person means (a place name or a postcode), and whether it is ours
  database      SQLite copy of ORUK records (seeded with fictional demo data)
  cache         the last good answer for each search, for when the directory is down
  importer      loads ORUK 3.0 JSON exports and HSDS CSV data packages into the store
  finder        finds and orders services in the store for the ORUK API's query parameters
  textmatch     the small text tools that search and the ORUK server share
  server        the ORUK 3.0 API over a store (mounted by the gateway at /oruk)
  schema_check  checks JSON against the ORUK 3.0 schemas offline
  client        async ORUK client (3.0, tolerant of v1 feeds)
  local         the built-in directory, searched in-process with the client's calls
  service_summary  one small ServiceSummary from any ORUK service record
  wording       opening times and costs in plain words
  facets        what a request asks for beyond its heading (activity, access, cost, day, age)
  exclusions    what a request turns down ("NO bingo"), left out of the words and results
  search        the call actions make: categorise needs, search, rank, fall back, never raise
  present       chat messages and buttons from a search outcome
  followup      questions about the places just shown ("is it on a friday?")
  saved         "save these to my summary"
  search_in_form  "can we stop this and find me a bowls club": a search asked for inside the questions
  wanted_instead  "i only wanted a befriender who comes to the house": the help wanted, not an answer
  demo/         the fictional demo directory and how it was built
  __main__      command line: import a feed, serve, check

Processes: the action server searches (search, client, local); the gateway serves /oruk
(server, finder, database); the command line imports.
"""
