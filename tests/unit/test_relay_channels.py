"""Each relay channel is one module with one ``RELAY = Relay(...)`` line: the channel names,
the conversation-id prefixes, its settings and the stack's relay processes all follow from it."""
import dataclasses
import subprocess
import sys
from pathlib import Path

from bot import settings
from bot.channels import CHANNELS, RELAY_PREFIXES, RELAYS, find_relays, relay_channel
from bot.channels.telegram import RELAY as TELEGRAM
from bot.stack import Stack

ROOT = Path(__file__).resolve().parents[2]
SMS = '''"""A relay for text messages."""
from bot.channels import Relay

RELAY = Relay("sms", "Text message", "sms-", "SMS_API_KEY", environment={
    "SMS_API_KEY": "the text message service's key", "CARE_SMS_ID_KEY": "hashes numbers"})
'''


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


def test_the_telegram_module_declares_the_relay_the_others_read():
    assert RELAYS == (TELEGRAM,) and RELAYS[0].module == "bot.channels.telegram"


def test_each_relay_names_its_token_and_id_key_among_its_settings():
    for relay in RELAYS:
        assert {relay.token, relay.id_key} <= set(relay.environment)
        assert set(relay.environment) <= set(settings.ENVIRONMENT)
    assert TELEGRAM.id_key == "CARE_TELEGRAM_ID_KEY"


def test_a_new_relay_module_is_found_by_its_file_alone(tmp_path):
    (tmp_path / "relay.py").write_text("RELAY = 'the contract, not a channel'\n")
    (tmp_path / "sms.py").write_text(SMS)
    (tmp_path / "notes.py").write_text("x = 1\n")
    (sms,) = find_relays(tmp_path)
    assert (sms.name, sms.prefix, sms.token, sms.module) == ("sms", "sms-", "SMS_API_KEY",
                                                             "bot.channels.sms")


def test_reading_the_relays_imports_no_relay_module():
    probe = ("import sys, bot.channels, bot.settings\n"
             "print(sorted(m for m in sys.modules if m.startswith(('telegram', 'bot.channels.'))))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_the_stack_starts_a_relay_only_when_its_token_is_set(tmp_path):
    off = stack(tmp_path, **{TELEGRAM.token: " "}).commands(Path("model.tar.gz"))
    on = stack(tmp_path, **{TELEGRAM.token: "123:abc"}).commands(Path("model.tar.gz"))
    assert "telegram" not in off
    assert on["telegram"][-2:] == ["-m", "bot.channels.telegram"]


def test_a_new_relay_is_all_the_stack_needs(tmp_path, monkeypatch):
    sms = dataclasses.replace(TELEGRAM, name="sms", token="SMS_API_KEY", module="bot.channels.sms")
    monkeypatch.setattr("bot.stack.RELAYS", RELAYS + (sms,))
    commands = stack(tmp_path, SMS_API_KEY="k").commands(Path("model.tar.gz"))
    assert commands["sms"][-2:] == ["-m", "bot.channels.sms"]
