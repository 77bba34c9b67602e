"""Whole conversations as the people in ../shared/personas.md, against the running assistant.

Each file in tests/conversations/personas/ holds conversations in the persona's own messy
words, written fresh, with what must happen at each turn. Every turn is also checked for the
things that must never happen: no answer, an error, "did not understand" twice, a flood of
repeated messages (Rasa's loop breaker), and every conversation must still answer "hello"
at the end.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

import pytest
import yaml

from chat_client import Chat

pytestmark = pytest.mark.stack

HERE = Path(__file__).resolve().parent
NEVER = ("went wrong",)


def conversations() -> List[Dict[str, Any]]:
    found = []
    for path in sorted((HERE / "personas").glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            # A conversation the bot still gets wrong keeps its expectation and says why.
            marks = [pytest.mark.xfail(reason=item["xfail"])] if item.get("xfail") else []
            found.append(pytest.param(item, id=f"{path.stem}:{item['name']}", marks=marks))
    return found


def joined(reply: List[Dict[str, Any]]) -> str:
    parts = []
    for message in reply:
        parts.append(message.get("text") or "")
        parts += [b.get("title", "") for b in message.get("buttons") or []]
        custom = message.get("custom") or {}
        parts += [str(custom.get("heading") or "")]
    return "\n".join(parts)


def check_turn(chat: Chat, turn: Dict[str, Any], reply: List[Dict[str, Any]]) -> None:
    said = turn["say"]
    text = joined(reply)
    lowered = text.lower()
    assert reply, f"no answer to {said!r}"
    assert len(reply) <= 15, f"{len(reply)} messages for {said!r}: loop breaker?"
    assert not any(n in lowered for n in NEVER), f"error for {said!r}: {text}"
    assert lowered.count("did not understand") <= 1, f"{said!r} -> {text}"
    expect = turn.get("expect") or {}
    for wanted in _list(expect.get("contains")):
        assert wanted.lower() in lowered, f"{said!r}: wanted {wanted!r} in:\n{text}"
    if expect.get("contains_any"):
        assert any(w.lower() in lowered for w in expect["contains_any"]), (
            f"{said!r}: wanted one of {expect['contains_any']} in:\n{text}")
    for unwanted in _list(expect.get("not_contains")):
        assert unwanted.lower() not in lowered, f"{said!r}: did not want {unwanted!r} in:\n{text}"
    actions = chat.actions_after_last_user_message() if (
        "action" in expect or "not_action" in expect) else []
    for wanted in _list(expect.get("action")):
        assert wanted in actions, f"{said!r}: wanted {wanted} in {actions}"
    for unwanted in _list(expect.get("not_action")):
        assert unwanted not in actions, f"{said!r}: did not want {unwanted} in {actions}"
    if "active_loop" in expect:
        assert chat.active_loop() == expect["active_loop"], f"{said!r}: {chat.active_loop()}"
    for slot, value in (expect.get("slots") or {}).items():
        assert chat.slot(slot) == value, f"{said!r}: slot {slot} = {chat.slot(slot)!r}"


def _list(value: Any) -> List[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize("conversation", conversations())
def test_persona_conversation(stack, sender, conversation):
    chat = Chat(stack, sender)
    for turn in conversation["turns"]:
        check_turn(chat, turn, chat.say(turn["say"]))
    final = chat.say("hello")
    assert final and "went wrong" not in joined(final).lower()


def test_there_are_at_least_forty_conversations():
    assert len(conversations()) >= 40
