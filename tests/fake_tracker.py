"""Just enough of a Rasa tracker for the unit tests of validators, button choosers and
answer readers: slots, the latest text and the active form. One stand-in, shared."""
from __future__ import annotations

from typing import Any, Dict, Optional


class FakeTracker:
    def __init__(self, slots: Optional[Dict[str, Any]] = None, text: str = "",
                 loop: Optional[str] = None):
        self.slots = dict(slots or {})
        self.latest_message = {"text": text}
        self.active_loop_name = loop

    def get_slot(self, name: str) -> Any:
        return self.slots.get(name)
