"""bot.schema_check: jsonschema's validate with the schema's own check done once, and the
same answers as jsonschema's own for good and bad data and for a bad schema."""
import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from bot import schema_check

REPLY_SCHEMA = RemoteAction.action_response_format_spec()
GOOD_REPLIES = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "preferred_name", "value": "Jeannie", "timestamp": None}],
     "responses": [{"text": "Hello Jeannie", "buttons": [{"title": "Yes", "payload": "/affirm"}]}]},
    {"events": [{"event": "active_loop", "name": None}, {"event": "followup", "name": "x"}],
     "responses": [{"response": "utter_menu"}]},
]
BAD_REPLIES = [
    {"events": "not a list", "responses": []},
    {"events": [{"event": "slot", "name": 7}], "responses": []},
    {"events": [{"no_event_key": True}], "responses": []},
]


def error_of(validate, instance, schema):
    """(message, path) of the error ``validate`` raises, or None."""
    try:
        validate(instance, schema)
    except jsonschema.exceptions.ValidationError as error:
        return error.message, list(error.path)
    return None


@pytest.mark.parametrize("reply", GOOD_REPLIES + BAD_REPLIES)
def test_the_same_answer_as_jsonschema_every_time(reply):
    expected = error_of(schema_check.ORIGINAL, reply, REPLY_SCHEMA)
    for _ in range(3):                      # the first call checks the schema, later ones not
        assert error_of(schema_check.validate, reply, REPLY_SCHEMA) == expected


def test_bad_replies_are_still_refused():
    for reply in BAD_REPLIES:
        with pytest.raises(jsonschema.exceptions.ValidationError):
            schema_check.validate(reply, REPLY_SCHEMA)


def test_a_bad_schema_is_refused_every_time_and_not_remembered():
    bad = {"type": "not a type"}
    for _ in range(2):
        with pytest.raises(jsonschema.exceptions.SchemaError):
            schema_check.validate({}, bad)


def test_install_puts_it_where_rasa_imports_it_from(monkeypatch):
    monkeypatch.setattr(jsonschema, "validate", schema_check.ORIGINAL)
    schema_check.install()
    from jsonschema import validate     # as RemoteAction does, at call time
    assert validate is schema_check.validate
