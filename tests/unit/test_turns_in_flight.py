"""A delete waits for the conversation's turns in flight, then erases late writes again
(bot/gateway/turns.py)."""
import asyncio

import pytest

from bot.gateway import turns


def test_a_delete_waits_for_the_turn_in_flight(monkeypatch):
    monkeypatch.setattr(turns, "ERASE_AGAIN_AFTER", (0.01, 0.02))
    order, late = [], []

    async def scenario():
        inflight = turns.TurnsInFlight()

        async def slow_turn():
            async with inflight.relaying("web-a"):
                await asyncio.sleep(0.05)
                order.append("turn saved")

        turn = asyncio.create_task(slow_turn())
        await asyncio.sleep(0)                       # the turn has started
        assert inflight.busy("web-a") and not inflight.busy("web-b")
        await inflight.erase("web-a", lambda s: order.append(f"erase {s}") or 1,
                             lambda s, at: late.append((s, at)) or 0)
        await turn
        await asyncio.sleep(0.06)                    # both later passes have run
        await inflight.close()

    asyncio.run(scenario())
    assert order == ["turn saved", "erase web-a"]
    assert [s for s, _ in late] == ["web-a", "web-a"]
    assert late[0][1] == late[1][1]                   # both only touch what came before


def test_a_stuck_turn_does_not_block_the_delete_for_ever():
    async def scenario():
        inflight = turns.TurnsInFlight()
        async with inflight.relaying("web-a"):
            assert await inflight.wait_idle("web-a", timeout=0.01) is False
        assert await inflight.wait_idle("web-a", timeout=0.01) is True

    asyncio.run(scenario())


@pytest.mark.parametrize("held,records,expect_store", [(False, True, True), (True, True, False),
                                                       (False, False, False)])
def test_late_writes_spare_a_new_conversation(monkeypatch, held, records, expect_store):
    from bot import erasure

    calls = []
    monkeypatch.setattr(erasure, "_delete_events",
                        lambda where, values: calls.append((where, values)) or 2)
    monkeypatch.setattr(erasure.conversation_keys, "is_held", lambda s: held)
    monkeypatch.setattr(erasure.store, "erase_sender", lambda s: calls.append(("store", s)) or 3)
    n = erasure.erase_late_writes("web-a", 100.0, records=records)
    assert calls[0] == ("sender_id = :s AND timestamp < :t", {"s": "web-a", "t": 100.0})
    assert (("store", "web-a") in calls) is expect_store
    assert n == (5 if expect_store else 2)
