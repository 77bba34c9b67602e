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
