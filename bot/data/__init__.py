"""The project's data layer: one schema, one engine, and the functions that read and write it.

- ``schema``: every table the project keeps (SQLAlchemy Core), and which hold personal data.
- ``db``: the engine (SQLite by default, PostgreSQL with CARE_DATABASE_URL) and the clock.
- ``handoffs``: hand-off state, shared by the action server, the gateway and the console:
  requests for a person, the queue, take-overs, adviser messages waiting for the person's
  channel, notes and outcomes.

``bot/store.py`` keeps the rest (records, surveys, documents, resume codes, erasure).
Nothing here imports the gateway or the console: they both import this.
"""
