"""Which channels there are: the web chat, each channel relay, and staff-assisted sessions.

Each relay module in ``bot/channels/`` declares itself in one line, ``RELAY = Relay(...)``.
``RELAYS`` is read from those lines as text (``ast``), never by importing the modules: nothing
registers itself by being imported, the gateway, console and action server do not load a
messaging library to learn a channel's name, and ``bot.settings`` can list each relay's
environment variables without importing ``bot.channels`` (which imports the settings).
"""
import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional, Tuple

HERE = Path(__file__).resolve().parent / "channels"
NOT_RELAYS = {"__init__", "relay"}


@dataclass(frozen=True)
class Relay:
    """A channel with its own relay process (see ARCHITECTURE.md, "How to add a channel")."""
    name: str      # the channel, as the gateway names it in each message's metadata
    label: str     # as reports and the console show it
    prefix: str    # of its conversation ids: the gateway lets only the relay speak for them
    token: str     # the environment variable that turns it on (bot/stack.py starts it)
    # every environment variable the relay reads, with what it means (bot.settings lists them)
    environment: Dict[str, str] = field(default_factory=dict)
    # what ``python -m`` runs: the module that declares it (filled in by ``declared_relay``)
    module: str = field(default="", compare=False)

    @property
    def id_key(self) -> str:
        """The environment variable of the key that hashes its chat ids into conversation ids."""
        return f"CARE_{self.name.upper()}_ID_KEY"


def declared_relay(path: Path) -> Optional[Relay]:
    """The ``RELAY = Relay(...)`` line of a module, read as text; None if it has none."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "RELAY"
                and isinstance(node.value, ast.Call)):
            args = [ast.literal_eval(arg) for arg in node.value.args]
            kwargs = {k.arg: ast.literal_eval(k.value) for k in node.value.keywords}
            return Relay(*args, **kwargs, module=f"bot.channels.{path.stem}")
    return None


def find_relays(folder: Path = HERE) -> Tuple[Relay, ...]:
    """Every relay module in ``folder``, by file name."""
    found = (declared_relay(path) for path in sorted(folder.glob("*.py"))
             if path.stem not in NOT_RELAYS)
    return tuple(relay for relay in found if relay)


RELAYS = find_relays()
# Where a conversation happens, with the name reports show: the web chat, each relay, and a
# session an adviser starts for a caller.
CHANNELS = {"web": "Web chat", **{r.name: r.label for r in RELAYS}, "staff": "Staff-assisted"}
RELAY_PREFIXES = {r.prefix: r.name for r in RELAYS}


def relay_channel(sender: str):
    """The relay channel a conversation id belongs to ("telegram"), or None."""
    return next((name for prefix, name in RELAY_PREFIXES.items() if sender.startswith(prefix)),
                None)
