import logging

from hypothesis import given, strategies as st

from bot.logredact import RedactFilter, redact


def test_personal_details_are_removed():
    line = ("user jo.bloggs@example.com on 07700 900123 at LS6 3AB said "
            "\"text\": \"my husband hits me\"")
    out = redact(line)
    for secret in ("jo.bloggs@example.com", "07700 900123", "LS6 3AB", "my husband hits me"):
        assert secret not in out


def test_filter_rewrites_log_records(caplog):
    logger = logging.getLogger("care.test.redact")
    logger.addFilter(RedactFilter())
    with caplog.at_level(logging.INFO, logger="care.test.redact"):
        logger.info("call back on %s", "0113 496 0000")
    assert "0113 496 0000" not in caplog.text and "[phone]" in caplog.text


@given(st.text(max_size=500))
def test_redact_never_raises(text):
    assert isinstance(redact(text), str)


def test_a_slash_message_quoted_by_a_rasa_warning_is_removed():
    line = ("UserWarning: Failed to parse arguments in line '/inform{...} Gwendolyn says her "
            "carer beats her, ring 07700 900123'. Failed to interpret some parts. Continuing "
            "without  Gwendolyn says her carer beats her. Expected the intent to be one of "
            "[['affirm']] but found greet Percival punches me.Continuing with given line")
    out = redact(line)
    assert "Gwendolyn" not in out and "beats" not in out and "07700" not in out
    assert "Percival" not in out and "punches" not in out
    assert "Failed to parse arguments" in out


def test_conversation_ids_become_a_stable_tag():
    line = "Circuit breaker tripped. Stopped predicting more actions for sender 'web-9f3a77c1d2e4'"
    out = redact(line)
    assert "web-9f3a77c1d2e4" not in out and "conv-" in out
    assert out == redact(line)                      # the same conversation, the same tag
    custom = redact("Predicted next action for sender_id=mychat-123456")
    assert "mychat-123456" not in custom


def test_warnings_go_through_the_filter(caplog):
    import warnings

    from bot.logredact import install

    install(logging.getLogger("py.warnings"))
    with caplog.at_level(logging.WARNING, logger="py.warnings"):
        warnings.warn("Failed to parse arguments in line '/x{ my secret at LS6 3AB'.")
    assert "LS6 3AB" not in caplog.text and "my secret" not in caplog.text


def test_a_traceback_is_cut_to_the_type_of_error(caplog):
    logger = logging.getLogger("care.test.trace")
    logger.addFilter(RedactFilter())
    with caplog.at_level(logging.ERROR, logger="care.test.trace"):
        try:
            raise ValueError("Mary at 12 Oak Road said he hurts her")
        except ValueError:
            logger.exception("failed")
    assert "Mary" not in caplog.text and "ValueError" in caplog.text
