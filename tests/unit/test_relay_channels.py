"""Each relay channel is one line in ``bot.channels.RELAYS``: the channel names, the
conversation-id prefixes and the stack's relay processes all follow from it."""
from pathlib import Path

from bot.channels import CHANNELS, RELAY_PREFIXES, RELAYS, Relay, relay_channel
from bot.stack import Stack


def stack(tmp_path: Path, **env: str) -> Stack:
    return Stack(data=tmp_path, token="t", gateway_port=1, rasa_backends=[2],
                 action_backends=[3], extra_env=env)


def test_every_relay_is_a_channel_with_its_label_and_prefix():
    for relay in RELAYS:
        assert CHANNELS[relay.name] == relay.label
        assert RELAY_PREFIXES[relay.prefix] == relay.name
        assert relay_channel(relay.prefix + "abc123") == relay.name
    assert list(CHANNELS)[0] == "web" and "staff" in CHANNELS
    assert relay_channel("web-abc123") is None


def test_the_stack_starts_a_relay_only_when_its_token_is_set(tmp_path):
    telegram = next(r for r in RELAYS if r.name == "telegram")
    off = stack(tmp_path, **{telegram.token: " "}).commands(Path("model.tar.gz"))
    on = stack(tmp_path, **{telegram.token: "123:abc"}).commands(Path("model.tar.gz"))
    assert "telegram" not in off
    assert on["telegram"][-2:] == ["-m", "bot.channels.telegram"]


def test_a_new_relay_line_is_all_the_stack_needs(tmp_path, monkeypatch):
    sms = Relay("sms", "Text message", "sms-", "SMS_API_KEY", "bot.channels.sms")
    monkeypatch.setattr("bot.stack.RELAYS", RELAYS + (sms,))
    commands = stack(tmp_path, SMS_API_KEY="k").commands(Path("model.tar.gz"))
    assert commands["sms"][-2:] == ["-m", "bot.channels.sms"]
