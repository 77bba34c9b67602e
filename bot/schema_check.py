"""Rasa checks every action server reply with ``jsonschema.validate``, which first checks the
*schema* against jsonschema's meta-schema and only then the reply. The schema is the same
large one on every call (every event type Rasa knows): its own check took about 25 ms of
CPU a call against about 4 ms for the reply (issue 17, benchmarks/PROFILE.md), and a turn
makes one to three action calls. Runs inside the Rasa server (bot/rasa_server.py).

``install()`` puts a ``jsonschema.validate`` in place that checks each distinct schema once
and the data every time, with the same errors: an invalid reply still raises the same
``ValidationError``, an invalid schema still raises ``SchemaError`` (and is not remembered).
"""
from __future__ import annotations

import json
from typing import Any, Set, Tuple

import jsonschema

ORIGINAL = jsonschema.validate
REMEMBERED = 64                 # distinct schemas: Rasa uses two or three
_checked: Set[Tuple[type, str]] = set()


def validate(instance: Any, schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> None:
    """``jsonschema.validate`` with the schema's own check done once per distinct schema."""
    if cls is None:
        cls = jsonschema.validators.validator_for(schema)
    key = (cls, json.dumps(schema, sort_keys=True, default=repr))
    if key not in _checked:
        cls.check_schema(schema)
        if len(_checked) < REMEMBERED:
            _checked.add(key)
    error = jsonschema.exceptions.best_match(cls(schema, *args, **kwargs).iter_errors(instance))
    if error is not None:
        raise error


def install() -> None:
    jsonschema.validate = validate
