from bot.gateway import limits


def test_rate_limit_window_slides():
    limiter = limits.RateLimiter(per_minute=3)
    assert all(limiter.allow("abcdefgh", now=t) for t in (0, 1, 2))
    assert not limiter.allow("abcdefgh", now=3)
    assert limiter.allow("other-sender", now=3)
    assert limiter.allow("abcdefgh", now=61)


def test_sender_ids():
    assert limits.valid_sender("web-3f9a1c2d")
    assert not limits.valid_sender("../../etc/passwd")
    assert not limits.valid_sender("<script>")
    assert not limits.valid_sender(None)
    assert not limits.valid_sender("x" * 200)
